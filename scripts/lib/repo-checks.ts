// The fast repo-wide checks, shared by `pnpm check` (scripts/check-generated.ts) and the test
// suite (scripts/repo-checks.test.ts), so a fresh clone's `pnpm test` catches them too.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { conventionProblems, listActions, loadActionMetadata } from './action-metadata.js';
import { scanRepoForUnpinnedUses } from './action-pins.js';
import { planReadmes } from './readme-sync.js';
import { localUseProblems } from './local-action-uses.js';
import { lineDiff } from './text-diff.js';
import { describeInjection, scanRepoForRunInjections } from './workflow-injection.js';

export interface CheckSection {
  title: string;
  problems: string[];
}

export interface RepoCheckResult {
  sections: CheckSection[];
  /** Actions without an action.yml yet: listed, not failed. */
  pending: string[];
  /**
   * Landed actions still missing a piece someone else produces (README.md, the dist bundle).
   * `pnpm check` fails on these; the test suite lists them as skipped so work in progress
   * does not turn every test run red.
   */
  incomplete: string[];
}

export async function runRepoChecks(root: string): Promise<RepoCheckResult> {
  const actions = listActions(root);
  const pending = actions.filter((a) => !a.actionYml).map((a) => a.name);

  const metadataProblems: string[] = [];
  const incomplete: string[] = [];
  for (const action of actions) {
    if (!action.actionYml) continue;
    const rel = relative(root, action.actionYml);
    const { metadata, problems } = loadActionMetadata(action.actionYml, rel);
    metadataProblems.push(...problems);
    if (!metadata) continue;
    metadataProblems.push(...conventionProblems(action.name, metadata, rel));
    if (!existsSync(join(action.dir, '.env.example'))) {
      incomplete.push(
        `actions/${action.name}/.env.example: missing; list every input as INPUT_<NAME>= (hyphens kept) for @github/local-action`,
      );
    }
    if (!existsSync(join(root, 'dist', action.name, 'index.js'))) {
      incomplete.push(
        `${rel}: dist/${action.name}/index.js does not exist; run \`pnpm build ${action.name}\``,
      );
    }
  }

  const readmes = await planReadmes(root);
  incomplete.push(...readmes.missing);
  const readmeProblems = [
    // Schema problems already reported above are not repeated.
    ...readmes.problems.filter((p) => !metadataProblems.includes(p)),
    ...readmes.plans
      .filter((p) => p.current !== p.expected)
      .map(
        (p) =>
          `${p.relPath} is out of date with action.yml; run \`pnpm gen\`:\n${lineDiff(p.current, p.expected)}`,
      ),
  ];

  const uses = localUseProblems(root);

  return {
    pending,
    incomplete,
    sections: [
      {
        title: `action.yml metadata (${actions.length - pending.length} action(s))`,
        problems: metadataProblems,
      },
      { title: 'README inputs/outputs tables', problems: readmeProblems },
      {
        title: 'no ${{ inputs.* }} / ${{ github.event.* }} in run: scripts',
        problems: scanRepoForRunInjections(root).map(describeInjection),
      },
      {
        title: 'third-party actions pinned by commit SHA with a version comment',
        problems: scanRepoForUnpinnedUses(root),
      },
      {
        title:
          'workflow steps using ./actions/* pass only declared inputs' +
          (uses.pending.length > 0 ? ` (pending, not checked: ${uses.pending.join(', ')})` : ''),
        problems: uses.problems,
      },
    ],
  };
}
