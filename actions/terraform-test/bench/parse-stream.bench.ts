// Benchmark: parse a 100,000-line `terraform test -json` stream, fed line by line through the
// same LineSplitter the real runner uses, in 64 KiB chunks as a pipe delivers them.
// Target (issue 6): ≤ 1 s with bounded memory. Baseline: JSON.parse of every line alone, the
// least any parser of this format must do; the ratio shows what the model costs on top.
// Run: pnpm tsx actions/terraform-test/bench/parse-stream.bench.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LineSplitter } from '../src/command-runner.js';
import { TestStreamParser } from '../src/stream-parser.js';

const LINES = 100_000;
const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');

/**
 * A long suite assembled from real recorded lines: the cloud-test-long-running log (progress
 * with elapsed), cloud-test-verbose (large test_plan/test_state lines and warnings) and the
 * walkthrough's assertion diagnostic, with file and run names varied so the model really grows
 * (1,000 files × runs), as it would in a big monorepo.
 */
function buildStream(): Buffer {
  const longRunning = readFileSync(
    join(fixtures, 'corpus/cloud-test-long-running/stdout.json'),
    'utf8',
  )
    .trim()
    .split('\n');
  const verbose = readFileSync(join(fixtures, 'corpus/cloud-test-verbose/stdout.json'), 'utf8')
    .trim()
    .split('\n');
  const broken = readFileSync(join(fixtures, 'codecommit/broken.stdout.json'), 'utf8')
    .trim()
    .split('\n');
  const body = [...longRunning.slice(2, -1), ...verbose.slice(2, -1), ...broken.slice(2, -1)];
  const out: string[] = [longRunning[0]!];
  let file = 0;
  while (out.length < LINES - 1) {
    const name = `tests/f${file++}.tftest.hcl`;
    for (const line of body) {
      if (out.length >= LINES - 1) break;
      out.push(
        line
          .replaceAll('main.tftest.hcl', name)
          .replaceAll('tests/basic.tftest.hcl', name)
          .replaceAll('tests/var_validation.tftest.hcl', name)
          .replaceAll('tests/with_kms.tftest.hcl', name),
      );
    }
  }
  out.push(longRunning.at(-1)!);
  return Buffer.from(`${out.join('\n')}\n`, 'utf8');
}

function parse(bytes: Buffer): { files: number; runs: number; lines: number } {
  const parser = new TestStreamParser();
  const splitter = new LineSplitter((line) => parser.push(line));
  for (let i = 0; i < bytes.length; i += 65_536) splitter.write(bytes.subarray(i, i + 65_536));
  splitter.end();
  const r = parser.result();
  return {
    files: r.files.length,
    runs: r.files.reduce((n, f) => n + f.runs.length, 0),
    lines: r.lineCount,
  };
}

function baseline(bytes: Buffer): number {
  let n = 0;
  const splitter = new LineSplitter((line) => {
    if (line) {
      JSON.parse(line);
      n++;
    }
  });
  for (let i = 0; i < bytes.length; i += 65_536) splitter.write(bytes.subarray(i, i + 65_536));
  splitter.end();
  return n;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const bytes = buildStream();
// Warm up the JIT once, then take the median of 5 runs.
parse(bytes);
baseline(bytes);
const runs = Array.from({ length: 5 }, () => time(() => parse(bytes)));
const bases = Array.from({ length: 5 }, () => time(() => baseline(bytes)));
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const parseMs = median(runs.map((r) => r.ms));
const baseMs = median(bases.map((r) => r.ms));

// Memory: heap growth while parsing a 4× longer stream must stay near the 1× figure (bounded:
// the parser keeps the model, capped diagnostics and no raw lines).
// A real gc() without --expose-gc on the command line (`pnpm bench` runs plain tsx).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;
/** Heap in MiB above the start: retained by the model after GC, and the peak while streaming. */
function heapGrowth(times: number): { retained: number; peak: number } {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const parser = new TestStreamParser();
  let peak = before;
  for (let t = 0; t < times; t++) {
    const splitter = new LineSplitter((line) => parser.push(line));
    for (let i = 0; i < bytes.length; i += 65_536) {
      splitter.write(bytes.subarray(i, i + 65_536));
      if (i % (65_536 * 16) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    splitter.end();
  }
  const result = parser.result();
  gc?.();
  const retained = process.memoryUsage().heapUsed - before;
  if (result.lineCount === 0) throw new Error('nothing parsed');
  return { retained: retained / 1024 / 1024, peak: (peak - before) / 1024 / 1024 };
}
const mem1 = heapGrowth(1);
const mem4 = heapGrowth(4);

const { files, runs: runCount, lines } = runs[0]!.value;
console.log(
  `terraform-test parse-stream: ${lines.toLocaleString('en')} lines, ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, ${files} files, ${runCount} runs`,
);
console.log(
  `  parse (TestStreamParser + LineSplitter): ${parseMs.toFixed(0)} ms (median of 5)   target ≤ 1000 ms: ${parseMs <= 1000 ? 'OK' : 'OVER'}`,
);
console.log(`  baseline (JSON.parse per line only):     ${baseMs.toFixed(0)} ms`);
console.log(`  ratio parse / baseline:                  ${(parseMs / baseMs).toFixed(2)}×`);
console.log(
  `  throughput:                              ${Math.round(lines / (parseMs / 1000)).toLocaleString('en')} lines/s`,
);
console.log(
  `  heap, 1× stream (${(bytes.length / 1024 / 1024).toFixed(0)} MiB): retained ${mem1.retained.toFixed(1)} MiB, peak ${mem1.peak.toFixed(1)} MiB`,
);
console.log(
  `  heap, 4× stream (same files/runs again): retained ${mem4.retained.toFixed(1)} MiB, peak ${mem4.peak.toFixed(1)} MiB (no raw lines kept; at most 5,000 diagnostics kept)`,
);
if (parseMs > 1000) process.exitCode = 1;
