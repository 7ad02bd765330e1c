import { awsError, type AwsServiceError } from './aws-error.js';

export interface FaultMatch {
  /** Service name (signing name such as `sts`, `access-analyzer`, or an alias); any when absent. */
  service?: string;
  /** Operation name as in the model (`ValidatePolicy`), or the raw label; any when absent. */
  operation?: string;
  /** How many matching calls this fault applies to (default 1; `Infinity` for all). */
  times?: number;
}

export type Fault =
  | { kind: 'throttle'; retryAfterSeconds: number | undefined }
  | { kind: 'server'; status: number }
  | { kind: 'reset' }
  | { kind: 'latency'; ms: number }
  | { kind: 'error'; error: AwsServiceError };

interface Rule {
  match: FaultMatch;
  remaining: number;
  fault: Fault;
}

/** What the fake does to the next matching calls. Faults fire before request validation, as real throttling does. */
export class AwsFaults {
  private rules: Rule[] = [];

  /** The operation's own throttling error (Access Analyzer `ThrottlingException` 429 + Retry-After, STS `Throttling` 400 ...). */
  throttle(options: FaultMatch & { retryAfterSeconds?: number } = {}): this {
    return this.add(options, { kind: 'throttle', retryAfterSeconds: options.retryAfterSeconds });
  }

  /** The operation's modeled 5xx (`InternalServerException`, `InternalException`; STS `InternalFailure`/`ServiceUnavailable`). */
  serverError(options: FaultMatch & { status?: 500 | 502 | 503 | 504 } = {}): this {
    return this.add(options, { kind: 'server', status: options.status ?? 500 });
  }

  /** Destroys the socket without answering (the SDK sees ECONNRESET / socket hang up). */
  reset(options: FaultMatch = {}): this {
    return this.add(options, { kind: 'reset' });
  }

  /** Delays the answer (stacks with the global `latencyMs`). */
  latency(ms: number, options: FaultMatch = {}): this {
    return this.add(options, { kind: 'latency', ms });
  }

  /** Any service error, e.g. `error('ExpiredTokenException', 'Token expired', { operation: 'AssumeRoleWithWebIdentity' })`. */
  error(
    code: string,
    message: string,
    options: FaultMatch & { status?: number; fields?: Record<string, unknown> } = {},
  ): this {
    const opts: { status?: number; fields?: Record<string, unknown> } = {};
    if (options.status !== undefined) opts.status = options.status;
    if (options.fields !== undefined) opts.fields = options.fields;
    return this.add(options, { kind: 'error', error: awsError(code, message, opts) });
  }

  clear(): void {
    this.rules = [];
  }

  /** Faults still armed (a test can assert they all fired). */
  get pending(): number {
    return this.rules.reduce((n, r) => n + (Number.isFinite(r.remaining) ? r.remaining : 1), 0);
  }

  /** Consumes the faults matching this call: total extra latency and at most one failing fault. */
  take(
    serviceNames: readonly string[],
    operation: string,
  ): { latencyMs: number; fault: Exclude<Fault, { kind: 'latency' }> | undefined } {
    let latencyMs = 0;
    let fault: Exclude<Fault, { kind: 'latency' }> | undefined;
    for (const rule of this.rules) {
      if (rule.remaining <= 0) continue;
      if (rule.match.service !== undefined && !serviceNames.includes(rule.match.service)) continue;
      if (rule.match.operation !== undefined && rule.match.operation !== operation) continue;
      if (rule.fault.kind === 'latency') {
        latencyMs += rule.fault.ms;
        rule.remaining--;
      } else if (!fault) {
        fault = rule.fault;
        rule.remaining--;
      }
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return { latencyMs, fault };
  }

  private add(match: FaultMatch, fault: Fault): this {
    const times = match.times ?? 1;
    if (!(times > 0)) throw new Error(`AWS fake fault: times must be positive (got ${times})`);
    this.rules.push({ match, remaining: times, fault });
    return this;
  }
}
