// Failures a test can schedule for the next matching requests, shaped like GitHub's own.

export type GitHubFault =
  /** 403 (or 429) "You have exceeded a secondary rate limit" with `retry-after`. */
  | { type: 'secondary-rate-limit'; retryAfterSeconds?: number; status?: 403 | 429 }
  /** 403 (or 429) "API rate limit exceeded" with `x-ratelimit-remaining: 0` and a reset time. */
  | { type: 'primary-rate-limit'; resetInSeconds?: number; status?: 403 | 429 }
  | { type: 'server-error'; status?: 500 | 502 | 503 | 504 }
  /** The socket is destroyed before any response byte (ECONNRESET on the client). */
  | { type: 'connection-reset' }
  /** Delays the response, then answers normally. */
  | { type: 'latency'; ms: number };

export interface FaultRule {
  fault: GitHubFault;
  /** OpenAPI operationId, e.g. `issues/create-comment`; any operation when absent. */
  operation?: string;
  method?: string;
  /** How many matching requests it hits (default 1). */
  times?: number;
}

export class FaultQueue {
  private rules: { rule: FaultRule; left: number }[] = [];

  inject(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  get pending(): number {
    return this.rules.reduce((n, r) => n + r.left, 0);
  }

  /** Consumes the first rule matching this request. */
  take(method: string, operationId: string | undefined): GitHubFault | undefined {
    const hit = this.rules.find(
      (r) =>
        r.left > 0 &&
        (r.rule.operation === undefined || r.rule.operation === operationId) &&
        (r.rule.method === undefined || r.rule.method.toUpperCase() === method),
    );
    if (!hit) return undefined;
    hit.left--;
    this.rules = this.rules.filter((r) => r.left > 0);
    return hit.rule.fault;
  }
}
