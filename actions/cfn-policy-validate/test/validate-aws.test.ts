// Validation against the AWS fake with the real Access Analyzer SDK client: pagination,
// de-duplication, bounded concurrency, throttling, preview polling and preview configurations.
import { afterEach, describe, expect, it } from 'vitest';
import {
  AnalysisError,
  createAwsClients,
  validatePolicies,
  type AnalyzerContext,
  type PolicyToCheck,
} from '@devsecops-gates/cfn-policies';
import type { AwsFake } from '@devsecops-gates/fakes/aws';
import {
  startMockAws,
  type AccessAnalyzerModel,
  type CaseMocks,
  type RecordedCalls,
} from '../conformance/mock-aws.js';

const open: { fake: AwsFake; destroy: () => void }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    o.destroy();
    await o.fake.close();
  }
});

async function setup(
  mocks: CaseMocks,
  context: Partial<AnalyzerContext> = {},
): Promise<{ ctx: AnalyzerContext; fake: AwsFake; recorded: RecordedCalls }> {
  const { fake, recorded } = await startMockAws(mocks);
  const clients = createAwsClients({
    region: 'us-east-2',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
    endpoints: { '*': fake.url },
  });
  open.push({ fake, destroy: () => clients.destroy() });
  return {
    fake,
    recorded,
    ctx: {
      client: clients.accessAnalyzer,
      accountId: '111222333444',
      region: 'us-east-2',
      partition: 'aws',
      pollIntervalMs: 1,
      getCanonicalUserId: () => Promise.resolve('owner-canonical-id'),
      ...context,
    },
  };
}

const identity = (name: string, action: string): PolicyToCheck => ({
  policy_type: 'identity',
  attached_to: { type: 'Role', name: 'AppRole', path: '/' },
  policy_name: name,
  document: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  },
  location: {
    file: 't.yaml',
    path: `Resources.AppRole.Properties.Policies.${name}`,
    line: 10,
    column: 7,
  },
  statementLocations: [{ file: 't.yaml', path: 'x.Statement.0', line: 12, column: 9 }],
});

const finding = (code: string, type = 'WARNING') => ({
  findingDetails: `${code} details`,
  findingType: type,
  issueCode: code,
  learnMoreLink:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
  locations: [{ path: [{ value: 'Statement' }, { index: 0 }] }],
});

