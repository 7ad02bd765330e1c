import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type AssumeRoleWithWebIdentityCommandOutput,
  type STSClientConfig,
} from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import {
  ConfigurationError,
  getErrorMessage,
  type AwsInputs,
  type Logger,
} from '@devsecops-gates/action-kit';
import { readFile as fsReadFile } from 'node:fs/promises';
import { resolveRegion, type RegionEnvironment } from './region.js';
import {
  classifyFailure,
  DEFAULT_RETRY,
  errorCode,
  fullJitterDelay,
  type RetryPolicy,
} from './retry.js';
import { decodeTokenClaims, explainStsFailure, type TokenClaims } from './trust-diagnostics.js';
import {
  fileTokenSource,
  githubIdTokenSource,
  type FetchLike,
  type IdTokenRequest,
  type WebIdentityTokenSource,
} from './web-identity-token.js';

/** What AWS SDK v3 clients accept as `credentials` (structurally `AwsCredentialIdentity`). */
export interface AwsCredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
  accountId?: string;
}
export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

export type CredentialSource = 'github-oidc' | 'web-identity-token-file' | 'default-chain';

export type AwsCredentialsResult =
  | {
      status: 'ok';
      /** Pass as `credentials` to every SDK client; it re-assumes the role before expiry. */
      credentials: AwsCredentialIdentityProvider;
      region: string;
      accountId: string | undefined;
      /** The assumed-role session ARN (OIDC) or caller ARN (default chain, when looked up). */
      principalArn: string | undefined;
      source: CredentialSource;
    }
  | {
      /** No credentials could be had and `on-missing-credentials: skip` asked to finish neutral. */
      status: 'unavailable';
      reason: string;
    };

export interface ResolveAwsCredentialsOptions {
  inputs: AwsInputs;
  /** From ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN; undefined when either is missing. */
  idTokenRequest: IdTokenRequest | undefined;
  /** AWS_REGION / AWS_DEFAULT_REGION fallbacks. */
  regionEnv?: RegionEnvironment;
  /** Why a token may be missing: a pull request from a fork gets none. */
  github?: {
    eventName: string;
    pullRequest?: { fromFork: boolean } | undefined;
    payload?: Record<string, unknown>;
  };
  logger: Logger;
  /** Builds the STS client (tests pass endpoint via inputs.stsEndpoint; this hook is for anything else). */
  stsClientFactory?: (config: STSClientConfig) => STSClient;
  fetch?: FetchLike;
  readFile?: (path: string) => Promise<string>;
  /** The provider used without role-to-assume (default: the SDK's fromNodeProviderChain). */
  defaultProvider?: () => AwsCredentialIdentityProvider;
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds. */
  now?: () => number;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Re-assume this long before expiry (default 600 s, at most half the session). */
  refreshBeforeSeconds?: number;
  /** Per-request timeout of the STS call; a hung request counts as a transient failure (default 30 s). */
  stsRequestTimeoutMs?: number;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@/-]+$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

interface Session {
  identity: AwsCredentialIdentity & { expiration: Date };
  arn: string | undefined;
  accountId: string | undefined;
}

/**
 * GitHub OIDC -> STS AssumeRoleWithWebIdentity -> a self-refreshing SDK credentials provider; or,
 * without `role-to-assume`, the SDK default provider chain (so the actions also work after
 * aws-actions/configure-aws-credentials). Key id, secret and session token go through
 * `logger.mask` before anything else sees them; the OIDC token is masked and never printed.
 */
