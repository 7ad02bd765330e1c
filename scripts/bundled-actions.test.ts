// Every landed action, run from its committed bundle by the runner-level harness, fails closed
// on bad input with one clear error that names the action and the input, and no stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundledAction, type ActionRunResult } from '../test/fakes/src/harness/index.js';
import { listActions, loadActionMetadata, type ActionMetadata } from './lib/action-metadata.js';
import { inputEnvName, parseDotenv } from './lib/env-example.js';

const root = resolve(import.meta.dirname, '..');
const STACK_LINE = /\n\s+at \S.*\(?\S+:\d+:\d+\)?/;

interface Landed {
  name: string;
  metadata: ActionMetadata;
  /** Input values from .env.example, by input name (undefined without the file). */
  example: Record<string, string> | undefined;
}

const landed: Array<Landed | { name: string; skip: string }> = listActions(root).map((a) => {
  if (!a.actionYml) return { name: a.name, skip: 'no action.yml yet' };
  if (!existsSync(join(root, 'dist', a.name, 'index.js')))
    return { name: a.name, skip: 'no dist bundle yet' };
  const { metadata, problems } = loadActionMetadata(a.actionYml, relative(root, a.actionYml));
  if (!metadata) return { name: a.name, skip: `invalid action.yml: ${problems.join('; ')}` };
  const envFile = join(a.dir, '.env.example');
  let example: Record<string, string> | undefined;
  if (existsSync(envFile)) {
    const env = parseDotenv(readFileSync(envFile, 'utf8'));
    example = {};
    for (const input of Object.keys(metadata.inputs ?? {})) {
      const value = env.get(inputEnvName(input));
      if (value !== undefined && value !== '') example[input] = value;
    }
  }
  return { name: a.name, metadata, example };
});

function failureOf(r: ActionRunResult): string {
  const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  return errors.join('\n');
}

function expectCleanFailure(r: ActionRunResult, action: string): void {
  expect(
    r.exitCode,
    `${action} should fail the step.\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`,
  ).toBe(1);
  expect(failureOf(r)).toMatch(new RegExp(`^${action}[: ]`, 'm'));
  expect(r.stdout + r.stderr, 'no stack trace in the log').not.toMatch(STACK_LINE);
}

describe('bundled actions fail closed on bad input', () => {
  if (landed.length === 0) it.skip('no actions yet', () => {});
  for (const action of landed) {
    if ('skip' in action) {
      it.skip(`${action.name}: ${action.skip}`, () => {});
      continue;
    }
    const { name, metadata, example } = action;
    const inputs = metadata.inputs ?? {};
    const required = Object.entries(inputs)
      .filter(([, spec]) => spec.required === true && spec.default === undefined)
      .map(([n]) => n);
    const booleans = Object.entries(inputs)
      .filter(
        ([, spec]) =>
          spec.default === 'true' || spec.default === 'false' || typeof spec.default === 'boolean',
      )
      .map(([n]) => n);

    it.skipIf(required.length === 0)(
      `${name}: a missing required input fails the step and is named`,
      async () => {
        const r = await runBundledAction(name);
        expectCleanFailure(r, name);
        expect(
          required.some((input) => failureOf(r).includes(input)),
          failureOf(r),
        ).toBe(true);
      },
    );

    it.skipIf(example === undefined || booleans.length === 0)(
      `${name}: a malformed boolean input fails the step and is named`,
      async () => {
        const input = booleans[0]!;
        const r = await runBundledAction(name, { inputs: { ...example, [input]: 'maybe' } });
        expectCleanFailure(r, name);
        expect(failureOf(r)).toContain(`'${input}'`);
      },
    );
  }
});
