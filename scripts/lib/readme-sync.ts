// Shared by `pnpm gen` (writes) and `pnpm check` (compares): the README each action should have.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listActions, loadActionMetadata } from './action-metadata.js';
import { renderReadme } from './readme-tables.js';

export interface ReadmePlan {
  action: string;
  path: string;
  relPath: string;
  current: string;
  expected: string;
}

export interface ReadmeScan {
  plans: ReadmePlan[];
  /** Actions without an action.yml yet (reported, not failed). */
  pending: string[];
  /** Landed actions (with action.yml) that have no README.md yet. */
  missing: string[];
  problems: string[];
}

export async function planReadmes(root: string): Promise<ReadmeScan> {
  const scan: ReadmeScan = { plans: [], pending: [], missing: [], problems: [] };
  for (const action of listActions(root)) {
    if (!action.actionYml) {
      scan.pending.push(action.name);
      continue;
    }
    const { metadata, problems } = loadActionMetadata(
      action.actionYml,
      relative(root, action.actionYml),
    );
    if (!metadata) {
      scan.problems.push(...problems);
      continue;
    }
    const path = join(action.dir, 'README.md');
    const relPath = relative(root, path);
    if (!existsSync(path)) {
      scan.missing.push(
        `${relPath}: missing. Create it with '<!-- inputs:start -->' / '<!-- inputs:end -->' and ` +
          `'<!-- outputs:start -->' / '<!-- outputs:end -->' markers, then run \`pnpm gen\`.`,
      );
      continue;
    }
    const current = readFileSync(path, 'utf8');
    try {
      scan.plans.push({
        action: action.name,
        path,
        relPath,
        current,
        expected: await renderReadme(current, metadata, path, relPath),
      });
    } catch (error) {
      scan.problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return scan;
}
