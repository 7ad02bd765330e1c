import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  ConfigurationError,
  readGitHubContext,
  RecordingLogger,
  type AwsInputs,
} from '@devsecops-gates/action-kit';
import {
  startAwsFake,
  stsWebIdentity,
  type AwsFake,
  type StsTrustPolicy,
} from '@devsecops-gates/fakes/aws';
import {
  decodeJwtPayload,
  startOidcFake,
  type OidcFake,
  type OidcFakeOptions,
} from '@devsecops-gates/fakes/oidc';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  awsOidcEnvironment,
  credentialEnvironment,
  resolveAwsCredentials,
  type AwsCredentialsResult,
  type ResolveAwsCredentialsOptions,
} from '../src/index.js';

const ROLE = 'arn:aws:iam::123456789012:role/gha-iac-gates';
const T0 = Date.UTC(2026, 10, 26, 18, 0, 0);

let aws: AwsFake | undefined;
let oidc: OidcFake | undefined;
afterEach(async () => {
  await aws?.close();
  await oidc?.close();
  aws = oidc = undefined;
});

function inputs(over: Partial<AwsInputs> = {}): AwsInputs {
  return {
    region: 'us-east-1',
    roleToAssume: ROLE,
    audience: 'sts.amazonaws.com',
    roleSessionName: 'devsecops-gates',
    roleDurationSeconds: 3600,
    stsEndpoint: undefined,
    allowedAccountIds: [],
    webIdentityTokenFile: undefined,
    exportCredentials: false,
    onMissingCredentials: 'fail',
    ...over,
  };
}

interface World {
  clock: { now: number };
  sleeps: number[];
  logger: RecordingLogger;
  sts: ReturnType<typeof stsWebIdentity>;
  options: (
    over?: Partial<AwsInputs>,
    extra?: Partial<ResolveAwsCredentialsOptions>,
  ) => ResolveAwsCredentialsOptions;
}

async function world(
  config: {
    trust?: Partial<StsTrustPolicy>;
    oidc?: OidcFakeOptions;
    assumedAccountId?: string;
    providerExists?: boolean;
  } = {},
): Promise<World> {
  const clock = { now: T0 };
  const sts = stsWebIdentity({
    trust: { roleArn: ROLE, subjects: ['repo:octo-org/octo-repo:*'], ...config.trust },
    now: () => clock.now,
    ...(config.assumedAccountId ? { assumedAccountId: config.assumedAccountId } : {}),
    ...(config.providerExists === false ? { providerExists: false } : {}),
  });
  aws = await startAwsFake({ services: { sts: sts.handlers } });
  oidc = await startOidcFake({ now: () => clock.now, ...config.oidc });
  const sleeps: number[] = [];
  const logger = new RecordingLogger();
  const o = oidc;
  const a = aws;
  return {
    clock,
    sleeps,
    logger,
    sts,
    options: (over = {}, extra = {}) => ({
      inputs: inputs({ stsEndpoint: a.url, ...over }),
      idTokenRequest: { url: o.url, token: o.requestToken },
      logger,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      now: () => clock.now,
      random: () => 0.5,
      ...extra,
    }),
  };
}

function ok(result: AwsCredentialsResult): Extract<AwsCredentialsResult, { status: 'ok' }> {
  if (result.status !== 'ok') throw new Error(`expected credentials, got: ${result.reason}`);
  return result;
}

async function failure(p: Promise<unknown>): Promise<Error & { hint?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { hint?: string };
  }
  throw new Error('expected a failure');
}

/** Nothing secret may appear in anything the logger was told (masking is the last line of defence). */
function expectNoSecretsLogged(w: World): void {
  const secrets = [
    ...w.sts.sessions.flatMap((s) => [s.accessKeyId, s.secretAccessKey, s.sessionToken]),
    ...(oidc?.issued.map((t) => t.token) ?? []),
    oidc?.requestToken ?? '',
  ].filter(Boolean);
  const text = w.logger.entries.map((e) => e.message).join('\n');
  for (const s of secrets) expect(text).not.toContain(s);
}

