/**
 * Runner-level proof (issue 3): a step that resolves AWS credentials through GitHub OIDC, run as
 * the runner runs it (INPUT_* env, workflow commands on stdout, GITHUB_OUTPUT/ENV/STEP_SUMMARY
 * files), never shows a credential or token outside its `::add-mask::` line. The harness throws
 * SecretLeakError on any such appearance; these tests also check what was masked.
 */
import {
  asForkPullRequest,
  pullRequestEvent,
  REPO_ROOT,
  runBundledAction,
} from '@devsecops-gates/fakes/harness';
import { startAwsFake, stsWebIdentity, type AwsFake } from '@devsecops-gates/fakes/aws';
import { startOidcFake, type OidcFake } from '@devsecops-gates/fakes/oidc';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROLE = 'arn:aws:iam::123456789012:role/gha-iac-gates';
const probe = fileURLToPath(new URL('./fixtures/probe-action.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');

let aws: AwsFake | undefined;
let oidc: OidcFake | undefined;
afterEach(async () => {
  await aws?.close();
  await oidc?.close();
  aws = oidc = undefined;
});

async function fakes(subjects = ['repo:*']) {
  const sts = stsWebIdentity({ trust: { roleArn: ROLE, subjects } });
  aws = await startAwsFake({ services: { sts: sts.handlers } });
  oidc = await startOidcFake();
  return { sts, aws, oidc };
}

const run = (
  inputs: Record<string, string>,
  env: Record<string, string>,
  extra: Parameters<typeof runBundledAction>[1] = {},
) =>
  runBundledAction('aws-oidc-probe', {
    root: REPO_ROOT,
    entry: probe,
    nodeArgs: ['--import', tsx],
    inputs,
    env,
    timeoutMs: 60_000,
    ...extra,
  });

describe('aws-oidc on the runner (harness)', () => {
  it('masks the session credentials and the OIDC token; none appears in the log, outputs or summary', async () => {
    const { sts, aws, oidc } = await fakes();
    const result = await run(
      { 'role-to-assume': ROLE, 'aws-region': 'us-east-1', 'sts-endpoint': aws.url },
      { ...oidc.env, AWS_EC2_METADATA_DISABLED: 'true' },
      { secrets: [oidc.requestToken] },
    );
    expect(result.exitCode).toBe(0);
    const s = sts.sessions[0]!;
    expect(result.masked).toEqual(
      expect.arrayContaining([
        oidc.issued[0]!.token,
        s.accessKeyId,
        s.secretAccessKey,
        s.sessionToken,
      ]),
    );
    // Masks are registered before the first line that talks about the session.
    const firstMask = result.stdout.indexOf(`::add-mask::${s.accessKeyId}`);
    expect(firstMask).toBeGreaterThanOrEqual(0);
    expect(firstMask).toBeLessThan(result.stdout.indexOf('Authenticated as'));
    expect(result.outputs).toEqual({ 'aws-account-id': '123456789012' });
    expect(result.summary).toContain(
      'Authenticated as `arn:aws:sts::123456789012:assumed-role/gha-iac-gates/devsecops-gates`',
    );
    expect(result.exportedEnv).toEqual({});
    expect(aws.callsTo('GetCallerIdentity')[0]!.accessKeyId).toBe(s.accessKeyId);
  });

  it('export-credentials: true writes the masked AWS_* variables to GITHUB_ENV and nowhere else', async () => {
    const { sts, aws, oidc } = await fakes();
    const err = await run(
      {
        'role-to-assume': ROLE,
        'aws-region': 'us-east-1',
        'sts-endpoint': aws.url,
        'export-credentials': 'true',
      },
      { ...oidc.env },
    ).then(
      () => undefined,
      (e: unknown) => e as Error & { leaks?: { surface: string }[] },
    );
    // The harness counts any masked value in GITHUB_ENV as a leak; exporting is the one place the
    // values must appear, so the only "leaks" allowed are those three exported variables.
    expect(err?.name).toBe('SecretLeakError');
    expect([...new Set(err!.leaks!.map((l) => l.surface))].sort()).toEqual([
      "exported env 'AWS_ACCESS_KEY_ID'",
      "exported env 'AWS_SECRET_ACCESS_KEY'",
      "exported env 'AWS_SESSION_TOKEN'",
    ]);
    expect(sts.sessions).toHaveLength(1);
  });

  it('an AccessDenied fails the step with the diagnosis and without the token', async () => {
    const { oidc } = await fakes(['repo:octo-org/octo-repo:environment:prod']);
    const result = await run(
      { 'role-to-assume': ROLE, 'aws-region': 'us-east-1', 'sts-endpoint': aws!.url },
      { ...oidc.env },
      { secrets: [oidc.requestToken] },
    );
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    expect(errors[0]).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"',
    );
  });

  it('a fork pull request without a token finishes neutral with on-missing-credentials: skip', async () => {
    const event = asForkPullRequest(pullRequestEvent());
    const result = await run(
      { 'role-to-assume': ROLE, 'aws-region': 'us-east-1', 'on-missing-credentials': 'skip' },
      {},
      { event },
    );
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('pull request from a fork');
  });
});
