import {
  CreateAccessPreviewCommand,
  CreateAnalyzerCommand,
  GetAccessPreviewCommand,
  ListAccessPreviewFindingsCommand,
  ListAnalyzersCommand,
  ValidatePolicyCommand,
  type AccessPreviewFinding,
  type ValidatePolicyFinding,
  type ValidatePolicyResourceType,
} from '@aws-sdk/client-accessanalyzer';
import { randomUUID } from 'node:crypto';
import {
  canonicalJson,
  defaultSleep,
  limiterFor,
  plainJson,
  type AnalyzerContext,
} from './analyzer-context.js';
import type { Limiter } from './concurrency.js';
import { AnalysisError, botocoreMessage, errorText, serviceErrorInfo } from './errors.js';
import { statementIndexOfFinding, statementLocation } from './locate.js';
import {
  referencePolicySize,
  policySizeMessage,
  VALIDATE_POLICY_MAX_CHARS,
} from './policy-size.js';
import {
  isPreviewed,
  previewTarget,
  PreviewConfigurationError,
  type PreviewTarget,
} from './preview-config.js';
import { buildReport, exitCodeFor, parseBlockingTypes } from './report.js';
import type {
  CommandResult,
  Finding,
  FindingType,
  NotCheckedItem,
  PolicyToCheck,
  ReportingOptions,
} from './types.js';

export const ANALYZER_NAME = 'AnalyzerCreatedByCfnIAMPolicyValidator';
const NO_RESOURCE = 'No resource attached';

/** Which ValidatePolicy parameters a policy gets (reference section 7). */
export function validatePolicyParameters(policy: PolicyToCheck): {
  policyType: 'IDENTITY_POLICY' | 'RESOURCE_POLICY';
  validatePolicyResourceType?: ValidatePolicyResourceType;
} {
  if (policy.policy_type === 'identity') return { policyType: 'IDENTITY_POLICY' };
  if (policy.policy_type === 'trust') {
    return {
      policyType: 'RESOURCE_POLICY',
      validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument',
    };
  }
  const type = policy.resource?.type;
  if (
    type === 'AWS::S3::Bucket' ||
    type === 'AWS::S3::AccessPoint' ||
    type === 'AWS::S3::MultiRegionAccessPoint'
  ) {
    return { policyType: 'RESOURCE_POLICY', validatePolicyResourceType: type };
  }
  return { policyType: 'RESOURCE_POLICY' };
}

/** The principal or resource a finding is reported against, as the reference names it. */
export function resourceNameOf(policy: PolicyToCheck): string {
  if (policy.policy_type === 'resource') return policy.resource?.name ?? NO_RESOURCE;
  return policy.attached_to?.name ?? NO_RESOURCE;
}

function syntheticFinding(
  policy: PolicyToCheck,
  findingType: FindingType,
  code: string,
  message: string,
): Finding {
  return {
    findingType,
    code,
    message,
    resourceName: resourceNameOf(policy),
    policyName: policy.policy_name,
    details: { findingType, findingDetails: message, issueCode: code },
    ...(policy.location ? { location: policy.location } : {}),
  };
}

export interface ValidateOptions extends ReportingOptions {
  /** Already-known items that could not be checked (from extraction), carried into the result. */
  notChecked?: NotCheckedItem[];
}

/**
 * The reference `validate` command over extracted policies: ValidatePolicy for every policy
 * (identical documents once) and access previews for the previewed resource kinds, with bounded
 * concurrency. Throws AnalysisError where the reference exits 1.
 */
export async function validatePolicies(
  policies: readonly PolicyToCheck[],
  ctx: AnalyzerContext,
  options: ValidateOptions = {},
): Promise<CommandResult> {
  const blockingTypes = parseBlockingTypes(options.treatFindingTypeAsBlocking);
  const limiter = limiterFor(ctx);
  const notChecked: NotCheckedItem[] = [...(options.notChecked ?? [])];
  const validator = new PolicyValidator(ctx, limiter);
  const previews = new PreviewRunner(ctx, limiter);

  const perPolicy = await Promise.all(
    policies.map(async (policy) => {
      const findings: Finding[] = [];
      const previewPromise = isPreviewed(policy) ? previews.start(policy) : undefined;
      // Don't let a failed preview go unobserved while ValidatePolicy is still running.
      previewPromise?.catch(() => undefined);
      let hadError = false;
      if (policy.document !== null && policy.document !== undefined) {
        const size = referencePolicySize(policy.document);
        if (size >= VALIDATE_POLICY_MAX_CHARS) {
          if (policy.is_aws_managed) {
            notChecked.push({
              resource: resourceNameOf(policy),
              type: 'AWS managed policy',
              reason: `AWS managed policy ${policy.policy_name} (${size} characters) is too large for ValidatePolicy and was not validated.`,
              ...(policy.location ? { location: policy.location } : {}),
            });
          } else {
            findings.push(
              syntheticFinding(
                policy,
                'ERROR',
                'POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM',
                policySizeMessage(size),
              ),
            );
            hadError = true;
          }
        } else {
          const raw = await validator.validate(policy);
          for (const f of raw) {
            const location = statementLocation(policy, statementIndexOfFinding(f));
            findings.push({
              findingType: f.findingType as FindingType,
              code: f.issueCode ?? 'UNKNOWN',
              message: f.findingDetails ?? null,
              resourceName: resourceNameOf(policy),
              policyName: policy.policy_name,
              details: plainJson(f),
              ...(location ? { location } : {}),
            });
            if (f.findingType === 'ERROR') hadError = true;
          }
        }
      }
      if (previewPromise)
        findings.push(...(await previews.finish(policy, await previewPromise, hadError)));
      return findings;
    }),
  );

  const report = buildReport(perPolicy.flat(), {
    blockingTypes,
    ...(options.ignoreFinding ? { ignoreFinding: options.ignoreFinding } : {}),
    ...(options.allowExternalPrincipals
      ? { allowExternalPrincipals: options.allowExternalPrincipals }
      : {}),
  });
  return {
    command: 'validate',
    report,
    exitCode: exitCodeFor(report),
    policiesChecked: policies.length,
    apiCalls: validator.calls + previews.calls,
    notChecked,
  };
}

