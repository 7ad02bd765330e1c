import {
  CheckAccessNotGrantedCommand,
  CheckNoNewAccessCommand,
  CheckNoPublicAccessCommand,
  type Access,
  type AccessCheckPolicyType,
  type AccessCheckResourceType,
} from '@aws-sdk/client-accessanalyzer';
import { canonicalJson, limiterFor, plainJson, type AnalyzerContext } from './analyzer-context.js';
import type { Limiter } from './concurrency.js';
import { AnalysisError, errorText, serviceErrorInfo } from './errors.js';
import { statementLocation } from './locate.js';
import { buildReport, exitCodeFor, InvalidOptionError } from './report.js';
import type {
  CheckCommand,
  CommandResult,
  Finding,
  FindingType,
  NotCheckedItem,
  PolicyToCheck,
} from './types.js';
import { resourceNameOf } from './validate.js';

export interface CheckReportingOptions {
  ignoreFinding?: string[];
  /** `--treat-findings-as-non-blocking`. */
  treatFindingsAsNonBlocking?: boolean;
  notChecked?: NotCheckedItem[];
}

type Operation = 'CheckNoNewAccess' | 'CheckAccessNotGranted' | 'CheckNoPublicAccess';

interface CheckResponse {
  result?: string;
  message?: string;
  reasons?: { statementIndex?: number }[];
}

type CallOutcome =
  | { ok: true; response: Record<string, unknown> & CheckResponse }
  | { ok: false; code: string; message: string };

const ALL_TYPES: readonly FindingType[] = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'];

/** The resource types check-no-public-access covers (the reference list), plus trust policies. */
export const PUBLIC_ACCESS_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'AWS::KMS::Key',
  'AWS::Lambda::Function',
  'AWS::S3::Bucket',
  'AWS::S3::AccessPoint',
  'AWS::SecretsManager::Secret',
  'AWS::SNS::Topic',
  'AWS::SQS::Queue',
  'AWS::S3Tables::TableBucket',
  'AWS::ApiGateway::RestApi',
  'AWS::CodeArtifact::Domain',
  'AWS::CloudTrail::Dashboard',
  'AWS::CloudTrail::EventDataStore',
  'AWS::S3Express::AccessPoint',
  'AWS::Backup::BackupVault',
]);

const hasDocument = (p: PolicyToCheck): boolean => p.document !== null && p.document !== undefined;
/** Identity checks skip orphaned policies, as the reference does (see DECISIONS.md). */
const attachedIdentity = (p: PolicyToCheck): boolean =>
  p.policy_type === 'identity' && !!p.attached_to?.type;

class CheckRunner {
  calls = 0;
  private readonly cache = new Map<string, Promise<CallOutcome>>();
  private readonly limiter: Limiter;

  constructor(
    private readonly ctx: AnalyzerContext,
    private readonly operation: Operation,
  ) {
    this.limiter = limiterFor(ctx);
  }

  call(key: string, send: () => Promise<unknown>): Promise<CallOutcome> {
    let pending = this.cache.get(key);
    if (!pending) {
      this.calls++;
      pending = this.limiter.run(send).then(
        (response) => ({
          ok: true as const,
          response: plainJson(response) as Record<string, unknown> & CheckResponse,
        }),
        (error: unknown) => {
          const info = serviceErrorInfo(error);
          // 4xx = this policy cannot be checked (an ERROR finding); anything else aborts the run.
          if (
            info &&
            info.httpStatus !== undefined &&
            info.httpStatus >= 400 &&
            info.httpStatus < 500
          ) {
            return { ok: false as const, code: info.code, message: info.message };
          }
          throw new AnalysisError(`${this.operation} failed: ${errorText(error)}`, {
            cause: error,
          });
        },
      );
      this.cache.set(key, pending);
    }
    return pending;
  }

  get client(): AnalyzerContext['client'] {
    return this.ctx.client;
  }
}

function failFinding(
  operation: Operation,
  policy: PolicyToCheck,
  response: CheckResponse & Record<string, unknown>,
): Finding {
  const location = statementLocation(policy, response.reasons?.[0]?.statementIndex);
  return {
    findingType: 'SECURITY_WARNING',
    code: `policy-analysis-${operation}`,
    message: response.message ?? null,
    resourceName: resourceNameOf(policy),
    policyName: policy.policy_name,
    details: response,
    ...(location ? { location } : {}),
  };
}