export async function resolveAwsCredentials(
  options: ResolveAwsCredentialsOptions,
): Promise<AwsCredentialsResult> {
  const { inputs, logger } = options;
  const region = resolveRegion(inputs.region, options.regionEnv);
  const allowed = validateAllowedAccounts(inputs.allowedAccountIds);
  if (inputs.stsEndpoint !== undefined) {
    try {
      new URL(inputs.stsEndpoint);
    } catch {
      throw new ConfigurationError(`sts-endpoint is not a URL: "${inputs.stsEndpoint}".`, {
        hint: 'Use a full URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.',
      });
    }
  }
  const stsClient = (
    credentials?: AwsCredentialIdentityProvider,
    maxAttempts?: number,
  ): STSClient => {
    const config: STSClientConfig = {
      region,
      requestHandler: {
        requestTimeout: options.stsRequestTimeoutMs ?? 30_000,
        connectionTimeout: 10_000,
        // Without this, newer @smithy/node-http-handler only warns when the timeout passes.
        throwOnRequestTimeout: true,
      },
    };
    if (inputs.stsEndpoint) config.endpoint = inputs.stsEndpoint;
    if (credentials) config.credentials = credentials;
    if (maxAttempts !== undefined) config.maxAttempts = maxAttempts;
    return (options.stsClientFactory ?? ((c) => new STSClient(c)))(config);
  };

  if (!inputs.roleToAssume) {
    if (inputs.webIdentityTokenFile)
      throw new ConfigurationError('web-identity-token-file is set but role-to-assume is not.', {
        hint: 'Set role-to-assume to the role the token file should be exchanged for.',
      });
    return defaultChain(options, region, allowed, stsClient);
  }

  const roleArn = inputs.roleToAssume.trim();
  const arnMatch = ROLE_ARN.exec(roleArn);
  if (!arnMatch)
    throw new ConfigurationError(`role-to-assume must be a full IAM role ARN; got "${roleArn}".`, {
      hint: 'Use arn:aws:iam::<account-id>:role/<role-name> (with OIDC there is no source account to complete a bare role name).',
    });
  if (allowed.length > 0 && !allowed.includes(arnMatch[1]!))
    throw new ConfigurationError(
      `role-to-assume is in account ${arnMatch[1]}, which is not in allowed-account-ids (${allowed.join(', ')}).`,
      { hint: 'Fix role-to-assume or add the account to allowed-account-ids.' },
    );
  if (!SESSION_NAME.test(inputs.roleSessionName))
    throw new ConfigurationError(`role-session-name "${inputs.roleSessionName}" is not valid.`, {
      hint: 'Use 2 to 64 characters from letters, digits and _+=,.@-',
    });

  let source: WebIdentityTokenSource;
  let sourceKind: CredentialSource;
  if (inputs.webIdentityTokenFile) {
    source = fileTokenSource(
      inputs.webIdentityTokenFile,
      options.readFile ?? ((p) => fsReadFile(p, 'utf8')),
    );
    sourceKind = 'web-identity-token-file';
  } else if (options.idTokenRequest?.url && options.idTokenRequest.token) {
    source = githubIdTokenSource(options.idTokenRequest, inputs.audience, options.fetch);
    sourceKind = 'github-oidc';
  } else {
    const missing = missingTokenReason(options.github);
    if (inputs.onMissingCredentials === 'skip')
      return { status: 'unavailable', reason: missing.reason };
    throw new ConfigurationError(missing.reason, { hint: missing.hint });
  }

  const assumer = new RoleAssumer(options, roleArn, source, stsClient(rejectingProvider, 1));
  logger.info(
    `Assuming ${roleArn} with ${sourceKind === 'github-oidc' ? `a GitHub OIDC token (audience ${inputs.audience})` : source.description} in ${region}${inputs.stsEndpoint ? ` via ${inputs.stsEndpoint}` : ''}.`,
  );
  const first = await assumer.assume();
  checkAllowedAccount(first.accountId, allowed, first.arn);
  logger.info(
    `Authenticated as ${first.arn ?? roleArn}; the session expires at ${first.identity.expiration.toISOString()}.`,
  );

  const now = options.now ?? Date.now;
  const windowMs = Math.min(
    (options.refreshBeforeSeconds ?? 600) * 1000,
    (inputs.roleDurationSeconds * 1000) / 2,
  );
  let current = first;
  let inflight: Promise<Session> | undefined;
  const credentials: AwsCredentialIdentityProvider = async () => {
    if (current.identity.expiration.getTime() - windowMs > now()) return { ...current.identity };
    inflight ??= assumer.assume().finally(() => {
      inflight = undefined;
    });
    try {
      const next = await inflight;
      checkAllowedAccount(next.accountId, allowed, next.arn);
      current = next;
      logger.info(
        `Refreshed the AWS session for ${roleArn}; it now expires at ${next.identity.expiration.toISOString()}.`,
      );
    } catch (error) {
      // Still-valid credentials beat a failed job: keep them and say so.
      if (current.identity.expiration.getTime() > now()) {
        logger.warning(
          `Could not refresh the AWS session for ${roleArn} (${getErrorMessage(error)}); using the current one until ${current.identity.expiration.toISOString()}.`,
        );
        return { ...current.identity };
      }
      throw error;
    }
    return { ...current.identity };
  };
  return {
    status: 'ok',
    credentials,
    region,
    accountId: first.accountId,
    principalArn: first.arn,
    source: sourceKind,
  };
}

/** The STS operation is unsigned (@optionalAuth); a provider that refuses proves nothing is signed. */
const rejectingProvider: AwsCredentialIdentityProvider = () =>
  Promise.reject(new Error('AssumeRoleWithWebIdentity is unsigned; no credentials are needed'));

