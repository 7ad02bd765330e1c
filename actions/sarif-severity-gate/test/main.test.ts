import { mkdtemp, readFile, writeFile, cp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordingRuntime } from '@devsecops-gates/action-kit';
import type { PublishOptions, PublishResult, Report } from '@devsecops-gates/github-report';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/main.js';

const SAMPLES = join(import.meta.dirname, '..', 'samples');
const TESTDATA = join(import.meta.dirname, 'testdata');

let workspace: string;
let published: { report: Report; options: PublishOptions }[];

const publish = (report: Report, options: PublishOptions): Promise<PublishResult> => {
  published.push({ report, options });
  return Promise.resolve({
    annotations: { emitted: report.annotations?.length ?? 0, dropped: 0 },
    summary: { bytes: 0, truncatedSections: 0 },
    comment: { status: 'skipped' },
    upload: { status: 'skipped', sarifIds: [] },
    warnings: [],
  });
};

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'sarif-gate-'));
  await cp(SAMPLES, join(workspace, 'samples'), { recursive: true });
  await cp(TESTDATA, join(workspace, 'testdata'), { recursive: true });
  published = [];
});

function runtime(inputs: Record<string, string>) {
  return recordingRuntime(
    { upload: 'false', comment: 'false', ...inputs },
    {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(workspace, 'tmp'),
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_SHA: 'a'.repeat(40),
    },
  );
}

