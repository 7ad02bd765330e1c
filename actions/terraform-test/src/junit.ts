import { renderDiagnostic } from './diagnostic-text.js';
import type { Diagnostic, TestFileResult, TestRunResult } from './model.js';
import { blockOf, repoPath, type ModuleOutcome } from './module-outcome.js';

/**
 * JUnit XML in the shape terraform ≥ 1.11 writes with `-junit-xml` (internal/command/junit):
 * one <testsuite> per test file, one <testcase> per run block, the same messages and CDATA
 * bodies, so CI tools see the same report whichever wrote it. Used for OpenTofu, older
 * terraform, and whenever terraform did not write its own file (config errors, crashes).
 */
export function junitForModule(m: ModuleOutcome, options: { prefixModule: boolean }): string[] {
  const suites: string[] = [];
  const prefix = (file: string) => (options.prefixModule ? repoPath(m.dir, file) : file);
  const stepError =
    m.init && !m.init.ok
      ? (['init', m.init] as const)
      : m.validate && !m.validate.ok
        ? (['validate', m.validate] as const)
        : undefined;
  if (stepError) {
    // A module that never reached `test` still shows up as a failing suite, not as nothing.
    const [step, outcome] = stepError;
    const body =
      outcome.diagnostics.length > 0
        ? diagnosticsText(outcome.diagnostics)
        : `\n${outcome.outputTail.join('\n')}\n`;
    const name = options.prefixModule ? m.dir : '.';
    suites.push(
      `  <testsuite name="${attr(name)}" tests="1" skipped="0" failures="0" errors="1">\n` +
        `    <testcase name="${attr(`${m.tool} ${step}`)}" classname="${attr(name)}">\n` +
        `      <error message="${attr(`${m.tool} ${step} failed (exit code ${outcome.exitCode})`)}">${cdata(body)}</error>\n` +
        `    </testcase>\n  </testsuite>`,
    );
  }
  for (const file of m.test?.stream.files ?? [])
    suites.push(suiteXml(m, file, prefix(file.path), m.test!.stream.interrupted));
  return suites;
}

