// Telling GitHub's answers apart: a permission 403 is final, a rate-limit 403 is not.

interface HttpErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { data?: unknown };
}

export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as HttpErrorLike | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function githubMessage(error: unknown): string {
  const data = (error as HttpErrorLike | undefined)?.response?.data;
  const fromBody =
    data !== null && typeof data === 'object' ? (data as { message?: unknown }).message : undefined;
  if (typeof fromBody === 'string') return fromBody;
  const message = (error as HttpErrorLike | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The token lacks a permission: fork PRs, read-only tokens, missing `permissions:`. */
export function isResourceNotAccessible(error: unknown): boolean {
  return (
    httpStatusOf(error) === 403 &&
    /Resource not accessible by (integration|personal access token)/i.test(githubMessage(error))
  );
}

/** Code scanning is off for the repository (403 Code/Advanced Security, or 404). */
export function isCodeScanningUnavailable(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status === 404) return true;
  return (
    status === 403 &&
    /(Advanced|Code) Security must be enabled|code scanning is not enabled/i.test(
      githubMessage(error),
    )
  );
}

/** "HTTP 502: Server Error" — GitHub's message without Octokit's documentation URL suffix. */
export function describeHttpError(error: unknown): string {
  const status = httpStatusOf(error);
  const message = githubMessage(error).replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '');
  return status ? `HTTP ${status}: ${message}` : message;
}
