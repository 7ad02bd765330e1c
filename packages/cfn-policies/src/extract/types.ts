import type { SourceLocation } from '../template/errors.js';
import type { TemplateFormat } from '../template/load-template.js';
import type { ExternalLookups } from './lookups.js';

export interface ExtractOptions {
  /** Exact, case-sensitive types whose resources are not parsed at all. */
  excludeResourceTypes?: string[];
  /** Allow `{{resolve:ssm:name}}` without a version (default false). */
  allowDynamicRefWithoutVersion?: boolean;
  /**
   * true => reproduce the reference tool exactly (every deliberate divergence of DECISIONS.md is
   * switched off). Default false. Individual switches below override it.
   */
  referenceParity?: boolean;
  /** Fall back to a parameter's Default; split List parameters; resolve SSM-typed parameters. */
  useParameterDefaults?: boolean;
  /** Skip resources whose `Condition` evaluates to false (listed in `skipped`). */
  skipResourcesWithFalseCondition?: boolean;
  /** Extract policy types the reference ignores (ECR, EventBridge, Logs, OpenSearch, SAM, ...). */
  extractExtraTypes?: boolean;
}

export interface ExtractInput {
  text: string;
  /** Display name used in errors and locations. */
  file: string;
  format?: TemplateFormat;
  /** `--parameters Key=Value` values (already merged with template-configuration files). */
  parameters?: Record<string, string | string[]>;
  accountId: string;
  region: string;
  partition: string;
  options?: ExtractOptions;
  lookups: ExternalLookups;
}

export type PrincipalType = 'Role' | 'User' | 'Group' | 'PermissionSet';

/** One extracted policy, in the corpus `expected.policies` item shape plus location extras. */
export interface ExtractedPolicy {
  policy_type: 'identity' | 'trust' | 'resource';
  attached_to?: { type: PrincipalType | null; name: string | null; path: string | null };
  resource?: { name: string; type: string; configuration?: Record<string, unknown> };
  policy_name: string;
  policy_path?: string;
  is_aws_managed?: boolean;
  document: unknown;
  /** Not part of the corpus comparison: where the policy document is in the template. */
  location: SourceLocation;
  /** One per element of `document.Statement` (same order). */
  statementLocations: SourceLocation[];
  /** Logical id of the resource that produced the policy. */
  logicalId: string;
  /** CDK construct path (`Metadata.aws:cdk:path`) when present. */
  cdkPath?: string;
}

export interface NotChecked {
  resource: string;
  type: string;
  reason: string;
  location: SourceLocation;
  cdkPath?: string;
}

export interface SkippedResource {
  resource: string;
  type: string;
  reason: string;
  location: SourceLocation;
}

export interface ParseOutputPolicy {
  Name: string;
  Policy: unknown;
  Path: string;
  IsAWSManagedPolicy: boolean;
}

export interface ParseOutput {
  Region: string;
  Account: string;
  Partition: string;
  Roles: {
    RoleName: string;
    RolePath: string;
    TrustPolicy: unknown;
    Policies: ParseOutputPolicy[];
  }[];
  PermissionSets: { Name: string; Policies: ParseOutputPolicy[] }[];
  Users: { UserName: string; UserPath: string; Policies: ParseOutputPolicy[] }[];
  Groups: { GroupName: string; GroupPath: string; Policies: ParseOutputPolicy[] }[];
  Resources: {
    ResourceName: string;
    ResourceType: string;
    Policy: ParseOutputPolicy;
    Configuration?: Record<string, unknown>;
  }[];
  OrphanedPolicies: ParseOutputPolicy[];
}

export interface ExtractionResult {
  file: string;
  format: TemplateFormat;
  parseOutput: ParseOutput;
  /** Order: orphaned, roles (trust then identity), users, groups, permission sets, resources. */
  policies: ExtractedPolicy[];
  /** Policy-bearing things that are NOT validated, with the reason. Never silently dropped. */
  notChecked: NotChecked[];
  /** Resources left out on purpose (false Condition). */
  skipped: SkippedResource[];
}

export type { ExternalLookups };
