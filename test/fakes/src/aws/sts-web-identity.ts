/**
 * STS semantics for AssumeRoleWithWebIdentity + GetCallerIdentity, as a handler set for
 * `startAwsFake({ services: { sts: stsWebIdentity(...).handlers } })`. It checks the token the
 * way IAM does with a GitHub OIDC provider and a role trust policy: issuer, audience (provider
 * client ids), expiry, then the `sub` condition; and answers with the error codes AWS sends.
 */
import { awsError } from './aws-error.js';
import type { AwsOperationHandler } from './index.js';

export interface StsTrustPolicy {
  /** The role that may be assumed (others: AccessDenied). */
  roleArn: string;
  /** `token.actions.githubusercontent.com:sub` StringLike patterns (`*` and `?` wildcards). */
  subjects: string[];
  /** The OIDC provider's client ids (`aud` must be one); default `['sts.amazonaws.com']`. */
  audiences?: string[];
  /** Role MaxSessionDuration (default 3600). */
  maxSessionDuration?: number;
}

export interface StsWebIdentityOptions {
  trust: StsTrustPolicy;
  /** false simulates an account without the GitHub OIDC provider. */
  providerExists?: boolean;
  /** Epoch milliseconds (default Date.now), for `exp` checks and `Expiration`. */
  now?: () => number;
  /** Override the account in the assumed-role ARN (to test allowed-account-ids). */
  assumedAccountId?: string;
}

export interface IssuedSession {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  arn: string;
  subject: string;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

function claimsOf(token: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export function stsWebIdentity(options: StsWebIdentityOptions): {
  handlers: Record<string, AwsOperationHandler>;
  sessions: IssuedSession[];
} {
  const now = options.now ?? Date.now;
  const sessions: IssuedSession[] = [];
  const roleAccount = /:iam::(\d{12}):role\//.exec(options.trust.roleArn)?.[1] ?? '123456789012';
  const account = options.assumedAccountId ?? roleAccount;
  const roleName = options.trust.roleArn.slice(options.trust.roleArn.lastIndexOf('/') + 1);

  const AssumeRoleWithWebIdentity: AwsOperationHandler = (input: {
    RoleArn: string;
    RoleSessionName: string;
    WebIdentityToken: string;
    DurationSeconds?: number;
  }) => {
    const claims = claimsOf(input.WebIdentityToken);
    if (!claims) throw awsError('InvalidIdentityToken', "Couldn't parse the web identity token");
    if (
      claims.iss !== 'https://token.actions.githubusercontent.com' ||
      options.providerExists === false
    )
      throw awsError(
        'InvalidIdentityToken',
        `No OpenIDConnect provider found in your account for ${String(claims.iss)}`,
      );
    const audiences = options.trust.audiences ?? ['sts.amazonaws.com'];
    if (!audiences.includes(String(claims.aud)))
      throw awsError('InvalidIdentityToken', 'Incorrect token audience');
    const nowSeconds = Math.floor(now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds)
      throw awsError(
        'ExpiredTokenException',
        `Token expired: current date/time ${nowSeconds} must be before the expiration date/time ${String(claims.exp)}`,
      );
    const subject = String(claims.sub);
    if (
      input.RoleArn !== options.trust.roleArn ||
      !options.trust.subjects.some((s) => globToRegExp(s).test(subject))
    )
      throw awsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', {
        status: 403,
      });
    const duration = input.DurationSeconds ?? 3600;
    if (duration > (options.trust.maxSessionDuration ?? 3600))
      throw awsError(
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        { status: 400 },
      );
    const n = String(sessions.length + 1).padStart(4, '0');
    const session: IssuedSession = {
      accessKeyId: `ASIAFAKESESSION${n}`,
      secretAccessKey: `fakeSecretKey/${n}/${Math.random().toString(36).slice(2)}`,
      sessionToken: `FakeSessionToken${n}${Math.random().toString(36).slice(2)}`,
      expiration: new Date((nowSeconds + duration) * 1000),
      arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${input.RoleSessionName}`,
      subject,
    };
    sessions.push(session);
    return {
      Credentials: {
        AccessKeyId: session.accessKeyId,
        SecretAccessKey: session.secretAccessKey,
        SessionToken: session.sessionToken,
        Expiration: session.expiration,
      },
      SubjectFromWebIdentityToken: subject,
      AssumedRoleUser: {
        AssumedRoleId: `AROAFAKEROLEID:${input.RoleSessionName}`,
        Arn: session.arn,
      },
      Provider: `arn:aws:iam::${roleAccount}:oidc-provider/token.actions.githubusercontent.com`,
      Audience: String(claims.aud),
    };
  };

  const GetCallerIdentity: AwsOperationHandler = (_input: unknown, ctx) => {
    const session = sessions.find((s) => s.accessKeyId === ctx.accessKeyId);
    if (!session)
      throw awsError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
        { status: 403 },
      );
    if (session.expiration.getTime() <= now())
      throw awsError('ExpiredToken', 'The security token included in the request is expired', {
        status: 403,
      });
    return {
      Account: account,
      Arn: session.arn,
      UserId: `AROAFAKEROLEID:${session.arn.split('/').pop() ?? ''}`,
    };
  };

  return { handlers: { AssumeRoleWithWebIdentity, GetCallerIdentity }, sessions };
}
