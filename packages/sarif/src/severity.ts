import type { Severity } from '@devsecops-gates/action-kit';
import type { Level, ReportingDescriptor, SarifResult, SarifRun, ToolComponent } from './types.js';

/** How a level maps to a severity when the rule carries no usable `security-severity`. */
export type LevelSeverityMap = Record<Level, Severity>;

export const DEFAULT_LEVEL_SEVERITY: Readonly<LevelSeverityMap> = Object.freeze({
  error: 'high',
  warning: 'medium',
  note: 'note',
  none: 'note',
});

/**
 * The rules of one run, indexed once so each result is resolved in O(1). Components are
 * `[driver, ...extensions]`; `toolComponent.index` counts into the extensions.
 */
export class RuleTable {
  private readonly driver: ToolComponent | undefined;
  private readonly extensions: ToolComponent[];
  private readonly byId = new Map<string, ReportingDescriptor>();

  constructor(run: Pick<SarifRun, 'tool'>) {
    const tool = isObject(run.tool) ? run.tool : {};
    this.driver = isObject(tool.driver) ? tool.driver : undefined;
    this.extensions = Array.isArray(tool.extensions)
      ? tool.extensions.filter((e): e is ToolComponent => isObject(e))
      : [];
    // Driver rules first, then each extension in order: the first definition of an id wins.
    for (const component of [this.driver, ...this.extensions]) {
      for (const rule of rulesOf(component)) {
        if (isObject(rule) && typeof rule.id === 'string' && !this.byId.has(rule.id)) {
          this.byId.set(rule.id, rule);
        }
      }
    }
  }

  /** The tool name results of this run are attributed to. */
  get toolName(): string {
    const name = this.driver?.name;
    return typeof name === 'string' && name !== '' ? name : 'unknown tool';
  }

  /**
   * The rule a result refers to: `ruleIndex`, then `rule.index` (both into the component named by
   * `rule.toolComponent`, else the driver), then `ruleId` / `rule.id` across driver and extensions.
   * An index wins over a disagreeing id, as GitHub and the SARIF spec resolve it.
   */
  resolve(result: SarifResult): ReportingDescriptor | undefined {
    const ref = isObject(result.rule) ? result.rule : undefined;
    const component =
      ref && isObject(ref.toolComponent) ? this.component(ref.toolComponent) : this.driver;
    const rules = rulesOf(component);
    for (const index of [result.ruleIndex, ref?.index]) {
      if (isIndex(index) && isObject(rules[index])) return rules[index];
    }
    for (const id of [result.ruleId, ref?.id]) {
      if (typeof id === 'string') {
        const rule = this.byId.get(id);
        if (rule) return rule;
      }
    }
    return undefined;
  }

  private component(ref: {
    index?: unknown;
    name?: unknown;
    guid?: unknown;
  }): ToolComponent | undefined {
    if (isIndex(ref.index)) return this.extensions[ref.index];
    const all = [this.driver, ...this.extensions];
    if (typeof ref.guid === 'string') {
      const match = all.find(
        (c) =>
          typeof c?.guid === 'string' &&
          c.guid.toLowerCase() === (ref.guid as string).toLowerCase(),
      );
      if (match) return match;
    }
    if (typeof ref.name === 'string') return all.find((c) => c?.name === ref.name);
    return undefined;
  }
}

/** `result.level`, else the rule's `defaultConfiguration.level`, else `warning`. */
export function effectiveLevel(result: SarifResult, rule: ReportingDescriptor | undefined): Level {
  const own = result.level;
  if (typeof own === 'string') return asLevel(own);
  const fallback = isObject(rule?.defaultConfiguration)
    ? rule.defaultConfiguration.level
    : undefined;
  if (typeof fallback === 'string') return asLevel(fallback);
  return 'warning';
}

/** A number > 0 from `properties["security-severity"]` (number or numeric string), else undefined. */
export function securitySeverityScore(rule: ReportingDescriptor | undefined): number | undefined {
  const props = rule?.properties;
  if (!isObject(props)) return undefined;
  const raw = props['security-severity'];
  let score: number;
  if (typeof raw === 'number') score = raw;
  else if (typeof raw === 'string' && raw.trim() !== '') score = Number(raw.trim());
  else return undefined;
  return Number.isFinite(score) && score > 0 ? score : undefined;
}

/** CVSS-style buckets, as GitHub labels `security-severity` (>= 9.0 taken as critical). */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

export interface ResolvedSeverity {
  rule: ReportingDescriptor | undefined;
  level: Level;
  severity: Severity;
  /** Where the severity came from: the rule's score or the level map. */
  source: 'security-severity' | 'level';
  score: number | undefined;
}

export function resolveSeverity(
  table: RuleTable,
  result: SarifResult,
  levelMap: Readonly<LevelSeverityMap> = DEFAULT_LEVEL_SEVERITY,
): ResolvedSeverity {
  const rule = table.resolve(result);
  const level = effectiveLevel(result, rule);
  const score = securitySeverityScore(rule);
  if (score !== undefined)
    return { rule, level, severity: severityFromScore(score), source: 'security-severity', score };
  return { rule, level, severity: levelMap[level], source: 'level', score };
}

/**
 * Suppressed when `suppressions` is a non-empty array with an entry whose status is `accepted`
 * or absent (`underReview` and `rejected` do not suppress).
 */
export function isSuppressed(result: SarifResult): boolean {
  const list = result.suppressions;
  if (!Array.isArray(list)) return false;
  return list.some(
    (s) => isObject(s) && (s.status === undefined || s.status === null || s.status === 'accepted'),
  );
}

function asLevel(value: string): Level {
  // An unknown level is not a reason to drop a finding: count it as SARIF's default.
  return value === 'error' || value === 'warning' || value === 'note' || value === 'none'
    ? value
    : 'warning';
}

/** The raw rules array: entries are not filtered, so indexes keep pointing at the same rule. */
function rulesOf(component: ToolComponent | undefined): unknown[] {
  const rules: unknown = component?.rules;
  return Array.isArray(rules) ? rules : [];
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
