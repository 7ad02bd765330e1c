/**
 * A problem the user can fix by changing the workflow or the files it points at
 * (a bad input, a missing file, a malformed document). Reported without a stack trace.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** What the user should do about it, appended to the message when reported. */
  readonly hint: string | undefined;

  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options?.hint;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** The message of anything thrown, never `undefined` and never `[object Object]`. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ConfigurationError && error.hint) return `${error.message} ${error.hint}`;
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    const json = JSON.stringify(error);
    return json === undefined ? String(error) : json;
  } catch {
    return String(error);
  }
}

export function wrapError(error: unknown): Error {
  return error instanceof Error ? error : new Error(getErrorMessage(error));
}
