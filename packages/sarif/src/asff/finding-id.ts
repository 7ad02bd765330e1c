import { createHash } from 'node:crypto';
import { ASFF_LIMITS } from './text-limits.js';
import type { AsffSourceResult } from './types.js';

/**
 * What identifies "the same problem" across runs, strongest evidence first:
 * GitHub's line-shift-tolerant `primaryLocationLineHash`, then a tool fingerprint, then every
 * partial fingerprint the tool wrote, and only then the start line (which moves when code above
 * it changes; that duplicates a finding in Security Hub rather than merging two different ones).
 */
export function fingerprintKey(result: AsffSourceResult): string {
  const partial = result.partialFingerprints ?? {};
  const lineHash = partial['primaryLocationLineHash'];
  if (lineHash) return `lineHash:${lineHash}`;
  if (result.fingerprint) return `fingerprint:${result.fingerprint}`;
  const entries = Object.entries(partial)
    .filter(([, v]) => typeof v === 'string' && v.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length > 0) return `partial:${JSON.stringify(entries)}`;
  return `line:${result.startLine ?? 0}`;
}

function sha256Hex(parts: readonly string[]): string {
  const hash = createHash('sha256');
  // NUL-separated so ("a/b","c") and ("a","b/c") cannot collide.
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** Keeps the readable prefix printable and slash-delimited; the digest carries uniqueness. */
function segment(text: string, max: number): string {
  const cleaned = text.replace(/\s+/g, '-').replace(/[^\x21-\x7e]/g, '_');
  return cleaned.length > max ? cleaned.slice(0, max) : cleaned;
}

/**
 * Deterministic ASFF `Id`: `<owner>/<repo>/<tool>/<rule>/<digest>`. Nothing run-specific (no
 * run id, timestamp, tool version or commit) goes in, so a re-import updates the finding instead
 * of creating a new one. The digest (128 bits of SHA-256 over scope, tool, rule, path and
 * fingerprint) keeps Ids unique even when the readable part had to be shortened.
 */
export function findingId(result: AsffSourceResult, scope: string | undefined): string {
  const digest = sha256Hex([
    scope ?? '',
    result.toolName,
    result.ruleId,
    result.file ?? '',
    fingerprintKey(result),
  ]).slice(0, 32);
  const prefix = [
    scope ? segment(scope, 200) : undefined,
    segment(result.toolName, 64),
    segment(result.ruleId, 160),
  ]
    .filter((p): p is string => p !== undefined && p.length > 0)
    .join('/');
  const id = `${prefix}/${digest}`;
  return id.length <= ASFF_LIMITS.id
    ? id
    : `${prefix.slice(0, ASFF_LIMITS.id - digest.length - 1)}/${digest}`;
}

/**
 * Two results with the same key in one import (same rule twice on one line, no fingerprints)
 * would overwrite each other in Security Hub. Suffix repeats with their occurrence number, in
 * input order, the way GitHub numbers repeated line hashes.
 */
export function disambiguate(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n === 1) return id;
    const suffix = `#${n}`;
    return id.length + suffix.length <= ASFF_LIMITS.id
      ? `${id}${suffix}`
      : `${id.slice(0, ASFF_LIMITS.id - suffix.length)}${suffix}`;
  });
}
