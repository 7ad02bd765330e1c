import { stat } from 'node:fs/promises';
import { buildBaselineIndex, type BaselineIndex } from './baseline.js';
import { SarifError, isSarifError } from './errors.js';
import { Evaluator, emptyCounts, type EvaluationOptions, type Tally } from './evaluate.js';
import { displayPath, loadSarifFile, resolveSarifInputs } from './load.js';
import { LineHashCache } from './fingerprint.js';
import { addLineHashes } from './add-fingerprints.js';
import { RuleTable } from './severity.js';
import { evaluateSarifStream } from './stream/evaluate-stream.js';
import type { SarifLog, SarifRun } from './types.js';
import { sarifSchemaValidator, type SchemaReport } from './validate.js';

/**
 * Files at or above this size are streamed. V8 cannot hold a string over ~512 MiB, and a parsed
 * document takes several times its size in heap, so stream well before either limit.
 */
export const DEFAULT_STREAM_THRESHOLD = 64 * 1024 * 1024;

export interface EvaluateFilesOptions extends Omit<EvaluationOptions, 'baseline'> {
  /** Where relative inputs are resolved and paths are shown from (the workspace). */
  cwd: string;
  /** Baseline SARIF files/globs/directories; results matching them are not new. */
  baseline?: readonly string[];
  /** Schema-validate every file (default true). */
  validate?: boolean;
  /** Files of at least this many bytes are streamed (default 64 MiB). */
  streamThreshold?: number;
  /** Read size of the streaming path (tests use tiny chunks to cross every boundary). */
  streamChunkSize?: number;
  /** Build the merged, filtered SARIF log (default true). */
  merge?: boolean;
  /** Add `primaryLocationLineHash` where missing, from the files under `root` (default: when a baseline is given). */
  computeFingerprints?: boolean;
}

export interface FileReport {
  file: string;
  bytes: number;
  runs: number;
  results: number;
  streamed: boolean;
  schema: SchemaReport | undefined;
}

export interface SarifEvaluation {
  tally: Tally;
  files: FileReport[];
  /** Files that could not be evaluated or are not valid SARIF: the gate fails on them unless told not to. */
  problems: SarifError[];
  /** All runs of the evaluated files with filtered-out results removed (streamed files contribute their runs without results). */
  merged: SarifLog | undefined;
  /** Files whose results are not in `merged` because they were streamed. */
  streamedFiles: string[];
  baselineResults: number | undefined;
  /** Things to tell the user that do not make an input invalid (e.g. no baseline file yet). */
  warnings: string[];
}

/**
 * The whole evaluation: resolve inputs, load or stream each file, validate, resolve severities,
 * apply suppressions, filters, allowlist and baseline, and tally. Per-file problems are collected,
 * not thrown, so one bad file is reported alongside the others' counts.
 */
export async function evaluateSarifFiles(
  patterns: readonly string[],
  options: EvaluateFilesOptions,
): Promise<SarifEvaluation> {
  const problems: SarifError[] = [];
  const files: FileReport[] = [];
  const streamedFiles: string[] = [];
  const root = options.root ?? options.cwd;
  const validator = options.validate === false ? undefined : sarifSchemaValidator();
  const threshold = options.streamThreshold ?? DEFAULT_STREAM_THRESHOLD;

  let baseline: BaselineIndex | undefined;
  let baselineResults: number | undefined;
  const warnings: string[] = [];
  if (options.baseline && options.baseline.length > 0) {
    const paths = await resolveSarifInputs(options.baseline, options.cwd).catch(
      (error: unknown) => {
        // The first run on a branch has no baseline yet: every result is new, which fails closed.
        if (isSarifError(error) && error.kind === 'empty-glob') {
          warnings.push(
            `Baseline ${options.baseline!.join(', ')} not found: every result counts as new.`,
          );
          return [];
        }
        throw retag(error);
      },
    );
    const logs: SarifLog[] = [];
    for (const path of paths) {
      const loaded = await loadSarifFile(path, displayPath(path, options.cwd)).catch(
        (error: unknown) => {
          throw retag(error);
        },
      );
      logs.push(loaded.log);
    }
    if (paths.length > 0) {
      baseline = buildBaselineIndex(logs, (run) => new RuleTable(run), root);
      baselineResults = baseline.size;
    }
  }
  const fingerprints = options.computeFingerprints ?? baseline !== undefined;
  const lineHashes = fingerprints ? new LineHashCache() : undefined;

  const paths: string[] = [];
  for (const pattern of patterns.length === 0 ? [''] : patterns) {
    try {
      paths.push(...(await resolveSarifInputs(pattern === '' ? [] : [pattern], options.cwd)));
    } catch (error) {
      if (!isSarifError(error)) throw error;
      problems.push(error);
    }
  }

  const evaluation: EvaluationOptions = {
    levelMap: options.levelMap,
    filters: options.filters,
    allowlist: options.allowlist,
    newOnly: options.newOnly,
    now: options.now,
    keepFindings: options.keepFindings,
    topLimit: options.topLimit,
    root,
    baseline,
  };
  // Finishing an empty evaluator still lists expired allowlist entries when no file matched.
  const tally = new Evaluator(evaluation).finish();
  const mergedRuns: SarifRun[] = [];
  let schemaUri: string | undefined;
  for (const path of [...new Set(paths)]) {
    const display = displayPath(path, options.cwd);
    // Each file gets its own evaluator so a file found invalid halfway adds nothing.
    const evaluator = new Evaluator(evaluation);
    try {
      const bytes = (await stat(path)).size;
      if (bytes >= threshold) {
        const streamed = await evaluateSarifStream(path, display, evaluator, validator, {
          ...(options.streamChunkSize ? { chunkSize: options.streamChunkSize } : {}),
        });
        streamedFiles.push(display);
        const schema = tolerateCodeQL(streamed.schema, streamed.skeleton);
        files.push({
          file: display,
          bytes,
          runs: streamed.skeleton.runs?.length ?? 0,
          results: streamed.results,
          streamed: true,
          schema,
        });
        checkSchema(schema, problems);
        for (const run of streamed.skeleton.runs ?? []) mergedRuns.push({ ...run, results: [] });
      } else {
        const { log } = await loadSarifFile(path, display);
        schemaUri ??= typeof log.$schema === 'string' ? log.$schema : undefined;
        const schema = tolerateCodeQL(validator?.validateLogDetailed(log, display), log);
        checkSchema(schema, problems);
        let results = 0;
        const runs = log.runs ?? [];
        for (const [runIndex, run] of runs.entries()) {
          if (lineHashes) await addLineHashes(run, root, lineHashes);
          const ctx = evaluator.run(display, runIndex, run);
          const kept: unknown[] = [];
          const list = Array.isArray(run.results) ? run.results : [];
          for (const [i, result] of list.entries()) {
            results++;
            if (ctx.add(result, i)) kept.push(result);
          }
          if (options.merge !== false)
            mergedRuns.push({ ...run, results: kept as SarifRun['results'] });
        }
        files.push({ file: display, bytes, runs: runs.length, results, streamed: false, schema });
      }
      mergeTally(tally, evaluator.finish());
    } catch (error) {
      if (!isSarifError(error)) throw error;
      problems.push(error);
    }
  }
  finishTally(tally, options.topLimit ?? 100);
  const merged: SarifLog | undefined =
    options.merge === false
      ? undefined
      : {
          $schema: schemaUri ?? 'https://json.schemastore.org/sarif-2.1.0.json',
          version: '2.1.0',
          runs: mergedRuns,
        };
  for (const file of streamedFiles) {
    warnings.push(
      `${file} was streamed (too large to hold in memory): its results are counted but not copied into the merged SARIF.`,
    );
  }
  return { tally, files, problems, merged, streamedFiles, baselineResults, warnings };
}

