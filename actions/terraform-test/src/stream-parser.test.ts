import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordingLogger } from '@devsecops-gates/action-kit';
import { describe, expect, it } from 'vitest';
import { CODECOMMIT, corpusFile, JSON_STREAM_FIXTURES } from '../test/fixture-paths.js';
import { LineSplitter } from './command-runner.js';
import { ProgressLog } from './progress-log.js';
import { parseTestStream, TestStreamParser } from './stream-parser.js';

function countsOf(result: ReturnType<typeof parseTestStream>) {
  const runs = result.files.flatMap((f) => f.runs);
  return {
    status: result.summary?.status,
    passed: runs.filter((r) => r.status === 'pass').length,
    failed: runs.filter((r) => r.status === 'fail').length,
    errored: runs.filter((r) => r.status === 'error').length,
    skipped: runs.filter((r) => r.status === 'skip').length,
  };
}

describe('TestStreamParser on every recorded -json stream of the corpus', () => {
  it.each(JSON_STREAM_FIXTURES)('%s: the run model agrees with the stream summary', (name) => {
    const text = corpusFile(name, 'stdout.json');
    const result = parseTestStream(text);
    expect(result.summary).toBeDefined();
    expect(countsOf(result)).toEqual({ ...result.summary });
    expect(result.textLines).toEqual([]);
    expect(result.lineCount).toBe(text.split('\n').filter((l) => l.trim()).length);
    // Every run named in test_abstract is in the model, in declaration order.
    const abstract = JSON.parse(
      text.split('\n').find((l) => l.includes('"test_abstract"'))!,
    ).test_abstract;
    for (const [file, runs] of Object.entries(abstract)) {
      expect(result.files.find((f) => f.path === file)?.runs.map((r) => r.name)).toEqual(runs);
    }
  });

  it('takes the version line: raw logs name terraform and the UI version, normalised ones have none', () => {
    expect(parseTestStream(corpusFile('cloud-test-long-running', 'stdout.json'))).toMatchObject({
      tool: 'terraform',
      version: '1.7.0-dev',
      uiVersion: '1.2',
    });
    expect(parseTestStream(corpusFile('long_running', 'stdout.json')).version).toBeUndefined();
  });

  it('measures run durations from the real timestamps (starting → complete)', () => {
    const r = parseTestStream(corpusFile('cloud-test-long-running', 'stdout.json'));
    const run = r.files[0]!.runs[0]!;
    // 14:57:14.381552 - 14:57:09.189429
    expect(run.durationMs).toBeCloseTo(5192, 0);
    expect(run.startedAt).toBe('2023-09-28T14:57:09.189429+02:00');
    expect(r.files[0]!.durationMs).toBeCloseTo(17517.309 - 9189.386, 0);
  });

  it('falls back to the previous event when a 1.6-dev log has no starting lines', () => {
    const r = parseTestStream(corpusFile('cloud-test-pass', 'stdout.json'));
    const [defaults, overrides] = r.files[0]!.runs;
    expect(defaults!.durationMs).toBeCloseTo(27710.541 - 27268.889, 0);
    expect(overrides!.durationMs).toBeCloseTo(27833.351 - 27710.541, 0);
  });

  it('sees the interrupt and the skipped run in cloud-test-cancel', () => {
    const r = parseTestStream(corpusFile('cloud-test-cancel', 'stdout.json'));
    expect(r.interrupted).toBe(true);
    expect(r.files[0]!.runs.map((x) => [x.name, x.status])).toEqual([
      ['defaults', 'pass'],
      ['overrides', 'skip'],
    ]);
  });

  it('keeps -verbose runs light: command from test_plan/test_state, warnings per run, no plan kept', () => {
    const r = parseTestStream(corpusFile('cloud-test-verbose', 'stdout.json'));
    const [defaults, overrides] = r.files[0]!.runs;
    expect(defaults).toMatchObject({ command: 'plan', status: 'pass' });
    expect(overrides).toMatchObject({ command: 'apply', status: 'pass' });
    expect(
      defaults!.diagnostics.map((d) => [
        d.severity,
        d.summary,
        d.range?.filename,
        d.range?.start.line,
      ]),
    ).toEqual([
      ['warning', 'Deprecated', 'main.tf', 7],
      ['warning', 'Deprecated', 'main.tf', 7],
    ]);
    expect(JSON.stringify(r)).not.toContain('provider_schemas');
  });

  it('puts a diagnostic before test_abstract at suite level (skip_cleanup-json)', () => {
    const r = parseTestStream(corpusFile('skip_cleanup-json', 'stdout.json'));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'warning',
      summary: 'Duplicate "skip_cleanup" block',
      range: { filename: 'main.tftest.hcl', start: { line: 15, column: 3 } },
    });
    expect(r.files[0]!.runs).toHaveLength(5);
  });

  it.each([1, 2, 7, 64, 4096])(
    'gives the same result when the stream arrives in %i-byte chunks',
    (size) => {
      for (const name of [...JSON_STREAM_FIXTURES, 'codecommit:broken']) {
        const text = name.startsWith('codecommit:')
          ? readFileSync(join(CODECOMMIT, 'broken.stdout.json'), 'utf8')
          : corpusFile(name, 'stdout.json');
        const parser = new TestStreamParser();
        const splitter = new LineSplitter((line) => parser.push(line));
        const bytes = Buffer.from(text, 'utf8');
        for (let i = 0; i < bytes.length; i += size) splitter.write(bytes.subarray(i, i + size));
        splitter.end();
        expect(parser.result()).toEqual(parseTestStream(text));
      }
    },
  );
});

