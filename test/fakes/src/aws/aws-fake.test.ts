import {
  AccessAnalyzerClient,
  CheckAccessNotGrantedCommand,
  CheckNoNewAccessCommand,
  paginateValidatePolicy,
  ValidatePolicyCommand,
  type ValidatePolicyCommandInput,
  type ValidatePolicyFinding,
} from '@aws-sdk/client-accessanalyzer';
import { CloudFormationClient, ListExportsCommand } from '@aws-sdk/client-cloudformation';
import {
  CodeGuruReviewerClient,
  DescribeRepositoryAssociationCommand,
  paginateListRecommendations,
} from '@aws-sdk/client-codeguru-reviewer';
import { BatchImportFindingsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, startAwsFake, type AwsFake, type AwsFakeOptions } from './index.js';

const wire = JSON.parse(
  readFileSync(new URL('./testdata/examples/wire-examples.json', import.meta.url), 'utf8'),
);
const credentials = { accessKeyId: 'AKIDFAKEEXAMPLE', secretAccessKey: 'fake-secret' };
const region = 'us-east-1';

let fake: AwsFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: AwsFakeOptions): Promise<AwsFake> {
  fake = await startAwsFake(options);
  return fake;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SDK errors carry modeled members (reason, fieldList ...)
async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

const finding = (issueCode: string): ValidatePolicyFinding => ({
  findingDetails: `details of ${issueCode}`,
  findingType: 'ERROR',
  issueCode,
  learnMoreLink:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
  locations: [
    {
      path: [{ value: 'Statement' }, { index: 0 }],
      span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 5, offset: 5 } },
    },
  ],
});

