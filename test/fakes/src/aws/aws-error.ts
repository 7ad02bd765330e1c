/**
 * What a handler (or a fault) throws to make the fake answer with a service error. `code` is
 * either the modeled shape name (`InvalidIdentityTokenException`) or the wire code
 * (`InvalidIdentityToken`); unmodeled codes AWS really sends (`AccessDenied`, `Throttling`,
 * `ValidationError` for STS) pass through verbatim.
 */
export class AwsServiceError extends Error {
  override readonly name = 'AwsServiceError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | undefined,
    /** Extra members of the error shape, e.g. `{ reason, fieldList }` or `{ retryAfterSeconds }`. */
    readonly fields: Record<string, unknown>,
    readonly headers: Record<string, string>,
  ) {
    super(message);
  }
}

export interface AwsErrorOptions {
  status?: number;
  fields?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export function awsError(
  code: string,
  message: string,
  options: AwsErrorOptions = {},
): AwsServiceError {
  return new AwsServiceError(
    code,
    message,
    options.status,
    options.fields ?? {},
    options.headers ?? {},
  );
}

/** HTTP statuses of the unmodeled codes AWS front ends send (used when a handler gives none). */
export const UNMODELED_STATUS: Record<string, number> = {
  AccessDenied: 403,
  AccessDeniedException: 403,
  Throttling: 400,
  ThrottlingException: 400,
  ValidationError: 400,
  InvalidAction: 400,
  InvalidParameterValue: 400,
  MissingParameter: 400,
  MalformedQueryString: 400,
  SerializationException: 400,
  InternalFailure: 500,
  InternalError: 500,
  ServiceUnavailable: 503,
  ServiceUnavailableException: 503,
  MissingAuthenticationToken: 403,
  MissingAuthenticationTokenException: 403,
  UnknownOperationException: 404,
  NotImplemented: 501,
};