describe('TestStreamParser on the constructed walkthrough streams', () => {
  const read = (f: string) => readFileSync(join(CODECOMMIT, f), 'utf8');

  it('reports the failed assertion with its range, error_message and values', () => {
    const r = parseTestStream(read('broken.stdout.json'));
    expect(r).toMatchObject({ tool: 'terraform', version: '1.15.9', uiVersion: '1.3' });
    const basic = r.files.find((f) => f.path === 'tests/basic.tftest.hcl')!;
    expect(basic.status).toBe('fail');
    const [d] = basic.runs[0]!.diagnostics;
    expect(d).toMatchObject({
      summary: 'Test assertion failed',
      detail: 'The repository name must start with my-repo-',
      range: {
        filename: 'tests/basic.tftest.hcl',
        start: { line: 9, column: 21, byte: 128 },
        end: { line: 9, column: 91 },
      },
    });
    expect(d!.snippet!.values).toEqual([
      {
        traversal: 'aws_codecommit_repository.test.repository_name',
        statement: 'is "repo-basic-test"',
      },
    ]);
  });

  it('records leftovers and destroy errors as teardown, not as run failures', () => {
    const r = parseTestStream(read('destroy-fail.stdout.json'));
    const kms = r.files.find((f) => f.path === 'tests/with_kms.tftest.hcl')!;
    expect(kms.status).toBe('error');
    expect(kms.runs.every((x) => x.status === 'pass' && x.diagnostics.length === 0)).toBe(true);
    expect(kms.leftovers).toEqual([
      {
        file: 'tests/with_kms.tftest.hcl',
        run: 'setup',
        address: 'aws_kms_key.test',
        reason: 'cleanup',
      },
    ]);
    expect(kms.teardownDiagnostics).toHaveLength(1);
    expect(kms.teardownDiagnostics[0]!.address).toBe('aws_kms_key.test');
    expect(r.summary).toEqual({ status: 'error', passed: 4, failed: 0, errored: 0, skipped: 0 });
  });

  it('reads OpenTofu streams: no progress, file line before its runs, no durations', () => {
    const r = parseTestStream(read('tofu-broken.stdout.json'));
    expect(r).toMatchObject({ tool: 'tofu', version: '1.12.6' });
    expect(r.files.map((f) => [f.path, f.status, f.runs.map((x) => x.status)])).toEqual([
      ['tests/basic.tftest.hcl', 'fail', ['fail']],
      ['tests/var_validation.tftest.hcl', 'pass', ['pass']],
      ['tests/with_kms.tftest.hcl', 'pass', ['pass', 'pass']],
    ]);
    expect(r.files.flatMap((f) => f.runs).every((x) => x.durationMs === undefined)).toBe(true);
    expect(r.files[0]!.runs[0]!.diagnostics[0]!.summary).toBe('Test assertion failed');
  });

  it('reads OpenTofu `difference` and terraform `test_assertion_expr`', () => {
    const base = {
      '@level': 'error',
      '@module': 'tofu.ui',
      '@testfile': 'a.tftest.hcl',
      '@testrun': 'r',
      type: 'diagnostic',
    };
    const p = new TestStreamParser();
    p.push(
      JSON.stringify({
        ...base,
        diagnostic: {
          severity: 'error',
          summary: 'Test assertion failed',
          detail: 'x',
          difference: { before: 'bar', after: 'zap', after_unknown: false },
        },
      }),
    );
    p.push(
      JSON.stringify({
        ...base,
        diagnostic: {
          severity: 'error',
          summary: 'Test assertion failed',
          detail: 'y',
          snippet: {
            code: 'c',
            start_line: 1,
            values: [],
            test_assertion_expr: { lhs: '"bar"', rhs: '"zap"', warning: '', show_verbose: false },
          },
        },
      }),
    );
    const [a, b] = p.result().files[0]!.runs[0]!.diagnostics;
    expect(a!.difference).toEqual({ before: 'bar', after: 'zap' });
    expect(b!.snippet!.test_assertion_expr).toEqual({
      lhs: '"bar"',
      rhs: '"zap"',
      warning: '',
      show_verbose: false,
    });
  });

  it('ignores unknown message types and fields, keeps text lines, tolerates CRLF and blank lines', () => {
    const p = new TestStreamParser();
    expect(p.push('{"@level":"info","type":"test_future","test_future":{}}')).toEqual({
      kind: 'ignored',
      type: 'test_future',
    });
    expect(p.push('Error: Invalid testing directory\r')).toEqual({
      kind: 'text',
      line: 'Error: Invalid testing directory',
    });
    expect(p.push('')).toBeUndefined();
    expect(p.push('{not json')).toEqual({ kind: 'text', line: '{not json' });
    expect(p.result()).toMatchObject({
      summary: undefined,
      textLines: ['Error: Invalid testing directory', '{not json'],
      lineCount: 3,
    });
  });
});

