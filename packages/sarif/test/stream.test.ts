import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateSarifFiles, type SarifEvaluation } from '../src/index.js';

const corpus = join(import.meta.dirname, '..', 'testdata', 'corpus');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sarif-stream-'));
});

/** Everything the gate reports, without object identity, for comparing the two paths. */
function comparable(e: SarifEvaluation) {
  const { tally } = e;
  return {
    total: tally.total,
    counts: tally.counts,
    all: tally.all,
    byLevel: tally.byLevel,
    suppressed: tally.suppressed,
    new: tally.new,
    byTool: [...tally.byTool.entries()],
    findings: tally.findings.map((f) => [
      f.ruleId,
      f.severity,
      f.level,
      f.path,
      f.startLine,
      f.message,
      f.suppressed,
      f.fingerprints,
    ]),
    problems: e.problems.map((p) => [p.kind, p.file]),
  };
}

async function both(file: string, chunkSize: number) {
  const base = { cwd: dir, merge: false, keepFindings: true };
  const memory = await evaluateSarifFiles([file], {
    ...base,
    streamThreshold: Number.MAX_SAFE_INTEGER,
  });
  const stream = await evaluateSarifFiles([file], {
    ...base,
    streamThreshold: 0,
    streamChunkSize: chunkSize,
  });
  return { memory, stream };
}