/** ValidatePolicy with pagination, one request chain per distinct (type, resource type, document). */
class PolicyValidator {
  calls = 0;
  private readonly cache = new Map<string, Promise<ValidatePolicyFinding[]>>();

  constructor(
    private readonly ctx: AnalyzerContext,
    private readonly limiter: Limiter,
  ) {}

  validate(policy: PolicyToCheck): Promise<ValidatePolicyFinding[]> {
    const params = validatePolicyParameters(policy);
    const key = `${params.policyType}|${params.validatePolicyResourceType ?? ''}|${canonicalJson(policy.document)}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.fetch(params, JSON.stringify(policy.document), policy);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async fetch(
    params: ReturnType<typeof validatePolicyParameters>,
    policyDocument: string,
    policy: PolicyToCheck,
  ): Promise<ValidatePolicyFinding[]> {
    const findings: ValidatePolicyFinding[] = [];
    let nextToken: string | undefined;
    do {
      this.calls++;
      const token = nextToken;
      const page = await this.limiter
        .run(() =>
          this.ctx.client.send(
            new ValidatePolicyCommand({
              ...params,
              policyDocument,
              ...(token ? { nextToken: token } : {}),
            }),
          ),
        )
        .catch((error: unknown) => {
          throw new AnalysisError(
            `ValidatePolicy failed for policy ${policy.policy_name} of ${resourceNameOf(policy)}: ${errorText(error)}`,
            { cause: error },
          );
        });
      findings.push(...(page.findings ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    return findings;
  }
}

type PreviewStart =
  | { status: 'created'; id: string; target: PreviewTarget }
  | { status: 'create-failed'; message: string; target: PreviewTarget | undefined };

/** Access previews: the analyzer is looked up (or created) once, when the first preview needs it. */
class PreviewRunner {
  calls = 0;
  private analyzerArn: Promise<string> | undefined;

  constructor(
    private readonly ctx: AnalyzerContext,
    private readonly limiter: Limiter,
  ) {}

  private send<T>(fn: () => Promise<T>): Promise<T> {
    this.calls++;
    return this.limiter.run(fn);
  }

  private analyzer(): Promise<string> {
    this.analyzerArn ??= this.findOrCreateAnalyzer();
    return this.analyzerArn;
  }

  private async findOrCreateAnalyzer(): Promise<string> {
    const { client } = this.ctx;
    try {
      let nextToken: string | undefined;
      do {
        const token = nextToken;
        const page = await this.send(() =>
          client.send(
            new ListAnalyzersCommand({ type: 'ACCOUNT', ...(token ? { nextToken: token } : {}) }),
          ),
        );
        const active = page.analyzers?.find((a) => a.status === 'ACTIVE');
        if (active?.arn) return active.arn;
        nextToken = page.nextToken;
      } while (nextToken);
      const created = await this.send(() =>
        client.send(new CreateAnalyzerCommand({ analyzerName: ANALYZER_NAME, type: 'ACCOUNT' })),
      );
      if (!created.arn) throw new Error('CreateAnalyzer returned no ARN');
      return created.arn;
    } catch (error) {
      throw new AnalysisError(
        `Could not find or create an account analyzer for access previews: ${errorText(error)}. ` +
          'The role needs access-analyzer:ListAnalyzers (and CreateAnalyzer plus iam:CreateServiceLinkedRole when none is active).',
        { cause: error },
      );
    }
  }

  async start(policy: PolicyToCheck): Promise<PreviewStart> {
    let target: PreviewTarget | undefined;
    try {
      target = await previewTarget(policy, {
        accountId: this.ctx.accountId,
        region: this.ctx.region,
        partition: this.ctx.partition,
        canonicalUserId:
          this.ctx.getCanonicalUserId ??
          (() => Promise.reject(new Error('no S3 owner lookup configured'))),
        randomUuid: this.ctx.randomUuid ?? randomUUID,
      });
    } catch (error) {
      if (error instanceof PreviewConfigurationError) {
        return { status: 'create-failed', message: error.message, target: undefined };
      }
      throw error;
    }
    if (!target)
      throw new Error(
        `no access preview configuration for ${policy.resource?.type ?? policy.policy_type}`,
      );
    const analyzerArn = await this.analyzer();
    const t = target;
    try {
      const created = await this.send(() =>
        this.ctx.client.send(
          new CreateAccessPreviewCommand({
            analyzerArn,
            configurations: { [t.configurationArn]: t.configuration },
          }),
        ),
      );
      if (!created.id) throw new AnalysisError('CreateAccessPreview returned no id');
      return { status: 'created', id: created.id, target: t };
    } catch (error) {
      const info = serviceErrorInfo(error);
      if (!info) throw error;
      return {
        status: 'create-failed',
        message: botocoreMessage(info, 'CreateAccessPreview'),
        target: t,
      };
    }
  }

  async finish(
    policy: PolicyToCheck,
    start: PreviewStart,
    validationHadError: boolean,
  ): Promise<Finding[]> {
    const name = start.target?.name ?? resourceNameOf(policy);
    if (start.status === 'create-failed') {
      return [
        failedPreview(
          policy,
          `Failed to create access preview for ${name}. Reason: ${start.message}`,
        ),
      ];
    }
    const analyzerArn = await this.analyzer();
    const sleep = this.ctx.sleep ?? defaultSleep;
    const maxPolls = this.ctx.maxPolls ?? 150;
    for (let attempt = 1; ; attempt++) {
      const { accessPreview } = await this.send(() =>
        this.ctx.client.send(
          new GetAccessPreviewCommand({ accessPreviewId: start.id, analyzerArn }),
        ),
      );
      const status = accessPreview?.status;
      if (status === 'COMPLETED') break;
      if (status === 'FAILED') {
        const reason = accessPreview?.statusReason?.code;
        if (reason === 'INVALID_CONFIGURATION') {
          // ValidatePolicy already explains an invalid policy; a second finding would be noise.
          if (validationHadError) return [];
          return [
            failedPreview(policy, `Failed to create access preview for ${name}. Reason: ${reason}`),
          ];
        }
        throw new AnalysisError(
          `Access preview for ${name} failed: ${reason ?? 'unknown reason'}.`,
        );
      }
      if (attempt >= maxPolls) {
        throw new AnalysisError(
          `Timed out after 5 minutes waiting for the access preview of ${name} to complete.`,
        );
      }
      // Previews usually finish within seconds: poll quickly first, then every pollIntervalMs.
      const interval = this.ctx.pollIntervalMs ?? 2000;
      await sleep(Math.min(interval, 250 * 2 ** (attempt - 1)));
    }
    const active: AccessPreviewFinding[] = [];
    let nextToken: string | undefined;
    do {
      const token = nextToken;
      const page = await this.send(() =>
        this.ctx.client.send(
          new ListAccessPreviewFindingsCommand({
            accessPreviewId: start.id,
            analyzerArn,
            ...(token ? { nextToken: token } : {}),
          }),
        ),
      );
      active.push(...(page.findings ?? []).filter((f) => f.status === 'ACTIVE'));
      nextToken = page.nextToken;
    } while (nextToken);
    const message =
      start.target.kind === 'trust'
        ? 'Trust policy allows access from external principals.'
        : 'Resource policy allows access from external principals.';
    return active.map((f) => {
      const location = statementLocation(policy, statementGranting(policy.document, f.principal));
      return {
        findingType: 'SECURITY_WARNING',
        code: 'EXTERNAL_PRINCIPAL',
        message,
        resourceName: resourceNameOf(policy),
        policyName: policy.policy_name,
        details: plainJson(f),
        ...(location ? { location } : {}),
      };
    });
  }
}

/**
 * The first Allow statement whose Principal names the preview finding's principal, so an
 * external-access finding points at the statement that grants it (else the whole policy).
 */
export function statementGranting(
  document: unknown,
  principal: Record<string, string> | undefined,
): number | undefined {
  const values = Object.values(principal ?? {});
  if (values.length === 0) return undefined;
  const raw = (document as { Statement?: unknown } | null)?.Statement;
  const statements: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const index = statements.findIndex((st) => {
    const s = st as { Effect?: unknown; Principal?: unknown };
    if (s.Effect !== 'Allow' || s.Principal === undefined) return false;
    const named =
      typeof s.Principal === 'string'
        ? [s.Principal]
        : Object.values(s.Principal as Record<string, unknown>).flat();
    return named.some((n) => typeof n === 'string' && (values.includes(n) || n === '*'));
  });
  return index === -1 ? undefined : index;
}

function failedPreview(policy: PolicyToCheck, message: string): Finding {
  return syntheticFinding(policy, 'ERROR', 'FAILED_ACCESS_PREVIEW_CREATION', message);
}
