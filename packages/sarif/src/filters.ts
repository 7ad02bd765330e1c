import picomatch from 'picomatch';

/** Which results take part in the evaluation at all (filtered-out results are not counted). */
export interface ResultFilters {
  /** Rule ids or globs (`js/*`); when non-empty only these rules are kept. */
  includeRules?: readonly string[];
  excludeRules?: readonly string[];
  /** Path globs; when non-empty only results under them are kept (results without a path too). */
  paths?: readonly string[];
  pathsIgnore?: readonly string[];
  /** Tool (driver) names or globs; when non-empty only these tools' results are kept. */
  tools?: readonly string[];
}

export type FilterVerdict = { kept: true } | { kept: false; reason: string };

type Matcher = (value: string) => boolean;

/** Compiled filters: globs are compiled once, not per result. */
export class ResultFilter {
  private readonly includeRules: Matcher | undefined;
  private readonly excludeRules: Matcher | undefined;
  private readonly paths: Matcher | undefined;
  private readonly pathsIgnore: Matcher | undefined;
  private readonly tools: Matcher | undefined;

  constructor(filters: ResultFilters = {}) {
    this.includeRules = matcher(filters.includeRules, { nocase: false });
    this.excludeRules = matcher(filters.excludeRules, { nocase: false });
    this.paths = matcher(filters.paths, { dot: true });
    this.pathsIgnore = matcher(filters.pathsIgnore, { dot: true });
    this.tools = matcher(filters.tools, { nocase: true });
  }

  get active(): boolean {
    return !!(
      this.includeRules ??
      this.excludeRules ??
      this.paths ??
      this.pathsIgnore ??
      this.tools
    );
  }

  check(tool: string, ruleId: string | undefined, path: string | undefined): FilterVerdict {
    if (this.tools && !this.tools(tool))
      return { kept: false, reason: `tool ${tool} not in tools` };
    const rule = ruleId ?? '';
    if (this.includeRules && !this.includeRules(rule))
      return { kept: false, reason: 'rule not included' };
    if (this.excludeRules?.(rule)) return { kept: false, reason: 'rule excluded' };
    if (path !== undefined) {
      if (this.paths && !this.paths(path)) return { kept: false, reason: 'path not in paths' };
      if (this.pathsIgnore?.(path)) return { kept: false, reason: 'path ignored' };
    }
    return { kept: true };
  }
}

function matcher(
  patterns: readonly string[] | undefined,
  options: picomatch.PicomatchOptions,
): Matcher | undefined {
  const list = (patterns ?? []).map((p) => p.trim()).filter((p) => p !== '');
  if (list.length === 0) return undefined;
  const exact = new Set(list);
  const globs = picomatch(list, options);
  return (value) => exact.has(value) || globs(value);
}
