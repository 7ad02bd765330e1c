/**
 * The parts of an extracted policy (extract/API.md `ExtractedPolicy`) validation needs. Declared
 * structurally so validation does not depend on extraction internals.
 */
export interface FindingLocation {
  file: string;
  path: string;
  line: number;
  column: number;
}

export interface PolicyToCheck {
  policy_type: 'identity' | 'trust' | 'resource';
  attached_to?: { type: string | null; name: string | null; path: string | null };
  resource?: { name: string; type: string; configuration?: Record<string, unknown> };
  policy_name: string;
  is_aws_managed?: boolean;
  document: unknown;
  location?: FindingLocation;
  statementLocations?: FindingLocation[];
}

/** A policy-bearing resource that was found but not validated, and why. */
export interface NotCheckedItem {
  resource: string;
  type: string;
  reason: string;
  location?: FindingLocation;
}

export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';
export const FINDING_TYPES: readonly FindingType[] = [
  'ERROR',
  'SECURITY_WARNING',
  'WARNING',
  'SUGGESTION',
];

/**
 * One finding in the reference's report shape, plus where it is in the template. `location` is
 * our addition (the reference has none); consumers of the reference JSON ignore unknown keys.
 */
export interface Finding {
  findingType: FindingType;
  code: string;
  message: string | null;
  resourceName: string;
  policyName: string;
  details: unknown;
  location?: FindingLocation;
}

/** `{BlockingFindings, NonBlockingFindings}` exactly as the reference prints it. */
export interface ValidationReport {
  BlockingFindings: Finding[];
  NonBlockingFindings: Finding[];
}

export type CheckCommand =
  'validate' | 'check-no-new-access' | 'check-access-not-granted' | 'check-no-public-access';

export interface ReportingOptions {
  /** `--ignore-finding` items: `Resource.Code`, or a bare resource name or code. */
  ignoreFinding?: string[];
  /** `--treat-finding-type-as-blocking`; default ERROR, SECURITY_WARNING; `NONE` disables. */
  treatFindingTypeAsBlocking?: string[];
  /** `--allow-external-principals`: account ids, ARNs, or other principal values. */
  allowExternalPrincipals?: string[];
  /** `--treat-findings-as-non-blocking` (check commands only). */
  treatFindingsAsNonBlocking?: boolean;
}

/** The result of one command: the report, its exit code, and what could not be checked. */
export interface CommandResult {
  command: CheckCommand;
  report: ValidationReport;
  /** 0 no blocking findings, 2 blocking findings (errors throw instead of returning 1). */
  exitCode: 0 | 2;
  /** How many policies were sent to Access Analyzer (after de-duplication: `apiCalls`). */
  policiesChecked: number;
  apiCalls: number;
  notChecked: NotCheckedItem[];
}
