/** How one failed attempt of the OIDC -> STS exchange should be handled. */
export type FailureKind =
  /** Throttling, STS IDPCommunicationError, 5xx, network faults: back off and try again. */
  | 'transient'
  /** The web identity token expired before STS checked it: get a fresh token and try again now. */
  | 'expired-token'
  /** The request itself is wrong (trust policy, provider, audience, duration): retrying cannot help. */
  | 'permanent';

const TRANSIENT_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'IDPCommunicationError',
  'IDPCommunicationErrorException',
  'InternalFailure',
  'InternalError',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

/** The code an AWS SDK error (or a Node network error) carries. */
export function errorCode(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  if (typeof e.code === 'string' && e.code) return e.code;
  if (typeof e.name === 'string' && e.name) return e.name;
  return 'Error';
}

function networkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 4 || error === null || typeof error !== 'object') return undefined;
  const e = error as ErrorLike;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
  if (
    typeof e.message === 'string' &&
    /socket hang up|fetch failed|other side closed/i.test(e.message)
  )
    return 'ECONNRESET';
  return networkCode(e.cause, depth + 1);
}

export function classifyFailure(error: unknown): FailureKind {
  const code = errorCode(error);
  if (code === 'ExpiredTokenException' || code === 'ExpiredToken') return 'expired-token';
  if (TRANSIENT_CODES.has(code)) return 'transient';
  if (networkCode(error)) return 'transient';
  const e = (error ?? {}) as ErrorLike;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status === 429 || status >= 500)) return 'transient';
  if (e.$retryable) return 'transient';
  if (error instanceof TransientError) return 'transient';
  return 'permanent';
}

/** A failure the caller already knows is worth retrying (e.g. the token endpoint answered 503). */
export class TransientError extends Error {
  override readonly name = 'TransientError';
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 250, maxDelayMs: 20_000 };

/** Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"): uniform in [0, min(cap, base * 2^n)). */
export function fullJitterDelay(
  policy: RetryPolicy,
  retryNumber: number,
  random: () => number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryNumber);
  return Math.floor(random() * ceiling);
}
