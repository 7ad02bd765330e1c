import type { Diagnostic, TestStatus, TestSummary } from './model.js';

/**
 * Text renderings that follow terraform's own human output (`format.DiagnosticPlain`, the
 * progress and conclusion lines of `views/test.go`), so the action log reads like a local run.
 */

/** `Success! 1 passed, 0 failed.` / `Executed 0 tests, 2 skipped.`, as terraform prints it. */
export function conclusionLine(s: TestSummary): string {
  const skipped = s.skipped > 0 ? `, ${s.skipped} skipped.` : '.';
  if (s.status === 'pending' || s.status === 'skip') return `Executed 0 tests${skipped}`;
  const word = s.status === 'pass' ? 'Success!' : 'Failure!';
  return `${word} ${s.passed} passed, ${s.failed + s.errored} failed${skipped}`;
}

/** The human view prints `error` as `fail`; only the JSON status tells them apart. */
export function humanStatus(status: TestStatus): string {
  return status === 'error' ? 'fail' : status;
}

export function fileLine(
  path: string,
  progress: 'starting' | 'teardown' | 'complete',
  status?: TestStatus,
): string {
  if (progress === 'starting') return `${path}... in progress`;
  if (progress === 'teardown') return `${path}... tearing down`;
  return `${path}... ${humanStatus(status ?? 'pending')}`;
}

export function runLine(name: string, status: TestStatus): string {
  return `  run ${goQuote(name)}... ${humanStatus(status)}`;
}

/** Go's %q for the plain names terraform allows in run blocks. */
function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** Terraform wraps at the stream width minus one: 78 columns off a terminal, so 77. */
const WRAP = 77;

/** The plain diagnostic block (no colour, no frame), lines without the trailing newline. */
export function renderDiagnostic(d: Diagnostic, width: number = WRAP): string[] {
  const out: string[] = ['', `${d.severity === 'warning' ? 'Warning' : 'Error'}: ${d.summary}`, ''];
  if (d.range && d.snippet) {
    if (d.address) out.push(`  with ${d.address},`);
    const context = d.snippet.context ? `, in ${d.snippet.context}` : '';
    out.push(`  on ${d.range.filename} line ${d.range.start.line}${context}:`);
    d.snippet.code.split('\n').forEach((code, i) => {
      out.push(`${String(d.snippet!.start_line + i).padStart(4)}: ${code}`);
    });
    const extra = snippetExtras(d);
    if (extra.length > 0) {
      out.push('    ├────────────────');
      for (const line of extra) out.push(line === '' ? '    │' : `    │ ${line}`);
      // Since 1.12 terraform ends an assertion diff with an empty line of its own.
      if (d.snippet.test_assertion_expr && !d.snippet.test_assertion_expr.show_verbose)
        out.push('');
    }
    out.push('');
  } else if (d.range) {
    out.push(`  on ${d.range.filename} line ${d.range.start.line}:`, '');
  }
  if (d.detail) out.push(...wrap(d.detail, width));
  return out;
}

/** Value lines and assertion diffs that terraform prints under the snippet. */
export function snippetExtras(d: Diagnostic): string[] {
  const lines: string[] = [];
  const expr = d.snippet?.test_assertion_expr;
  if (expr && (expr.lhs !== undefined || expr.rhs !== undefined)) {
    if (expr.warning) lines.push(`Warning: ${expr.warning}`);
    lines.push('Diff:', '--- actual', '+++ expected', ...lineDiff(expr.lhs ?? '', expr.rhs ?? ''));
    if (expr.show_verbose && d.snippet?.values?.length) lines.push('');
    if (!expr.show_verbose) return lines;
  } else if (d.difference) {
    lines.push(
      'Diff:',
      '--- actual',
      '+++ expected',
      ...lineDiff(
        JSON.stringify(d.difference.before, null, 2) ?? 'null',
        JSON.stringify(d.difference.after, null, 2) ?? 'null',
      ),
    );
  }
  for (const v of [...(d.snippet?.values ?? [])].sort((a, b) =>
    a.traversal < b.traversal ? -1 : 1,
  )) {
    lines.push(`${v.traversal} ${v.statement}`);
  }
  return lines;
}

/** A line diff (LCS) of two small JSON texts, `- ` for actual and `+ ` for expected. */
export function lineDiff(actual: string, expected: string): string[] {
  const a = actual.split('\n').slice(0, 200);
  const b = expected.split('\n').slice(0, 200);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push(`- ${a[i]}`);
      i++;
    } else {
      out.push(`+ ${b[j]}`);
      j++;
    }
  }
  return out;
}

/** Word wrap like terraform's: each paragraph line separately, indented lines left alone. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= width || /^\s/.test(line)) {
      out.push(line);
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      if (current === '') current = word;
      else if (current.length + 1 + word.length <= width) current += ` ${word}`;
      else {
        out.push(current);
        current = word;
      }
    }
    out.push(current);
  }
  return out;
}
