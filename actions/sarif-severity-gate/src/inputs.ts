import {
  ConfigurationError,
  SEVERITIES,
  readAwsInputs,
  readReportingInputs,
  readSeverityFloor,
  readUploadInputs,
  type AwsInputs,
  type InputParser,
  type ReportingInputs,
  type Severity,
  type UploadInputs,
} from '@devsecops-gates/action-kit';
import {
  DEFAULT_LEVEL_SEVERITY,
  LEVELS,
  type Level,
  type LevelSeverityMap,
} from '@devsecops-gates/sarif/core';

/** Input names, so code, tests and docs use the same strings. */
export const Inputs = {
  sarif: 'sarif',
  maxCritical: 'max-critical',
  maxHigh: 'max-high',
  maxMedium: 'max-medium',
  maxLow: 'max-low',
  maxNote: 'max-note',
  failOn: 'fail-on',
  baseline: 'baseline',
  newOnly: 'new-only',
  includeRules: 'include-rules',
  excludeRules: 'exclude-rules',
  paths: 'paths',
  pathsIgnore: 'paths-ignore',
  tools: 'tools',
  allowlist: 'allowlist',
  levelSeverityMap: 'level-severity-map',
  failOnInvalid: 'fail-on-invalid',
  asffOutput: 'asff-output',
  securityHubImport: 'security-hub-import',
} as const;

export const Outputs = {
  total: 'total',
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  note: 'note',
  suppressed: 'suppressed',
  new: 'new',
  verdict: 'verdict',
  sarifPath: 'sarif-path',
  asffPath: 'asff-path',
} as const;

/** Most findings of each severity that pass; undefined is unlimited. */
export type Thresholds = Record<Severity, number | undefined>;

export interface GateInputs {
  sarif: string[];
  thresholds: Thresholds;
  /** The `fail-on` floor as given (for reports). */
  failOn: Severity | 'none' | undefined;
  baseline: string[];
  newOnly: boolean;
  includeRules: string[];
  excludeRules: string[];
  paths: string[];
  pathsIgnore: string[];
  tools: string[];
  allowlist: string | undefined;
  levelSeverityMap: LevelSeverityMap;
  failOnInvalid: boolean;
  asffOutput: string | undefined;
  securityHubImport: boolean;
  reporting: ReportingInputs;
  upload: UploadInputs;
  aws: AwsInputs;
}

const MAX_INPUT: Record<Severity, string> = {
  critical: Inputs.maxCritical,
  high: Inputs.maxHigh,
  medium: Inputs.maxMedium,
  low: Inputs.maxLow,
  note: Inputs.maxNote,
};

/** Defaults of `max-*` when `fail-on` is not given: critical and high fail, the rest pass. */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = {
  critical: 0,
  high: 0,
  medium: undefined,
  low: undefined,
  note: undefined,
};

export function readInputs(p: InputParser): GateInputs {
  const failOn = readSeverityFloor(p, Inputs.failOn);
  return {
    sarif: p.multiline(Inputs.sarif),
    thresholds: readThresholds(p, failOn),
    failOn,
    baseline: p.multiline(Inputs.baseline),
    newOnly: p.boolean(Inputs.newOnly, false),
    includeRules: p.list(Inputs.includeRules),
    excludeRules: p.list(Inputs.excludeRules),
    paths: p.multiline(Inputs.paths),
    pathsIgnore: p.multiline(Inputs.pathsIgnore),
    tools: p.list(Inputs.tools),
    allowlist: p.string(Inputs.allowlist),
    levelSeverityMap: readLevelMap(p),
    failOnInvalid: p.boolean(Inputs.failOnInvalid, true),
    asffOutput: p.string(Inputs.asffOutput),
    securityHubImport: p.boolean(Inputs.securityHubImport, false),
    reporting: readReportingInputs(p),
    upload: readUploadInputs(p),
    aws: readAwsInputs(p),
  };
}

/**
 * `fail-on: <floor>` sets the limit of that severity and every more severe one to 0 and of the
 * others to unlimited, replacing the defaults; a `max-*` given explicitly still wins for its
 * severity. `fail-on: none` makes every default unlimited.
 */
export function readThresholds(p: InputParser, failOn: Severity | 'none' | undefined): Thresholds {
  const floor = failOn === undefined || failOn === 'none' ? undefined : SEVERITIES.indexOf(failOn);
  const out = {} as Thresholds;
  for (const [i, severity] of SEVERITIES.entries()) {
    let fallback = DEFAULT_THRESHOLDS[severity];
    if (failOn === 'none') fallback = undefined;
    else if (floor !== undefined) fallback = i <= floor ? 0 : undefined;
    out[severity] = p.limit(MAX_INPUT[severity], fallback);
  }
  return out;
}

/** `error=high, warning=medium, note=low, none=note`; levels not named keep their default. */
export function readLevelMap(p: InputParser): LevelSeverityMap {
  const pairs = p.keyValues(Inputs.levelSeverityMap);
  const map: LevelSeverityMap = { ...DEFAULT_LEVEL_SEVERITY };
  for (const [level, severity] of Object.entries(pairs)) {
    const l = level.toLowerCase();
    const s = severity.toLowerCase();
    if (!(LEVELS as readonly string[]).includes(l)) {
      throw new ConfigurationError(
        `Input '${Inputs.levelSeverityMap}': unknown SARIF level '${level}'; use ${LEVELS.join(', ')}.`,
      );
    }
    if (!(SEVERITIES as readonly string[]).includes(s)) {
      throw new ConfigurationError(
        `Input '${Inputs.levelSeverityMap}': unknown severity '${severity}' for ${level}; use ${SEVERITIES.join(', ')}.`,
      );
    }
    map[l as Level] = s as Severity;
  }
  return map;
}
