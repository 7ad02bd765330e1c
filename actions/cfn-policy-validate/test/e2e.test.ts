// End to end: the ncc bundle (dist/cfn-policy-validate/index.js) run as the runner runs it, with
// AWS credentials from the environment (SDK default chain), the AWS fake behind
// AWS_ENDPOINT_URL, and for the pull request the OpenAPI-checked GitHub fake.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAKE_TOKEN, startGitHubFake, type GitHubFake } from '@devsecops-gates/fakes/github';
import {
  asForkPullRequest,
  pullRequestEvent,
  REPO_ROOT,
  runBundledAction,
} from '@devsecops-gates/fakes/harness';
import type { AwsFake } from '@devsecops-gates/fakes/aws';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockAws } from '../conformance/mock-aws.js';

const bundle = join(REPO_ROOT, 'dist', 'cfn-policy-validate', 'index.js');
const SECRET = 'e2e-secret-access-key-do-not-print';

const TEMPLATE = `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: jobs
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: '444455556666' }
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
`;

let aws: AwsFake | undefined;
let github: GitHubFake | undefined;
afterEach(async () => {
  await aws?.close();
  await github?.close();
  aws = undefined;
  github = undefined;
});

describe('cfn-policy-validate bundle (e2e, run `pnpm build cfn-policy-validate` first)', () => {
  it('has a bundle to run', () => expect(existsSync(bundle)).toBe(true));

  it('blocks an external principal on a pull request: annotation at the statement, outputs, summary, PR comment', async () => {
    aws = (
      await startMockAws(
        {
          access_analyzer: {
            access_previews: [
              {
                match: { resourceArn: 'arn:aws:sqs:us-east-2:111222333444:jobs' },
                findings: [
                  {
                    id: 'f-1',
                    principal: { AWS: '444455556666' },
                    action: ['sqs:SendMessage'],
                    resource: 'arn:aws:sqs:us-east-2:111222333444:jobs',
                    isPublic: false,
                    resourceType: 'AWS::SQS::Queue',
                    createdAt: '2024-01-01T00:00:00Z',
                    changeType: 'NEW',
                    status: 'ACTIVE',
                    resourceOwnerAccount: '111222333444',
                  },
                ],
              },
            ],
          },
        },
        {
          services: {
            sts: {
              GetCallerIdentity: () => ({
                Account: '111222333444',
                Arn: 'arn:aws:iam::111222333444:user/ci',
                UserId: 'AIDAE2E',
              }),
            },
          },
        },
      )
    ).fake;
    github = await startGitHubFake();
    const result = await runBundledAction('cfn-policy-validate', {
      inputs: { 'template-path': 'infra/*.yaml', 'aws-region': 'us-east-2', upload: 'false' },
      files: { 'infra/queue.yaml': TEMPLATE },
      event: pullRequestEvent(),
      githubToken: FAKE_TOKEN,
      env: {
        AWS_ACCESS_KEY_ID: 'AKIDE2ETEST',
        AWS_SECRET_ACCESS_KEY: SECRET,
        AWS_ENDPOINT_URL: aws.url,
        GITHUB_API_URL: github.url,
      },
      secrets: [SECRET],
      timeoutMs: 60_000,
      keepWorkspace: true,
    });
    try {
      expect(result.exitCode).toBe(1);
      expect(result.outputs['blocking-findings']).toBe('1');
      expect(result.outputs['non-blocking-findings']).toBe('0');
      const error = result.annotations.find(
        (a) => a.level === 'error' && a.file === 'infra/queue.yaml',
      );
      expect(error?.message).toContain('Resource policy allows access from external principals.');
      expect(error?.line).toBe(13); // the statement that grants the external account
      expect(result.summary).toContain('EXTERNAL_PRINCIPAL');
      const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'));
      expect(report.BlockingFindings[0]).toMatchObject({
        code: 'EXTERNAL_PRINCIPAL',
        resourceName: 'jobs',
        policyName: 'QueuePolicy',
      });
      expect(aws.callsTo('GetCallerIdentity').length).toBeGreaterThanOrEqual(1);
      expect(aws.callsTo('CreateAccessPreview')).toHaveLength(1);
      const comments = github.state.comments;
      expect(JSON.stringify(comments)).toContain('EXTERNAL_PRINCIPAL');
    } finally {
      result.cleanup();
    }
  });

  it('finishes neutral on a fork pull request without an OIDC token when on-missing-credentials is skip', async () => {
    aws = (await startMockAws({})).fake;
    const result = await runBundledAction('cfn-policy-validate', {
      inputs: {
        'template-path': 'infra/*.yaml',
        'aws-region': 'us-east-2',
        'role-to-assume': 'arn:aws:iam::111222333444:role/validator',
        'on-missing-credentials': 'skip',
        comment: 'false',
        upload: 'false',
      },
      files: { 'infra/queue.yaml': TEMPLATE },
      event: asForkPullRequest(pullRequestEvent()),
      env: {
        AWS_ENDPOINT_URL: aws.url,
        ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
      },
      timeoutMs: 60_000,
    });
    try {
      expect(result.exitCode).toBe(0);
      expect(result.outputs['blocking-findings']).toBe('0');
      expect(result.stdout).toMatch(/cfn-policy-validate skipped/);
      expect(aws.calls).toEqual([]);
    } finally {
      result.cleanup();
    }
  });
});