describe('streaming path', () => {
  it('gives identical findings to the in-memory path for every corpus file, across chunk boundaries', async () => {
    for (const name of (await readdir(corpus)).filter((f) => f.endsWith('.sarif'))) {
      for (const chunk of [251, 65536]) {
        const { memory, stream } = await both(join(corpus, name), chunk);
        expect(comparable(stream), `${name} @${chunk}`).toEqual(comparable(memory));
      }
    }
  });

  it('gives identical results for generated logs with any key order, escapes and nesting', async () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('a\\"b', 'ü€😀', 'line\nbreak', '\\u0041', '"quoted"'),
    );
    const result = fc.record(
      {
        ruleId: fc.constantFrom('r0', 'r1', 'r2', 'x'),
        ruleIndex: fc.integer({ min: 0, max: 3 }),
        level: fc.constantFrom('error', 'warning', 'note', 'none'),
        message: fc.record({ text }),
        locations: fc.array(
          fc.record({
            physicalLocation: fc.record({
              artifactLocation: fc.record({
                uri: fc.constantFrom('src/a.ts', 'b c.js', 'file:///w/x.py', '%41.txt'),
              }),
              region: fc.record(
                { startLine: fc.integer({ min: 1, max: 99 }), snippet: fc.record({ text }) },
                { requiredKeys: ['startLine'] },
              ),
            }),
          }),
          { maxLength: 3 },
        ),
        suppressions: fc.array(
          fc.record(
            { kind: fc.constant('inSource'), status: fc.constantFrom('accepted', 'rejected') },
            { requiredKeys: ['kind'] },
          ),
          { maxLength: 2 },
        ),
        codeFlows: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 2 }),
        partialFingerprints: fc.record(
          {
            primaryLocationLineHash: fc.string({
              unit: fc.constantFrom(...'0123456789abcdef'.split('')),
              minLength: 4,
              maxLength: 16,
            }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['message'] },
    );
    const rules = fc.array(
      fc.record({
        id: fc.constantFrom('r0', 'r1', 'r2'),
        properties: fc.record({
          'security-severity': fc.constantFrom('9.1', '7', '4.5', '0.0', ''),
        }),
      }),
      { maxLength: 4 },
    );
    const run = fc.record({
      results: fc.array(result, { maxLength: 8 }),
      tool: fc.record({ driver: fc.record({ name: fc.constantFrom('T', 'U'), rules }) }),
      artifacts: fc.constant([]),
    });
    const log = fc.record({
      version: fc.constant('2.1.0'),
      runs: fc.array(run, { maxLength: 3 }),
      $schema: fc.constant('https://json.schemastore.org/sarif-2.1.0.json'),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        log,
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (value, chunk, pretty) => {
          const file = join(dir, `gen-${n++}.sarif`);
          await writeFile(file, JSON.stringify(value, null, pretty ? 2 : undefined));
          const { memory, stream } = await both(file, chunk);
          // The streaming path schema-checks only what it reads of each result (codeFlows etc. are
          // skipped for speed), so it may report fewer schema problems, never more or others.
          const withoutSchema = (e: SarifEvaluation) => ({
            ...comparable(e),
            problems: comparable(e).problems.filter(([k]) => k !== 'schema'),
          });
          expect(withoutSchema(stream)).toEqual(withoutSchema(memory));
          if (stream.problems.some((p) => p.kind === 'schema'))
            expect(memory.problems.some((p) => p.kind === 'schema')).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("waits for a run's tool when results come first, and strips a BOM", async () => {
    const file = join(dir, 'late-tool.sarif');
    await writeFile(
      file,
      `\uFEFF{"runs":[{"results":[{"ruleIndex":0,"message":{"text":"m"}}],"tool":{"driver":{"name":"T","rules":[{"id":"r","defaultConfiguration":{"level":"error"}}]}}}],"version":"2.1.0"}`,
    );
    const { memory, stream } = await both(file, 5);
    expect(stream.tally.counts.high).toBe(1);
    expect(comparable(stream)).toEqual(comparable(memory));
  });

  it('reports syntax errors with the same line and column as the in-memory path', async () => {
    const cases = [
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"message":{"text":"a"}},]}]}',
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},\n"results":[{"message":{"text":"a\nb"}}]}]}',
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"message":{"text":"a"}}]}]',
      '{"version":"2.1.0","runs":[]} x',
      '',
    ];
    for (const [i, text] of cases.entries()) {
      const file = join(dir, `bad-${i}.sarif`);
      await writeFile(file, text);
      const { memory, stream } = await both(file, 3);
      expect(memory.problems[0]?.kind, text).toBe('json');
      expect(stream.problems[0]?.kind, text).toBe('json');
      expect(stream.problems[0]?.position?.line, text).toBe(memory.problems[0]?.position?.line);
      expect(stream.problems[0]!.message).toMatch(/^bad-\d\.sarif:\d+:\d+: not valid JSON: /);
    }
  });

  it('rejects documents that are not SARIF 2.1.0 in both paths', async () => {
    const cases: [string, string][] = [
      ['[]', 'not-sarif'],
      ['{"version":"2.0.0","runs":[]}', 'version'],
      ['{"runs":[],"version":"1.0"}', 'version'],
      ['{"version":"2.1.0","runs":{}}', 'not-sarif'],
      ['{"version":"2.1.0","runs":[{"results":{}}]}', 'not-sarif'],
      ['{"name":"package.json"}', 'not-sarif'],
      ['42', 'not-sarif'],
    ];
    for (const [i, [text, kind]] of cases.entries()) {
      const file = join(dir, `odd-${i}.sarif`);
      await writeFile(file, text);
      const { memory, stream } = await both(file, 4);
      expect([memory.problems[0]?.kind, stream.problems[0]?.kind], text).toEqual([kind, kind]);
    }
  });

  it('never crashes on fuzzed SARIF: only typed SarifErrors', async () => {
    const source = await readFile(join(corpus, 'eslint-js-sample-with-inline-suppressions.sarif'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.nat(source.length - 1),
            fc.constantFrom(...'{}[]",:\\ \n0a-'.split('').map((c) => c.charCodeAt(0)), 0x00, 0xff),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        fc.option(fc.nat(source.length), { nil: undefined }),
        async (edits, cut) => {
          const bytes = Buffer.from(source);
          for (const [at, byte] of edits) bytes[at] = byte;
          const file = join(dir, `fuzz-${n++}.sarif`);
          await writeFile(file, cut === undefined ? bytes : bytes.subarray(0, cut));
          // Any exception other than a collected SarifError fails the property.
          const { memory, stream } = await both(file, 512);
          for (const e of [memory, stream]) {
            for (const p of e.problems) expect(p.message).toMatch(/^fuzz-\d+\.sarif/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('schema problems', () => {
  it("fail another tool's SARIF but are only reported for CodeQL output, which GitHub does not validate", async () => {
    const bad = (name: string) =>
      JSON.stringify({
        version: '2.1.0',
        runs: [
          { tool: { driver: { name } }, results: [{ message: { text: 'm' }, level: 'fatal' }] },
        ],
      });
    await writeFile(join(dir, 'other.sarif'), bad('Other'));
    await writeFile(join(dir, 'codeql.sarif'), bad('CodeQL'));
    for (const streamThreshold of [0, Number.MAX_SAFE_INTEGER]) {
      const other = await evaluateSarifFiles(['other.sarif'], { cwd: dir, streamThreshold });
      expect(other.problems.map((p) => p.kind)).toEqual(['schema']);
      expect(other.problems[0]!.message).toMatch(
        /^other\.sarif: not valid SARIF 2\.1\.0: 1 schema error\(s\), first at \/runs\/0\/results\/0\/level: must be one of/,
      );
      const codeql = await evaluateSarifFiles(['codeql.sarif'], { cwd: dir, streamThreshold });
      expect(codeql.problems).toEqual([]);
      expect(codeql.files[0]!.schema!.toleratedCount).toBeGreaterThan(0);
      // The unknown level still counts, as SARIF's default.
      expect(codeql.tally.counts.medium).toBe(1);
    }
  });
});

describe('odd results', () => {
  it('treats scalar results the same in both paths, whatever the chunk boundaries', async () => {
    const file = join(dir, 'scalars.sarif');
    await writeFile(
      file,
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[1,true,{"message":{"text":"m"}},null,2]}]}',
    );
    for (const chunk of [1, 2, 3, 5, 8]) {
      const { memory, stream } = await both(file, chunk);
      expect(comparable(stream)).toEqual(comparable(memory));
      expect(stream.problems.map((p) => p.kind)).toEqual(['schema']);
      expect(stream.tally.total).toBe(1);
    }
  });
});