/**
 * codeql-action uploads CodeQL's own SARIF without schema validation (only other tools' files
 * are validated), so code scanning accepts whatever CodeQL writes: report it, do not fail on it.
 */
function tolerateCodeQL(schema: SchemaReport | undefined, log: SarifLog): SchemaReport | undefined {
  const runs = Array.isArray(log.runs) ? log.runs : [];
  const codeql =
    runs.length > 0 &&
    runs.every((r) => r && typeof r === 'object' && r.tool?.driver?.name === 'CodeQL');
  if (!schema || !codeql || schema.errorCount === 0) return schema;
  const reason = 'codeql-action does not schema-validate CodeQL output before upload';
  return {
    ...schema,
    errors: [],
    errorCount: 0,
    tolerated: [...schema.tolerated, ...schema.errors.map((e) => ({ ...e, tolerated: reason }))],
    toleratedCount: schema.toleratedCount + schema.errorCount,
  };
}

function checkSchema(schema: SchemaReport | undefined, problems: SarifError[]): void {
  if (!schema || schema.errorCount === 0) return;
  const first = schema.errors[0];
  problems.push(
    new SarifError(
      'schema',
      `${schema.file}: not valid SARIF 2.1.0: ${schema.errorCount} schema error(s), first at ${first?.pointer || '/'}: ${first?.message ?? ''}.`,
      {
        file: schema.file,
        pointer: first?.pointer,
        hint: 'GitHub code scanning would reject this file; fix the tool output or set fail-on-invalid: false.',
      },
    ),
  );
}

function retag(error: unknown): unknown {
  if (!isSarifError(error)) return error;
  return new SarifError('baseline', `Baseline: ${error.message}`, {
    file: error.file,
    position: error.position,
    pointer: error.pointer,
    hint: error.hint,
  });
}

/** Adds a file's tally into the overall one. */
export function mergeTally(into: Tally, from: Tally): void {
  into.total += from.total;
  into.filteredOut += from.filteredOut;
  into.suppressed += from.suppressed;
  into.new += from.new;
  into.baselineStateSeen += from.baselineStateSeen;
  for (const k of Object.keys(into.counts) as (keyof Tally['counts'])[]) {
    into.counts[k] += from.counts[k];
    into.unsuppressed[k] += from.unsuppressed[k];
    into.all[k] += from.all[k];
  }
  for (const k of Object.keys(into.byLevel) as (keyof Tally['byLevel'])[])
    into.byLevel[k] += from.byLevel[k];
  for (const [tool, t] of from.byTool) {
    const target = into.byTool.get(tool) ?? { counts: emptyCounts(), suppressed: 0, total: 0 };
    target.total += t.total;
    target.suppressed += t.suppressed;
    for (const k of Object.keys(t.counts) as (keyof Tally['counts'])[])
      target.counts[k] += t.counts[k];
    into.byTool.set(tool, target);
  }
  into.top.push(...from.top);
  for (const f of from.findings) into.findings.push(f);
  mergeAllowlist(into.allowlist.used, from.allowlist.used);
  mergeAllowlist(into.allowlist.expired, from.allowlist.expired);
}

function mergeAllowlist(into: Tally['allowlist']['used'], from: Tally['allowlist']['used']): void {
  for (const item of from) {
    const existing = into.find((x) => x.entry === item.entry);
    if (existing) existing.matched += item.matched;
    else into.push({ ...item });
  }
}

function finishTally(tally: Tally, limit: number): void {
  const rank = { critical: 4, high: 3, medium: 2, low: 1, note: 0 } as const;
  tally.top = tally.top.sort((a, b) => rank[b.severity] - rank[a.severity]).slice(0, limit);
}
