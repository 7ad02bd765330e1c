// Module files are named after one concern in kebab-case (the style the repo follows); a lint
// plugin for this would be one more dependency for a one-line rule.
import { execFileSync } from 'node:child_process';
import { basename, resolve } from 'node:path';
import { expect, it } from 'vitest';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*\.(ts|mjs)$/;

it('every TypeScript / ESM source file has a kebab-case name', () => {
  const root = resolve(import.meta.dirname, '..');
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mjs'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((f) => f !== '' && !f.startsWith('dist/'));
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((f) => !KEBAB.test(basename(f)))).toEqual([]);
});