class RoleAssumer {
  private readonly policy: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(
    private readonly options: ResolveAwsCredentialsOptions,
    private readonly roleArn: string,
    private readonly source: WebIdentityTokenSource,
    private readonly sts: STSClient,
  ) {
    this.policy = { ...DEFAULT_RETRY, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  /** One exchange: a fresh token for every attempt, full-jitter back-off on transient failures. */
  async assume(): Promise<Session> {
    const { inputs, logger } = this.options;
    const max = this.policy.maxAttempts;
    let claims: TokenClaims | undefined;
    let last: unknown;
    let lastToken = '';
    for (let attempt = 1; attempt <= max; attempt++) {
      let step = 'getting a web identity token';
      try {
        const token = await this.source.next();
        // Mask before anything could echo it (an SDK debug log, an error message).
        logger.mask(token);
        lastToken = token;
        claims = decodeTokenClaims(token);
        step = 'AssumeRoleWithWebIdentity';
        const out = await this.sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: this.roleArn,
            RoleSessionName: inputs.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: inputs.roleDurationSeconds,
          }),
        );
        return this.session(out);
      } catch (error) {
        if (error instanceof ConfigurationError) throw error;
        const kind = classifyFailure(error);
        const code = errorCode(error);
        const message = scrub(getErrorMessage(error), lastToken);
        if (kind === 'permanent') throw this.permanentFailure(step, code, message, claims, error);
        last = error;
        if (attempt === max) break;
        // An expired token needs no back-off, only a new token.
        const delay =
          kind === 'expired-token' ? 0 : fullJitterDelay(this.policy, attempt - 1, this.random);
        logger.info(
          `Retry ${step}: attempt ${attempt} of ${max} failed (${code}: ${message}). Retrying after ${delay} ms with a fresh token.`,
        );
        await this.sleep(delay);
      }
    }
    const code = errorCode(last);
    const detail = explainStsFailure({
      code,
      message: getErrorMessage(last),
      roleArn: this.roleArn,
      audience: inputs.audience,
      roleDurationSeconds: inputs.roleDurationSeconds,
      claims,
    });
    throw new Error(
      `Could not assume role ${this.roleArn} with OIDC after ${max} attempts: ${code}: ${scrub(getErrorMessage(last), lastToken)}${detail ? `\n${detail}` : ''}`,
      { cause: last },
    );
  }

  private session(out: AssumeRoleWithWebIdentityCommandOutput): Session {
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
      throw new Error('STS AssumeRoleWithWebIdentity answered without credentials.');
    const { logger } = this.options;
    logger.mask(c.AccessKeyId);
    logger.mask(c.SecretAccessKey);
    logger.mask(c.SessionToken);
    const arn = out.AssumedRoleUser?.Arn;
    const accountId = arn ? /^arn:aws[a-z-]*:sts::(\d{12}):/.exec(arn)?.[1] : undefined;
    const expiration =
      c.Expiration ?? new Date(this.now() + this.options.inputs.roleDurationSeconds * 1000);
    return {
      identity: {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration,
        ...(accountId ? { accountId } : {}),
      },
      arn,
      accountId,
    };
  }

  private permanentFailure(
    step: string,
    code: string,
    message: string,
    claims: TokenClaims | undefined,
    cause: unknown,
  ): Error {
    const { inputs } = this.options;
    if (step !== 'AssumeRoleWithWebIdentity')
      return new ConfigurationError(
        `Could not get a web identity token from ${this.source.description}: ${message}`,
        {
          hint: 'Check that the job has `permissions: id-token: write` and that the token endpoint is reachable.',
          cause,
        },
      );
    const hint = explainStsFailure({
      code,
      message,
      roleArn: this.roleArn,
      audience: inputs.audience,
      roleDurationSeconds: inputs.roleDurationSeconds,
      claims,
    });
    return new ConfigurationError(
      `Could not assume role ${this.roleArn} with OIDC: ${code}: ${message}`,
      hint === undefined ? { cause } : { hint: `\n${hint}`, cause },
    );
  }
}

function scrub(text: string, secret: string): string {
  return secret ? text.split(secret).join('***') : text;
}

function validateAllowedAccounts(ids: string[]): string[] {
  const bad = ids.filter((id) => !/^\d{12}$/.test(id));
  if (bad.length > 0)
    throw new ConfigurationError(
      `allowed-account-ids holds values that are not 12-digit account IDs: ${bad.join(', ')}.`,
    );
  return ids;
}

function checkAllowedAccount(
  accountId: string | undefined,
  allowed: string[],
  arn: string | undefined,
): void {
  if (allowed.length === 0) return;
  if (!accountId || !allowed.includes(accountId))
    throw new ConfigurationError(
      `The account ID of the provided credentials (${accountId ?? 'unknown'}${arn ? `, ${arn}` : ''}) does not match any of allowed-account-ids: ${allowed.join(', ')}.`,
      { hint: 'Use a role in an allowed account, or add the account to allowed-account-ids.' },
    );
}

