import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fastValidatorSource } from './fast-validator-source.js';
import { validateLog, validateResult } from './fast-validator.generated.js';
import { sarifSchema } from './sarif-schema.js';

const corpus = join(import.meta.dirname, '..', '..', 'testdata', 'corpus');

/** The fast validators compiled at run time, as validate.ts did before they were generated. */
function compiledAtRunTime(): { log: (d: unknown) => boolean; result: (d: unknown) => boolean } {
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
    addFormatsModule) as (ajv: Ajv2020, options?: { mode?: 'fast' | 'full' }) => void;
  const ajv = new Ajv2020({ strict: false, validateSchema: false, code: { optimize: false } });
  addFormats(ajv, { mode: 'fast' });
  const schema = sarifSchema();
  const log = ajv.compile(schema);
  const result = ajv.getSchema(`${schema.$id as string}#/definitions/result`)!;
  return { log: (d) => log(d), result: (d) => result(d) as boolean };
}

/** Variants of a log that each break one schema rule the gate relies on. */
function broken(log: Record<string, unknown>): unknown[] {
  const run = (log.runs as Record<string, unknown>[])[0]!;
  const results = (run.results as Record<string, unknown>[] | undefined) ?? [];
  const first = results[0] ?? {};
  const withResult = (r: unknown): unknown => ({
    ...log,
    runs: [{ ...run, results: [r, ...results.slice(1)] }],
  });
  return [
    { ...log, unexpected: true },
    { ...log, version: '2.0.0' },
    { ...log, runs: [{ ...run, tool: undefined }] },
    { ...log, runs: [{ ...run, tool: { driver: { name: 7 } } }] },
    withResult({ ...first, level: 'fatal' }),
    withResult({ ...first, message: 'text' }),
    withResult({ ...first, extra: 1 }),
    withResult({ ...first, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }),
    withResult({
      ...first,
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' } } }],
    }),
    withResult({ ...first, suppressions: [{ kind: 'nope' }] }),
  ];
}

describe('fast-validator.generated.ts', () => {
  it('is what the schema and the installed ajv generate (rerun write-fast-validator.ts if not)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, 'fast-validator.generated.ts'),
      'utf8',
    );
    expect(committed === fastValidatorSource()).toBe(true);
  });

  it('accepts and rejects exactly what the validator compiled at run time does', () => {
    const runtime = compiledAtRunTime();
    let rejected = 0;
    for (const name of readdirSync(corpus).filter((f) => f.endsWith('.sarif'))) {
      let log: Record<string, unknown>;
      try {
        log = JSON.parse(readFileSync(join(corpus, name), 'utf8').replace(/^\uFEFF/, '')) as Record<
          string,
          unknown
        >;
      } catch {
        continue; // not JSON: never reaches a validator
      }
      const subjects =
        Array.isArray(log.runs) && log.runs.length > 0 ? [log, ...broken(log)] : [log];
      for (const [i, subject] of subjects.entries()) {
        const expected = runtime.log(subject);
        expect(validateLog(subject), `${name} #${i}`).toBe(expected);
        if (!expected) rejected++;
        const runs = (subject as { runs?: { results?: unknown[] }[] }).runs ?? [];
        for (const result of runs[0]?.results?.slice(0, 50) ?? [])
          expect(validateResult(result), `${name} #${i} result`).toBe(runtime.result(result));
      }
    }
    // The broken variants must have exercised the rejecting side.
    expect(rejected).toBeGreaterThan(100);
  });
});
