import { readFile } from 'node:fs/promises';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { SarifError } from './errors.js';

/** One accepted finding pattern: a rule (id or glob), optional path glob, why, and until when. */
export interface AllowlistEntry {
  rule: string;
  path: string | undefined;
  reason: string;
  /** ISO date (YYYY-MM-DD or full timestamp); after it the entry no longer suppresses. */
  expires: string | undefined;
}

export interface Allowlist {
  file: string;
  entries: AllowlistEntry[];
}

export interface AllowlistMatch {
  entry: AllowlistEntry;
  expired: boolean;
}

/**
 * Reads an allowlist (YAML or JSON): either a list of entries or `{ allow: [...] }`, each
 * `{ rule, path?, reason, expires? }`. Every entry needs a reason: an exception nobody can
 * explain is not an exception.
 */
export async function loadAllowlist(file: string, display: string = file): Promise<Allowlist> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SarifError(
      'allowlist',
      `Allowlist ${display}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      {
        file: display,
      },
    );
  }
  return parseAllowlist(text, display);
}

export function parseAllowlist(text: string, file: string): Allowlist {
  let doc: unknown;
  try {
    doc = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SarifError(
      'allowlist',
      `Allowlist ${file}: not valid YAML/JSON: ${(error as Error).message}`,
      { file },
    );
  }
  const list: unknown =
    doc && typeof doc === 'object' && !Array.isArray(doc)
      ? ((doc as Record<string, unknown>).allow ?? (doc as Record<string, unknown>).allowlist)
      : doc;
  if (doc === null || doc === undefined) return { file, entries: [] };
  if (!Array.isArray(list)) {
    throw new SarifError(
      'allowlist',
      `Allowlist ${file}: expected a list of entries or { allow: [...] }.`,
      {
        file,
        hint: 'Example entry: { rule: "js/xss", path: "test/**", reason: "test fixtures", expires: "2026-12-31" }',
      },
    );
  }
  const entries = list.map((raw: unknown, i): AllowlistEntry => {
    const where = `Allowlist ${file}: entry ${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      throw new SarifError('allowlist', `${where} must be a mapping.`, { file });
    const e = raw as Record<string, unknown>;
    const rule = text_(e.rule ?? e.ruleId ?? e.id);
    const path = text_(e.path ?? e.paths);
    const reason = text_(e.reason ?? e.justification);
    const expiresRaw: unknown = e.expires ?? e.expiry;
    const expires =
      expiresRaw instanceof Date ? expiresRaw.toISOString().slice(0, 10) : text_(expiresRaw);
    if (!rule && !path)
      throw new SarifError('allowlist', `${where} needs a rule (id or glob) or a path.`, { file });
    if (!reason)
      throw new SarifError('allowlist', `${where} (${rule ?? path}) needs a reason.`, { file });
    if (expires !== undefined && Number.isNaN(Date.parse(expires))) {
      throw new SarifError(
        'allowlist',
        `${where} (${rule ?? path}): expires '${expires}' is not a date (YYYY-MM-DD).`,
        { file },
      );
    }
    return { rule: rule ?? '*', path, reason, expires };
  });
  return { file, entries };
}

/** Matches findings to allowlist entries; an expired entry matches but does not suppress. */
export class AllowlistMatcher {
  private readonly compiled: {
    entry: AllowlistEntry;
    rule: (s: string) => boolean;
    path: ((s: string) => boolean) | undefined;
    expired: boolean;
  }[];
  /** Expired entries that matched at least one finding. */
  readonly expiredHits = new Map<AllowlistEntry, number>();
  readonly hits = new Map<AllowlistEntry, number>();

  constructor(
    readonly allowlist: Allowlist,
    now: Date,
  ) {
    this.compiled = allowlist.entries.map((entry) => ({
      entry,
      rule: entry.rule === '*' ? () => true : orExact(entry.rule, picomatch(entry.rule)),
      path: entry.path ? orExact(entry.path, picomatch(entry.path, { dot: true })) : undefined,
      expired: entry.expires !== undefined && expiryTime(entry.expires) < now.getTime(),
    }));
  }

  /** Entries whose expiry date has passed (reported whether or not they matched). */
  get expiredEntries(): AllowlistEntry[] {
    return this.compiled.filter((c) => c.expired).map((c) => c.entry);
  }

  match(ruleId: string | undefined, path: string | undefined): AllowlistMatch | undefined {
    let expiredMatch: AllowlistMatch | undefined;
    for (const c of this.compiled) {
      if (!c.rule(ruleId ?? '')) continue;
      if (c.path && (path === undefined || !c.path(path))) continue;
      if (!c.expired) {
        this.hits.set(c.entry, (this.hits.get(c.entry) ?? 0) + 1);
        return { entry: c.entry, expired: false };
      }
      expiredMatch ??= { entry: c.entry, expired: true };
    }
    if (expiredMatch)
      this.expiredHits.set(expiredMatch.entry, (this.expiredHits.get(expiredMatch.entry) ?? 0) + 1);
    return expiredMatch;
  }
}

/** A date-only expiry lasts through that day (UTC). */
function expiryTime(expires: string): number {
  const t = Date.parse(expires);
  return /^\d{4}-\d{2}-\d{2}$/.test(expires) ? t + 86_400_000 - 1 : t;
}

function orExact(pattern: string, glob: (s: string) => boolean): (s: string) => boolean {
  return (s) => s === pattern || glob(s);
}

function text_(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}