function isForkPullRequest(github: ResolveAwsCredentialsOptions['github']): boolean {
  if (github?.pullRequest?.fromFork) return true;
  // A fork deleted since the PR was opened leaves `head.repo: null`; it is still a fork PR.
  const pr = github?.payload?.pull_request as { head?: { repo?: unknown } } | undefined;
  return (
    github?.eventName.startsWith('pull_request') === true &&
    pr?.head !== undefined &&
    pr.head.repo === null
  );
}

function missingTokenReason(github: ResolveAwsCredentialsOptions['github']): {
  reason: string;
  hint: string;
} {
  if (isForkPullRequest(github))
    return {
      reason:
        'No GitHub OIDC token is available: this run is for a pull request from a fork, and GitHub gives fork pull requests no id token (ACTIONS_ID_TOKEN_REQUEST_URL is unset).',
      hint: 'Set on-missing-credentials: skip to finish neutral on fork pull requests, or run the AWS checks on pushes and same-repository pull requests.',
    };
  return {
    reason:
      'No GitHub OIDC token is available: ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are unset, which means the job lacks `permissions: id-token: write`.',
    hint: 'Add `permissions: { id-token: write, contents: read }` to the job (or set on-missing-credentials: skip).',
  };
}

async function defaultChain(
  options: ResolveAwsCredentialsOptions,
  region: string,
  allowed: string[],
  stsClient: (credentials?: AwsCredentialIdentityProvider) => STSClient,
): Promise<AwsCredentialsResult> {
  const { logger, inputs } = options;
  const base = (options.defaultProvider ?? (() => fromNodeProviderChain()))();
  const credentials: AwsCredentialIdentityProvider = async () => {
    const identity = await base();
    logger.mask(identity.accessKeyId);
    logger.mask(identity.secretAccessKey);
    if (identity.sessionToken) logger.mask(identity.sessionToken);
    return identity;
  };
  let identity: AwsCredentialIdentity;
  try {
    identity = await credentials();
  } catch (error) {
    const reason = `No AWS credentials: role-to-assume is not set and the SDK default provider chain (environment, web identity file, shared config, container/instance metadata) found none: ${getErrorMessage(error)}`;
    if (inputs.onMissingCredentials === 'skip') return { status: 'unavailable', reason };
    throw new ConfigurationError(reason, {
      hint: 'Set role-to-assume (GitHub OIDC, recommended) or run aws-actions/configure-aws-credentials before this step.',
      cause: error,
    });
  }
  let accountId = identity.accountId;
  let principalArn: string | undefined;
  if (allowed.length > 0) {
    const who = await stsClient(credentials).send(new GetCallerIdentityCommand({}));
    accountId = who.Account;
    principalArn = who.Arn;
    checkAllowedAccount(accountId, allowed, principalArn);
  }
  logger.info(
    `Using AWS credentials from the SDK default provider chain in ${region}${principalArn ? ` as ${principalArn}` : ''}.`,
  );
  return { status: 'ok', credentials, region, accountId, principalArn, source: 'default-chain' };
}

/**
 * The variables a later step needs (`export-credentials: true`). They do not refresh: later steps
 * get the session as it is now. Values are masked again here in case the caller logs them.
 */
export async function credentialEnvironment(
  result: Extract<AwsCredentialsResult, { status: 'ok' }>,
  logger: Logger,
): Promise<Record<string, string>> {
  const id = await result.credentials();
  logger.mask(id.accessKeyId);
  logger.mask(id.secretAccessKey);
  if (id.sessionToken) logger.mask(id.sessionToken);
  return {
    AWS_ACCESS_KEY_ID: id.accessKeyId,
    AWS_SECRET_ACCESS_KEY: id.secretAccessKey,
    ...(id.sessionToken ? { AWS_SESSION_TOKEN: id.sessionToken } : {}),
    AWS_REGION: result.region,
    AWS_DEFAULT_REGION: result.region,
  };
}

/** Reads the runner variables this package needs from an env object (the action passes process.env). */
export function awsOidcEnvironment(env: Record<string, string | undefined>): {
  idTokenRequest: IdTokenRequest | undefined;
  regionEnv: RegionEnvironment;
} {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return {
    idTokenRequest: url && token ? { url, token } : undefined,
    regionEnv: { AWS_REGION: env.AWS_REGION, AWS_DEFAULT_REGION: env.AWS_DEFAULT_REGION },
  };
}
