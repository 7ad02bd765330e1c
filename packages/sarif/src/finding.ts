import type { Severity } from '@devsecops-gates/action-kit';
import type { Level } from './types.js';

/** One SARIF result after severity resolution, suppression, filters and baseline. */
export interface Finding {
  /** SARIF file it came from (as displayed). */
  source: string;
  runIndex: number;
  resultIndex: number;
  tool: string;
  ruleId: string | undefined;
  /** Rule `shortDescription` or `name`, for reports. */
  ruleTitle: string | undefined;
  helpUri: string | undefined;
  level: Level;
  severity: Severity;
  severitySource: 'security-severity' | 'level';
  score: number | undefined;
  message: string;
  path: string | undefined;
  startLine: number | undefined;
  startColumn: number | undefined;
  endLine: number | undefined;
  endColumn: number | undefined;
  /** `suppressions` in the SARIF, or an allowlist entry. */
  suppressed: boolean;
  suppressedBy: 'sarif' | 'allowlist' | undefined;
  /** The allowlist reason when suppressedBy is `allowlist`. */
  suppressionReason: string | undefined;
  baselineState: string | undefined;
  /** `partialFingerprints` with string values (for ASFF ids and baselines). */
  fingerprints: Record<string, string>;
  /** The rule's `properties.tags`. */
  tags: string[] | undefined;
  /** Not in the baseline (or `baselineState: new`); true when there is no baseline information. */
  isNew: boolean;
  /** Counts against the thresholds: not suppressed, and new when only new results count. */
  counted: boolean;
}

/** Sort key: most severe first (4 critical … 0 note). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  note: 0,
};
