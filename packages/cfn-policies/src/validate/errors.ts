/**
 * A run that cannot produce a trustworthy verdict (the reference exits 1): an Access Analyzer
 * call failed in a way that is not a finding, a preview failed for an unexpected reason, a
 * preview timed out. Gates fail closed on it.
 */
export class AnalysisError extends Error {
  override readonly name = 'AnalysisError';
}

export interface ServiceErrorInfo {
  code: string;
  message: string;
  httpStatus: number | undefined;
}

/** The code, message and HTTP status of an AWS SDK v3 service exception, if it is one. */
export function serviceErrorInfo(error: unknown): ServiceErrorInfo | undefined {
  if (typeof error !== 'object' || error === null || !('$metadata' in error)) return undefined;
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  return {
    code: e.name ?? 'UnknownError',
    message: e.message ?? '',
    httpStatus: e.$metadata?.httpStatusCode,
  };
}

/** botocore's wording, which the reference embeds in FAILED_ACCESS_PREVIEW_CREATION messages. */
export function botocoreMessage(info: ServiceErrorInfo, operation: string): string {
  return `An error occurred (${info.code}) when calling the ${operation} operation: ${info.message}`;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
