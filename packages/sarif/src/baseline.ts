import type { RuleTable } from './severity.js';
import { primaryLocation } from './location.js';
import type { SarifLog, SarifResult } from './types.js';

/** What identifies a result across runs, strongest first. */
export interface ResultIdentity {
  tool: string;
  ruleId: string | undefined;
  path: string | undefined;
  line: number | undefined;
  message: string;
  /** `partialFingerprints` with string values (`primaryLocationLineHash` computed if absent). */
  fingerprints: Record<string, string>;
}

/**
 * The results of a baseline run (e.g. the base branch), indexed for "is this result new?".
 * Matching, per result: a shared partial fingerprint decides when both sides carry one of the
 * same name (that is how code scanning tracks alerts); otherwise rule + repo-relative path +
 * message (survives line shifts); otherwise rule + path + line. Each baseline result matches
 * at most one current result, so a second copy of an old finding is new.
 */
export class BaselineIndex {
  private readonly byFingerprint = new Map<string, number>();
  /** `rule|path` -> fingerprint names the baseline carries there. */
  private readonly fingerprintNames = new Map<string, Set<string>>();
  private readonly byMessage = new Map<string, number>();
  private readonly byLine = new Map<string, number>();
  size = 0;

  add(identity: ResultIdentity): void {
    this.size++;
    const scope = scopeKey(identity);
    for (const [name, value] of Object.entries(identity.fingerprints)) {
      bump(this.byFingerprint, `${scope}|${name}=${value}`);
      let names = this.fingerprintNames.get(scope);
      if (!names) this.fingerprintNames.set(scope, (names = new Set()));
      names.add(name);
    }
    bump(this.byMessage, `${scope}|${identity.message}`);
    bump(this.byLine, `${scope}|${identity.line ?? ''}`);
  }

  /** Whether `identity` is absent from the baseline; consumes the matched baseline entry. */
  isNew(identity: ResultIdentity): boolean {
    const scope = scopeKey(identity);
    const names = this.fingerprintNames.get(scope);
    const shared = Object.entries(identity.fingerprints).filter(([name]) => names?.has(name));
    if (shared.length > 0) {
      return !shared.some(([name, value]) => take(this.byFingerprint, `${scope}|${name}=${value}`));
    }
    if (take(this.byMessage, `${scope}|${identity.message}`)) return false;
    return !take(this.byLine, `${scope}|${identity.line ?? ''}`);
  }
}

/** Builds the index from parsed baseline logs. */
export function buildBaselineIndex(
  logs: readonly SarifLog[],
  tableOf: (run: NonNullable<SarifLog['runs']>[number]) => RuleTable,
  root: string | undefined,
): BaselineIndex {
  const index = new BaselineIndex();
  for (const log of logs) {
    for (const run of log.runs ?? []) {
      const table = tableOf(run);
      for (const result of run.results ?? []) {
        if (!result || typeof result !== 'object') continue;
        index.add(identityOf(result, table, run.artifacts, root));
      }
    }
  }
  return index;
}

export function identityOf(
  result: SarifResult,
  table: RuleTable,
  artifacts: Parameters<typeof primaryLocation>[1],
  root: string | undefined,
): ResultIdentity {
  const location = primaryLocation(result, artifacts, root);
  const rule = table.resolve(result);
  return {
    tool: table.toolName,
    ruleId: ruleIdOf(result) ?? (typeof rule?.id === 'string' ? rule.id : undefined),
    path: location.path,
    line: location.startLine,
    message: messageText(result),
    fingerprints: stringFingerprints(result.partialFingerprints),
  };
}

export function ruleIdOf(result: SarifResult): string | undefined {
  if (typeof result.ruleId === 'string') return result.ruleId;
  const id = result.rule && typeof result.rule === 'object' ? result.rule.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

export function messageText(result: SarifResult): string {
  const m = result.message;
  if (m && typeof m === 'object') {
    if (typeof m.text === 'string') return m.text;
    if (typeof m.markdown === 'string') return m.markdown;
    if (typeof m.id === 'string') return m.id;
  }
  return '';
}

export function stringFingerprints(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      if (typeof v === 'string') out[k] = v;
  }
  return out;
}

function scopeKey(identity: ResultIdentity): string {
  return `${identity.tool}|${identity.ruleId ?? ''}|${identity.path ?? ''}`;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function take(map: Map<string, number>, key: string): boolean {
  const n = map.get(key);
  if (!n) return false;
  map.set(key, n - 1);
  return true;
}