describe('ProgressLog renders terraform’s own progress lines', () => {
  it('reproduces the human output recorded for the same long_running run', () => {
    // long_running has both the -json expectation and the -no-color human output of one test.
    const logger = new RecordingLogger();
    const log = new ProgressLog(logger, undefined);
    const parser = new TestStreamParser();
    for (const line of corpusFile('long_running', 'stdout.json').split('\n')) {
      const e = parser.push(line);
      if (e && e.kind !== 'abstract') log.write(e);
    }
    log.finish();
    expect(logger.messages('info').join('\n') + '\n').toBe(
      corpusFile('long_running', 'combined.txt'),
    );
    expect(
      logger.entries
        .filter((e) => e.level === 'group' || e.level === 'endgroup')
        .map((e) => e.message),
    ).toEqual(['main.tftest.hcl', '']);
  });

  it('opens one group per file, also for OpenTofu which prints a file after it finished', () => {
    const logger = new RecordingLogger();
    const log = new ProgressLog(logger, 'modules/repo');
    const parser = new TestStreamParser();
    for (const line of readFileSync(join(CODECOMMIT, 'tofu-broken.stdout.json'), 'utf8').split(
      '\n',
    )) {
      const e = parser.push(line);
      if (e) log.write(e);
    }
    log.finish();
    expect(logger.messages('group')).toEqual([
      'modules/repo: tests/basic.tftest.hcl',
      'modules/repo: tests/var_validation.tftest.hcl',
      'modules/repo: tests/with_kms.tftest.hcl',
    ]);
    expect(logger.messages('endgroup')).toHaveLength(3);
    const info = logger.messages('info');
    expect(info).toContain('tests/basic.tftest.hcl... fail');
    expect(info).toContain('  run "test_resource_creation"... fail');
    expect(info.at(-1)).toBe('Failure! 3 passed, 1 failed.');
    expect(
      info.some((m) =>
        m.includes('│ aws_codecommit_repository.test.repository_name is "repo-basic-test"'),
      ),
    ).toBe(true);
  });
});

describe('TestStreamParser memory bounds', () => {
  it('keeps at most 5,000 diagnostics and counts the rest', () => {
    const p = new TestStreamParser();
    const line = JSON.stringify({
      '@level': 'warn',
      '@module': 'terraform.ui',
      '@testfile': 'a.tftest.hcl',
      '@testrun': 'r',
      type: 'diagnostic',
      diagnostic: { severity: 'warning', summary: 'W', detail: 'd' },
    });
    for (let i = 0; i < 6_000; i++) p.push(line.replace('"r"', `"r${i % 100}"`));
    const r = p.result();
    expect(r.files[0]!.runs.reduce((n, x) => n + x.diagnostics.length, 0)).toBe(5_000);
    expect(r.droppedDiagnostics).toBe(1_000);
  });
});