describe('resolveAwsCredentials: GitHub OIDC -> STS (real @aws-sdk/client-sts against the fakes)', () => {
  it('assumes the role, masks every credential and the token, and gives a working provider', async () => {
    const w = await world();
    const result = ok(
      await resolveAwsCredentials(w.options({ allowedAccountIds: ['123456789012'] })),
    );
    expect(result).toMatchObject({
      region: 'us-east-1',
      accountId: '123456789012',
      principalArn: 'arn:aws:sts::123456789012:assumed-role/gha-iac-gates/devsecops-gates',
      source: 'github-oidc',
    });
    const session = w.sts.sessions[0]!;
    expect(w.logger.masked).toEqual(
      expect.arrayContaining([
        oidc!.issued[0]!.token,
        session.accessKeyId,
        session.secretAccessKey,
        session.sessionToken,
      ]),
    );
    // Masks come before the first line that could mention the session.
    const firstMaskOfKey = w.logger.entries.findIndex(
      (e, i) => e.level === 'mask' && w.logger.masked[maskIndex(w, i)] === session.accessKeyId,
    );
    const authenticated = w.logger.entries.findIndex((e) =>
      e.message.startsWith('Authenticated as'),
    );
    expect(firstMaskOfKey).toBeGreaterThanOrEqual(0);
    expect(firstMaskOfKey).toBeLessThan(authenticated);
    expect(oidc!.requests).toEqual([
      { status: 200, audience: 'sts.amazonaws.com', authorized: true },
    ]);
    expect(aws!.callsTo('AssumeRoleWithWebIdentity')[0]!.input).toMatchObject({
      RoleArn: ROLE,
      RoleSessionName: 'devsecops-gates',
      DurationSeconds: 3600,
      WebIdentityToken: oidc!.issued[0]!.token,
    });
    // The provider works with a real client: the fake sees the assumed key id on a signed call.
    const who = await new STSClient({
      endpoint: aws!.url,
      region: 'us-east-1',
      credentials: result.credentials,
    }).send(new GetCallerIdentityCommand({}));
    expect(who.Arn).toBe(session.arn);
    expect(aws!.callsTo('GetCallerIdentity')[0]!.accessKeyId).toBe(session.accessKeyId);
    expectNoSecretsLogged(w);
  });

  it('AccessDenied: no retry, and a diagnosis with the sub condition in both subject forms', async () => {
    const w = await world({ trust: { subjects: ['repo:octo-org/other-repo:*'] } });
    const err = await failure(resolveAwsCredentials(w.options()));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toBe(
      `Could not assume role ${ROLE} with OIDC: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity`,
    );
    expect(err.hint).toContain(
      'sub=repo:octo-org/octo-repo:ref:refs/heads/main, aud=sts.amazonaws.com, repository=octo-org/octo-repo, ref=refs/heads/main, environment=(none)',
    );
    expect(err.hint).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"',
    );
    expect(err.hint).toContain('"repo:octo-org@987654/octo-repo@123456789:ref:refs/heads/main"');
    expect(aws!.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(1);
    expect(err.hint).not.toContain(oidc!.issued[0]!.token);
  });

  it('AccessDenied with an immutable-subject token explains that the legacy form no longer matches', async () => {
    const w = await world({ oidc: { immutableSubject: true, claims: { environment: 'prod' } } });
    const err = await failure(resolveAwsCredentials(w.options()));
    expect(err.hint).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org@987654/octo-repo@123456789:environment:prod"',
    );
    expect(err.hint).toContain(
      'legacy form "repo:octo-org/octo-repo:environment:prod" no longer matches',
    );
  });

  it('InvalidIdentityToken (no OIDC provider) and (wrong audience) are permanent, each with its own advice', async () => {
    let w = await world({ providerExists: false });
    let err = await failure(resolveAwsCredentials(w.options()));
    expect(err.message).toContain(
      'InvalidIdentityTokenException: No OpenIDConnect provider found in your account',
    );
    expect(err.hint).toContain(
      'has no IAM OIDC identity provider for https://token.actions.githubusercontent.com',
    );
    await aws!.close();
    await oidc!.close();
    w = await world();
    err = await failure(resolveAwsCredentials(w.options({ audience: 'sigstore' })));
    expect(err.message).toContain('InvalidIdentityTokenException: Incorrect token audience');
    expect(err.hint).toContain('The token\'s audience "sigstore" is not an audience');
    expect(oidc!.requests[0]!.audience).toBe('sigstore');
    expect(aws!.calls).toHaveLength(1);
  });

  it('a duration above MaxSessionDuration fails with STS ValidationError and names the input', async () => {
    const w = await world();
    const err = await failure(resolveAwsCredentials(w.options({ roleDurationSeconds: 7200 })));
    expect(err.message).toContain(
      'ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
    expect(err.hint).toContain('role-duration-seconds is 7200');
  });

  it('a token endpoint refusal (401) is a configuration error, not retried', async () => {
    const w = await world();
    const err = await failure(
      resolveAwsCredentials({ ...w.options(), idTokenRequest: { url: oidc!.url, token: 'stale' } }),
    );
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(
      /^Could not get a web identity token from the GitHub OIDC token endpoint .*Error Code: 401/,
    );
    expect(err.message).not.toContain('stale');
    expect(aws!.calls).toHaveLength(0);
  });

  it('throttling then success: full-jitter back-off and a fresh token for every attempt', async () => {
    const w = await world();
    aws!.faults.throttle({ operation: 'AssumeRoleWithWebIdentity', times: 2 });
    const result = ok(await resolveAwsCredentials(w.options()));
    const attempts = aws!.callsTo('AssumeRoleWithWebIdentity');
    expect(attempts.map((c) => c.errorCode)).toEqual(['Throttling', 'Throttling', undefined]);
    const tokens = attempts.map((c) => c.input.WebIdentityToken as string);
    expect(new Set(tokens).size).toBe(3);
    expect(tokens).toEqual(oidc!.issued.map((t) => t.token));
    // random() = 0.5, base 250 ms: half of 250 * 2^n.
    expect(w.sleeps).toEqual([125, 250]);
    expect(
      w.logger.messages('info').filter((m) => m.startsWith('Retry AssumeRoleWithWebIdentity')),
    ).toHaveLength(2);
    expect(result.accountId).toBe('123456789012');
    expectNoSecretsLogged(w);
  });

  it('retries IDPCommunicationError, 5xx, connection resets and token-endpoint 503s', async () => {
    const w = await world();
    aws!.faults
      .error(
        'IDPCommunicationError',
        "Couldn't retrieve verification key from your identity provider",
      )
      .serverError({ status: 503 })
      .reset();
    oidc!.faults.status(503);
    ok(await resolveAwsCredentials(w.options()));
    expect(oidc!.requests.map((r) => r.status)).toEqual([503, 200, 200, 200, 200]);
    expect(aws!.callsTo('AssumeRoleWithWebIdentity').map((c) => c.errorCode)).toEqual([
      'IDPCommunicationError',
      'ServiceUnavailable',
      'ECONNRESET',
      undefined,
    ]);
    expect(w.sleeps).toHaveLength(4);
  });

  it('gives up after the configured attempts with the last error and the count', async () => {
    const w = await world();
    aws!.faults.throttle({ times: Infinity });
    const err = await failure(resolveAwsCredentials(w.options({}, { retry: { maxAttempts: 4 } })));
    expect(err).not.toBeInstanceOf(ConfigurationError);
    expect(err.message).toBe(
      `Could not assume role ${ROLE} with OIDC after 4 attempts: Throttling: Rate exceeded`,
    );
    expect(aws!.calls).toHaveLength(4);
    expect(w.sleeps).toHaveLength(3);
  });

  it('an expired token mid-retry gets a fresh token at once', async () => {
    const w = await world();
    // Attempt 1 is throttled; the token for attempt 2 has expired by the time STS sees it.
    aws!.faults.throttle();
    oidc!.faults.expired({ after: 1 });
    const result = ok(await resolveAwsCredentials(w.options()));
    const attempts = aws!.callsTo('AssumeRoleWithWebIdentity');
    expect(attempts.map((c) => c.errorCode)).toEqual([
      'Throttling',
      'ExpiredTokenException',
      undefined,
    ]);
    const exp = attempts.map(
      (c) => decodeJwtPayload(c.input.WebIdentityToken as string).exp as number,
    );
    expect(exp[1]).toBeLessThanOrEqual(T0 / 1000);
    expect(exp[2]).toBeGreaterThan(T0 / 1000);
    expect(w.sleeps).toEqual([125, 0]);
    expect(result.source).toBe('github-oidc');
  });

  it('allowed-account-ids: the role ARN is checked before any call, the assumed account after', async () => {
    let w = await world();
    let err = await failure(
      resolveAwsCredentials(w.options({ allowedAccountIds: ['111122223333'] })),
    );
    expect(err.message).toBe(
      'role-to-assume is in account 123456789012, which is not in allowed-account-ids (111122223333).',
    );
    expect(aws!.calls).toHaveLength(0);
    expect(oidc!.requests).toHaveLength(0);
    await aws!.close();
    await oidc!.close();
    w = await world({ assumedAccountId: '999988887777' });
    err = await failure(resolveAwsCredentials(w.options({ allowedAccountIds: ['123456789012'] })));
    expect(err.message).toBe(
      'The account ID of the provided credentials (999988887777, arn:aws:sts::999988887777:assumed-role/gha-iac-gates/devsecops-gates) does not match any of allowed-account-ids: 123456789012.',
    );
    err = await failure(resolveAwsCredentials(w.options({ allowedAccountIds: ['12345'] })));
    expect(err.message).toContain('not 12-digit account IDs: 12345');
  });

  it('missing id-token permission: a clear error, or unavailable with on-missing-credentials: skip', async () => {
    const w = await world();
    const env = awsOidcEnvironment({ AWS_REGION: 'eu-west-1' });
    expect(env.idTokenRequest).toBeUndefined();
    const base = {
      ...w.options({ region: undefined }),
      idTokenRequest: env.idTokenRequest,
      regionEnv: env.regionEnv,
    };
    const err = await failure(resolveAwsCredentials(base));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toContain('lacks `permissions: id-token: write`');
    const skipped = await resolveAwsCredentials({
      ...base,
      inputs: { ...base.inputs, onMissingCredentials: 'skip' },
    });
    expect(skipped).toEqual({
      status: 'unavailable',
      reason: expect.stringContaining('id-token: write'),
    });
    expect(aws!.calls).toHaveLength(0);
  });

  it('fork pull request (real event payload): says it is a fork, and skips when asked', async () => {
    const w = await world();
    const payload = JSON.parse(
      readFileSync(new URL('../testdata/pull_request.opened.json', import.meta.url), 'utf8'),
    );
    payload.pull_request.head.repo = {
      ...payload.pull_request.head.repo,
      full_name: 'forker/Hello-World',
      fork: true,
    };
    const dir = mkdtempSync(join(tmpdir(), 'aws-oidc-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
    const github = readGitHubContext({
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    });
    const base = { ...w.options(), idTokenRequest: undefined, github };
    const err = await failure(resolveAwsCredentials(base));
    expect(err.message).toContain('this run is for a pull request from a fork');
    const skipped = await resolveAwsCredentials({
      ...base,
      inputs: { ...base.inputs, onMissingCredentials: 'skip' },
    });
    expect(skipped.status).toBe('unavailable');
    expect(skipped.status === 'unavailable' && skipped.reason).toContain('fork');
  });

  it('a hung STS request times out and is retried with a fresh token', async () => {
    const w = await world();
    aws!.faults.latency(1_000, { operation: 'AssumeRoleWithWebIdentity' });
    ok(await resolveAwsCredentials(w.options({}, { stsRequestTimeoutMs: 200 })));
    expect(oidc!.issued).toHaveLength(2);
    expect(
      w.logger.messages('info').find((m) => m.startsWith('Retry AssumeRoleWithWebIdentity')),
    ).toMatch(/attempt 1 of 8 failed \(ETIMEDOUT: .*200 ms requestTimeout/);
  });

  it('a fork deleted since the PR was opened (head.repo null) is still reported as a fork', async () => {
    const w = await world();
    const payload = JSON.parse(
      readFileSync(new URL('../testdata/pull_request.opened.json', import.meta.url), 'utf8'),
    );
    payload.pull_request.head.repo = null;
    const err = await failure(
      resolveAwsCredentials({
        ...w.options(),
        idTokenRequest: undefined,
        github: { eventName: 'pull_request', pullRequest: { fromFork: false }, payload },
      }),
    );
    expect(err.message).toContain('pull request from a fork');
  });

  it('refreshes before expiry by re-assuming with a fresh token (one refresh for concurrent callers)', async () => {
    const w = await world({ trust: { maxSessionDuration: 900 } });
    const result = ok(await resolveAwsCredentials(w.options({ roleDurationSeconds: 900 })));
    const first = await result.credentials();
    expect(first.expiration).toEqual(new Date(T0 + 900_000));
    w.clock.now = T0 + 400_000; // 500 s left: outside the 450 s refresh window
    expect((await result.credentials()).accessKeyId).toBe(first.accessKeyId);
    w.clock.now = T0 + 500_000; // 400 s left: refresh
    const [a, b] = await Promise.all([result.credentials(), result.credentials()]);
    expect(a.accessKeyId).toBe(w.sts.sessions[1]!.accessKeyId);
    expect(b.accessKeyId).toBe(a.accessKeyId);
    expect(a.expiration).toEqual(new Date(T0 + 500_000 + 900_000));
    expect(w.sts.sessions).toHaveLength(2);
    expect(oidc!.issued).toHaveLength(2);
    expect(w.logger.masked).toEqual(
      expect.arrayContaining([a.accessKeyId, a.secretAccessKey, a.sessionToken]),
    );
    expectNoSecretsLogged(w);
  });

  it('keeps still-valid credentials when a refresh fails, and fails once they have expired', async () => {
    const w = await world();
    const result = ok(await resolveAwsCredentials(w.options({}, { retry: { maxAttempts: 2 } })));
    const first = await result.credentials();
    aws!.faults.throttle({ times: Infinity });
    w.clock.now = T0 + 3_300_000;
    expect((await result.credentials()).accessKeyId).toBe(first.accessKeyId);
    expect(w.logger.messages('warning')[0]).toMatch(
      /^Could not refresh the AWS session for .*using the current one until/,
    );
    w.clock.now = T0 + 3_700_000;
    await expect(result.credentials()).rejects.toThrow(/after 2 attempts: Throttling/);
  });

  it('web-identity-token-file: re-reads the file for each attempt', async () => {
    const w = await world();
    const dir = mkdtempSync(join(tmpdir(), 'aws-oidc-'));
    const file = join(dir, 'token');
    const tokens = [0, 1].map(() => {
      const res = fetch(oidc!.url + '&audience=sts.amazonaws.com', {
        headers: { authorization: `Bearer ${oidc!.requestToken}` },
      });
      return res.then((r) => r.json() as Promise<{ value: string }>);
    });
    const [t1, t2] = await Promise.all(tokens);
    let reads = 0;
    aws!.faults.throttle();
    const result = ok(
      await resolveAwsCredentials({
        ...w.options({ webIdentityTokenFile: file }),
        idTokenRequest: undefined,
        readFile: (p) => {
          expect(p).toBe(file);
          return Promise.resolve(reads++ === 0 ? t1!.value : t2!.value);
        },
      }),
    );
    expect(result.source).toBe('web-identity-token-file');
    expect(aws!.callsTo('AssumeRoleWithWebIdentity').map((c) => c.input.WebIdentityToken)).toEqual([
      t1!.value,
      t2!.value,
    ]);
  });

  it('exports AWS_* variables (masked) for later steps when asked', async () => {
    const w = await world();
    const result = ok(
      await resolveAwsCredentials(w.options({ exportCredentials: true, region: 'eu-central-1' })),
    );
    const env = await credentialEnvironment(result, w.logger);
    const s = w.sts.sessions[0]!;
    expect(env).toEqual({
      AWS_ACCESS_KEY_ID: s.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s.secretAccessKey,
      AWS_SESSION_TOKEN: s.sessionToken,
      AWS_REGION: 'eu-central-1',
      AWS_DEFAULT_REGION: 'eu-central-1',
    });
    expect(w.logger.masked).toEqual(expect.arrayContaining(Object.values(env).slice(0, 3)));
  });
});

describe('resolveAwsCredentials without role-to-assume: the SDK default provider chain', () => {
  const staticId = {
    accessKeyId: 'AKIADEFAULTCHAIN0001',
    secretAccessKey: 'default-chain-secret',
    sessionToken: 'default-chain-token',
  };

  it('uses the chain, masks what it returns, and checks allowed-account-ids with GetCallerIdentity', async () => {
    aws = await startAwsFake({
      services: {
        sts: {
          GetCallerIdentity: (_i: unknown, ctx) => ({
            Account: ctx.accessKeyId === staticId.accessKeyId ? '123456789012' : '000000000000',
            Arn: 'arn:aws:iam::123456789012:user/ci',
            UserId: 'AIDAFAKE',
          }),
        },
      },
    });
    const logger = new RecordingLogger();
    const base: ResolveAwsCredentialsOptions = {
      inputs: inputs({
        roleToAssume: undefined,
        stsEndpoint: aws.url,
        allowedAccountIds: ['123456789012'],
      }),
      idTokenRequest: undefined,
      logger,
      defaultProvider: () => () => Promise.resolve(staticId),
    };
    const result = ok(await resolveAwsCredentials(base));
    expect(result).toMatchObject({
      source: 'default-chain',
      accountId: '123456789012',
      principalArn: 'arn:aws:iam::123456789012:user/ci',
    });
    expect(logger.masked).toEqual(expect.arrayContaining(Object.values(staticId)));
    expect(aws.callsTo('GetCallerIdentity')[0]!.accessKeyId).toBe(staticId.accessKeyId);
    const err = await failure(
      resolveAwsCredentials({
        ...base,
        inputs: { ...base.inputs, allowedAccountIds: ['111122223333'] },
      }),
    );
    expect(err.message).toContain(
      '(123456789012, arn:aws:iam::123456789012:user/ci) does not match any of allowed-account-ids: 111122223333',
    );
  });

  it('says what to do when the chain finds nothing (or skips when asked)', async () => {
    const base: ResolveAwsCredentialsOptions = {
      inputs: inputs({ roleToAssume: undefined }),
      idTokenRequest: undefined,
      logger: new RecordingLogger(),
      defaultProvider: () => () =>
        Promise.reject(new Error('Could not load credentials from any providers')),
    };
    const err = await failure(resolveAwsCredentials(base));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toContain('role-to-assume is not set and the SDK default provider chain');
    expect(err.message).toContain('Could not load credentials from any providers');
    expect(err.hint).toContain('configure-aws-credentials');
    expect(
      (
        await resolveAwsCredentials({
          ...base,
          inputs: { ...base.inputs, onMissingCredentials: 'skip' },
        })
      ).status,
    ).toBe('unavailable');
  });

  it('uses the real fromNodeProviderChain by default (reads AWS_* credentials from the environment)', async () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        AWS_ACCESS_KEY_ID: 'AKIAENVCHAIN00000001',
        AWS_SECRET_ACCESS_KEY: 'env-secret',
      });
      delete process.env.AWS_SESSION_TOKEN;
      const logger = new RecordingLogger();
      const result = ok(
        await resolveAwsCredentials({
          inputs: inputs({ roleToAssume: undefined }),
          idTokenRequest: undefined,
          logger,
        }),
      );
      expect((await result.credentials()).accessKeyId).toBe('AKIAENVCHAIN00000001');
      expect(logger.masked).toContain('env-secret');
    } finally {
      process.env = saved;
    }
  });
});

