import { SEVERITIES, type Severity, type Verdict } from '@devsecops-gates/action-kit';
import type { SeverityCounts } from '@devsecops-gates/sarif/core';
import type { Thresholds } from './inputs.js';

export interface Breach {
  severity: Severity;
  count: number;
  limit: number;
}

export interface GateDecision {
  verdict: Verdict;
  breaches: Breach[];
  /** Problems that fail the gate on their own (invalid SARIF when fail-on-invalid). */
  blockingProblems: string[];
}

/**
 * The verdict, as a value: fail when any severity's count is over its limit, or when a SARIF
 * input could not be evaluated and `failOnInvalid` is set (a file the gate cannot read must not
 * pass the build).
 */
export function decide(
  counts: SeverityCounts,
  thresholds: Thresholds,
  problems: readonly string[],
  failOnInvalid: boolean,
): GateDecision {
  const breaches: Breach[] = [];
  for (const severity of SEVERITIES) {
    const limit = thresholds[severity];
    if (limit !== undefined && counts[severity] > limit)
      breaches.push({ severity, count: counts[severity], limit });
  }
  const blockingProblems = failOnInvalid ? [...problems] : [];
  const reasons: string[] = [];
  if (breaches.length > 0) reasons.push(breaches.map(describeBreach).join(', '));
  if (blockingProblems.length > 0) {
    reasons.push(
      `${blockingProblems.length} SARIF input${blockingProblems.length === 1 ? '' : 's'} could not be evaluated (fail-on-invalid)`,
    );
  }
  return {
    verdict:
      reasons.length > 0 ? { status: 'fail', reason: reasons.join('; ') } : { status: 'pass' },
    breaches,
    blockingProblems,
  };
}

export function describeBreach(b: Breach): string {
  return `${b.count} ${b.severity} finding${b.count === 1 ? '' : 's'} (max ${b.limit})`;
}
