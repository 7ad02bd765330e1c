import type { Severity } from '@devsecops-gates/action-kit';

export type SeverityLabel = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

/**
 * One to one, so Security Hub counts what the gate counts. contracts.md §7.5 suggests SARIF
 * `note` → LOW, but the gate folds `note` and `none` into its lowest bucket `note`, and `low`
 * only ever comes from a security-severity in (0, 4): mapping `note` to INFORMATIONAL keeps the
 * two severities distinguishable after a round trip (ASFF → SARIF maps LOW back to `low`).
 */
const LABEL_OF: Record<Severity, SeverityLabel> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  note: 'INFORMATIONAL',
};

export function severityLabel(severity: Severity): SeverityLabel {
  return LABEL_OF[severity];
}

/** Security Hub's own Normalized bands per label (Severity docs): [min, max, default]. */
const NORMALIZED_BAND: Record<SeverityLabel, readonly [number, number]> = {
  INFORMATIONAL: [0, 0],
  LOW: [1, 39],
  MEDIUM: [40, 69],
  HIGH: [70, 89],
  CRITICAL: [90, 100],
};

/**
 * `Normalized` for a label. With a CVSS-like security-severity the score keeps its resolution
 * (7.5 → 75), clamped into the label's band so Label and Normalized never disagree; without one
 * it is the value Security Hub itself fills in for the label (0/1/40/70/90).
 */
export function normalizedSeverity(label: SeverityLabel, securitySeverity?: number): number {
  const [min, max] = NORMALIZED_BAND[label];
  if (securitySeverity === undefined || !Number.isFinite(securitySeverity)) return min;
  return Math.min(max, Math.max(min, Math.floor(securitySeverity * 10 + 1e-9)));
}

export function labelFromNormalized(normalized: number): SeverityLabel {
  if (normalized >= 90) return 'CRITICAL';
  if (normalized >= 70) return 'HIGH';
  if (normalized >= 40) return 'MEDIUM';
  if (normalized >= 1) return 'LOW';
  return 'INFORMATIONAL';
}

export function isSeverityLabel(value: unknown): value is SeverityLabel {
  return typeof value === 'string' && value in NORMALIZED_BAND;
}

/** ASFF label → SARIF level (contracts.md §7.5). */
export function levelFromLabel(label: SeverityLabel): 'error' | 'warning' | 'note' {
  switch (label) {
    case 'CRITICAL':
    case 'HIGH':
      return 'error';
    case 'MEDIUM':
      return 'warning';
    default:
      return 'note';
  }
}

/** Representative security-severity per label, inside GitHub's buckets (contracts.md §7.5). */
const REPRESENTATIVE_SCORE: Record<Exclude<SeverityLabel, 'INFORMATIONAL'>, number> = {
  CRITICAL: 9.5,
  HIGH: 8.0,
  MEDIUM: 5.5,
  LOW: 2.0,
};

/**
 * security-severity for a label; undefined for INFORMATIONAL (GitHub then uses the level, and
 * the gate counts it as `note`). A Normalized value inside the label's band keeps its
 * resolution, except exactly 90: GitHub documents critical as "over 9.0", so 9.0 is ambiguous.
 */
export function securitySeverityFromLabel(
  label: SeverityLabel,
  normalized?: number,
): number | undefined {
  if (label === 'INFORMATIONAL') return undefined;
  if (normalized !== undefined && Number.isFinite(normalized)) {
    const [min, max] = NORMALIZED_BAND[label];
    if (normalized >= min && normalized <= max && normalized !== 90)
      return Math.round(normalized) / 10;
  }
  return REPRESENTATIVE_SCORE[label];
}
