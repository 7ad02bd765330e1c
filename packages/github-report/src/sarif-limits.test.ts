import { gunzipSync, gzipSync } from 'node:zlib';
import { processSarif } from '@devsecops-gates/fakes/github';
import { describe, expect, it } from 'vitest';
import { prepareSarifUploads } from './sarif-limits.js';

type Run = {
  tool: { driver: { name: string; rules?: unknown[] } };
  automationDetails?: { id: string };
  results: Record<string, unknown>[];
};

function log(runs: Run[]): { version: string; runs: Run[] } {
  return { version: '2.1.0', runs };
}

function run(name: string, results: number, extra: Partial<Run> = {}): Run {
  return {
    tool: { driver: { name } },
    results: Array.from({ length: results }, (_, i) => ({
      ruleId: 'R',
      level: 'warning',
      message: { text: `r${i}` },
    })),
    ...extra,
  };
}

const runsOf = (f: { gzipped: Buffer }): Run[] =>
  (JSON.parse(gunzipSync(f.gzipped).toString('utf8')) as { runs: Run[] }).runs;

describe('prepareSarifUploads', () => {
  it('fills automationDetails.id from the category where absent and leaves the input untouched', () => {
    const input = log([run('tfsec', 1), run('checkov', 1, { automationDetails: { id: 'mine/' } })]);
    const out = prepareSarifUploads(input, 'iac/prod');
    expect(out.files).toHaveLength(1);
    expect(out.files[0]?.categories).toEqual(['iac/prod/', 'mine/']);
    expect(input.runs[0]?.automationDetails).toBeUndefined();
    expect(out.warnings).toEqual([]);
  });

  it('trims a run over 25,000 results to the most severe, with a warning GitHub then accepts', () => {
    const big = run('tfsec', 25_010);
    // Ten errors hidden at the end must survive the trim.
    for (let i = 25_000; i < 25_010; i++)
      big.results[i] = { ruleId: 'R', level: 'error', message: { text: `severe ${i}` } };
    const out = prepareSarifUploads(log([big]), 'cat');
    const [kept] = runsOf(out.files[0] ?? { gzipped: Buffer.alloc(0) });
    expect(kept?.results).toHaveLength(25_000);
    expect(kept?.results.filter((r) => r.level === 'error')).toHaveLength(10);
    expect(out.warnings).toEqual([
      expect.stringContaining(
        'tfsec reported 25010 results in one run; GitHub accepts 25000, so the 10 least severe',
      ),
    ]);
    expect(processSarif(out.files[0]?.sarif)).toEqual({ status: 'complete' });
  });

  it('splits more than 20 runs over several uploads, each run keeping a distinct category', () => {
    const runs = Array.from({ length: 45 }, (_, i) => run(`tool-${i}`, 2));
    const out = prepareSarifUploads(log(runs), 'many');
    expect(out.files.map((f) => runsOf(f).length)).toEqual([20, 20, 5]);
    expect(out.warnings).toEqual([
      expect.stringContaining('45 runs (GitHub accepts 20 per upload); it is uploaded in 3 parts'),
    ]);
    for (const f of out.files) expect(processSarif(f.sarif)).toEqual({ status: 'complete' });
  });

  it('renames runs of one tool that would share a category', () => {
    const out = prepareSarifUploads(
      log([run('cfn-lint', 1), run('cfn-lint', 1), run('cfn-lint', 1)]),
      'templates',
    );
    expect(out.files[0]?.categories).toEqual(['templates/', 'templates-2/', 'templates-3/']);
    expect(out.warnings).toHaveLength(2);
    expect(processSarif(out.files[0]?.sarif)).toEqual({ status: 'complete' });
  });

  it('trims locations over 1,000 per result and thread flows over 10,000 steps', () => {
    const r = run('t', 1);
    const loc = { physicalLocation: { artifactLocation: { uri: 'a.tf' } } };
    r.results[0] = {
      ...r.results[0],
      locations: Array.from({ length: 1005 }, () => loc),
      codeFlows: [
        { threadFlows: [{ locations: Array.from({ length: 10_001 }, () => ({ location: loc })) }] },
      ],
    };
    const out = prepareSarifUploads(log([r]), undefined);
    const result = runsOf(out.files[0] ?? { gzipped: Buffer.alloc(0) })[0]?.results[0] as {
      locations: unknown[];
      codeFlows: { threadFlows: { locations: unknown[] }[] }[];
    };
    expect(result.locations).toHaveLength(1000);
    expect(result.codeFlows[0]?.threadFlows[0]?.locations).toHaveLength(10_000);
    expect(out.warnings).toHaveLength(2);
  });

  it('spreads runs over uploads by gzipped size, and shrinks a single run that is too big alone', () => {
    const noisy = (n: number): Run => {
      const r = run(`noisy-${n}`, 400);
      r.results = r.results.map((x, i) => ({
        ...x,
        message: { text: `${Math.random().toString(36)}${i}`.repeat(4) },
      }));
      return r;
    };
    const one = gzipSync(JSON.stringify(log([noisy(0)]))).length;
    const limit = Math.round(one * 1.5);
    const out = prepareSarifUploads(log([noisy(1), noisy(2), noisy(3)]), 'c', {
      gzippedBytes: limit,
    });
    expect(out.files).toHaveLength(3);
    for (const f of out.files) expect(f.gzipped.length).toBeLessThanOrEqual(limit);
    expect(out.warnings.join('\n')).toContain('more than 10 MB gzipped; it is uploaded in 3 parts');
    const tiny = prepareSarifUploads(log([noisy(4)]), 'c', { gzippedBytes: Math.round(one / 2) });
    expect(tiny.files[0]?.gzipped.length).toBeLessThanOrEqual(Math.round(one / 2));
    expect(runsOf(tiny.files[0] ?? { gzipped: Buffer.alloc(0) })[0]?.results.length).toBeLessThan(
      400,
    );
    expect(tiny.warnings.join('\n')).toContain("over GitHub's 10 MB (gzipped) limit on its own");
  });

  it('refuses a log without runs', () => {
    expect(() => prepareSarifUploads({ version: '2.1.0' }, 'c')).toThrow(/no "runs" array/);
  });
});