describe('Access Analyzer (restJson1) with the real client', () => {
  const client = (url: string) => new AccessAnalyzerClient({ endpoint: url, region, credentials });
  const policy = '{"Version":"2012-10-17","Statement":[]}';

  it('rejects a missing required member with ValidationException exactly as AWS words it', async () => {
    const f = await start({
      services: { 'access-analyzer': { ValidatePolicy: () => ({ findings: [] }) } },
    });
    const err = await rejection(
      client(f.url).send(
        new ValidatePolicyCommand({ policyDocument: policy } as ValidatePolicyCommandInput),
      ),
    );
    expect(err.name).toBe('ValidationException');
    expect(err.$metadata.httpStatusCode).toBe(400);
    expect(err.message).toBe(
      "1 validation error detected: Value null at 'policyType' failed to satisfy constraint: Member must not be null",
    );
    expect(err.reason).toBe('fieldValidationFailed');
    expect(err.fieldList).toEqual([{ name: 'policyType', message: 'Member must not be null' }]);
    expect(f.calls).toMatchObject([
      { service: 'access-analyzer', operation: 'ValidatePolicy', status: 400 },
    ]);
  });

  it('rejects an enum violation with the same body as the recorded wire example', async () => {
    const f = await start({
      services: { 'access-analyzer': { ValidatePolicy: () => ({ findings: [] }) } },
    });
    const err = await rejection(
      client(f.url).send(
        new ValidatePolicyCommand({ policyDocument: policy, policyType: 'FOO' as never }),
      ),
    );
    const expected = wire.accessanalyzer.errors.ValidationException.body;
    expect(err.message).toBe(expected.message);
    expect(err.fieldList).toEqual(expected.fieldList);
  });

  it('pages with nextToken and maxResults in the query string (the body carries neither)', async () => {
    const f = await start({
      services: {
        'access-analyzer': {
          ValidatePolicy: (input: ValidatePolicyCommandInput) =>
            input.nextToken === undefined
              ? { findings: [finding('MISSING_VERSION')], nextToken: 'opaque-token-2' }
              : input.nextToken === 'opaque-token-2'
                ? { findings: [finding('INVALID_ACTION')] }
                : Promise.reject(
                    awsError('ValidationException', 'bad token', { fields: { reason: 'other' } }),
                  ),
        },
      },
    });
    const codes: string[] = [];
    for await (const page of paginateValidatePolicy(
      { client: client(f.url), pageSize: 50 },
      { policyDocument: policy, policyType: 'IDENTITY_POLICY' },
    ))
      codes.push(...(page.findings ?? []).map((x) => x.issueCode!));
    expect(codes).toEqual(['MISSING_VERSION', 'INVALID_ACTION']);
    expect(f.calls.map((c) => [c.input.nextToken, c.input.maxResults])).toEqual([
      [undefined, 50],
      ['opaque-token-2', 50],
    ]);
  });

  it('rejects an unknown body member (a nextToken sent in the body is not a body member)', async () => {
    const f = await start({
      services: { 'access-analyzer': { ValidatePolicy: () => ({ findings: [] }) } },
    });
    const res = await fetch(`${f.url}/policy/validation`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `AWS4-HMAC-SHA256 Credential=AKID/20261126/${region}/access-analyzer/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify({
        policyDocument: policy,
        policyType: 'IDENTITY_POLICY',
        nextToken: 'x',
      }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(await res.json()).toEqual({
      message: "Unknown member 'nextToken' at 'the request body'",
      reason: 'cannotParse',
    });
  });

  it('throttles (429 + Retry-After) and the SDK retries to success', async () => {
    const f = await start({
      services: { 'access-analyzer': { ValidatePolicy: () => ({ findings: [] }) } },
    });
    f.faults.throttle({ operation: 'ValidatePolicy', retryAfterSeconds: 0 });
    const out = await client(f.url).send(
      new ValidatePolicyCommand({ policyDocument: policy, policyType: 'IDENTITY_POLICY' }),
    );
    expect(out.$metadata.attempts).toBe(2);
    expect(f.calls.map((c) => c.status)).toEqual([429, 200]);
    expect(f.calls[0]!.errorCode).toBe('ThrottlingException');
  });

  it('surfaces a persistent throttle as ThrottlingException with retryAfterSeconds after 3 attempts', async () => {
    const f = await start({
      services: { 'access-analyzer': { ValidatePolicy: () => ({ findings: [] }) } },
    });
    f.faults.throttle({ retryAfterSeconds: 0, times: Infinity });
    const err = await rejection(
      client(f.url).send(
        new ValidatePolicyCommand({ policyDocument: policy, policyType: 'IDENTITY_POLICY' }),
      ),
    );
    expect(err.name).toBe('ThrottlingException');
    expect(err.retryAfterSeconds).toBe(0);
    expect(err.$metadata.attempts).toBe(3);
  });

  it('retries a connection reset and a 500, then succeeds', async () => {
    const f = await start({
      services: { 'access-analyzer': { ValidatePolicy: () => ({ findings: [finding('X')] }) } },
    });
    f.faults.reset().serverError();
    const out = await client(f.url).send(
      new ValidatePolicyCommand({ policyDocument: policy, policyType: 'IDENTITY_POLICY' }),
    );
    expect(out.findings).toHaveLength(1);
    expect(f.calls.map((c) => c.status)).toEqual([-1, 500, 200]);
    expect(f.calls[1]!.errorCode).toBe('InternalServerException');
  });

  it('answers an operation without a handler with a 501 that names it', async () => {
    const f = await start({});
    const err = await rejection(
      client(f.url).send(
        new CheckAccessNotGrantedCommand({
          policyDocument: policy,
          policyType: 'IDENTITY_POLICY',
          access: [{ actions: ['s3:PutObject'] }],
        }),
      ),
    );
    expect(err.$metadata.httpStatusCode).toBe(501);
    expect(err.message).toContain('no handler for access-analyzer.CheckAccessNotGranted');
  });

  it('enforces @length on lists (at most one access entry)', async () => {
    const f = await start({
      services: { 'access-analyzer': { CheckAccessNotGranted: () => ({ result: 'PASS' }) } },
    });
    const err = await rejection(
      client(f.url).send(
        new CheckAccessNotGrantedCommand({
          policyDocument: policy,
          policyType: 'IDENTITY_POLICY',
          access: [{ actions: ['s3:PutObject'] }, { actions: ['s3:GetObject'] }],
        }),
      ),
    );
    expect(err.name).toBe('ValidationException');
    expect(err.message).toContain(
      "at 'access' failed to satisfy constraint: Member must have length less than or equal to 1",
    );
  });

  it('answers 500 and blames the handler when it returns a member the model does not have', async () => {
    const f = await start({
      services: { 'access-analyzer': { ValidatePolicy: () => ({ findings: [], nextTokne: 'x' }) } },
    });
    const err = await rejection(
      client(f.url).send(
        new ValidatePolicyCommand({ policyDocument: policy, policyType: 'IDENTITY_POLICY' }),
      ),
    );
    expect(err.$metadata.httpStatusCode).toBe(500);
    expect(err.message).toContain(
      "handler for access-analyzer.ValidatePolicy returned an invalid output: 'nextTokne' is not a member",
    );
  });
});

describe('STS (awsQuery) with the real client', () => {
  const ok = wire.sts['AssumeRoleWithWebIdentity.response.200'];
  const assumeOutput = {
    Credentials: {
      AccessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
      SessionToken: 'IQoJb3JpZ2luX2VjEXAMPLETOKEN',
      Expiration: new Date('2026-11-26T19:00:00Z'),
    },
    SubjectFromWebIdentityToken: 'repo:octo-org/octo-repo:pull_request',
    AssumedRoleUser: {
      AssumedRoleId: 'AROA3XFRBF535PLBIFPI4:GitHubActions',
      Arn: 'arn:aws:sts::123456789012:assumed-role/gha-iac-gates/GitHubActions',
    },
    Provider: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    Audience: 'sts.amazonaws.com',
  };
  const client = (url: string) =>
    new STSClient({
      endpoint: url,
      region,
      // AssumeRoleWithWebIdentity is unsigned: a provider that throws proves no signing is needed.
      credentials: () => Promise.reject(new Error('no credentials needed')),
    });
  const request = {
    RoleArn: 'arn:aws:iam::123456789012:role/gha-iac-gates',
    RoleSessionName: 'GitHubActions',
    WebIdentityToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
    DurationSeconds: 3600,
  };

  it('serves an unsigned AssumeRoleWithWebIdentity in the XML the wire example records', async () => {
    const f = await start({ services: { sts: { AssumeRoleWithWebIdentity: () => assumeOutput } } });
    const out = await client(f.url).send(new AssumeRoleWithWebIdentityCommand(request));
    expect(out.Credentials?.Expiration).toEqual(new Date('2026-11-26T19:00:00Z'));
    expect(out.AssumedRoleUser?.Arn).toBe(assumeOutput.AssumedRoleUser.Arn);
    expect(f.calls[0]).toMatchObject({
      service: 'sts',
      operation: 'AssumeRoleWithWebIdentity',
      status: 200,
      input: request,
    });

    const res = await fetch(f.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: wire.sts['AssumeRoleWithWebIdentity.request'].body,
    });
    const norm = (xml: string) =>
      xml
        .replace(/>\s+</g, '><')
        .replace(/<RequestId>[^<]*</, '<RequestId><')
        .trim();
    expect(res.headers.get('content-type')).toBe(ok.headers['content-type']);
    // Same elements in the same document; only member order may differ from the example.
    const sortTags = (xml: string) => (norm(xml).match(/<[^>]+>[^<]*/g) ?? []).sort();
    expect(sortTags(await res.text())).toEqual(sortTags(ok.body));
  });

  it('requires a signature for GetCallerIdentity', async () => {
    const f = await start({
      services: { sts: { GetCallerIdentity: () => ({ Account: '123456789012' }) } },
    });
    const res = await fetch(f.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<Code>MissingAuthenticationToken</Code>');
    const signed = new STSClient({ endpoint: f.url, region: 'eu-west-1', credentials });
    const out = await signed.send(new GetCallerIdentityCommand({}));
    expect(out.Account).toBe('123456789012');
    expect(f.calls[1]).toMatchObject({ region: 'eu-west-1', accessKeyId: credentials.accessKeyId });
  });

  it.each([
    ['InvalidIdentityTokenException', 'InvalidIdentityToken', 400, 'InvalidIdentityTokenException'],
    ['InvalidIdentityToken', 'InvalidIdentityToken', 400, 'InvalidIdentityTokenException'],
    ['IDPRejectedClaim', 'IDPRejectedClaim', 403, 'IDPRejectedClaimException'],
    ['ExpiredTokenException', 'ExpiredTokenException', 400, 'ExpiredTokenException'],
    ['AccessDenied', 'AccessDenied', 403, 'AccessDenied'],
  ])(
    'sends %s as wire code %s (%i) and the SDK names it %s',
    async (thrown, code, status, sdkName) => {
      const f = await start({
        services: {
          sts: {
            AssumeRoleWithWebIdentity: () => {
              throw awsError(
                thrown,
                'Not authorized to perform sts:AssumeRoleWithWebIdentity',
                thrown === 'AccessDenied' ? { status: 403 } : {},
              );
            },
          },
        },
      });
      const err = await rejection(
        client(f.url).send(new AssumeRoleWithWebIdentityCommand(request)),
      );
      expect(err.name).toBe(sdkName);
      expect(err.$metadata.httpStatusCode).toBe(status);
      expect(err.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');
      expect(f.calls[0]!.errorCode).toBe(code);
    },
  );

  it('retries IDPCommunicationError ($retryable) and Throttling', async () => {
    const f = await start({ services: { sts: { AssumeRoleWithWebIdentity: () => assumeOutput } } });
    f.faults.error('IDPCommunicationError', "Couldn't retrieve verification key").throttle();
    const out = await client(f.url).send(new AssumeRoleWithWebIdentityCommand(request));
    expect(out.$metadata.attempts).toBe(3);
    expect(f.calls.map((c) => c.errorCode)).toEqual([
      'IDPCommunicationError',
      'Throttling',
      undefined,
    ]);
  });

  it('validates lengths, patterns and ranges with STS ValidationError, never echoing the token', async () => {
    const f = await start({ services: { sts: { AssumeRoleWithWebIdentity: () => assumeOutput } } });
    const err = await rejection(
      client(f.url).send(
        new AssumeRoleWithWebIdentityCommand({
          ...request,
          RoleSessionName: 'a b',
          DurationSeconds: 60,
          WebIdentityToken: 'abc',
        }),
      ),
    );
    expect(err.name).toBe('ValidationError');
    expect(err.message).toMatch(/^3 validation errors detected: /);
    expect(err.message).toContain(
      "Value 'a b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern",
    );
    expect(err.message).toContain(
      "Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    );
    expect(err.message).toContain(
      "at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4",
    );
    expect(err.message).not.toContain("'abc'");
  });
});

describe('Security Hub and CodeGuru Reviewer with the real clients', () => {
  it('imports findings, and rejects an empty batch with InvalidInputException {Code, Message}', async () => {
    const f = await start({
      services: {
        securityhub: {
          BatchImportFindings: (input: { Findings: unknown[] }) => ({
            FailedCount: 0,
            SuccessCount: input.Findings.length,
            FailedFindings: [],
          }),
        },
      },
    });
    const client = new SecurityHubClient({ endpoint: f.url, region, credentials });
    const out = await client.send(
      new BatchImportFindingsCommand(wire.securityhub['BatchImportFindings.request'].body),
    );
    expect(out.SuccessCount).toBe(1);
    const err = await rejection(client.send(new BatchImportFindingsCommand({ Findings: [] })));
    expect(err.name).toBe('InvalidInputException');
    expect(err.Code).toBe('InvalidInputException');
    expect(err.message).toContain(
      "at 'findings' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    f.faults.throttle({ times: Infinity });
    const throttled = await rejection(
      client.send(
        new BatchImportFindingsCommand(wire.securityhub['BatchImportFindings.request'].body),
      ),
    );
    expect(throttled.name).toBe('LimitExceededException');
    expect(throttled.$metadata.httpStatusCode).toBe(429);
  });

  it('reads percent-encoded ARN labels, pages ListRecommendations, and sends epoch-second timestamps', async () => {
    const arn =
      'arn:aws:codeguru-reviewer:us-east-1:123456789012:association:12345678-1234-1234-1234-123456789012';
    const reviewArn =
      'arn:aws:codeguru-reviewer:us-east-1:123456789012:code-review:RepositoryAnalysis-octo-repo-main-0a1b2c3d4e5f';
    const f = await start({
      services: {
        'codeguru-reviewer': {
          DescribeRepositoryAssociation: (input: { AssociationArn: string }) => ({
            RepositoryAssociation: {
              AssociationArn: input.AssociationArn,
              State: 'Associated',
              CreatedTimeStamp: new Date('2026-11-26T16:00:00.5Z'),
            },
          }),
          ListRecommendations: (input: { NextToken?: string; CodeReviewArn: string }) =>
            input.NextToken
              ? { RecommendationSummaries: [{ RecommendationId: 'r2', FilePath: 'b.py' }] }
              : {
                  RecommendationSummaries: [{ RecommendationId: 'r1', FilePath: 'a.py' }],
                  NextToken: 'abc',
                },
        },
      },
    });
    const client = new CodeGuruReviewerClient({ endpoint: f.url, region, credentials });
    const out = await client.send(
      new DescribeRepositoryAssociationCommand({ AssociationArn: arn }),
    );
    expect(out.RepositoryAssociation?.AssociationArn).toBe(arn);
    expect(out.RepositoryAssociation?.CreatedTimeStamp).toEqual(new Date('2026-11-26T16:00:00.5Z'));
    const ids: string[] = [];
    for await (const page of paginateListRecommendations(
      { client },
      { CodeReviewArn: reviewArn, MaxResults: 100 },
    ))
      ids.push(...(page.RecommendationSummaries ?? []).map((r) => r.RecommendationId!));
    expect(ids).toEqual(['r1', 'r2']);
    expect(f.callsTo('ListRecommendations').map((c) => c.input)).toEqual([
      { CodeReviewArn: reviewArn, MaxResults: 100 },
      { CodeReviewArn: reviewArn, MaxResults: 100, NextToken: 'abc' },
    ]);
    const bad = await rejection(
      client.send(new DescribeRepositoryAssociationCommand({ AssociationArn: 'not-an-arn' })),
    );
    expect(bad.name).toBe('ValidationException');
    expect(bad.message).toContain(
      "Value 'not-an-arn' at 'associationArn' failed to satisfy constraint: Member must satisfy regular expression pattern",
    );
  });
});

describe('raw services', () => {
  it('routes by signing name to a raw handler (CloudFormation ListExports, awsQuery XML)', async () => {
    const f = await start({
      raw: {
        cloudformation: (req) => ({
          status: 200,
          headers: { 'content-type': 'text/xml' },
          body:
            `<ListExportsResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ListExportsResult><Exports>` +
            `<member><ExportingStackId>stack</ExportingStackId><Name>VpcId</Name><Value>vpc-123</Value></member>` +
            `</Exports></ListExportsResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></ListExportsResponse>` +
            `<!-- ${req.operation} -->`,
        }),
      },
    });
    const client = new CloudFormationClient({ endpoint: f.url, region, credentials });
    const out = await client.send(new ListExportsCommand({}));
    expect(out.Exports).toEqual([{ ExportingStackId: 'stack', Name: 'VpcId', Value: 'vpc-123' }]);
    expect(f.calls).toMatchObject([
      { service: 'cloudformation', operation: 'ListExports', status: 200 },
    ]);
  });

  it('applies faults to raw services too', async () => {
    const f = await start({
      raw: {
        cloudformation: () => ({
          status: 200,
          headers: { 'content-type': 'text/xml' },
          body: '<ListExportsResponse><ListExportsResult><Exports/></ListExportsResult></ListExportsResponse>',
        }),
      },
    });
    f.faults.throttle({ service: 'cloudformation' });
    const out = await new CloudFormationClient({ endpoint: f.url, region, credentials }).send(
      new ListExportsCommand({}),
    );
    expect(out.$metadata.attempts).toBe(2);
  });
});

describe('fault injection details', () => {
  const policy = '{"Version":"2012-10-17","Statement":[]}';
  const client = (url: string) =>
    new AccessAnalyzerClient({ endpoint: url, region, credentials, maxAttempts: 1 });

  it('delays answers by the global latencyMs plus latency faults, only for matching operations', async () => {
    const f = await start({
      latencyMs: 50,
      services: {
        'access-analyzer': {
          ValidatePolicy: () => ({ findings: [] }),
          CheckNoNewAccess: () => ({ result: 'PASS' }),
        },
      },
    });
    f.faults.latency(150, { operation: 'CheckNoNewAccess' });
    let t = performance.now();
    await client(f.url).send(
      new ValidatePolicyCommand({ policyDocument: policy, policyType: 'IDENTITY_POLICY' }),
    );
    expect(performance.now() - t).toBeGreaterThanOrEqual(45);
    expect(f.faults.pending).toBe(1);
    t = performance.now();
    await client(f.url).send(
      new CheckNoNewAccessCommand({
        newPolicyDocument: policy,
        existingPolicyDocument: policy,
        policyType: 'IDENTITY_POLICY',
      }),
    );
    expect(performance.now() - t).toBeGreaterThanOrEqual(190);
    expect(f.faults.pending).toBe(0);
  });

  it('matches faults by service and operation and counts them down', async () => {
    const f = await start({
      services: { 'access-analyzer': { ValidatePolicy: () => ({ findings: [] }) } },
    });
    f.faults.throttle({ service: 'sts' }).serverError({ operation: 'ValidatePolicy', times: 2 });
    const send = () =>
      client(f.url)
        .send(new ValidatePolicyCommand({ policyDocument: policy, policyType: 'IDENTITY_POLICY' }))
        .then(
          () => 200,
          (e: { $metadata: { httpStatusCode: number } }) => e.$metadata.httpStatusCode,
        );
    expect([await send(), await send(), await send()]).toEqual([500, 500, 200]);
    expect(f.faults.pending).toBe(1);
  });

  it('answers 500 naming the handler when it throws an error with fields its shape lacks', async () => {
    const f = await start({
      services: {
        'access-analyzer': {
          ValidatePolicy: () => {
            throw awsError('AccessDeniedException', 'no', { fields: { reasonn: 'x' } });
          },
        },
      },
    });
    const err = await rejection(
      client(f.url).send(
        new ValidatePolicyCommand({ policyDocument: policy, policyType: 'IDENTITY_POLICY' }),
      ),
    );
    expect(err.$metadata.httpStatusCode).toBe(500);
    expect(err.message).toContain('threw AccessDeniedException with invalid fields');
  });
});