function errorFinding(
  operation: Operation,
  policy: PolicyToCheck,
  code: string,
  details: Record<string, unknown>,
): Finding {
  return {
    findingType: 'ERROR',
    code: `policy-analysis-${operation}${code}`,
    message: null,
    resourceName: resourceNameOf(policy),
    policyName: policy.policy_name,
    details,
    ...(policy.location ? { location: policy.location } : {}),
  };
}

function finish(
  command: CheckCommand,
  findings: Finding[],
  checked: number,
  calls: number,
  options: CheckReportingOptions,
): CommandResult {
  const report = buildReport(findings, {
    blockingTypes: new Set(options.treatFindingsAsNonBlocking ? [] : ALL_TYPES),
    ...(options.ignoreFinding ? { ignoreFinding: options.ignoreFinding } : {}),
  });
  return {
    command,
    report,
    exitCode: exitCodeFor(report),
    policiesChecked: checked,
    apiCalls: calls,
    notChecked: options.notChecked ?? [],
  };
}

async function simpleCheck(
  runner: CheckRunner,
  operation: Operation,
  selected: { policy: PolicyToCheck; key: string; send: () => Promise<unknown> }[],
): Promise<Finding[]> {
  const outcomes = await Promise.all(selected.map((s) => runner.call(s.key, s.send)));
  const findings: Finding[] = [];
  selected.forEach(({ policy }, i) => {
    const outcome = outcomes[i]!;
    if (!outcome.ok) {
      findings.push(
        errorFinding(operation, policy, outcome.code, {
          Error: { Code: outcome.code, Message: outcome.message },
        }),
      );
    } else if (outcome.response.result !== 'PASS') {
      findings.push(failFinding(operation, policy, outcome.response));
    }
  });
  return findings;
}

export type ReferencePolicyType = 'identity' | 'resource';

export function parseReferencePolicyType(value: string): ReferencePolicyType {
  const lower = value.trim().toLowerCase();
  if (lower === 'identity' || lower === 'resource') return lower;
  throw new InvalidOptionError(
    "Invalid reference policy type specified. Please specify 'identity' or 'resource'",
  );
}

/**
 * check-no-new-access: `identity` compares every attached identity policy, `resource` every
 * resource and trust policy, against the reference policy text (sent verbatim).
 */
export async function checkNoNewAccess(
  policies: readonly PolicyToCheck[],
  ctx: AnalyzerContext,
  options: CheckReportingOptions & { referencePolicy: string; referencePolicyType: string },
): Promise<CommandResult> {
  const type = parseReferencePolicyType(options.referencePolicyType);
  const policyType: AccessCheckPolicyType =
    type === 'identity' ? 'IDENTITY_POLICY' : 'RESOURCE_POLICY';
  const selected = policies.filter((p) =>
    type === 'identity'
      ? attachedIdentity(p)
      : (p.policy_type === 'resource' || p.policy_type === 'trust') && hasDocument(p),
  );
  const runner = new CheckRunner(ctx, 'CheckNoNewAccess');
  const findings = await simpleCheck(
    runner,
    'CheckNoNewAccess',
    selected.map((policy) => ({
      policy,
      key: canonicalJson(policy.document),
      send: () =>
        runner.client.send(
          new CheckNoNewAccessCommand({
            policyType,
            existingPolicyDocument: options.referencePolicy,
            newPolicyDocument: JSON.stringify(policy.document),
          }),
        ),
    })),
  );
  return finish('check-no-new-access', findings, selected.length, runner.calls, options);
}

/** check-no-public-access over the supported resource types and role trust policies. */
export async function checkNoPublicAccess(
  policies: readonly PolicyToCheck[],
  ctx: AnalyzerContext,
  options: CheckReportingOptions = {},
): Promise<CommandResult> {
  const selected: { policy: PolicyToCheck; resourceType: AccessCheckResourceType }[] = [];
  for (const policy of policies) {
    if (!hasDocument(policy)) continue;
    if (policy.policy_type === 'trust')
      selected.push({ policy, resourceType: 'AWS::IAM::AssumeRolePolicyDocument' });
    else if (
      policy.policy_type === 'resource' &&
      policy.resource &&
      PUBLIC_ACCESS_RESOURCE_TYPES.has(policy.resource.type)
    ) {
      selected.push({ policy, resourceType: policy.resource.type as AccessCheckResourceType });
    }
  }
  const runner = new CheckRunner(ctx, 'CheckNoPublicAccess');
  const findings = await simpleCheck(
    runner,
    'CheckNoPublicAccess',
    selected.map(({ policy, resourceType }) => ({
      policy,
      key: `${resourceType}|${canonicalJson(policy.document)}`,
      send: () =>
        runner.client.send(
          new CheckNoPublicAccessCommand({
            policyDocument: JSON.stringify(policy.document),
            resourceType,
          }),
        ),
    })),
  );
  return finish('check-no-public-access', findings, selected.length, runner.calls, options);
}

