// `pnpm gen`: renders each action's inputs/outputs tables from its action.yml into its
// README.md between the `<!-- inputs:start/end -->` and `<!-- outputs:start/end -->` markers.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planReadmes } from './lib/readme-sync.js';

const root = resolve(import.meta.dirname, '..');
const { plans, pending, missing, problems } = await planReadmes(root);
for (const plan of plans) {
  if (plan.current === plan.expected) {
    console.log(`unchanged ${plan.relPath}`);
  } else {
    writeFileSync(plan.path, plan.expected);
    console.log(`wrote     ${plan.relPath}`);
  }
}
for (const name of pending) console.log(`skipped   actions/${name} (no action.yml yet)`);
for (const p of [...missing, ...problems]) console.error(`error: ${p}`);
process.exitCode = missing.length + problems.length > 0 ? 1 : 0;
