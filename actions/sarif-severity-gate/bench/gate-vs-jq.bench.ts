/**
 * Gate vs the jq one-liner people use today, on the same 100 MB SARIF, in the same run:
 *
 *   jq '.runs[].results[] | select(.level == "error") | .level' file | wc -l
 *
 * The gate runs as the action does on a runner (the ncc bundle in dist/, or the sources through
 * tsx when dist is not built), with every input at its default: schema validation, rule lookup
 * through extensions, security-severity, suppressions, the merged SARIF and the summary. Wall
 * time, CPU time and peak RSS come from /usr/bin/time for both. `--large` also evaluates a 1 GB
 * file (streaming path) and checks its peak RSS stays under 1 GiB.
 *
 *   pnpm tsx actions/sarif-severity-gate/bench/gate-vs-jq.bench.ts [--large] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildLargeSarif } from './build-large-sarif.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SOURCE = join(
  ROOT,
  'packages',
  'sarif',
  'testdata',
  'corpus',
  'checkov-2.3-terraform-showdown.sarif',
);
const BUNDLE = join(ROOT, 'dist', 'sarif-severity-gate', 'index.js');
const JQ = '/usr/bin/jq';
const TIME = '/usr/bin/time';
const args = process.argv.slice(2);
const large = args.includes('--large');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

interface Measure {
  wall: number;
  cpu: number;
  rssMiB: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time and reads wall, user+sys and max RSS. */
function measure(command: string[], env: NodeJS.ProcessEnv, cwd: string): Measure {
  const r = spawnSync(TIME, ['-f', '@@time %e %U %S %M', ...command], {
    env,
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const m = /@@time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`could not time ${command.join(' ')}: ${r.stderr.slice(-500)}`);
  return {
    wall: Number(m[1]),
    cpu: Number(m[2]) + Number(m[3]),
    rssMiB: Number(m[4]) / 1024,
    stdout: r.stdout,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function gateCommand(): string[] {
  if (existsSync(BUNDLE)) return [process.execPath, BUNDLE];
  console.log(
    'dist/sarif-severity-gate/index.js not built (pnpm build sarif-severity-gate): running the sources through tsx',
  );
  return [
    process.execPath,
    '--import',
    'tsx',
    join(ROOT, 'actions', 'sarif-severity-gate', 'src', 'index.ts'),
  ];
}

function gateEnv(dir: string, file: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: join(dir, 'runner-temp'),
    INPUT_SARIF: file,
    'INPUT_FAIL-ON': 'none',
    INPUT_UPLOAD: 'false',
    INPUT_COMMENT: 'false',
    INPUT_ANNOTATIONS: 'false',
  };
}

function gateCounts(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of stdout.matchAll(/::set-output name=([\w-]+)::(.*)/g)) out[m[1]!] = m[2]!;
  return out;
}

function report(label: string, m: Measure[]): Measure {
  const r = {
    wall: median(m.map((x) => x.wall)),
    cpu: median(m.map((x) => x.cpu)),
    rssMiB: Math.max(...m.map((x) => x.rssMiB)),
    stdout: m[0]!.stdout,
  };
  console.log(
    `${label.padEnd(28)} wall ${r.wall.toFixed(2)} s   cpu ${r.cpu.toFixed(2)} s   peak RSS ${r.rssMiB.toFixed(0)} MiB`,
  );
  return r;
}

async function main(): Promise<void> {
  if (!existsSync(TIME)) {
    console.log(`${TIME} not found: cannot measure peak RSS; skipping`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'sarif-gate-bench-'));
  try {
    const file = join(dir, 'large-100mb.sarif');
    const built = await buildLargeSarif(SOURCE, file, 100_000_000);
    console.log(
      `built ${(built.bytes / 1e6).toFixed(1)} MB SARIF with ${built.results} results from ${SOURCE.split('/').pop()}`,
    );
    const gate = gateCommand();
    const gateRuns: Measure[] = [];
    const jqRuns: Measure[] = [];
    const haveJq = existsSync(JQ);
    if (!haveJq) console.log(`${JQ} not found (Debian package jq): jq comparison skipped`);
    for (let i = 0; i < runs; i++) {
      // Alternate so both see the same machine load and page cache.
      gateRuns.push(measure(gate, gateEnv(dir, file), dir));
      if (haveJq)
        jqRuns.push(
          measure(
            [
              'sh',
              '-c',
              `${JQ} '.runs[].results[] | select(.level == "error") | .level' '${file}' | wc -l`,
            ],
            { PATH: process.env.PATH },
            dir,
          ),
        );
    }
    const g = report('gate (full evaluation)', gateRuns);
    const counts = gateCounts(g.stdout);
    console.log(
      `  gate outputs: total ${counts.total}, critical ${counts.critical}, high ${counts.high}, medium ${counts.medium}, low ${counts.low}, note ${counts.note}`,
    );
    if (haveJq) {
      const j = report('jq | wc -l', jqRuns);
      console.log(`  jq count of level=error: ${j.stdout.trim()}`);
      console.log(
        `ratio: gate is ${(j.wall / g.wall).toFixed(2)}x faster than jq (wall), ${(j.cpu / g.cpu).toFixed(2)}x (cpu); target >= 3x`,
      );
      console.log(
        `ratio: gate peak RSS is ${(g.rssMiB / j.rssMiB).toFixed(2)}x jq's (${g.rssMiB.toFixed(0)} vs ${j.rssMiB.toFixed(0)} MiB); target <= 1x`,
      );
    }
    if (large) {
      const big = join(dir, 'large-1gb.sarif');
      const b = await buildLargeSarif(SOURCE, big, 1_000_000_000);
      await rm(file);
      console.log(`built ${(b.bytes / 1e9).toFixed(2)} GB SARIF with ${b.results} results`);
      const m = report('gate on 1 GB (streamed)', [measure(gate, gateEnv(dir, big), dir)]);
      const c = gateCounts(m.stdout);
      console.log(`  gate outputs: total ${c.total}, high ${c.high}; expected total ${b.results}`);
      console.log(
        `1 GB peak RSS ${m.rssMiB.toFixed(0)} MiB: ${m.rssMiB <= 1024 ? 'within' : 'OVER'} the 1 GiB target`,
      );
    } else {
      console.log(
        '(pass --large to also evaluate a 1 GB file; it needs ~1 GB of free disk in the temp dir)',
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