describe('ValidatePolicy', () => {
  it('follows nextToken across pages and locates findings at the statement line', async () => {
    const model: AccessAnalyzerModel = {
      validate_policy: [
        {
          match: { policyType: 'IDENTITY_POLICY' },
          findings: [finding('A'), finding('B'), finding('C', 'ERROR')],
        },
      ],
    };
    const { ctx, fake } = await setup({ access_analyzer: model });
    const result = await validatePolicies([identity('p', 's3:GetObject')], ctx);
    expect(fake.callsTo('ValidatePolicy')).toHaveLength(3);
    expect(fake.callsTo('ValidatePolicy')[1]!.input).toMatchObject({ nextToken: 'page-1' });
    expect(result.report.BlockingFindings.map((f) => f.code)).toEqual(['C']);
    expect(result.report.NonBlockingFindings.map((f) => f.code)).toEqual(['A', 'B']);
    expect(result.report.BlockingFindings[0]!.location).toMatchObject({ file: 't.yaml', line: 12 });
    expect(result.exitCode).toBe(2);
  });

  it('sends an identical document once and reports the result for every policy', async () => {
    const model: AccessAnalyzerModel = {
      validate_policy: [{ match: {}, findings: [finding('X', 'SECURITY_WARNING')] }],
    };
    const { ctx, fake } = await setup({ access_analyzer: model });
    const policies = [
      identity('one', 'iam:PassRole'),
      identity('two', 'iam:PassRole'),
      identity('three', 'iam:ListRoles'),
    ];
    const result = await validatePolicies(policies, ctx);
    expect(fake.callsTo('ValidatePolicy')).toHaveLength(2);
    expect(result.report.BlockingFindings.map((f) => f.policyName)).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('never has more calls in flight than the concurrency setting', async () => {
    const { ctx, fake } = await setup({}, { concurrency: 3 });
    let inFlight = 0;
    let peak = 0;
    fake.faults.latency(30, { operation: 'ValidatePolicy', times: Infinity });
    const wrapped: AnalyzerContext = {
      ...ctx,
      client: new Proxy(ctx.client, {
        get(target, prop, receiver) {
          if (prop !== 'send') return Reflect.get(target, prop, receiver) as unknown;
          const send = target.send.bind(target) as (...args: unknown[]) => Promise<unknown>;
          return async (...args: unknown[]) => {
            inFlight++;
            peak = Math.max(peak, inFlight);
            try {
              return await send(...args);
            } finally {
              inFlight--;
            }
          };
        },
      }),
    };
    const policies = Array.from({ length: 12 }, (_, i) => identity(`p${i}`, `s3:Action${i}`));
    await validatePolicies(policies, wrapped);
    expect(fake.callsTo('ValidatePolicy')).toHaveLength(12);
    expect(peak).toBe(3);
  });

  it('retries throttled calls and still gets every answer', async () => {
    const model: AccessAnalyzerModel = {
      validate_policy: [{ match: {}, findings: [finding('W')] }],
    };
    const { ctx, fake } = await setup({ access_analyzer: model });
    fake.faults.throttle({ operation: 'ValidatePolicy', times: 4 });
    const policies = Array.from({ length: 5 }, (_, i) => identity(`p${i}`, `s3:Action${i}`));
    const result = await validatePolicies(policies, ctx);
    expect(result.report.NonBlockingFindings).toHaveLength(5);
    expect(fake.callsTo('ValidatePolicy').filter((c) => c.status === 429)).toHaveLength(4);
  });

  it('fails closed when ValidatePolicy is denied', async () => {
    const { ctx, fake } = await setup({});
    fake.faults.error(
      'AccessDeniedException',
      'not authorized to perform access-analyzer:ValidatePolicy',
      { operation: 'ValidatePolicy', status: 403 },
    );
    await expect(validatePolicies([identity('p', 's3:GetObject')], ctx)).rejects.toThrow(
      AnalysisError,
    );
  });
});

describe('access previews', () => {
  const trust: PolicyToCheck = {
    policy_type: 'trust',
    attached_to: { type: 'Role', name: 'R'.repeat(70), path: '/' },
    policy_name: 'TrustPolicy',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' },
      ],
    },
  };

  it('previews a role trust policy under the role ARN (name cut to 64) and polls until complete', async () => {
    const arn = `arn:aws:iam::111222333444:role/${'R'.repeat(64)}`;
    const model: AccessAnalyzerModel = {
      access_previews: [
        {
          match: { resourceArn: arn },
          findings: [
            {
              id: 'f1',
              principal: { AWS: '123456789012' },
              action: ['sts:AssumeRole'],
              resourceType: 'AWS::IAM::Role',
              createdAt: '2024-01-01T00:00:00Z',
              changeType: 'NEW',
              status: 'ACTIVE',
              resourceOwnerAccount: '111222333444',
            },
            {
              id: 'f2',
              principal: { AWS: '123456789012' },
              action: ['sts:TagSession'],
              resourceType: 'AWS::IAM::Role',
              createdAt: '2024-01-01T00:00:00Z',
              changeType: 'NEW',
              status: 'ARCHIVED',
              resourceOwnerAccount: '111222333444',
            },
          ],
        },
      ],
    };
    const { ctx, fake, recorded } = await setup({ access_analyzer: model });
    const result = await validatePolicies([trust], ctx);
    expect(Object.keys(recorded.access_preview_configurations[0]!)).toEqual([arn]);
    expect(fake.callsTo('GetAccessPreview').length).toBeGreaterThanOrEqual(2);
    expect(result.report.BlockingFindings.map((f) => [f.code, f.message])).toEqual([
      ['EXTERNAL_PRINCIPAL', 'Trust policy allows access from external principals.'],
    ]);
  });

  it('times out after the configured number of polls', async () => {
    const model: AccessAnalyzerModel = { access_previews: [{ match: {}, status: 'CREATING' }] };
    const { ctx } = await setup({ access_analyzer: model }, { maxPolls: 3 });
    await expect(validatePolicies([trust], ctx)).rejects.toThrow(/Timed out/);
  });

  it('aborts on a failure reason other than INVALID_CONFIGURATION', async () => {
    const model: AccessAnalyzerModel = {
      access_previews: [{ match: {}, status: 'FAILED', statusReason: 'INTERNAL_ERROR' }],
    };
    const { ctx } = await setup({ access_analyzer: model });
    await expect(validatePolicies([trust], ctx)).rejects.toThrow(/INTERNAL_ERROR/);
  });

  it('builds bucket ACL grants from the canned ACL with the owner canonical id', async () => {
    const { ctx, recorded } = await setup({});
    const bucket: PolicyToCheck = {
      policy_type: 'resource',
      resource: {
        name: 'logs',
        type: 'AWS::S3::Bucket',
        configuration: { AccessControl: 'LogDeliveryWrite' },
      },
      policy_name: 'BucketPolicy',
      document: null,
    };
    await validatePolicies([bucket], ctx);
    expect(recorded.validate_policy).toEqual([]);
    expect(recorded.access_preview_configurations).toEqual([
      {
        'arn:aws:s3:::logs': {
          s3Bucket: {
            bucketAclGrants: [
              { permission: 'FULL_CONTROL', grantee: { id: 'owner-canonical-id' } },
              {
                permission: 'WRITE',
                grantee: { uri: 'http://acs.amazonaws.com/groups/s3/LogDelivery' },
              },
              {
                permission: 'READ_ACP',
                grantee: { uri: 'http://acs.amazonaws.com/groups/s3/LogDelivery' },
              },
            ],
          },
        },
      },
    ]);
  });

  it('previews an access point through a delegating bucket, with its VPC origin', async () => {
    const { ctx, recorded } = await setup({});
    const ap: PolicyToCheck = {
      policy_type: 'resource',
      resource: {
        name: 'ap1',
        type: 'AWS::S3::AccessPoint',
        configuration: { VpcId: 'vpc-0a53287fa4e3b1c2d' },
      },
      policy_name: 'AccessPointPolicy',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }],
      },
    };
    const result = await validatePolicies([ap], {
      ...ctx,
      randomUuid: () => '00000000-0000-4000-8000-000000000000',
    });
    expect(result.report.BlockingFindings).toEqual([]);
    const config = recorded.access_preview_configurations[0] as Record<
      string,
      { s3Bucket: { accessPoints: Record<string, unknown> } }
    >;
    const bucket = config['arn:aws:s3:::00000000-0000-4000-8000-000000000000']!;
    expect(
      bucket.s3Bucket.accessPoints['arn:aws:s3:us-east-2:111222333444:accesspoint/ap1'],
    ).toMatchObject({
      networkOrigin: { vpcConfiguration: { vpcId: 'vpc-0a53287fa4e3b1c2d' } },
    });
    expect(recorded.validate_policy[0]).toMatchObject({
      validatePolicyResourceType: 'AWS::S3::AccessPoint',
    });
  });

  it('reports a multi-region access point policy without an MRAP resource ARN as a failed preview', async () => {
    const { ctx, recorded } = await setup({});
    const mrap: PolicyToCheck = {
      policy_type: 'resource',
      resource: { name: 'm', type: 'AWS::S3::MultiRegionAccessPoint' },
      policy_name: 'MultiRegionAccessPointPolicy',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }],
      },
    };
    const result = await validatePolicies([mrap], ctx);
    expect(recorded.access_preview_configurations).toEqual([]);
    expect(result.report.BlockingFindings.map((f) => f.code)).toEqual([
      'FAILED_ACCESS_PREVIEW_CREATION',
    ]);
  });
});
