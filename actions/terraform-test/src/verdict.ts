import { allRuns, countRuns, type ModuleOutcome } from './module-outcome.js';

export interface ModuleVerdict {
  dir: string;
  status: 'pass' | 'fail';
  /** Why it failed, one sentence each; empty when it passed. */
  reasons: string[];
}

/**
 * Fails closed. Terraform's exit code is necessary but not sufficient: zero tests exit 0, an
 * all-skipped suite exits 0, a run killed before its summary says nothing, and a failed destroy
 * exits 1 with "N passed, 0 failed". Every one of those is a failure here unless the user opted
 * out of the zero-tests rule.
 */
export function judgeModule(m: ModuleOutcome, options: { failOnNoTests: boolean }): ModuleVerdict {
  const reasons: string[] = [];
  const tool = m.tool === 'tofu' ? 'tofu' : 'terraform';
  if (m.init && !m.init.ok) reasons.push(`${tool} init failed (exit code ${m.init.exitCode})`);
  if (m.validate && !m.validate.ok) {
    const errors = m.validate.diagnostics.filter((d) => d.severity === 'error').length;
    reasons.push(
      errors > 0
        ? `${tool} validate found ${errors} error${errors === 1 ? '' : 's'}`
        : `${tool} validate failed (exit code ${m.validate.exitCode})`,
    );
  }
  if (m.test) {
    const { stream, exitCode } = m.test;
    const runs = allRuns(m);
    const c = countRuns(runs);
    const executed = c.passed + c.failed + c.errored;
    if (c.failed > 0) reasons.push(`${c.failed} run${c.failed === 1 ? '' : 's'} failed`);
    if (c.errored > 0) reasons.push(`${c.errored} run${c.errored === 1 ? '' : 's'} errored`);
    const configErrors = stream.diagnostics.filter((d) => d.severity === 'error').length;
    if (configErrors > 0 && executed === 0) {
      reasons.push(
        `${tool} test stopped on ${configErrors} configuration error${configErrors === 1 ? '' : 's'}`,
      );
    }
    if (runs.length === 0) {
      if (options.failOnNoTests && configErrors === 0)
        reasons.push(
          'no tests were found (0 run blocks); set fail-on-no-tests: false to allow this',
        );
    } else if (executed === 0) {
      reasons.push(
        `all ${runs.length} run${runs.length === 1 ? ' was' : 's were'} skipped, nothing was tested`,
      );
    }
    const leftovers = m.leftovers.length;
    const teardownErrors = stream.files.reduce(
      (n, f) => n + f.teardownDiagnostics.filter((d) => d.severity === 'error').length,
      0,
    );
    const silentFileErrors = stream.files.filter(
      (f) =>
        (f.status === 'error' || f.status === 'fail') &&
        f.runs.every((r) => r.status === 'pass' || r.status === 'skip'),
    );
    if (leftovers > 0) {
      reasons.push(
        `cleanup failed: ${leftovers} resource${leftovers === 1 ? ' was' : 's were'} left in state`,
      );
    } else if (teardownErrors > 0) {
      reasons.push(
        `cleanup failed with ${teardownErrors} error${teardownErrors === 1 ? '' : 's'} while destroying test resources`,
      );
    } else if (silentFileErrors.length > 0) {
      reasons.push(
        `${silentFileErrors.map((f) => f.path).join(', ')} ended in ${silentFileErrors[0]!.status} although every run passed (file-level or teardown error)`,
      );
    }
    if (stream.interrupted)
      reasons.push(
        `${tool} test was interrupted${c.skipped > 0 ? ` (${c.skipped} run${c.skipped === 1 ? '' : 's'} skipped)` : ''}`,
      );
    if (stream.summary === undefined) {
      reasons.push(
        `${tool} test ended without a summary (exit code ${exitCode}); the output is incomplete`,
      );
    } else if (
      stream.summary.status !== 'pass' &&
      stream.summary.status !== 'pending' &&
      stream.summary.status !== 'skip' &&
      reasons.length === 0
    ) {
      reasons.push(`${tool} test reported status ${stream.summary.status}`);
    }
    if (exitCode !== 0 && reasons.length === 0)
      reasons.push(`${tool} test exited with code ${exitCode}`);
  } else if (reasons.length === 0) {
    reasons.push(`${tool} test did not run`);
  }
  return { dir: m.dir, status: reasons.length === 0 ? 'pass' : 'fail', reasons };
}
