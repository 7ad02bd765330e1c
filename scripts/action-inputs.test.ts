// For every action with src/inputs.ts: the inputs readInputs() reads, the inputs action.yml
// declares and the INPUT_* keys .env.example documents are the same set, and action.yml's
// defaults give the same typed inputs as inputs.ts's own fallbacks (a light version of
// codeql-action's undeclared-action-input query). Actions still being written are skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listActions, loadActionMetadata } from './lib/action-metadata.js';
import { parseDotenv } from './lib/env-example.js';
import { inputConsistencyProblems, type InputSubject } from './lib/input-consistency.js';

const root = resolve(import.meta.dirname, '..');

async function prepare(
  action: ReturnType<typeof listActions>[number],
): Promise<InputSubject | string> {
  const inputsTs = join(action.dir, 'src', 'inputs.ts');
  const envExample = join(action.dir, '.env.example');
  if (!action.actionYml) return 'no action.yml yet';
  if (!existsSync(inputsTs)) return 'no src/inputs.ts yet';
  if (!existsSync(envExample)) return 'no .env.example yet';
  const { metadata, problems } = loadActionMetadata(
    action.actionYml,
    relative(root, action.actionYml),
  );
  if (!metadata) throw new Error(problems.join('\n'));
  const mod = (await import(pathToFileURL(inputsTs).href)) as { readInputs?: unknown };
  if (typeof mod.readInputs !== 'function') {
    throw new Error(`${relative(root, inputsTs)} must export readInputs(p: InputParser)`);
  }
  return {
    name: action.name,
    metadata,
    env: parseDotenv(readFileSync(envExample, 'utf8')),
    readInputs: mod.readInputs as InputSubject['readInputs'],
  };
}

const subjects = await Promise.all(
  listActions(root).map(async (a) => ({ name: a.name, subject: await prepare(a) })),
);

describe('action inputs: src/inputs.ts == action.yml == .env.example', () => {
  if (subjects.length === 0) it.skip('no actions yet', () => {});
  for (const { name, subject } of subjects) {
    if (typeof subject === 'string') {
      it.skip(`${name}: ${subject}`, () => {});
      continue;
    }
    it(name, () => {
      expect(inputConsistencyProblems(subject)).toEqual([]);
    });
  }
});
