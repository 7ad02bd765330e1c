import {
  mergeStatus,
  type Diagnostic,
  type LeftoverResource,
  type TestFileResult,
  type TestRunResult,
  type TestStatus,
  type TestStreamResult,
  type TestSummary,
  type TestTool,
} from './model.js';

/** One message of the stream, reduced to what the live log and the model need. */
export type StreamEvent =
  | { kind: 'version'; tool: TestTool; version: string; ui: string | undefined }
  | { kind: 'abstract'; files: Record<string, string[]>; message: string }
  | {
      kind: 'file';
      path: string;
      progress: 'starting' | 'teardown' | 'complete';
      status: TestStatus | undefined;
    }
  | {
      kind: 'run';
      file: string;
      run: string;
      progress: 'starting' | 'running' | 'teardown' | 'complete';
      status: TestStatus | undefined;
      elapsedMs: number | undefined;
    }
  | {
      kind: 'diagnostic';
      file: string | undefined;
      run: string | undefined;
      diagnostic: Diagnostic;
      teardown: boolean;
    }
  | { kind: 'cleanup'; file: string; run: string | undefined; resources: LeftoverResource[] }
  | {
      kind: 'interrupt';
      file: string | undefined;
      run: string | undefined;
      resources: LeftoverResource[];
    }
  | { kind: 'verbose'; file: string; run: string; what: 'plan' | 'state' }
  | { kind: 'summary'; summary: TestSummary; message: string }
  | { kind: 'log'; message: string }
  | { kind: 'text'; line: string }
  | { kind: 'ignored'; type: string };

/** Caps that keep memory bounded whatever the stream length (100k-line streams are normal). */
const MAX_TEXT_LINES = 200;
const MAX_DIAGNOSTICS_PER_OWNER = 200;
const MAX_DIAGNOSTICS_TOTAL = 5_000;
const MAX_IDS = 10_000;

const STATUSES = new Set<TestStatus>(['pending', 'skip', 'pass', 'fail', 'error']);

interface FileState {
  result: TestFileResult;
  runs: Map<string, TestRunResult>;
  phase: 'pending' | 'running' | 'teardown' | 'complete';
  startedAt: number | undefined;
  /** Time of the last event of this file: start of the next run when `starting` lines are missing. */
  lastAt: number | undefined;
  runStarts: Map<string, number>;
  runElapsed: Map<string, number>;
}

/**
 * Incremental parser of `terraform test -json` / `tofu test -json`: feed it lines as they
 * arrive, get back one event per line for the live log, and `result()` at the end.
 *
 * Keys on `type` and the payload, never on `@message` or key order (real streams keep Go struct
 * order in nested objects, upstream fixtures have them sorted). Unknown types and fields are
 * ignored because UI minor versions add them. OpenTofu has no `progress` (every test_file /
 * test_run message is a completion) and prints a file's runs after the file line.
 */
export class TestStreamParser {
  private tool: TestTool | undefined;
  private version: string | undefined;
  private ui: string | undefined;
  private readonly files = new Map<string, FileState>();
  private summary: TestSummary | undefined;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly textLines: string[] = [];
  private interrupted = false;
  private lineCount = 0;
  private keptDiagnostics = 0;
  private droppedDiagnostics = 0;
  /** The file whose `test_cleanup` was the last event: diagnostics after it are destroy errors. */
  private cleanupOf: string | undefined;
  /** address -> id from -verbose `test_state` messages, to name leftover objects by their ID. */
  private readonly ids = new Map<string, string>();

  push(rawLine: string): StreamEvent | undefined {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return undefined;
    this.lineCount++;
    const plan = this.skimPlan(line);
    if (plan) return plan;
    let msg: unknown;
    if (line.startsWith('{')) {
      try {
        msg = JSON.parse(line);
      } catch {
        msg = undefined;
      }
    }
    if (!isRecord(msg)) {
      if (this.textLines.length < MAX_TEXT_LINES) this.textLines.push(line);
      return { kind: 'text', line };
    }
    // OpenTofu logs some notes without a type ("Writing state to file: errored_test.tfstate").
    if (typeof msg.type !== 'string') return { kind: 'log', message: str(msg['@message']) ?? '' };
    const event = this.handle(msg, msg.type);
    if (event.kind !== 'diagnostic' && event.kind !== 'cleanup' && event.kind !== 'log')
      this.cleanupOf = undefined;
    return event;
  }

