// Runs every benchmark script (`actions/*/bench/*.bench.ts`, `packages/*/bench/*.bench.ts`),
// one at a time so they do not compete for the two cores. Each script prints its own figures
// as ratios against the baseline it names. `pnpm bench <substring>` runs the matching ones.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const filter = process.argv.slice(2);

const scripts: string[] = [];
for (const group of ['actions', 'packages']) {
  for (const name of readdirSync(join(root, group)).sort()) {
    const dir = join(root, group, name, 'bench');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.bench.ts')) scripts.push(join(dir, file));
    }
  }
}

let failed = 0;
for (const script of scripts) {
  const rel = relative(root, script);
  if (filter.length > 0 && !filter.some((f) => rel.includes(f))) continue;
  console.log(`\n### ${rel}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) {
    failed++;
    console.log(`!!! ${rel} exited with ${result.status ?? result.signal}`);
  }
}
console.log(`\n${scripts.length} benchmark script(s), ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
