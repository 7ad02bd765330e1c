import { SEVERITIES, type Severity } from '@devsecops-gates/action-kit';
import { AllowlistMatcher, type Allowlist, type AllowlistEntry } from './allowlist.js';
import {
  identityOf,
  messageText,
  ruleIdOf,
  stringFingerprints,
  type BaselineIndex,
} from './baseline.js';
import { ResultFilter, type ResultFilters } from './filters.js';
import { SEVERITY_RANK, type Finding } from './finding.js';
import { primaryLocation } from './location.js';
import {
  DEFAULT_LEVEL_SEVERITY,
  RuleTable,
  isSuppressed,
  resolveSeverity,
  type LevelSeverityMap,
} from './severity.js';
import type { Level, SarifResult, SarifRun } from './types.js';

export type SeverityCounts = Record<Severity, number>;
export type LevelCounts = Record<Level, number>;

export interface EvaluationOptions {
  levelMap?: Readonly<LevelSeverityMap>;
  filters?: ResultFilters;
  allowlist?: Allowlist;
  baseline?: BaselineIndex;
  /** Count only new results (baseline / `baselineState`) against thresholds. */
  newOnly?: boolean;
  /** Repository root: absolute artifact paths under it become repository-relative. */
  root?: string;
  /** Clock for allowlist expiry. */
  now?: Date;
  /** Keep every finding (the in-memory path and reports); false keeps only the top ones. */
  keepFindings?: boolean;
  /** How many of the most severe counted findings to keep for reports (default 100). */
  topLimit?: number;
}

export interface ToolTally {
  counts: SeverityCounts;
  suppressed: number;
  total: number;
}

/** Everything the gate decides on and reports, for any number of files and runs. */
export interface Tally {
  /** Results after filters, suppressed ones included. */
  total: number;
  /** Results dropped by include/exclude/paths/tools filters. */
  filteredOut: number;
  /** What counts against thresholds (unsuppressed, and new when `newOnly`). */
  counts: SeverityCounts;
  /** Unsuppressed results regardless of baseline. */
  unsuppressed: SeverityCounts;
  /** All results, suppressed included. */
  all: SeverityCounts;
  byLevel: LevelCounts;
  suppressed: number;
  /** Unsuppressed results that are new. */
  new: number;
  byTool: Map<string, ToolTally>;
  /** Most severe counted findings first. */
  top: Finding[];
  findings: Finding[];
  /** Results that took their severity from `baselineState` rather than the baseline file. */
  baselineStateSeen: number;
  allowlist: {
    expired: { entry: AllowlistEntry; matched: number }[];
    used: { entry: AllowlistEntry; matched: number }[];
  };
}

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, note: 0 };
}

/**
 * Turns results into findings and tallies them, one result at a time, so the in-memory and
 * the streaming paths share every decision.
 */
export class Evaluator {
  readonly tally: Tally;
  private readonly filter: ResultFilter;
  private readonly allowlist: AllowlistMatcher | undefined;
  private readonly levelMap: Readonly<LevelSeverityMap>;
  private readonly topLimit: number;
  private readonly top: Finding[][] = SEVERITIES.map(() => []);

  constructor(private readonly options: EvaluationOptions = {}) {
    this.filter = new ResultFilter(options.filters);
    this.allowlist = options.allowlist
      ? new AllowlistMatcher(options.allowlist, options.now ?? new Date())
      : undefined;
    this.levelMap = options.levelMap ?? DEFAULT_LEVEL_SEVERITY;
    this.topLimit = options.topLimit ?? 100;
    this.tally = {
      total: 0,
      filteredOut: 0,
      counts: emptyCounts(),
      unsuppressed: emptyCounts(),
      all: emptyCounts(),
      byLevel: { error: 0, warning: 0, note: 0, none: 0 },
      suppressed: 0,
      new: 0,
      byTool: new Map(),
      top: [],
      findings: [],
      baselineStateSeen: 0,
      allowlist: { expired: [], used: [] },
    };
  }

  /** A context for the results of one run; `run` needs `tool` and may omit `results`. */
  run(source: string, runIndex: number, run: SarifRun): RunEvaluator {
    return new RunEvaluator(this, source, runIndex, run, new RuleTable(run), this.options.root);
  }