  private handle(msg: Record<string, unknown>, type: string): StreamEvent {
    // Only progress messages need the time; Date.parse on every line is a measurable cost.
    const ts =
      type === 'test_run' || type === 'test_file' ? timestampOf(msg['@timestamp']) : undefined;
    const testFile = str(msg['@testfile']);
    const testRun = str(msg['@testrun']);
    const message = str(msg['@message']) ?? '';
    switch (type) {
      case 'version': {
        const tool: TestTool =
          typeof msg.tofu === 'string' || msg['@module'] === 'tofu.ui' ? 'tofu' : 'terraform';
        this.tool = tool;
        this.version = str(msg.tofu) ?? str(msg.terraform);
        this.ui = str(msg.ui);
        return { kind: 'version', tool, version: this.version ?? '', ui: this.ui };
      }
      case 'test_abstract': {
        const abstract = isRecord(msg.test_abstract) ? msg.test_abstract : {};
        const files: Record<string, string[]> = {};
        for (const [path, runs] of Object.entries(abstract)) {
          const names = Array.isArray(runs)
            ? runs.filter((r): r is string => typeof r === 'string')
            : [];
          files[path] = names;
          const state = this.file(path);
          for (const name of names) this.run(state, name);
        }
        return { kind: 'abstract', files, message };
      }
      case 'test_file': {
        const payload = isRecord(msg.test_file) ? msg.test_file : {};
        const path = str(payload.path) ?? testFile ?? '';
        const status = statusOf(payload.status);
        // OpenTofu sends only {path, status}: a completion.
        const progress =
          oneOf(payload.progress, ['starting', 'teardown', 'complete'] as const) ?? 'complete';
        const state = this.file(path);
        if (progress === 'starting') {
          state.phase = 'running';
          state.startedAt = ts;
        } else if (progress === 'teardown') {
          state.phase = 'teardown';
        } else {
          state.phase = 'complete';
          if (status) state.result.status = status;
          if (ts !== undefined && state.startedAt !== undefined)
            state.result.durationMs = ts - state.startedAt;
        }
        if (ts !== undefined) state.lastAt = ts;
        return { kind: 'file', path, progress, status };
      }
      case 'test_run': {
        const payload = isRecord(msg.test_run) ? msg.test_run : {};
        const file = str(payload.path) ?? testFile ?? '';
        const name = str(payload.run) ?? testRun ?? '';
        const status = statusOf(payload.status);
        const progress =
          oneOf(payload.progress, ['starting', 'running', 'teardown', 'complete'] as const) ??
          'complete';
        const elapsedMs = typeof payload.elapsed === 'number' ? payload.elapsed : undefined;
        const state = this.file(file);
        const run = this.run(state, name);
        if (progress === 'starting') {
          if (ts !== undefined) state.runStarts.set(name, ts);
          if (run.startedAt === undefined && typeof msg['@timestamp'] === 'string')
            run.startedAt = msg['@timestamp'];
        } else if (progress === 'running') {
          if (elapsedMs !== undefined) state.runElapsed.set(name, elapsedMs);
        } else if (progress === 'complete') {
          if (status) run.status = status;
          run.durationMs = this.duration(state, name, ts, payload.progress !== undefined);
          state.runElapsed.delete(name);
          if (run.startedAt === undefined && status !== 'skip' && payload.progress !== undefined) {
            const start = state.runStarts.get(name) ?? state.lastAt;
            if (start !== undefined) run.startedAt = new Date(start).toISOString();
          }
          if (ts !== undefined) state.lastAt = ts;
        }
        return { kind: 'run', file, run: name, progress, status, elapsedMs };
      }
      case 'test_plan':
      case 'test_state': {
        if (testFile === undefined || testRun === undefined) return { kind: 'ignored', type };
        const run = this.run(this.file(testFile), testRun);
        run.command = type === 'test_plan' ? 'plan' : 'apply';
        if (type === 'test_state') this.collectIds(msg.test_state);
        return {
          kind: 'verbose',
          file: testFile,
          run: testRun,
          what: type === 'test_plan' ? 'plan' : 'state',
        };
      }
      case 'diagnostic': {
        const diagnostic = toDiagnostic(msg.diagnostic);
        if (!diagnostic) return { kind: 'ignored', type };
        let teardown = false;
        if (!this.keepDiagnostic())
          return { kind: 'diagnostic', file: testFile, run: testRun, diagnostic, teardown: false };
        if (testFile === undefined) {
          pushCapped(this.diagnostics, diagnostic);
        } else {
          const state = this.file(testFile);
          teardown = state.phase === 'teardown' || this.cleanupOf === testFile;
          if (teardown) {
            pushCapped(state.result.teardownDiagnostics, diagnostic);
            pushCapped(state.result.diagnostics, diagnostic);
          } else if (testRun !== undefined) {
            pushCapped(this.run(state, testRun).diagnostics, diagnostic);
          } else {
            pushCapped(state.result.diagnostics, diagnostic);
          }
        }
        return { kind: 'diagnostic', file: testFile, run: testRun, diagnostic, teardown };
      }
      case 'test_cleanup': {
        const payload = isRecord(msg.test_cleanup) ? msg.test_cleanup : {};
        const file = testFile ?? '';
        const resources = objects(payload.failed_resources).map((r) =>
          this.leftover(file, testRun, str(r.instance) ?? '?', str(r.deposed_key), 'cleanup'),
        );
        const state = this.file(file);
        for (const r of resources) pushCapped(state.result.leftovers, r);
        this.cleanupOf = file;
        return { kind: 'cleanup', file, run: testRun, resources };
      }
      case 'test_interrupt': {
        this.interrupted = true;
        const payload = isRecord(msg.test_interrupt) ? msg.test_interrupt : {};
        const file = testFile ?? '';
        const resources: LeftoverResource[] = [];
        for (const r of objects(payload.state)) {
          resources.push(
            this.leftover(file, undefined, str(r.instance) ?? '?', str(r.deposed_key), 'interrupt'),
          );
        }
        if (isRecord(payload.states)) {
          for (const [key, list] of Object.entries(payload.states)) {
            for (const r of objects(list)) {
              resources.push(
                this.leftover(file, key, str(r.instance) ?? '?', str(r.deposed_key), 'interrupt'),
              );
            }
          }
        }
        if (Array.isArray(payload.planned)) {
          for (const a of payload.planned) {
            if (typeof a === 'string')
              resources.push(this.leftover(file, testRun, a, undefined, 'planned'));
          }
        }
        if (testFile !== undefined) {
          const state = this.file(testFile);
          for (const r of resources) pushCapped(state.result.leftovers, r);
        }
        return { kind: 'interrupt', file: testFile, run: testRun, resources };
      }
      case 'test_summary': {
        const p = isRecord(msg.test_summary) ? msg.test_summary : {};
        const summary: TestSummary = {
          status: statusOf(p.status) ?? 'error',
          passed: num(p.passed),
          failed: num(p.failed),
          errored: num(p.errored),
          skipped: num(p.skipped),
        };
        this.summary = summary;
        return { kind: 'summary', summary, message };
      }
      case 'log': {
        if (/Interrupt received|Two interrupts received/i.test(message)) this.interrupted = true;
        return { kind: 'log', message };
      }
      default:
        return { kind: 'ignored', type };
    }
  }

