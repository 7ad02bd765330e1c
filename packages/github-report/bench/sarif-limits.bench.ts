// Cost of enforcing GitHub's SARIF limits before upload, against the baseline every upload pays
// anyway: JSON.stringify + gzip of the log (what codeql-action does, with no limit handling).
// Run: pnpm tsx packages/github-report/bench/sarif-limits.bench.ts
import { gzipSync } from 'node:zlib';
import { prepareSarifUploads } from '../src/sarif-limits.js';

function log(runs: number, resultsPerRun: number): unknown {
  return {
    version: '2.1.0',
    runs: Array.from({ length: runs }, (_, r) => ({
      tool: {
        driver: {
          name: `tool-${r}`,
          rules: [{ id: 'R1', properties: { 'security-severity': '7.5' } }],
        },
      },
      results: Array.from({ length: resultsPerRun }, (_, i) => ({
        ruleId: 'R1',
        level: i % 7 === 0 ? 'error' : 'warning',
        message: { text: `Finding ${i} in run ${r}: resource aws_s3_bucket.b${i % 300} is public` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: `infra/m${i % 40}.tf` },
              region: { startLine: (i % 900) + 1 },
            },
          },
        ],
      })),
    })),
  };
}

/** Median of `repeat` timed runs after a warm-up (other jobs share the machine). */
function time(fn: () => void, repeat: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

const cases: [string, unknown][] = [
  ['1 run x 5,000 results (within limits)', log(1, 5_000)],
  ['1 run x 30,000 results (trim to 25,000)', log(1, 30_000)],
  ['30 runs x 500 results (split into 2 uploads)', log(30, 500)],
];
console.log('case | baseline stringify+gzip ms | prepareSarifUploads ms | ratio');
for (const [name, sarif] of cases) {
  const base = time(() => gzipSync(JSON.stringify(sarif)), 9);
  const ours = time(() => prepareSarifUploads(sarif, 'bench'), 9);
  console.log(`${name} | ${base.toFixed(1)} | ${ours.toFixed(1)} | ${(ours / base).toFixed(2)}x`);
}