  /** Evaluates one result; false when a filter dropped it. */
  add(ctx: RunEvaluator, result: SarifResult, resultIndex: number): boolean {
    const t = this.tally;
    const location = primaryLocation(result, ctx.artifacts, ctx.root);
    const ruleId = ruleIdOf(result);
    const resolved = resolveSeverity(ctx.table, result, this.levelMap);
    const effectiveRuleId =
      ruleId ?? (typeof resolved.rule?.id === 'string' ? resolved.rule.id : undefined);
    const tool = ctx.table.toolName;
    if (!this.filter.check(tool, effectiveRuleId, location.path).kept) {
      t.filteredOut++;
      return false;
    }
    let suppressedBy: Finding['suppressedBy'] = isSuppressed(result) ? 'sarif' : undefined;
    let suppressionReason: string | undefined;
    if (!suppressedBy && this.allowlist) {
      const match = this.allowlist.match(effectiveRuleId, location.path);
      if (match && !match.expired) {
        suppressedBy = 'allowlist';
        suppressionReason = match.entry.reason;
      }
    }
    const baselineState =
      typeof result.baselineState === 'string' ? result.baselineState : undefined;
    let isNew = true;
    if (baselineState !== undefined) {
      t.baselineStateSeen++;
      isNew = baselineState === 'new';
    } else if (this.options.baseline) {
      isNew = this.options.baseline.isNew(identityOf(result, ctx.table, ctx.artifacts, ctx.root));
    }
    const suppressed = suppressedBy !== undefined;
    const counted = !suppressed && (isNew || !this.options.newOnly);
    const rule = resolved.rule;
    const title = rule?.shortDescription?.text ?? rule?.name;
    // Built only when kept (all findings, or the top ones): the streaming path tallies millions.
    const build = (): Finding => ({
      source: ctx.source,
      runIndex: ctx.runIndex,
      resultIndex,
      tool,
      ruleId: effectiveRuleId,
      ruleTitle: typeof title === 'string' ? title : undefined,
      helpUri: typeof rule?.helpUri === 'string' ? rule.helpUri : undefined,
      level: resolved.level,
      severity: resolved.severity,
      severitySource: resolved.source,
      score: resolved.score,
      message: messageText(result),
      path: location.path,
      startLine: location.startLine,
      startColumn: location.startColumn,
      endLine: location.endLine,
      endColumn: location.endColumn,
      suppressed,
      suppressedBy,
      suppressionReason,
      baselineState,
      fingerprints: stringFingerprints(result.partialFingerprints),
      tags: tagsOf(rule?.properties),
      isNew,
      counted,
    });
    const severity = resolved.severity;
    t.total++;
    t.all[severity]++;
    t.byLevel[resolved.level]++;
    let perTool = t.byTool.get(tool);
    if (!perTool)
      t.byTool.set(tool, (perTool = { counts: emptyCounts(), suppressed: 0, total: 0 }));
    perTool.total++;
    if (suppressed) {
      t.suppressed++;
      perTool.suppressed++;
    } else {
      t.unsuppressed[severity]++;
      if (isNew) t.new++;
    }
    let finding: Finding | undefined;
    if (counted) {
      t.counts[severity]++;
      perTool.counts[severity]++;
      const bucket = this.top[4 - SEVERITY_RANK[severity]]!;
      if (bucket.length < this.topLimit) bucket.push((finding = build()));
    }
    if (this.options.keepFindings !== false) t.findings.push(finding ?? build());
    return true;
  }

  /** Finishes the tally: top findings and allowlist usage. */
  finish(): Tally {
    const t = this.tally;
    t.top = this.top.flat().slice(0, this.topLimit);
    if (this.allowlist) {
      t.allowlist.used = [...this.allowlist.hits].map(([entry, matched]) => ({ entry, matched }));
      t.allowlist.expired = this.allowlist.expiredEntries.map((entry) => ({
        entry,
        matched: this.allowlist!.expiredHits.get(entry) ?? 0,
      }));
    }
    return t;
  }
}

export class RunEvaluator {
  constructor(
    private readonly evaluator: Evaluator,
    readonly source: string,
    readonly runIndex: number,
    private readonly run: SarifRun,
    readonly table: RuleTable,
    readonly root: string | undefined,
  ) {}

  /** Read when needed: the streaming path may see `artifacts` after `tool`. */
  get artifacts(): SarifRun['artifacts'] {
    return Array.isArray(this.run.artifacts) ? this.run.artifacts : undefined;
  }

  add(result: SarifResult, index: number): boolean {
    if (!result || typeof result !== 'object' || Array.isArray(result)) return false;
    return this.evaluator.add(this, result, index);
  }
}

function tagsOf(properties: Record<string, unknown> | undefined): string[] | undefined {
  const tags = properties && typeof properties === 'object' ? properties.tags : undefined;
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : undefined;
}
