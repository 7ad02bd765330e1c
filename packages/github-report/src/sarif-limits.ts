// GitHub rejects a SARIF delivery above its limits only after the 202, while processing, and
// then nothing is shown. So the limits are enforced before the upload: results and locations are
// trimmed (least severe first, which is what GitHub would hide anyway) and runs are spread over
// several uploads, each with a warning saying what happened.
import { gzipSync } from 'node:zlib';

export const SARIF_UPLOAD_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  locationsPerResult: 1_000,
  threadFlowLocationsPerResult: 10_000,
  rulesPerRun: 25_000,
  /** GitHub's limit is 10 MB gzipped; keep a margin for the JSON envelope. */
  gzippedBytes: 10_000_000,
} as const;

export type SarifLimits = { -readonly [K in keyof typeof SARIF_UPLOAD_LIMITS]: number };

export interface PreparedSarif {
  /** SARIF logs to upload one by one, each within every limit. */
  files: { sarif: Record<string, unknown>; gzipped: Buffer; categories: string[] }[];
  warnings: string[];
}

type Json = Record<string, unknown>;

/**
 * Copies the log, fills `runs[].automationDetails.id` from `category` where absent (the API has no
 * category field), keeps (tool, category) pairs unique, and enforces the limits.
 * Throws an Error with a clear message when the log has no `runs` array.
 */
export function prepareSarifUploads(
  sarif: unknown,
  category: string | undefined,
  limits: Partial<SarifLimits> = {},
): PreparedSarif {
  const max: SarifLimits = { ...SARIF_UPLOAD_LIMITS, ...limits };
  const warnings: string[] = [];
  const log = obj(sarif);
  if (!log || !Array.isArray(log.runs)) {
    throw new Error(
      'the SARIF log has no "runs" array, so there is nothing GitHub code scanning could read',
    );
  }
  // Copy-on-write: runs (and the results the trims touch) are copied, the rest is shared with
  // the caller's log, which is never modified.
  const { runs: inputRuns, ...base } = log as Json & { runs: unknown[] };
  const runs = inputRuns.map((r) => ({ ...(obj(r) ?? {}) }));

  assignCategories(runs, category, warnings);
  for (const run of runs) trimRun(run, max, warnings);

  // Pack runs into files: at most runsPerFile each, and within the gzipped size. JSON never
  // grows under gzip by more than a few bytes, so only a file whose text is over the limit
  // needs compressing to find out whether it fits.
  // Each run is serialised once; a file's text is the envelope around the joined runs (`runs`
  // is the envelope's last member).
  const envelope = JSON.stringify({ ...base, runs: [] }).slice(0, -2);
  const text = (parts: string[]): string => `${envelope}${parts.join(',')}]}`;
  const files: PreparedSarif['files'] = [];
  let current: { run: Json; json: string }[] = [];
  let currentBytes = Buffer.byteLength(envelope) + 2;
  const flush = (): void => {
    if (current.length === 0) return;
    const json = text(current.map((c) => c.json));
    files.push({
      sarif: { ...base, runs: current.map((c) => c.run) },
      gzipped: gzipSync(json),
      categories: current.map((c) => categoryOf(c.run)),
    });
    current = [];
    currentBytes = Buffer.byteLength(envelope) + 2;
  };
  const fits = (parts: string[], bytes: number): boolean =>
    bytes + 1024 <= max.gzippedBytes || gzipSync(text(parts)).length <= max.gzippedBytes;
  for (const run of runs) {
    if (current.length >= max.runsPerFile) flush();
    let json = JSON.stringify(run);
    let runBytes = Buffer.byteLength(json) + 1;
    if (current.length > 0 && !fits([...current.map((c) => c.json), json], currentBytes + runBytes))
      flush();
    if (current.length === 0 && !fits([json], currentBytes + runBytes)) {
      shrinkToSize(base, run, max, warnings);
      json = JSON.stringify(run);
      runBytes = Buffer.byteLength(json) + 1;
    }
    current.push({ run, json });
    currentBytes += runBytes;
  }
  flush();
  if (files.length > 1) {
    const why =
      runs.length > max.runsPerFile
        ? `${runs.length} runs (GitHub accepts ${max.runsPerFile} per upload)`
        : 'more than 10 MB gzipped';
    warnings.push(
      `The SARIF has ${why}; it is uploaded in ${files.length} parts, each run keeping its own category.`,
    );
  }
  return { files, warnings };
}

