import type { SourceLocation } from '../template/errors.js';
import type { TemplateFormat } from '../template/load-template.js';
import type { ExternalLookups } from './lookups.js';
import type { NestedTemplateResolver } from './nested-stacks.js';

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
  /**
   * Follow nested stacks (`AWS::CloudFormation::Stack` `TemplateURL`, SAM
   * `AWS::Serverless::Application` `Location`) whose template is a local file: the child is parsed
   * with the parameters the parent passes and its policies are added (tagged `nestedStack`).
   * Default: !referenceParity (the reference never follows them). Needs `extractExtraTypes`.
   */
  followNestedStacks?: boolean;
  /**
   * Build ARNs in AWS's documented formats where the reference's differ (log groups' `:*`,
   * EventBridge rules on custom buses, WAF scopes, IAM paths of groups and instance profiles,
   * Transfer/DataSync/Evidently account and region, Lambda version ARNs...) and name resources
   * after their name property as deployed (e.g. `table/<TableName>`), so that
   * check-access-not-granted `--resources` lists match. Default false: the reference's ARNs, which
   * conformance cases expect. Ignored with referenceParity.
   */
  documentedArns?: boolean;
  /** Fn::GetAZs answers per region (default `<region>a`, `<region>b`, `<region>c`). */
  availabilityZones?: Record<string, string[]>;
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
  /**
   * Reads nested stack templates (default: the local file relative to `file`'s directory, see
   * `fileSystemNestedTemplates`). Return undefined when there is no such template.
   */
  resolveNestedTemplate?: NestedTemplateResolver;
  /** @internal Files of the parent templates while following nested stacks (cycle guard). */
  nestedChain?: string[];
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
  /**
   * Set when the policy comes from a followed nested stack: the nested stack's logical id in the
   * parent (`Outer/Inner` when nested deeper). `location.file` is then the child template.
   */
  nestedStack?: string;
}

export interface NotChecked {
  resource: string;
  type: string;
  reason: string;
  location: SourceLocation;
  cdkPath?: string;
  /** Logical id (path) of the followed nested stack it comes from, if any. */
  nestedStack?: string;
}

export interface SkippedResource {
  resource: string;
  type: string;
  reason: string;
  location: SourceLocation;
  /** Logical id (path) of the followed nested stack it comes from, if any. */
  nestedStack?: string;
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