export const MAX_ACCESS_ITEMS = 100;

/** Validates `--actions` / `--resources` the way the reference CLI does before any call. */
export function accessInputs(
  actions: readonly string[] = [],
  resources: readonly string[] = [],
): Access[] {
  if (actions.length === 0 && resources.length === 0) {
    throw new InvalidOptionError('At least one of --actions or --resources must be specified.');
  }
  if (resources.length > MAX_ACCESS_ITEMS) {
    throw new InvalidOptionError(
      `--resources accepts at most ${MAX_ACCESS_ITEMS} resources, got ${resources.length}.`,
    );
  }
  // CheckAccessNotGranted takes at most 100 actions per call, so larger lists are split (the
  // reference repeats the whole list instead, which the service rejects).
  if (actions.length <= MAX_ACCESS_ITEMS) {
    return [
      {
        ...(actions.length ? { actions: [...actions] } : {}),
        ...(resources.length ? { resources: [...resources] } : {}),
      },
    ];
  }
  const batches: Access[] = [];
  for (let i = 0; i < actions.length; i += MAX_ACCESS_ITEMS) {
    batches.push({
      actions: actions.slice(i, i + MAX_ACCESS_ITEMS),
      ...(resources.length ? { resources: [...resources] } : {}),
    });
  }
  return batches;
}

/** check-access-not-granted over attached identity, resource and trust policies. */
export async function checkAccessNotGranted(
  policies: readonly PolicyToCheck[],
  ctx: AnalyzerContext,
  options: CheckReportingOptions & { actions?: string[]; resources?: string[] },
): Promise<CommandResult> {
  const batches = accessInputs(options.actions, options.resources);
  const selected = policies.filter(
    (p) =>
      attachedIdentity(p) ||
      ((p.policy_type === 'resource' || p.policy_type === 'trust') && hasDocument(p)),
  );
  const runner = new CheckRunner(ctx, 'CheckAccessNotGranted');
  const op = 'CheckAccessNotGranted' as const;
  const perPolicy = await Promise.all(
    selected.map(async (policy) => {
      const findings: Finding[] = [];
      const policyType: AccessCheckPolicyType =
        policy.policy_type === 'identity' ? 'IDENTITY_POLICY' : 'RESOURCE_POLICY';
      const docKey = canonicalJson(policy.document);
      const outcomes = await Promise.all(
        batches.map((access) =>
          runner.call(`${policyType}|${docKey}|${canonicalJson(access)}`, () =>
            runner.client.send(
              new CheckAccessNotGrantedCommand({
                policyDocument: JSON.stringify(policy.document),
                policyType,
                access: [access],
              }),
            ),
          ),
        ),
      );
      const failedReasons: Record<string, unknown>[] = [];
      let failMessage: string | undefined;
      outcomes.forEach((outcome, i) => {
        const accessInput = [batches[i]!];
        if (!outcome.ok) {
          findings.push(
            errorFinding(op, policy, outcome.code, {
              Error: { Code: outcome.code, Message: outcome.message },
              accessInput,
            }),
          );
        } else if (outcome.response.result !== 'PASS') {
          failMessage ??= outcome.response.message;
          for (const reason of outcome.response.reasons ?? [])
            failedReasons.push({ ...reason, accessInput });
        }
      });
      if (failMessage !== undefined || failedReasons.length > 0) {
        findings.push(
          failFinding(op, policy, { result: 'FAIL', reasons: failedReasons, message: failMessage }),
        );
      }
      return findings;
    }),
  );
  return finish(
    'check-access-not-granted',
    perPolicy.flat(),
    selected.length,
    runner.calls,
    options,
  );
}
