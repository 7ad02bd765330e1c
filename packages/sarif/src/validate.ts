import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { validateLog, validateResult } from './schema/fast-validator.generated.js';
import { sarifSchema } from './schema/sarif-schema.js';
import type { SarifLog } from './types.js';

/** One schema finding, with where it is and whether the gate tolerates it. */
export interface SchemaIssue {
  pointer: string;
  message: string;
  keyword: string;
  /** Why the gate accepts this deviation (undefined: not tolerated). */
  tolerated?: string;
}

export interface SchemaReport {
  file: string;
  /** Deviations that make the file invalid SARIF for GitHub. */
  errors: SchemaIssue[];
  /** Deviations real tools write and GitHub accepts; reported, not failed on. */
  tolerated: SchemaIssue[];
  /** Totals, including issues not listed because of the cap. */
  errorCount: number;
  toleratedCount: number;
}

/**
 * What GitHub's own upload path lets through, so the gate does not fail files code scanning
 * accepts. Keyed by JSON-schema keyword; the value is the reason shown to the user.
 */
export const TOLERATED_DEVIATIONS: Readonly<Record<string, string>> = {
  // codeql-action downgrades uri/uri-reference format errors to warnings (codeql-action#1703):
  // Trivy, Grype and others write image names and absolute paths as artifact URIs.
  format: 'GitHub accepts malformed URIs (codeql-action logs them as warnings)',
  // KICS repeats taxa; duplicates do not change any result's severity.
  uniqueItems: 'duplicate entries do not change any result',
};

const MAX_LISTED = 50;

// ajv-formats ships CommonJS with `exports.default`; under NodeNext the default import is the
// module object, so take whichever is callable.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020, options?: { mode?: 'fast' | 'full' }) => void;

/**
 * The SARIF 2.1.0 schema validator, compiled once. `validateLog` checks a whole document;
 * `validateResult` checks one result, which the streaming path uses so it never needs the
 * whole document in memory.
 */
export class SarifSchemaValidator {
  // Valid files are the common case: the validator that stops at the first error is ajv
  // standalone code generated at build time (compiling the schema took ~150 ms per run). Only an
  // invalid document pays for compiling the all-errors validator that writes the readable report.
  private readonly fast: Validators = {
    log: validateLog as ValidateFunction,
    result: validateResult as ValidateFunction,
  };
  private detailed: Validators | undefined;

  /**
   * Validates a whole in-memory log. The fast validator checks formats too, so a tolerated
   * deviation (a malformed URI) also sends the log to the detailed validator, which lists it.
   */
  validateLogDetailed(log: SarifLog, file: string): SchemaReport {
    return this.validateLog(log, file);
  }

  /** Validates a log; `skipResults` leaves `runs[].results` to `validateResult` calls. */
  validateLog(log: SarifLog, file: string, options: { skipResults?: boolean } = {}): SchemaReport {
    const report: SchemaReport = {
      file,
      errors: [],
      tolerated: [],
      errorCount: 0,
      toleratedCount: 0,
    };
    const subject = options.skipResults ? withoutResults(log) : log;
    if (!this.fast.log(subject)) {
      const detailed = this.details().log;
      detailed(subject);
      addIssues(report, detailed.errors ?? [], '');
    }
    return report;
  }

  /**
   * Validates one result, reporting pointers under `pointer()` (e.g. `/runs/0/results/7`), which
   * is only built when there is something to report.
   */
  validateResult(result: unknown, pointer: () => string, report: SchemaReport): void {
    if (this.fast.result(result)) return;
    const detailed = this.details().result;
    detailed(result);
    addIssues(report, detailed.errors ?? [], pointer());
  }

  private details(): Validators {
    this.detailed ??= compile(true);
    return this.detailed;
  }
}

interface Validators {
  log: ValidateFunction;
  result: ValidateFunction;
}

function compile(allErrors: boolean): Validators {
  // Formats are checked by both (a malformed URI is tolerated, but the detailed validator has to
  // see it to say so); the fast one uses ajv-formats' regex-only mode, which matters when every
  // result of a streamed gigabyte carries URIs.
  const ajv = new Ajv2020({
    allErrors,
    strict: false,
    validateSchema: false,
    code: { optimize: allErrors },
  });
  addFormats(ajv, { mode: allErrors ? 'full' : 'fast' });
  const schema = sarifSchema();
  const log = ajv.compile(schema);
  const result = ajv.getSchema(`${schema.$id as string}#/definitions/result`);
  if (!result) throw new Error('SARIF schema has no definitions/result');
  return { log, result };
}

let shared: SarifSchemaValidator | undefined;

/** One validator per process (the all-errors one, compiled on the first invalid file, is kept). */
export function sarifSchemaValidator(): SarifSchemaValidator {
  shared ??= new SarifSchemaValidator();
  return shared;
}

/** Readable lines for a report, capped; tolerated deviations are summarised by reason. */
export function formatSchemaReport(report: SchemaReport, limit = 10): string[] {
  const lines: string[] = [];
  for (const issue of report.errors.slice(0, limit))
    lines.push(`${report.file}: ${issue.pointer || '/'} ${issue.message}`);
  const hidden = report.errorCount - Math.min(limit, report.errors.length);
  if (hidden > 0) lines.push(`${report.file}: … and ${hidden} more schema error(s)`);
  const byReason = new Map<string, SchemaIssue[]>();
  for (const t of report.tolerated)
    byReason.set(t.tolerated!, [...(byReason.get(t.tolerated!) ?? []), t]);
  for (const [reason, issues] of byReason) {
    const count = byReason.size === 1 ? report.toleratedCount : issues.length;
    lines.push(
      `${report.file}: tolerated ${count} × ${issues[0]!.keyword} (${reason}), e.g. ${issues[0]!.pointer} ${issues[0]!.message}`,
    );
  }
  return lines;
}

function addIssues(report: SchemaReport, errors: readonly ErrorObject[], prefix: string): void {
  for (const error of errors) {
    const issue: SchemaIssue = {
      pointer: prefix + error.instancePath,
      keyword: error.keyword,
      message: describeError(error),
    };
    const reason = TOLERATED_DEVIATIONS[error.keyword];
    const bucket = reason ? report.tolerated : report.errors;
    if (reason) report.toleratedCount++;
    else report.errorCount++;
    if (bucket.length >= MAX_LISTED) continue;
    if (reason) issue.tolerated = reason;
    bucket.push(issue);
  }
}

function describeError(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `has a property the schema does not allow: "${String(p.additionalProperty)}"`;
    case 'required':
      return `is missing required property "${String(p.missingProperty)}"`;
    case 'enum':
      return `must be one of ${JSON.stringify(p.allowedValues)}`;
    case 'format':
      return `is not a valid ${String(p.format)}`;
    default:
      return error.message ?? error.keyword;
  }
}

function withoutResults(log: SarifLog): SarifLog {
  if (!Array.isArray(log.runs)) return log;
  return {
    ...log,
    runs: log.runs.map((run) =>
      run && typeof run === 'object' && Array.isArray(run.results) ? { ...run, results: [] } : run,
    ),
  };
}