export function junitDocument(suites: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><testsuites>\n${suites.map((s) => `${s}\n`).join('')}</testsuites>`;
}

function suiteXml(
  m: ModuleOutcome,
  file: TestFileResult,
  name: string,
  interrupted: boolean,
): string {
  const skipped = file.runs.filter((r) => r.status === 'skip').length;
  const failures = file.runs.filter((r) => r.status === 'fail').length;
  // terraform's own file shows nothing of a failed destroy; here it is a failing testcase, so
  // JUnit consumers fail the build as the action does.
  const cleanup = cleanupCase(m, file, name);
  const errors = file.runs.filter((r) => r.status === 'error').length + (cleanup ? 1 : 0);
  const tests = file.runs.length + (cleanup ? 1 : 0);
  const lines = [
    `  <testsuite name="${attr(name)}" tests="${tests}" skipped="${skipped}" failures="${failures}" errors="${errors}">`,
  ];
  const fileErrors = file.diagnostics.filter(
    (d) => d.severity === 'error' && !file.teardownDiagnostics.includes(d),
  );
  let previousError: string | undefined;
  for (const run of file.runs) {
    lines.push(
      ...caseXml(m, run, name, { interrupted, previousError, fileErrors: fileErrors.length > 0 }),
    );
    if (run.status === 'error' && previousError === undefined) previousError = run.name;
  }
  if (cleanup) lines.push(...cleanup);
  if (fileErrors.length > 0 && file.runs.some((r) => r.status === 'skip')) {
    lines.push(`    <system-err>${cdata(diagnosticsText(fileErrors))}</system-err>`);
  }
  lines.push('  </testsuite>');
  return lines.join('\n');
}

function cleanupCase(
  m: ModuleOutcome,
  file: TestFileResult,
  classname: string,
): string[] | undefined {
  if (file.teardownDiagnostics.length === 0 && file.leftovers.length === 0) return undefined;
  const tool = m.tool === 'tofu' ? 'OpenTofu' : 'Terraform';
  const list = file.leftovers.map(
    (r) =>
      `  - ${r.address}${r.deposedKey ? ` (${r.deposedKey})` : ''}${r.id ? ` [id: ${r.id}]` : ''}`,
  );
  const message =
    file.leftovers.length > 0
      ? `${tool} left ${file.leftovers.length} resource(s) in state: ${file.leftovers.map((r) => r.address).join(', ')}`
      : `${tool} failed to destroy the test resources`;
  const body = [
    file.teardownDiagnostics.length > 0 ? diagnosticsText(file.teardownDiagnostics) : '',
    list.length > 0 ? `\nThey need to be cleaned up manually:\n${list.join('\n')}\n` : '',
  ].join('');
  return [
    `    <testcase name="(destroy test resources)" classname="${attr(classname)}">`,
    `      <error message="${attr(message)}">${cdata(body)}</error>`,
    '    </testcase>',
  ];
}

function caseXml(
  m: ModuleOutcome,
  run: TestRunResult,
  classname: string,
  ctx: { interrupted: boolean; previousError: string | undefined; fileErrors: boolean },
): string[] {
  let open = `    <testcase name="${attr(run.name)}" classname="${attr(classname)}"`;
  if (run.durationMs !== undefined && run.status !== 'skip' && run.status !== 'pending')
    open += ` time="${run.durationMs / 1000}"`;
  if (run.startedAt !== undefined && run.status !== 'skip' && run.status !== 'pending')
    open += ` timestamp="${run.startedAt.replace(/\.\d+(?=Z|[+-])/, '')}"`;
  open += '>';
  const children: string[] = [];
  if (run.status === 'skip') {
    if (ctx.interrupted) {
      children.push(
        `<skipped message="Testcase skipped due to an interrupt">${cdata(`${m.tool === 'tofu' ? 'OpenTofu' : 'Terraform'} received an interrupt and stopped gracefully. This caused all remaining testcases to be skipped`)}</skipped>`,
      );
    } else if (ctx.previousError !== undefined) {
      children.push(
        `<skipped message="Testcase skipped due to a previous testcase error">${cdata(`Previous testcase "${ctx.previousError}" ended in error, which caused the remaining tests in the file to be skipped`)}</skipped>`,
      );
    } else if (ctx.fileErrors) {
      children.push('<skipped message="Testcase skipped due to file-level errors"></skipped>');
    } else {
      children.push('<skipped></skipped>');
    }
  } else if (run.status === 'fail') {
    const failed = run.diagnostics.filter(
      (d) => d.severity === 'error' && d.summary === 'Test assertion failed',
    );
    const shown =
      failed.length > 0 ? failed : run.diagnostics.filter((d) => d.severity === 'error');
    const total = blockOf(m, run)?.asserts;
    const n = failed.length;
    const first = shown[0]?.detail ?? 'the run failed';
    const message =
      failed.length === 0
        ? first
        : `${n} of ${total !== undefined && total >= n ? total : n} assertions failed${n > 1 ? ', including' : ''}: ${first}`;
    children.push(
      `<failure message="${attr(message)}">${shown.length > 0 ? cdata(diagnosticsText(shown)) : ''}</failure>`,
    );
    const rest = run.diagnostics.filter((d) => !shown.includes(d));
    if (rest.length > 0) children.push(`<system-err>${cdata(diagnosticsText(rest))}</system-err>`);
  } else if (run.status === 'error') {
    const errors = run.diagnostics.filter((d) => d.severity === 'error');
    children.push(
      `<error message="Encountered an error">${errors.length > 0 ? cdata(diagnosticsText(errors)) : ''}</error>`,
    );
    const warnings = run.diagnostics.filter((d) => d.severity !== 'error');
    if (warnings.length > 0)
      children.push(`<system-err>${cdata(diagnosticsText(warnings))}</system-err>`);
  } else if (run.diagnostics.length > 0) {
    children.push(`<system-err>${cdata(diagnosticsText(run.diagnostics))}</system-err>`);
  }
  if (children.length === 0) return [`${open}</testcase>`];
  return [open, ...children.map((c) => `      ${c}`), '    </testcase>'];
}

const JUNIT_WIDTH = 80;

function diagnosticsText(diags: readonly Diagnostic[]): string {
  // terraform's JUnit writer renders diagnostics 80 columns wide.
  return `${diags.map((d) => renderDiagnostic(d, JUNIT_WIDTH).join('\n')).join('\n')}\n`;
}

/** Attribute text escaped the way Go's xml.EscapeText does (terraform's writer). */
export function attr(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (c) => ESC[c]!).replace(INVALID_XML, '\uFFFD');
}

const ESC: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&#34;',
  "'": '&#39;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** CDATA that survives `]]>` and control characters in diagnostic text. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(INVALID_XML, '\uFFFD').split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/**
 * The <testsuite> elements of a file terraform wrote with -junit-xml. With several modules their
 * suite names (test file paths relative to each module) would collide, so names and classnames
 * get the module directory in front.
 */
export function terraformJunitSuites(xml: string, dir: string | undefined): string[] | undefined {
  if (!xml.includes('<testsuites')) return undefined;
  if (/<testsuites\s*\/>/.test(xml)) return [];
  const suites = xml.match(/ *<testsuite\b[\s\S]*?<\/testsuite>/g);
  if (!suites) return xml.includes('<testsuite') ? undefined : [];
  if (dir === undefined || dir === '.') return suites;
  const prefix = attr(`${dir}/`);
  return suites.map((s) =>
    s
      .replace(/(<testsuite\b[^>]*?\sname=")/, `$1${prefix}`)
      .replace(/(<testcase\b[^>]*?\sclassname=")/g, `$1${prefix}`),
  );
}
