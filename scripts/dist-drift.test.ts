import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSnapshots, firstDifference, restoreDir, snapshotDir } from './lib/dist-drift.js';

const snap = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]));

describe('compareSnapshots', () => {
  it('reports changed, missing and stale files', () => {
    const drift = compareSnapshots(
      snap({ 'a/index.js': 'x\ny\n', 'old/index.js': 'z', 'b/index.js': 'same' }),
      snap({ 'a/index.js': 'x\nY\n', 'b/index.js': 'same', 'c/index.js': 'new' }),
    );
    expect(drift.map((d) => [d.file, d.kind])).toEqual([
      ['a/index.js', 'differs'],
      ['c/index.js', 'missing from the committed dist'],
      ['old/index.js', 'not produced by a clean build'],
    ]);
    expect(drift[0]!.detail).toBe('@@ line 2 @@\n  x\n- y\n- \n+ Y\n+ ');
  });

  it('is empty when identical', () => {
    expect(compareSnapshots(snap({ a: '1' }), snap({ a: '1' }))).toEqual([]);
  });
});

describe('firstDifference', () => {
  it('truncates long bundle lines', () => {
    expect(firstDifference('a'.repeat(500), 'b', 0)).toBe(
      `@@ line 1 @@\n- ${'a'.repeat(160)}\n+ b`,
    );
  });
});

describe('snapshotDir / restoreDir', () => {
  it('restores exactly the files that were there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dist-drift-'));
    try {
      mkdirSync(join(dir, 'x'));
      writeFileSync(join(dir, 'x', 'index.js'), 'one');
      const before = snapshotDir(dir);
      writeFileSync(join(dir, 'x', 'index.js'), 'two');
      writeFileSync(join(dir, 'extra.js'), 'three');
      restoreDir(dir, before);
      expect([...snapshotDir(dir).keys()]).toEqual(['x/index.js']);
      expect(readFileSync(join(dir, 'x', 'index.js'), 'utf8')).toBe('one');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
