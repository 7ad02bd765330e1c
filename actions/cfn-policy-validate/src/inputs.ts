import {
  readAwsInputs,
  readReportingInputs,
  readUploadInputs,
  type AwsInputs,
  type InputParser,
  type ReportingInputs,
  type UploadInputs,
} from '@devsecops-gates/action-kit';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import { DEFAULT_CONCURRENCY, parseBlockingTypes } from '@devsecops-gates/cfn-policies';

export const CHECK_TYPES = [
  'validate',
  'check-no-new-access',
  'check-access-not-granted',
  'check-no-public-access',
] as const;
export type CheckType = (typeof CHECK_TYPES)[number];

export interface CfnInputs {
  /** Which reference command the action runs (default `validate`). */
  policyCheckType: CheckType;
  /** check-no-new-access: path of the reference policy and its type. */
  referencePolicy: string | undefined;
  referencePolicyType: 'identity' | 'resource' | undefined;
  /** check-access-not-granted. */
  actions: string[];
  resources: string[];
  /** The check commands' `--treat-findings-as-non-blocking`. */
  treatFindingsAsNonBlocking: boolean;
  /** Template files or globs, one per line. */
  templatePaths: string[];
  /** `Key=Value` items (one per line, or several separated by spaces on a line). */
  parameters: string[];
  templateConfigurationFile: string | undefined;
  ignoreFinding: string[];
  treatFindingTypeAsBlocking: string[];
  allowExternalPrincipals: string[];
  excludeResourceTypes: string[];
  allowDynamicRefWithoutVersion: boolean;
  concurrency: number;
  /** Skip STS GetCallerIdentity when both are given. */
  accountId: string | undefined;
  partition: string | undefined;
  aws: AwsInputs;
  reporting: ReportingInputs;
  upload: UploadInputs;
}

export const DEFAULT_BLOCKING = 'ERROR,SECURITY_WARNING';

/** Space-separated `K=V` tokens on a line are split, as the reference's `--parameters A=1 B=2`. */
function parameterItems(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const tokens = line.split(/\s+/).filter(Boolean);
    return tokens.length > 1 && tokens.every((t) => t.indexOf('=') > 0) ? tokens : [line];
  });
}

export function readInputs(p: InputParser): CfnInputs {
  const treatFindingTypeAsBlocking = p
    .withDefault('treat-finding-type-as-blocking', DEFAULT_BLOCKING)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    parseBlockingTypes(treatFindingTypeAsBlocking);
  } catch (error) {
    throw new ConfigurationError(
      `Input 'treat-finding-type-as-blocking': ${(error as Error).message}`,
    );
  }
  const accountId = p.string('account-id');
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) {
    throw new ConfigurationError(
      `Input 'account-id' must be a 12-digit AWS account id, got '${accountId}'.`,
    );
  }
  const partition = p.string('partition');
  if (partition !== undefined && !/^aws(-[a-z]+)*$/.test(partition)) {
    throw new ConfigurationError(
      `Input 'partition' must be an AWS partition such as aws, aws-cn or aws-us-gov, got '${partition}'.`,
    );
  }
  const policyCheckType = p.oneOf('policy-check-type', CHECK_TYPES, 'validate');
  const referencePolicy = p.string('reference-policy');
  const referencePolicyType = p.oneOf('reference-policy-type', ['identity', 'resource'] as const);
  if (policyCheckType === 'check-no-new-access' && (!referencePolicy || !referencePolicyType)) {
    throw new ConfigurationError(
      "policy-check-type 'check-no-new-access' needs the inputs 'reference-policy' and 'reference-policy-type'.",
    );
  }
  const actions = p.list('actions');
  const resources = p.list('resources');
  if (
    policyCheckType === 'check-access-not-granted' &&
    actions.length === 0 &&
    resources.length === 0
  ) {
    throw new ConfigurationError(
      "policy-check-type 'check-access-not-granted' needs at least one of the inputs 'actions' or 'resources'.",
    );
  }
  return {
    policyCheckType,
    referencePolicy,
    referencePolicyType,
    actions,
    resources,
    treatFindingsAsNonBlocking: p.boolean('treat-findings-as-non-blocking', false),
    templatePaths:
      p.multiline('template-path').length > 0
        ? p.multiline('template-path')
        : [p.required('template-path')],
    parameters: parameterItems(p.multiline('parameters')),
    templateConfigurationFile: p.string('template-configuration-file'),
    ignoreFinding: p.list('ignore-finding'),
    treatFindingTypeAsBlocking,
    allowExternalPrincipals: p.list('allow-external-principals'),
    excludeResourceTypes: p.list('exclude-resource-types'),
    allowDynamicRefWithoutVersion: p.boolean('allow-dynamic-ref-without-version', false),
    concurrency: p.integer('concurrency', { min: 1, max: 50, fallback: DEFAULT_CONCURRENCY }),
    accountId,
    partition,
    aws: readAwsInputs(p),
    reporting: readReportingInputs(p),
    upload: readUploadInputs(p),
  };
}