describe('inputs and region', () => {
  const logger = new RecordingLogger();
  const run = (over: Partial<AwsInputs>, regionEnv = {}) =>
    failure(
      resolveAwsCredentials({ inputs: inputs(over), idTokenRequest: undefined, regionEnv, logger }),
    );

  it('region: input, else AWS_REGION, else AWS_DEFAULT_REGION, else a clear error', async () => {
    const skip = { onMissingCredentials: 'skip' as const };
    const region = async (over: Partial<AwsInputs>, env: Record<string, string>) => {
      const r = await resolveAwsCredentials({
        inputs: inputs({ ...skip, roleToAssume: undefined, ...over }),
        idTokenRequest: undefined,
        regionEnv: env,
        logger,
        defaultProvider: () => () =>
          Promise.resolve({ accessKeyId: 'AKIA0000000000000000', secretAccessKey: 's' }),
      });
      return r.status === 'ok' ? r.region : r.reason;
    };
    expect(await region({ region: 'eu-west-3' }, { AWS_REGION: 'us-west-2' })).toBe('eu-west-3');
    expect(
      await region(
        { region: undefined },
        { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'ap-south-1' },
      ),
    ).toBe('us-west-2');
    expect(await region({ region: undefined }, { AWS_DEFAULT_REGION: 'ap-south-1' })).toBe(
      'ap-south-1',
    );
    expect((await run({ region: undefined })).message).toBe(
      'No AWS region: the aws-region input is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set.',
    );
    expect((await run({ region: undefined }, { AWS_REGION: 'US East 1' })).message).toBe(
      'Region is not valid: "US East 1" (from AWS_REGION).',
    );
  });

  it('rejects a bare role name, a bad session name and a bad sts-endpoint, naming the input', async () => {
    expect((await run({ roleToAssume: 'gha-iac-gates' })).message).toContain(
      'role-to-assume must be a full IAM role ARN; got "gha-iac-gates"',
    );
    expect((await run({ roleSessionName: 'has space' })).message).toContain(
      'role-session-name "has space" is not valid',
    );
    expect((await run({ stsEndpoint: 'not a url' })).message).toContain(
      'sts-endpoint is not a URL',
    );
    expect(
      (await run({ roleToAssume: undefined, webIdentityTokenFile: '/tmp/t' })).message,
    ).toContain('web-identity-token-file is set but role-to-assume is not');
  });
});

function maskIndex(w: World, entryIndex: number): number {
  return w.logger.entries.slice(0, entryIndex).filter((e) => e.level === 'mask').length;
}
