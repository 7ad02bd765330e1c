/** Status of a run, file or suite, as `terraform test -json` spells it (`moduletest.Status`). */
export type TestStatus = 'pending' | 'skip' | 'pass' | 'fail' | 'error';

/** Which CLI produced a stream: the `version` line says `terraform` or `tofu`. */
export type TestTool = 'terraform' | 'tofu';

export interface SourcePos {
  line: number;
  column: number;
  byte?: number;
}

/** A diagnostic object as the JSON UI prints it (only the fields the reports use are typed). */
export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  address?: string;
  range?: { filename: string; start: SourcePos; end: SourcePos };
  snippet?: {
    context?: string | null;
    code: string;
    start_line: number;
    highlight_start_offset?: number;
    highlight_end_offset?: number;
    values?: { traversal: string; statement: string }[];
    /** Terraform ≥ 1.12 on failed binary assertions: both sides as JSON text. */
    test_assertion_expr?: { lhs?: string; rhs?: string; warning?: string; show_verbose?: boolean };
  };
  /** OpenTofu ≥ 1.11 on failed `==` assertions: plan-change shape (before = lhs, after = rhs). */
  difference?: { before?: unknown; after?: unknown };
}

/** A resource terraform could not destroy (from `test_cleanup` or `test_interrupt`). */
export interface LeftoverResource {
  file: string;
  /** The run whose state held it; absent for the main state of a file. */
  run?: string;
  address: string;
  deposedKey?: string;
  /** The remote object ID when the stream told us (a `-verbose` `test_state`), else undefined. */
  id?: string;
  /** `cleanup`: a failed destroy; `interrupt`: a hard cancel left it; `planned`: being created. */
  reason: 'cleanup' | 'interrupt' | 'planned';
}

export interface TestRunResult {
  file: string;
  name: string;
  status: TestStatus;
  /** `plan` / `apply` when known (from a -verbose test_plan / test_state), else undefined. */
  command?: 'plan' | 'apply';
  /** Wall-clock duration of plan/apply and assertions, when the stream lets us measure it. */
  durationMs?: number;
  /** RFC3339 start time, when the stream carries timestamps. */
  startedAt?: string;
  diagnostics: Diagnostic[];
}

export interface TestFileResult {
  path: string;
  status: TestStatus;
  runs: TestRunResult[];
  /** File-level diagnostics and those raised while tearing down (not tied to a run outcome). */
  diagnostics: Diagnostic[];
  /** Diagnostics raised during teardown (destroy failures), a subset kept apart for the verdict. */
  teardownDiagnostics: Diagnostic[];
  leftovers: LeftoverResource[];
  durationMs?: number;
}

export interface TestSummary {
  status: TestStatus;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
}

/** Everything one `terraform test -json` invocation told us. */
export interface TestStreamResult {
  tool: TestTool | undefined;
  version: string | undefined;
  uiVersion: string | undefined;
  files: TestFileResult[];
  /** The stream's own conclusion; undefined when the process died before printing it. */
  summary: TestSummary | undefined;
  /** Diagnostics not tied to a test file (configuration errors before the tests start). */
  diagnostics: Diagnostic[];
  interrupted: boolean;
  /** Lines that were not JSON (flag errors are printed as text even with -json), capped. */
  textLines: string[];
  lineCount: number;
  /** Diagnostics beyond the parser's memory cap: counted, not kept. */
  droppedDiagnostics: number;
}

export const STATUS_ORDER: Record<TestStatus, number> = {
  pending: 0,
  skip: 1,
  pass: 2,
  fail: 3,
  error: 4,
};

/** Terraform's precedence (pending < skip < pass < fail < error): the worst status wins. */
export function mergeStatus(a: TestStatus, b: TestStatus): TestStatus {
  return STATUS_ORDER[a] >= STATUS_ORDER[b] ? a : b;
}