  /**
   * `-verbose` plan lines carry the whole plan plus provider schemas (often megabytes) and we
   * need only their file and run. hclog sorts top-level keys, so `type` comes last and the
   * `@testfile` / `@testrun` strings come before the payload: read those, skip the rest.
   */
  private skimPlan(line: string): StreamEvent | undefined {
    if (line.length < 1024 || !line.endsWith('"type":"test_plan"}')) return undefined;
    const head = line.slice(0, 2048);
    const file = /"@testfile":("(?:[^"\\]|\\.)*")/.exec(head)?.[1];
    const run = /"@testrun":("(?:[^"\\]|\\.)*")/.exec(head)?.[1];
    if (file === undefined || run === undefined) return undefined;
    this.cleanupOf = undefined;
    const testFile = JSON.parse(file) as string;
    const testRun = JSON.parse(run) as string;
    this.run(this.file(testFile), testRun).command = 'plan';
    return { kind: 'verbose', file: testFile, run: testRun, what: 'plan' };
  }

  /** Keeps memory bounded on pathological streams; the drop count is reported instead. */
  private keepDiagnostic(): boolean {
    if (this.keptDiagnostics < MAX_DIAGNOSTICS_TOTAL) {
      this.keptDiagnostics++;
      return true;
    }
    this.droppedDiagnostics++;
    return false;
  }

  private duration(
    state: FileState,
    run: string,
    ts: number | undefined,
    hasProgress: boolean,
  ): number | undefined {
    // OpenTofu prints runs after the whole file finished, so timestamps say nothing about runs.
    if (!hasProgress) return undefined;
    const start = state.runStarts.get(run);
    if (ts !== undefined && start !== undefined) return ts - start;
    // 1.6-dev logs have no `starting` line: runs are sequential, so the previous event marks the start.
    if (ts !== undefined && state.lastAt !== undefined) return ts - state.lastAt;
    return state.runElapsed.get(run);
  }

  private file(path: string): FileState {
    let state = this.files.get(path);
    if (!state) {
      state = {
        result: {
          path,
          status: 'pending',
          runs: [],
          diagnostics: [],
          teardownDiagnostics: [],
          leftovers: [],
        },
        runs: new Map(),
        phase: 'pending',
        startedAt: undefined,
        lastAt: undefined,
        runStarts: new Map(),
        runElapsed: new Map(),
      };
      this.files.set(path, state);
    }
    return state;
  }

  private run(state: FileState, name: string): TestRunResult {
    let run = state.runs.get(name);
    if (!run) {
      run = { file: state.result.path, name, status: 'pending', diagnostics: [] };
      state.runs.set(name, run);
      state.result.runs.push(run);
    }
    return run;
  }

  private leftover(
    file: string,
    run: string | undefined,
    address: string,
    deposedKey: string | undefined,
    reason: LeftoverResource['reason'],
  ): LeftoverResource {
    const r: LeftoverResource = { file, address, reason };
    if (run !== undefined) r.run = run;
    // OpenTofu writes "" for objects that are not deposed.
    if (deposedKey) r.deposedKey = deposedKey;
    const id = this.ids.get(address);
    if (id !== undefined) r.id = id;
    return r;
  }

  private collectIds(state: unknown): void {
    const visit = (module: unknown, depth: number): void => {
      if (!isRecord(module) || depth > 20) return;
      for (const r of objects(module.resources)) {
        const address = str(r.address);
        const values = isRecord(r.values) ? r.values : undefined;
        const id = values ? (str(values.id) ?? str(values.arn)) : undefined;
        if (address && id && (this.ids.size < MAX_IDS || this.ids.has(address)))
          this.ids.set(address, id);
      }
      for (const child of objects(module.child_modules)) visit(child, depth + 1);
    };
    if (isRecord(state)) visit(state.root_module, 0);
  }

  result(): TestStreamResult {
    const files = [...this.files.values()].map((f) => f.result);
    for (const f of files) {
      // A file that never reported its own status (tofu crash, dev logs) takes its runs' worst.
      if (f.status === 'pending')
        f.status = f.runs.reduce<TestStatus>((s, r) => mergeStatus(s, r.status), 'pending');
    }
    return {
      tool: this.tool,
      version: this.version,
      uiVersion: this.ui,
      files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      summary: this.summary,
      diagnostics: this.diagnostics,
      interrupted: this.interrupted,
      textLines: this.textLines,
      lineCount: this.lineCount,
      droppedDiagnostics: this.droppedDiagnostics,
    };
  }
}

