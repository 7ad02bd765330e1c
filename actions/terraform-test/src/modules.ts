import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '@devsecops-gates/action-kit';

/** Directories never searched: VCS data, provider/module caches, JS dependencies. */
const SKIP_DIRS = new Set(['.git', '.terraform', 'node_modules', '.github']);
const MAX_DIRS = 50_000;
const TEST_FILE = /\.(tftest|tofutest)\.(hcl|json)$/;

export interface ModuleSelection {
  /** Module directories relative to the workspace, POSIX, sorted, `.` for the root. */
  modules: string[];
  /** Patterns that matched nothing (reported, and an error when nothing at all matched). */
  unmatched: string[];
}

/**
 * Expands `working-directory` (directories or globs relative to the workspace) and, with
 * `discover`, replaces each matched directory by every module below it that has tests: a
 * directory with `*.tftest.hcl` / `*.tofutest.hcl` files, or the parent of a `<test-directory>`
 * holding them.
 */
export function selectModules(options: {
  workspace: string;
  patterns: readonly string[];
  discover: boolean;
  testDirectory: string;
}): ModuleSelection {
  const { workspace } = options;
  const found = new Set<string>();
  const unmatched: string[] = [];
  let tree: string[] | undefined;
  for (const raw of options.patterns) {
    const pattern = normalize(raw);
    let dirs: string[];
    if (!/[*?[{]/.test(pattern)) {
      const abs = resolve(workspace, pattern);
      const rel = toPosix(relative(workspace, abs)) || '.';
      if (rel.startsWith('..')) {
        throw new ConfigurationError(
          `Input 'working-directory' entry '${raw}' is outside the repository (${workspace}).`,
        );
      }
      if (!isDir(abs)) {
        throw new ConfigurationError(
          `Input 'working-directory' entry '${raw}' does not exist or is not a directory (looked at ${abs}).`,
          {
            hint: 'Paths are relative to the repository root (GITHUB_WORKSPACE).',
          },
        );
      }
      dirs = [rel];
    } else {
      tree ??= walk(workspace, '.');
      const re = globToRegExp(pattern);
      dirs = tree.filter((d) => d !== '.' && re.test(d));
    }
    if (dirs.length === 0) unmatched.push(raw);
    for (const d of dirs) {
      if (options.discover)
        for (const m of discoverModules(workspace, d, options.testDirectory)) found.add(m);
      else found.add(d);
    }
  }
  return { modules: [...found].sort(), unmatched };
}

/** Every module at or below `dir` (relative to the workspace) that has test files. */
export function discoverModules(workspace: string, dir: string, testDirectory: string): string[] {
  const out = new Set<string>();
  const testDir = normalize(testDirectory);
  for (const d of walk(workspace, dir)) {
    const entries = listFiles(join(workspace, d));
    if (!entries.some((f) => TEST_FILE.test(f))) continue;
    if (d === testDir || d.endsWith(`/${testDir}`)) {
      const parent = d === testDir ? '.' : d.slice(0, -testDir.length - 1);
      if (parent === dir || parent.startsWith(dir === '.' ? '' : `${dir}/`) || dir === '.') {
        out.add(parent);
        continue;
      }
    }
    out.add(d);
  }
  return [...out].sort();
}

/** Keeps the modules with a changed file inside them. */
export function filterChanged(
  modules: readonly string[],
  changedFiles: readonly string[],
): string[] {
  const files = changedFiles.map(normalize);
  return modules.filter((m) =>
    m === '.' ? files.length > 0 : files.some((f) => f === m || f.startsWith(`${m}/`)),
  );
}

/** Relative directory paths (POSIX) under `dir`, including `dir` itself, breadth-first. */
function walk(workspace: string, dir: string): string[] {
  const out: string[] = [];
  const queue = [dir];
  while (queue.length > 0 && out.length < MAX_DIRS) {
    const d = queue.shift()!;
    out.push(d);
    let entries: Dirent[];
    try {
      entries = readdirSync(join(workspace, d), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory() && !SKIP_DIRS.has(e.name))
        queue.push(d === '.' ? e.name : `${d}/${e.name}`);
    }
  }
  return out;
}

export function listFiles(absDir: string): string[] {
  try {
    return readdirSync(absDir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

/** Test files of a module as terraform finds them: in the root and in the test directory. */
export function testFilesOf(absModule: string, testDirectory: string): string[] {
  const root = listFiles(absModule).filter((f) => TEST_FILE.test(f));
  const tests = listFiles(join(absModule, testDirectory))
    .filter((f) => TEST_FILE.test(f))
    .map((f) => posix.join(normalize(testDirectory), f));
  return [...root, ...tests].sort();
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function normalize(p: string): string {
  const s = toPosix(p.trim())
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
  return s === '' ? '.' : s;
}

function toPosix(p: string): string {
  return p.split(sep).join('/').replace(/\\/g, '/');
}

/** `*` within a segment, `**` across segments, `?`, `{a,b}` and `[...]`; matched against whole paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end === -1) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map(escape)
          .join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end === -1) re += '\\[';
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^$()|\\/]/g, '\\$&');
}
