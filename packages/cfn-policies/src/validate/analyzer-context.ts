import type { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { Limiter } from './concurrency.js';

/** Default number of Access Analyzer calls in flight (the reference makes them one at a time). */
export const DEFAULT_CONCURRENCY = 10;

/** Everything the Access Analyzer commands need from the outside world, injected. */
export interface AnalyzerContext {
  client: AccessAnalyzerClient;
  accountId: string;
  region: string;
  partition: string;
  /** Maximum Access Analyzer calls in flight (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** S3 owner canonical id, needed only for buckets with a canned ACL. */
  getCanonicalUserId?: () => Promise<string>;
  sleep?: (ms: number) => Promise<void>;
  /** GetAccessPreview polling: 250 ms doubling up to `pollIntervalMs` (2,000), at most `maxPolls` (150) times. */
  pollIntervalMs?: number;
  maxPolls?: number;
  randomUuid?: () => string;
}

export const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

export function limiterFor(ctx: AnalyzerContext): Limiter {
  return new Limiter(ctx.concurrency ?? DEFAULT_CONCURRENCY);
}

/** A stable key for "the same document": key order does not matter, array order does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** SDK output as plain JSON: no `$metadata`, Dates as ISO strings, undefined members dropped. */
export function plainJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$metadata' || v === undefined) continue;
      out[k] = plainJson(v);
    }
    return out;
  }
  return value;
}
