/**
 * The path an action takes: runner-style inputs parsed by readAwsInputs, the runner env, then
 * resolveActionAwsCredentials inside the runAction boundary (recording runtime).
 */
import {
  InputParser,
  readAwsInputs,
  readGitHubContext,
  recordingRuntime,
  runAction,
  type ActionOutcome,
} from '@devsecops-gates/action-kit';
import { startAwsFake, stsWebIdentity, type AwsFake } from '@devsecops-gates/fakes/aws';
import { startOidcFake, type OidcFake } from '@devsecops-gates/fakes/oidc';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveActionAwsCredentials } from '../src/index.js';

const ROLE = 'arn:aws:iam::123456789012:role/gha-iac-gates';
let aws: AwsFake | undefined;
let oidc: OidcFake | undefined;
afterEach(async () => {
  await aws?.close();
  await oidc?.close();
  aws = oidc = undefined;
});

async function runMiniAction(inputs: Record<string, string>, env: Record<string, string>) {
  const rt = recordingRuntime(inputs, env);
  const outcome = await runAction('mini-aws-action', rt, async (): Promise<ActionOutcome> => {
    const awsInputs = readAwsInputs(new InputParser(rt.readInput));
    const result = await resolveActionAwsCredentials({
      inputs: awsInputs,
      env: rt.env,
      logger: rt.logger,
      exportVariable: (name, value) => rt.exportVariable(name, value),
      github: readGitHubContext(rt.env),
      overrides: { sleep: () => Promise.resolve() },
    });
    if (result.status === 'unavailable')
      return { verdict: { status: 'skipped', reason: result.reason }, outputs: {} };
    const id = await result.credentials();
    return {
      verdict: { status: 'pass' },
      outputs: {
        'aws-account-id': result.accountId ?? '',
        'key-prefix': id.accessKeyId.slice(0, 4),
      },
    };
  });
  return { rt, outcome };
}

describe('resolveActionAwsCredentials in an action', () => {
  it('assumes the role from action inputs and exports masked AWS_* variables when asked', async () => {
    const sts = stsWebIdentity({
      trust: { roleArn: ROLE, subjects: ['repo:octo-org/octo-repo:*'] },
    });
    aws = await startAwsFake({ services: { sts: sts.handlers } });
    oidc = await startOidcFake();
    const { rt, outcome } = await runMiniAction(
      {
        'role-to-assume': ROLE,
        'sts-endpoint': aws.url,
        'export-credentials': 'true',
        'allowed-account-ids': '123456789012',
      },
      { ...oidc.env, AWS_REGION: 'eu-west-1' },
    );
    expect(rt.failures).toEqual([]);
    expect(outcome?.outputs).toEqual({ 'aws-account-id': '123456789012', 'key-prefix': 'ASIA' });
    const s = sts.sessions[0]!;
    expect(rt.exported).toEqual({
      AWS_ACCESS_KEY_ID: s.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s.secretAccessKey,
      AWS_SESSION_TOKEN: s.sessionToken,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });
    expect(rt.logger.masked).toEqual(
      expect.arrayContaining([
        s.accessKeyId,
        s.secretAccessKey,
        s.sessionToken,
        oidc.issued[0]!.token,
      ]),
    );
    expect(aws.callsTo('AssumeRoleWithWebIdentity')[0]!.input.RoleSessionName).toBe(
      'devsecops-gates',
    );
  });

  it('does not export anything by default', async () => {
    const sts = stsWebIdentity({ trust: { roleArn: ROLE, subjects: ['repo:*'] } });
    aws = await startAwsFake({ services: { sts: sts.handlers } });
    oidc = await startOidcFake();
    const { rt } = await runMiniAction(
      { 'role-to-assume': ROLE, 'sts-endpoint': aws.url, 'aws-region': 'us-east-1' },
      oidc.env,
    );
    expect(rt.failures).toEqual([]);
    expect(rt.exported).toEqual({});
  });

  it('fails the step with one clear message when id-token permission is missing, or skips when asked', async () => {
    let { rt } = await runMiniAction({ 'role-to-assume': ROLE, 'aws-region': 'us-east-1' }, {});
    expect(rt.failures).toHaveLength(1);
    expect(rt.failures[0]).toMatch(
      /^mini-aws-action: No GitHub OIDC token is available: .*id-token: write/,
    );
    ({ rt } = await runMiniAction(
      { 'role-to-assume': ROLE, 'aws-region': 'us-east-1', 'on-missing-credentials': 'skip' },
      {},
    ));
    expect(rt.failures).toEqual([]);
    expect(rt.logger.messages('notice')[0]).toMatch(
      /^mini-aws-action skipped: No GitHub OIDC token is available/,
    );
  });

  it('reports an AccessDenied with the diagnosis in the single failure message', async () => {
    const sts = stsWebIdentity({
      trust: { roleArn: ROLE, subjects: ['repo:octo-org/octo-repo:environment:prod'] },
    });
    aws = await startAwsFake({ services: { sts: sts.handlers } });
    oidc = await startOidcFake({
      claims: { event_name: 'pull_request', ref: 'refs/pull/7/merge' },
    });
    const { rt } = await runMiniAction(
      { 'role-to-assume': ROLE, 'sts-endpoint': aws.url, 'aws-region': 'us-east-1' },
      oidc.env,
    );
    expect(rt.failures).toHaveLength(1);
    const message = rt.failures[0]!;
    expect(message).toContain('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    expect(message).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:pull_request"',
    );
    expect(message).toContain('Pull request runs present the subject ":pull_request"');
    expect(message).not.toContain(oidc.issued[0]!.token);
  });
});
