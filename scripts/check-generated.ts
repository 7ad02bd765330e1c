// `pnpm check` (last step): everything generated or declared must match its source.
//   - each action.yml passes the metadata schema and the repo conventions, and its bundle exists;
//   - each action's README tables equal what `pnpm gen` renders from its action.yml;
//   - no `run:` script in actions/ or .github/ interpolates `${{ inputs.* }}` / `${{ github.event.* }}`;
//   - workflows pass actionlint;
//   - dist/ equals a clean `pnpm build` (skip with --skip-dist while iterating).
// Actions without an action.yml yet are listed as pending, not failed.
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDistDrift, type Drift } from './lib/dist-drift.js';
import { runRepoChecks, type CheckSection } from './lib/repo-checks.js';
import { lintWorkflows } from './lint-workflows.js';

const root = resolve(import.meta.dirname, '..');
const skipDist = process.argv.includes('--skip-dist');

const { sections, pending, incomplete } = await runRepoChecks(root);
sections.unshift({
  title: 'landed actions are complete (README.md, .env.example, dist bundle)',
  problems: incomplete,
});
const lint = await lintWorkflows(root);
sections.push({ title: `actionlint (${lint.files} workflow file(s))`, problems: lint.problems });

const print = (s: CheckSection): void => {
  console.log(`${s.problems.length === 0 ? 'ok  ' : 'FAIL'} ${s.title}`);
  for (const p of s.problems) console.log(`       ${p.replace(/\n/g, '\n       ')}`);
};
sections.forEach(print);

if (skipDist) {
  console.log('skip dist/ drift (--skip-dist)');
} else {
  let drift: Drift[] = [];
  let buildError: string | undefined;
  try {
    ({ drift } = checkDistDrift(root));
  } catch (error) {
    buildError = error instanceof Error ? error.message : String(error);
  }
  const section = {
    title: 'dist/ equals a clean `pnpm build`',
    problems: buildError
      ? [buildError]
      : drift.map((d) => `dist/${d.file}: ${d.kind}${d.detail ? `\n${d.detail}` : ''}`),
  };
  if (drift.length > 0) section.problems.push('Run `pnpm build` and commit dist/.');
  print(section);
  sections.push(section);
}

if (pending.length > 0)
  console.log(`pending (no action.yml yet, not checked): ${pending.join(', ')}`);
const count = sections.reduce((n, s) => n + s.problems.length, 0);
// On a runner, put the problems (with the README/dist diffs) in the job summary too.
const summaryFile = process.env.GITHUB_STEP_SUMMARY;
if (summaryFile && count > 0) {
  const failed = sections.filter((s) => s.problems.length > 0);
  const body = failed
    .map((s) => `### ${s.title}\n\n\`\`\`diff\n${s.problems.join('\n').slice(0, 60_000)}\n\`\`\`\n`)
    .join('\n');
  appendFileSync(summaryFile, `## check-generated: ${count} problem(s)\n\n${body}`);
}
console.log(count === 0 ? 'check-generated: all in sync' : `check-generated: ${count} problem(s)`);
process.exitCode = count === 0 ? 0 : 1;
