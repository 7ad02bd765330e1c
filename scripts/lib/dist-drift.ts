// Rebuilds dist/ and compares it with what is there now, byte for byte. Users run the
// committed bundle, never the TypeScript, so a bundle that differs from a clean rebuild means
// reviewers approved code that is not what runs. The check restores the files it found, so
// `pnpm check` leaves the tree as it was (CI runs it on a clean clone, where they are the
// committed ones).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

export type Snapshot = Map<string, Buffer>;

export function snapshotDir(dir: string): Snapshot {
  const out: Snapshot = new Map();
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

export function restoreDir(dir: string, snapshot: Snapshot): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, content] of snapshot) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

export interface Drift {
  file: string;
  kind: 'missing from the committed dist' | 'not produced by a clean build' | 'differs';
  detail?: string;
}

/** The first differing line of two texts, with a little context, as a tiny unified diff. */
export function firstDifference(before: string, after: string, context = 2): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  const lines = [`@@ line ${i + 1} @@`];
  for (let k = from; k < i; k++) lines.push(`  ${a[k]!.slice(0, 160)}`);
  for (let k = i; k < Math.min(a.length, i + context + 1); k++)
    lines.push(`- ${a[k]!.slice(0, 160)}`);
  for (let k = i; k < Math.min(b.length, i + context + 1); k++)
    lines.push(`+ ${b[k]!.slice(0, 160)}`);
  return lines.join('\n');
}

export function compareSnapshots(committed: Snapshot, rebuilt: Snapshot): Drift[] {
  const drift: Drift[] = [];
  for (const [file, content] of rebuilt) {
    const old = committed.get(file);
    if (old === undefined) drift.push({ file, kind: 'missing from the committed dist' });
    else if (!old.equals(content)) {
      drift.push({
        file,
        kind: 'differs',
        detail: firstDifference(old.toString('utf8'), content.toString('utf8')),
      });
    }
  }
  for (const file of committed.keys()) {
    if (!rebuilt.has(file)) drift.push({ file, kind: 'not produced by a clean build' });
  }
  return drift.sort((x, y) => x.file.localeCompare(y.file));
}

/** Runs `scripts/build.ts` (what `pnpm build` runs) and returns the drift, restoring dist/. */
export function checkDistDrift(root: string): { drift: Drift[]; buildLog: string } {
  const dist = join(root, 'dist');
  const committed = snapshotDir(dist);
  const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
  try {
    // From empty, so bundles of removed actions show up as stale.
    rmSync(dist, { recursive: true, force: true });
    const build = spawnSync(tsx, [join(root, 'scripts', 'build.ts')], {
      cwd: root,
      encoding: 'utf8',
    });
    const buildLog = `${build.stdout ?? ''}${build.stderr ?? ''}`;
    if (build.status !== 0) {
      throw new Error(`pnpm build failed (exit ${String(build.status)}):\n${buildLog}`);
    }
    return { drift: compareSnapshots(committed, snapshotDir(dist)), buildLog };
  } finally {
    restoreDir(dist, committed);
  }
}
