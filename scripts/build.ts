// Builds every action (and the CLI) into dist/<name>/ with @vercel/ncc. One command, so the
// committed bundles are always reproducible: CI rebuilds and fails on any diff.
import { existsSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ncc from '@vercel/ncc';

const root = resolve(import.meta.dirname, '..');

interface Target {
  name: string;
  entry: string;
}

function targets(): Target[] {
  const out: Target[] = [];
  for (const name of readdirSync(join(root, 'actions')).sort()) {
    const entry = join(root, 'actions', name, 'src', 'index.ts');
    if (existsSync(entry)) out.push({ name, entry });
  }
  const cli = join(root, 'packages', 'cli', 'src', 'index.ts');
  if (existsSync(cli)) out.push({ name: 'cli', entry: cli });
  return out;
}

const only = process.argv.slice(2);
for (const t of targets()) {
  if (only.length > 0 && !only.includes(t.name)) continue;
  const outDir = join(root, 'dist', t.name);
  const { code, assets } = await ncc(t.entry, {
    license: 'licenses.txt',
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    // Types are checked once by `pnpm typecheck`; ncc only bundles.
    transpileOnly: true,
  });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const header = t.name === 'cli' ? '#!/usr/bin/env node\n' : '';
  writeFileSync(join(outDir, 'index.js'), header + code.replace(/^#!.*\n/, ''));
  for (const [file, asset] of Object.entries(assets)) {
    const path = join(outDir, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, asset.source);
  }
  console.log(`built dist/${t.name}/index.js (${Math.round(code.length / 1024)} KiB)`);
}
