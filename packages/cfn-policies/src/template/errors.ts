/** Where something sits in a template: the file, a dotted template path and a 1-based line/column. */
export interface SourceLocation {
  file: string;
  /** Dotted path from the template root, e.g. `Resources.R.Properties.PolicyDocument.Statement.0`. */
  path: string;
  line: number;
  column: number;
}

/**
 * Error classes, named as in the reference corpus (`error_kind`), plus `unsupported_function` for
 * intrinsics we refuse to pass through into a policy.
 */
export type TemplateErrorKind =
  | 'schema'
  | 'unresolved_reference'
  | 'unresolved_condition'
  | 'missing_parameter'
  | 'unsupported_getatt'
  | 'unsupported_type'
  | 'unsupported_function'
  | 'custom_resource'
  | 'cycle'
  | 'lookup_failed'
  | 'out_of_bounds'
  | 'dynamic_ref_version'
  | 'invalid_value'
  | 'invalid_option'
  | 'template_parse'
  | 'template_schema';

export interface TemplateErrorInit {
  /** Template path the problem was found at (without file), when known. */
  path?: string;
  location?: SourceLocation;
  resource?: string;
  /** Underlying detail (e.g. the parser's own message) that the reference only logs. */
  detail?: string;
}

/**
 * The only error type the template and extraction layers throw. `referenceMessage` is the text the
 * reference tool prints (message parity); `message` adds the file, line and template path so a user
 * can find the problem.
 */
export class TemplateError extends Error {
  readonly kind: TemplateErrorKind;
  readonly referenceMessage: string;
  path: string | undefined;
  location: SourceLocation | undefined;
  resource: string | undefined;
  readonly detail: string | undefined;

  constructor(kind: TemplateErrorKind, referenceMessage: string, init: TemplateErrorInit = {}) {
    super(referenceMessage);
    this.name = 'TemplateError';
    this.kind = kind;
    this.referenceMessage = referenceMessage;
    this.path = init.path ?? init.location?.path;
    this.location = init.location;
    this.resource = init.resource;
    this.detail = init.detail;
    this.message = this.render();
  }

  /** Attaches a location (first one wins: the innermost site is the most precise). */
  locate(location: SourceLocation | undefined, resource?: string): this {
    if (location && !this.location) {
      this.location = location;
      this.path ??= location.path;
    }
    if (resource && !this.resource) this.resource = resource;
    this.message = this.render();
    return this;
  }

  private render(): string {
    const where = this.location
      ? `${this.location.file}:${this.location.line}:${this.location.column}`
      : undefined;
    const parts: string[] = [];
    if (this.resource) parts.push(`resource ${this.resource}`);
    if (this.path) parts.push(`at ${this.path}`);
    if (this.detail) parts.push(this.detail);
    const suffix = parts.length > 0 ? ` (${parts.join(', ')})` : '';
    return where
      ? `${where}: ${this.referenceMessage}${suffix}`
      : `${this.referenceMessage}${suffix}`;
  }
}

export function isTemplateError(error: unknown): error is TemplateError {
  return error instanceof TemplateError;
}
