/**
 * `pnpm conformance:cfn <cases.json>`: runs every case of a corpus file and ends with exactly one
 * line `N passed, M failed`. Exit code 0 only when every case passes.
 */
import { readFile } from 'node:fs/promises';
import { runCase, type CorpusCase } from './conformance.js';

const file = process.argv[2];
if (!file) {
  console.error('Usage: pnpm conformance:cfn <cases.json>');
  process.exit(1);
}
let cases: CorpusCase[];
try {
  const data = JSON.parse(await readFile(file, 'utf8')) as { cases?: CorpusCase[] };
  if (!Array.isArray(data.cases)) throw new Error('no "cases" array');
  cases = data.cases;
} catch (error) {
  console.error(
    `Cannot read cases from ${file}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

let passed = 0;
let failed = 0;
const deliberate: string[] = [];
const undocumented: string[] = [];
for (const c of cases) {
  const result = await runCase(c);
  if (result.passed) {
    passed++;
    if (result.deliberateDifference) (result.documented ? deliberate : undocumented).push(c.id);
  } else {
    failed++;
    console.log(`FAIL ${c.id} (${c.command})`);
    for (const p of result.problems.slice(0, 12)) console.log(`  - ${p}`);
    if (result.problems.length > 12) console.log(`  ... ${result.problems.length - 12} more`);
  }
}
if (deliberate.length > 0) {
  console.log(
    `Deliberate differences (default differs, reference-parity mode matches; see packages/cfn-policies/DECISIONS.md): ${deliberate.join(', ')}`,
  );
}
if (undocumented.length > 0) {
  console.log(
    `Matched only in reference-parity mode, default differs without a recorded decision: ${undocumented.join(', ')}`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