describe('sarif-severity-gate run()', () => {
  it('fails on the CodeQL findings whose levels live on extension rules, with MANIFEST counts', async () => {
    const rt = runtime({ sarif: 'samples/codeql-2.13-js-rules-in-extensions.sarif' });
    const outcome = await run(rt, { publish });
    expect(outcome?.verdict.status).toBe('fail');
    expect(rt.outputs).toMatchObject({
      total: '29',
      critical: '3',
      high: '12',
      medium: '14',
      low: '0',
      note: '0',
      suppressed: '0',
      verdict: 'fail',
    });
    expect(rt.failures).toEqual([
      'sarif-severity-gate: 3 critical findings (max 0), 12 high findings (max 0)',
    ]);
    const merged = JSON.parse(await readFile(rt.outputs['sarif-path']!, 'utf8'));
    expect(merged.runs[0].results).toHaveLength(29);
    const report = published[0]!.report;
    expect(report.headline).toContain('3 critical findings (max 0)');
    expect(report.sections.map((s) => s.markdown).join('\n')).toContain(
      `https://github.com/octo/repo/blob/${'a'.repeat(40)}/app/config/auth.config.js#L2`,
    );
    expect(report.sarif).toBeUndefined(); // upload: false
    expect(report.annotations?.[0]).toMatchObject({
      level: 'error',
      file: 'app/config/auth.config.js',
      startLine: 2,
      rank: 4,
    });
  });

  it('passes when the limits allow the counts, and fail-on moves the floor', async () => {
    const relaxed = runtime({
      sarif: 'samples/trivy-0.45-iac-security-severity.sarif',
      'max-high': '11',
    });
    expect((await run(relaxed, { publish }))?.verdict).toEqual({ status: 'pass' });
    expect(relaxed.outputs.verdict).toBe('pass');

    const critical = runtime({
      sarif: 'samples/trivy-0.45-iac-security-severity.sarif',
      'fail-on': 'critical',
    });
    expect((await run(critical, { publish }))?.verdict.status).toBe('pass');

    const low = runtime({
      sarif: 'samples/trivy-0.45-iac-security-severity.sarif',
      'fail-on': 'low',
      'max-high': 'unlimited',
      'max-medium': '5',
    });
    const outcome = await run(low, { publish });
    expect(outcome?.verdict).toEqual({ status: 'fail', reason: '5 low findings (max 0)' });
  });

  it('counts suppressed results separately and never against thresholds', async () => {
    const rt = runtime({
      sarif: 'samples/eslint-js-sample-with-inline-suppressions.sarif',
      'max-high': '11',
    });
    await run(rt, { publish });
    expect(rt.outputs).toMatchObject({
      total: '22',
      high: '11',
      medium: '8',
      suppressed: '3',
      verdict: 'pass',
    });
  });

  it('with a baseline and new-only, gates only on results the baseline lacks', async () => {
    const rt = runtime({
      sarif: 'samples/trivy-0.45-iac-security-severity.sarif',
      baseline: 'samples/baseline/trivy-0.45-iac-security-severity.baseline.json',
      'new-only': 'true',
      'fail-on': 'critical',
      'max-low': '0',
    });
    await run(rt, { publish });
    expect(rt.outputs.new).toBe('4');
    const counted = ['critical', 'high', 'medium', 'low', 'note'].reduce(
      (n, s) => n + Number(rt.outputs[s]),
      0,
    );
    expect(counted).toBe(4);
    expect(rt.outputs.total).toBe('21');
  });

  it('a missing baseline makes every result new (fail closed) and says so', async () => {
    const rt = runtime({
      sarif: 'samples/trivy-0.45-iac-security-severity.sarif',
      baseline: 'nowhere/*.sarif',
      'new-only': 'true',
    });
    await run(rt, { publish });
    expect(rt.outputs.new).toBe('21');
    expect(
      rt.logger.messages('info').some((m) => m.includes('Baseline nowhere/*.sarif not found')),
    ).toBe(true);
  });

  it('fails closed on invalid JSON naming file, line and column, unless fail-on-invalid is false', async () => {
    const strict = runtime({ sarif: 'testdata/codeguru-reviewer-invalid-json-control-char.sarif' });
    expect((await run(strict, { publish }))?.verdict.status).toBe('fail');
    expect(strict.logger.messages('error')).toEqual([
      'testdata/codeguru-reviewer-invalid-json-control-char.sarif:172:193: not valid JSON: Bad control character in string literal.',
    ]);
    expect(strict.failures[0]).toContain('1 SARIF input could not be evaluated (fail-on-invalid)');

    const lenient = runtime({
      sarif:
        'testdata/codeguru-reviewer-invalid-json-control-char.sarif\nsamples/trivy-0.45-iac-security-severity.sarif',
      'fail-on-invalid': 'false',
      'fail-on': 'none',
    });
    expect((await run(lenient, { publish }))?.verdict.status).toBe('pass');
    expect(lenient.logger.messages('warning')[0]).toContain('(ignored: fail-on-invalid is false)');
    expect(lenient.outputs.total).toBe('21');
  });

  it('an empty glob is an error, not a pass', async () => {
    const rt = runtime({ sarif: 'reports/*.sarif' });
    expect((await run(rt, { publish }))?.verdict.status).toBe('fail');
    expect(rt.logger.messages('error')[0]).toMatch(
      /SARIF input 'reports\/\*\.sarif' matches no file/,
    );
  });

  it('applies the allowlist, and an expired entry stops suppressing and is reported', async () => {
    await writeFile(
      join(workspace, 'allow.yml'),
      [
        'allow:',
        '  - rule: js/hardcoded-credentials',
        '    path: app/config/**',
        '    reason: test key, rotated',
        '    expires: 2999-01-01',
        '  - rule: js/type-confusion-through-parameter-tampering',
        '    reason: validated upstream',
        '    expires: 2020-01-01',
      ].join('\n'),
    );
    const rt = runtime({
      sarif: 'samples/codeql-2.13-js-rules-in-extensions.sarif',
      allowlist: 'allow.yml',
    });
    await run(rt, { publish });
    expect(rt.outputs).toMatchObject({ critical: '2', suppressed: '1' });
    expect(rt.logger.messages('warning').join('\n')).toContain(
      'Allowlist entry for js/type-confusion-through-parameter-tampering expired on 2020-01-01 (validated upstream): 1 finding(s) count again.',
    );
  });

  it('filters by rule, path and tool, and remaps levels', async () => {
    const rt = runtime({
      sarif: 'samples',
      tools: 'eslint',
      'exclude-rules': 'no-undef',
      'paths-ignore': 'js/util.js',
      'level-severity-map': 'error=critical, warning=low',
      'fail-on': 'none',
    });
    await run(rt, { publish });
    expect(rt.outputs.critical).not.toBe('0');
    expect(rt.outputs.high).toBe('0');
    const merged = JSON.parse(await readFile(rt.outputs['sarif-path']!, 'utf8'));
    const kept = merged.runs.flatMap(
      (r: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }) => r.results,
    );
    expect(kept.length).toBe(Number(rt.outputs.total));
    expect(kept.every((r: { ruleId: string }) => r.ruleId !== 'no-undef')).toBe(true);
    expect(
      kept.some((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('util.js'),
      ),
    ).toBe(false);
  });

  it('rejects bad inputs with messages naming the input', async () => {
    const rt = runtime({ sarif: 'samples', 'level-severity-map': 'fatal=high' });
    await run(rt, { publish });
    expect(rt.failures[0]).toContain("Input 'level-severity-map': unknown SARIF level 'fatal'");
    const rt2 = runtime({ sarif: 'samples', 'max-high': 'lots' });
    await run(rt2, { publish });
    expect(rt2.failures[0]).toContain("Input 'max-high' must be a whole number");
    await mkdir(join(workspace, 'empty'));
    const rt3 = runtime({ sarif: 'empty' });
    await run(rt3, { publish });
    expect(rt3.failures[0]).toContain('could not be evaluated');
  });
});
