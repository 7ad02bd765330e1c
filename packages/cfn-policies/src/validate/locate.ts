import type { PolicyToCheck, FindingLocation } from './types.js';

/** The template location of statement `index` of a policy, else of the policy itself. */
export function statementLocation(
  policy: PolicyToCheck,
  index: number | undefined,
): FindingLocation | undefined {
  if (index !== undefined && Number.isInteger(index)) {
    const found = policy.statementLocations?.[index];
    if (found) return found;
  }
  return policy.location;
}

/**
 * The statement a ValidatePolicy finding points at: its first location's path starts
 * `[{value: 'Statement'}, {index: n}]` (or just `Statement` for a single-object statement).
 */
export function statementIndexOfFinding(finding: {
  locations?: { path?: unknown[] }[];
}): number | undefined {
  const path = finding.locations?.[0]?.path;
  if (!Array.isArray(path) || path.length === 0) return undefined;
  const first = path[0] as { value?: unknown } | undefined;
  if (first?.value !== 'Statement') return undefined;
  const second = path[1] as { index?: unknown } | undefined;
  return typeof second?.index === 'number' ? second.index : 0;
}
