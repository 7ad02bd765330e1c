import { ConfigurationError } from '@devsecops-gates/action-kit';

export type SarifErrorKind =
  'read' | 'empty-glob' | 'json' | 'not-sarif' | 'version' | 'schema' | 'allowlist' | 'baseline';

/**
 * A SARIF input the gate cannot evaluate. It is a ConfigurationError so the action boundary
 * reports it without a stack; `file` and `position` / `pointer` say where to look.
 */
export class SarifError extends ConfigurationError {
  readonly kind: SarifErrorKind;
  readonly file: string | undefined;
  /** 1-based line and column of a JSON syntax error. */
  readonly position: { line: number; column: number; offset: number } | undefined;
  /** JSON pointer (RFC 6901) of the offending value. */
  readonly pointer: string | undefined;

  constructor(
    kind: SarifErrorKind,
    message: string,
    details: {
      file?: string;
      position?: { line: number; column: number; offset: number };
      pointer?: string;
      hint?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, { hint: details.hint, cause: details.cause });
    this.kind = kind;
    this.file = details.file;
    this.position = details.position;
    this.pointer = details.pointer;
  }
}

export function isSarifError(error: unknown): error is SarifError {
  return error instanceof SarifError;
}

/** `/runs/0/results/3` from path segments, escaping `~` and `/` as RFC 6901 requires. */
export function jsonPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
