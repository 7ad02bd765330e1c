import type {
  Diagnostic,
  LeftoverResource,
  TestRunResult,
  TestStreamResult,
  TestTool,
} from './model.js';
import type { RunBlockInfo } from './test-file-scan.js';

/** How one of `init` / `validate` went. */
export interface StepOutcome {
  exitCode: number;
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Last lines of its output, for the report when it failed. */
  outputTail: string[];
}

/** Everything the action learned about one module: the input of verdict and reports. */
export interface ModuleOutcome {
  /** Module directory relative to the repository root, POSIX separators, `.` for the root. */
  dir: string;
  tool: TestTool;
  version: string | undefined;
  init: StepOutcome | undefined;
  validate: StepOutcome | undefined;
  test: { exitCode: number; stream: TestStreamResult; junitFile: string | undefined } | undefined;
  /** Run blocks read from the test files (command, assert count), keyed by test file path. */
  runBlocks: Record<string, RunBlockInfo[]>;
  /** Objects left in state, with IDs where known (terraform stream, or tofu's errored_test.tfstate). */
  leftovers: LeftoverResource[];
}

export interface RunCounts {
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  pending: number;
}

export function allRuns(m: ModuleOutcome): TestRunResult[] {
  return m.test ? m.test.stream.files.flatMap((f) => f.runs) : [];
}

export function countRuns(runs: readonly TestRunResult[]): RunCounts {
  const c: RunCounts = { passed: 0, failed: 0, errored: 0, skipped: 0, pending: 0 };
  for (const r of runs) {
    if (r.status === 'pass') c.passed++;
    else if (r.status === 'fail') c.failed++;
    else if (r.status === 'error') c.errored++;
    else if (r.status === 'skip') c.skipped++;
    else c.pending++;
  }
  return c;
}

/** The run block a run came from, for its command and assertion count. */
export function blockOf(m: ModuleOutcome, run: TestRunResult): RunBlockInfo | undefined {
  return m.runBlocks[run.file]?.find((b) => b.name === run.name);
}

/** A path inside the module as seen from the repository root. */
export function repoPath(dir: string, file: string): string {
  if (dir === '.' || dir === '') return file.replace(/\\/g, '/');
  return `${dir}/${file.replace(/\\/g, '/')}`.replace(/\/\.\//g, '/');
}