function assignCategories(runs: Json[], category: string | undefined, warnings: string[]): void {
  const seen = new Map<string, number>();
  for (const run of runs) {
    const details = { ...(obj(run.automationDetails) ?? {}) };
    if (typeof details.id !== 'string' && category) details.id = `${category.replace(/\/+$/, '')}/`;
    if (typeof details.id === 'string') run.automationDetails = details;
    // GitHub refuses "multiple runs with the same category" for one tool in one delivery, and
    // across deliveries the later one replaces the earlier: make the pairs unique.
    const key = `${toolName(run)}\u0000${categoryOf(run)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) {
      const id = `${categoryOf(run).replace(/\/+$/, '') || 'run'}-${n}/`;
      warnings.push(
        `Two runs of ${toolName(run)} share the category "${categoryOf(run)}"; the run number ${n} is uploaded as "${id}".`,
      );
      run.automationDetails = { ...details, id };
    }
  }
}

function trimRun(run: Json, max: SarifLimits, warnings: string[]): void {
  const tool = toolName(run);
  const results = Array.isArray(run.results) ? (run.results as unknown[]) : undefined;
  if (!results) {
    // codeql-action refuses a run without results ("Missing 'results' array in run").
    run.results = [];
    return;
  }
  let trimmedLocations = 0;
  let trimmedSteps = 0;
  const trimmed = results.map((r) => {
    const result = obj(r);
    if (!result) return r;
    let copy: Json | undefined;
    if (Array.isArray(result.locations) && result.locations.length > max.locationsPerResult) {
      copy = { ...result, locations: result.locations.slice(0, max.locationsPerResult) };
      trimmedLocations++;
    }
    const flows = arr(result.codeFlows);
    const tooLong = (t: unknown): boolean =>
      arr(obj(t)?.locations).length > max.threadFlowLocationsPerResult;
    if (flows.some((f) => arr(obj(f)?.threadFlows).some(tooLong))) {
      copy = {
        ...(copy ?? result),
        codeFlows: flows.map((f) => {
          const flow = obj(f);
          if (!flow) return f;
          return {
            ...flow,
            threadFlows: arr(flow.threadFlows).map((t) => {
              if (!tooLong(t)) return t;
              trimmedSteps++;
              const thread = obj(t) ?? {};
              return {
                ...thread,
                locations: arr(thread.locations).slice(0, max.threadFlowLocationsPerResult),
              };
            }),
          };
        }),
      };
    }
    return copy ?? r;
  });
  if (trimmedLocations + trimmedSteps > 0) run.results = trimmed;
  if (trimmedLocations > 0) {
    warnings.push(
      `${trimmedLocations} result(s) of ${tool} had more than ${max.locationsPerResult} locations; the extra locations were left out.`,
    );
  }
  if (trimmedSteps > 0) {
    warnings.push(
      `${trimmedSteps} code flow(s) of ${tool} had more than ${max.threadFlowLocationsPerResult} steps; they were shortened.`,
    );
  }
  if (results.length > max.resultsPerRun) {
    run.results = keepMostSevere(run, run.results as unknown[], max.resultsPerRun);
    warnings.push(
      `${tool} reported ${results.length} results in one run; GitHub accepts ${max.resultsPerRun}, so the ${results.length - max.resultsPerRun} least severe were not uploaded (the job summary lists all).`,
    );
  }
  const rules = arr(obj(obj(run.tool)?.driver)?.rules);
  if (rules.length > max.rulesPerRun) {
    warnings.push(
      `${tool} declares ${rules.length} rules; GitHub accepts ${max.rulesPerRun} per run and may reject the upload.`,
    );
  }
}

// A single run over the size limit: drop its least severe results until it fits.
function shrinkToSize(base: Json, run: Json, max: SarifLimits, warnings: string[]): void {
  const results = arr(run.results);
  let lo = 0;
  let hi = results.length;
  const fits = (n: number): boolean =>
    gz({ ...base, runs: [{ ...run, results: keepMostSevere(run, results, n) }] }).length <=
    max.gzippedBytes;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  run.results = keepMostSevere(run, results, lo);
  warnings.push(
    `One run of ${toolName(run)} is over GitHub's 10 MB (gzipped) limit on its own; ${results.length - lo} of its ${results.length} least severe results were not uploaded.`,
  );
}

/** The `keep` most severe results, in their original order. */
function keepMostSevere(run: Json, results: unknown[], keep: number): unknown[] {
  if (results.length <= keep) return results;
  const severityByRule = ruleSeverities(run);
  const ranked = results.map((r, i) => ({ i, s: severity(obj(r), severityByRule) }));
  ranked.sort((a, b) => b.s - a.s || a.i - b.i);
  const kept = new Set(ranked.slice(0, keep).map((x) => x.i));
  return results.filter((_, i) => kept.has(i));
}

const LEVEL_SCORE: Record<string, number> = { error: 7, warning: 4, note: 1, none: 0 };

function ruleSeverities(run: Json): Map<string, { security?: number; level?: string }> {
  const map = new Map<string, { security?: number; level?: string }>();
  for (const r of arr(obj(obj(run.tool)?.driver)?.rules)) {
    const rule = obj(r);
    if (!rule || typeof rule.id !== 'string') continue;
    const security = securitySeverity(obj(rule.properties)?.['security-severity']);
    const level = obj(rule.defaultConfiguration)?.level;
    map.set(rule.id, {
      ...(Number.isFinite(security) ? { security } : {}),
      ...(typeof level === 'string' ? { level } : {}),
    });
  }
  return map;
}

// GitHub prioritises by security-severity where present, else by level (default `warning`).
function severity(
  result: Json | undefined,
  rules: Map<string, { security?: number; level?: string }>,
): number {
  if (!result) return -1;
  const rule = typeof result.ruleId === 'string' ? rules.get(result.ruleId) : undefined;
  const own = securitySeverity(obj(result.properties)?.['security-severity']);
  if (Number.isFinite(own)) return own;
  if (rule?.security !== undefined) return rule.security;
  const level = typeof result.level === 'string' ? result.level : (rule?.level ?? 'warning');
  return LEVEL_SCORE[level] ?? 4;
}

// SARIF writers put `security-severity` as a string ("8.1") though some emit a number.
function securitySeverity(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
}

function gz(value: unknown): Buffer {
  return gzipSync(JSON.stringify(value));
}

export function categoryOf(run: Json): string {
  const id = obj(run.automationDetails)?.id;
  return typeof id === 'string' ? id : '';
}

function toolName(run: Json): string {
  const name = obj(obj(run.tool)?.driver)?.name;
  return typeof name === 'string' ? name : 'the tool';
}

function obj(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