/** Parses a whole recorded stream at once (tests, CLI replays). */
export function parseTestStream(text: string): TestStreamResult {
  const parser = new TestStreamParser();
  for (const line of text.split('\n')) parser.push(line);
  return parser.result();
}

/** Validates the shape of a diagnostic object just enough to report it safely. */
export function toDiagnostic(value: unknown): Diagnostic | undefined {
  if (!isRecord(value)) return undefined;
  const d: Diagnostic = {
    severity: value.severity === 'warning' ? 'warning' : 'error',
    summary: str(value.summary) ?? '',
    detail: str(value.detail) ?? '',
  };
  const address = str(value.address);
  if (address !== undefined) d.address = address;
  const range = value.range;
  if (
    isRecord(range) &&
    typeof range.filename === 'string' &&
    isRecord(range.start) &&
    isRecord(range.end)
  ) {
    d.range = { filename: range.filename, start: pos(range.start), end: pos(range.end) };
  }
  const snippet = value.snippet;
  if (isRecord(snippet) && typeof snippet.code === 'string') {
    d.snippet = {
      context: typeof snippet.context === 'string' ? snippet.context : null,
      code: snippet.code,
      start_line: num(snippet.start_line),
      values: objects(snippet.values).map((v) => ({
        traversal: str(v.traversal) ?? '',
        statement: str(v.statement) ?? '',
      })),
    };
    if (typeof snippet.highlight_start_offset === 'number')
      d.snippet.highlight_start_offset = snippet.highlight_start_offset;
    if (typeof snippet.highlight_end_offset === 'number')
      d.snippet.highlight_end_offset = snippet.highlight_end_offset;
    if (isRecord(snippet.test_assertion_expr)) {
      const e = snippet.test_assertion_expr;
      d.snippet.test_assertion_expr = {
        lhs: str(e.lhs),
        rhs: str(e.rhs),
        warning: str(e.warning),
        show_verbose: e.show_verbose === true,
      };
    }
  }
  if (isRecord(value.difference))
    d.difference = { before: value.difference.before, after: value.difference.after };
  return d;
}

function timestampOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

function pushCapped<T>(list: T[], item: T): void {
  if (list.length < MAX_DIAGNOSTICS_PER_OWNER) list.push(item);
}

function pos(p: Record<string, unknown>): { line: number; column: number; byte: number } {
  return { line: num(p.line), column: num(p.column), byte: num(p.byte) };
}

function statusOf(value: unknown): TestStatus | undefined {
  return typeof value === 'string' && STATUSES.has(value as TestStatus)
    ? (value as TestStatus)
    : undefined;
}

function oneOf<T extends string>(value: unknown, values: readonly T[]): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
