import { FINDING_TYPES, type Finding, type FindingType, type ValidationReport } from './types.js';

export const DEFAULT_BLOCKING_TYPES: readonly FindingType[] = ['ERROR', 'SECURITY_WARNING'];
const BLOCKING_CHOICES = [...FINDING_TYPES, 'NONE'] as const;
export type BlockingChoice = (typeof BLOCKING_CHOICES)[number];

export class InvalidOptionError extends Error {
  override readonly name = 'InvalidOptionError';
}

/**
 * `--treat-finding-type-as-blocking`: trimmed, upper-cased, each item one of the four finding
 * types or NONE. NONE anywhere makes every finding non-blocking, as in the reference.
 */
export function parseBlockingTypes(values: readonly string[] | undefined): Set<FindingType> {
  if (values === undefined || values.length === 0) return new Set(DEFAULT_BLOCKING_TYPES);
  const items = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
  for (const item of items) {
    if (!(BLOCKING_CHOICES as readonly string[]).includes(item)) {
      throw new InvalidOptionError(
        `Invalid finding type '${item}' in treat-finding-type-as-blocking. Choose from ${BLOCKING_CHOICES.join(', ')}.`,
      );
    }
  }
  if (items.includes('NONE')) return new Set();
  if (items.length === 0) return new Set(DEFAULT_BLOCKING_TYPES);
  return new Set(items as FindingType[]);
}

interface IgnoreRule {
  resource?: string;
  code?: string;
  either?: string;
}

/** `X.Y` (split at the first dot) = resource X and code Y; a bare value matches resource or code. */
export function parseIgnoreRules(values: readonly string[] | undefined): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of (values ?? []).flatMap((v) => v.split(','))) {
    const value = raw.trim().toLowerCase();
    if (!value) continue;
    const dot = value.indexOf('.');
    if (dot === -1) rules.push({ either: value });
    else rules.push({ resource: value.slice(0, dot), code: value.slice(dot + 1) });
  }
  return rules;
}

export function isIgnored(finding: Finding, rules: readonly IgnoreRule[]): boolean {
  const resource = finding.resourceName.toLowerCase();
  const code = finding.code.toLowerCase();
  return rules.some((r) =>
    r.either !== undefined
      ? r.either === resource || r.either === code
      : r.resource === resource && r.code === code,
  );
}

const ARN_RULE = /^arn:aws[a-z0-9-]*:/;

/** The principal of an access-preview finding, as the reference picks it. */
function previewPrincipal(details: unknown): string | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const principal = (details as { principal?: Record<string, unknown> }).principal;
  if (!principal || typeof principal !== 'object') return undefined;
  for (const key of ['AWS', 'Federated', 'CanonicalUser']) {
    const value = principal[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * `--allow-external-principals`: ARN-shaped items must equal the principal ARN; other items are
 * account ids (matching the account field of an ARN principal) or exact non-ARN principals
 * (`*` allows anonymous access). Only EXTERNAL_PRINCIPAL findings are affected.
 */
export function isAllowedExternalPrincipal(finding: Finding, allowed: readonly string[]): boolean {
  if (finding.code !== 'EXTERNAL_PRINCIPAL' || allowed.length === 0) return false;
  const principal = previewPrincipal(finding.details);
  if (principal === undefined) return false;
  const arnRules = allowed.filter((a) => ARN_RULE.test(a));
  const valueRules = allowed.filter((a) => !ARN_RULE.test(a));
  if (principal.startsWith('arn:')) {
    if (arnRules.includes(principal)) return true;
    const account = principal.split(':')[4];
    return account !== undefined && valueRules.includes(account);
  }
  return valueRules.includes(principal);
}

/** Splits findings the way the reference reporter does; ignored findings go to neither list. */
export function buildReport(
  findings: readonly Finding[],
  options: {
    ignoreFinding?: readonly string[];
    blockingTypes: ReadonlySet<FindingType>;
    allowExternalPrincipals?: readonly string[];
  },
): ValidationReport {
  const rules = parseIgnoreRules(options.ignoreFinding);
  const allowed = (options.allowExternalPrincipals ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const report: ValidationReport = { BlockingFindings: [], NonBlockingFindings: [] };
  for (const type of FINDING_TYPES) {
    for (const finding of findings) {
      if (finding.findingType !== type) continue;
      if (isIgnored(finding, rules)) continue;
      if (isAllowedExternalPrincipal(finding, allowed)) continue;
      if (options.blockingTypes.has(type)) report.BlockingFindings.push(finding);
      else report.NonBlockingFindings.push(finding);
    }
  }
  return report;
}

export function exitCodeFor(report: ValidationReport): 0 | 2 {
  return report.BlockingFindings.length > 0 ? 2 : 0;
}
