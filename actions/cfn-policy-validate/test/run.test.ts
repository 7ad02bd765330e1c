// run() end to end in-process: real template files, real extraction, real SDK clients against
// the AWS fake, real publishReport (no token: summary and annotations only).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingRuntime } from '@devsecops-gates/action-kit';
import { parseSarifText, sarifSchemaValidator } from '@devsecops-gates/sarif';
import type { AwsCredentialsResult } from '@devsecops-gates/aws-oidc';
import type { AwsFake } from '@devsecops-gates/fakes/aws';
import { startMockAws, type CaseMocks } from '../conformance/mock-aws.js';
import { run, type RunDeps } from '../src/main.js';

const TEMPLATE = `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: root
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: !Sub 'arn:\${AWS::Partition}:s3:::\${BucketName}/*'
              - Effect: Allow
                Action: iam:PassRole
                Resource: '*'
  Nested:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://example.com/child.yaml
Parameters:
  BucketName:
    Type: String
`;

const PASSROLE_DOC = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' },
    { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
  ],
};

const MOCKS: CaseMocks = {
  access_analyzer: {
    validate_policy: [
      {
        match: { policyType: 'IDENTITY_POLICY', policyDocument: PASSROLE_DOC },
        findings: [
          {
            findingDetails:
              'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive.',
            findingType: 'SECURITY_WARNING',
            issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
            learnMoreLink:
              'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
            locations: [{ path: [{ value: 'Statement' }, { index: 1 }] }],
          },
        ],
      },
    ],
  },
};

const staticCredentials: RunDeps['resolveCredentials'] = (options) =>
  Promise.resolve<AwsCredentialsResult>({
    status: 'ok',
    credentials: () =>
      Promise.resolve({ accessKeyId: 'AKIDRUNTEST', secretAccessKey: 'run-test-secret' }),
    region: options.inputs.region ?? 'us-east-2',
    accountId: '111222333444',
    principalArn: 'arn:aws:sts::111222333444:assumed-role/validator/devsecops-gates',
    source: 'github-oidc',
  });

let fake: AwsFake | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function runWith(
  inputs: Record<string, string>,
  files: Record<string, string> = { 'stack.yaml': TEMPLATE },
  deps: Partial<RunDeps> = {},
  nested: Record<string, string> = {},
) {
  const started = await startMockAws(MOCKS);
  fake = started.fake;
  const workspace = mkdtempSync(join(tmpdir(), 'cfn-run-'));
  dirs.push(workspace);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  for (const [name, text] of Object.entries(nested)) {
    mkdirSync(dirname(join(workspace, name)), { recursive: true });
    writeFileSync(join(workspace, name), text);
  }
  const rt = recordingRuntime(
    { 'aws-region': 'us-east-2', comment: 'false', upload: 'false', ...inputs },
    { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, AWS_ENDPOINT_URL: fake.url },
  );
  const outcome = await run(rt, {
    resolveCredentials: staticCredentials,
    pollIntervalMs: 1,
    ...deps,
  });
  return { rt, outcome, workspace };
}

describe('cfn-policy-validate run()', () => {
  it('fails on a blocking finding, locates it at the statement line and never hides the unchecked nested stack', async () => {
    const { rt, outcome } = await runWith({
      'template-path': '*.yaml',
      parameters: 'BucketName=data',
    });
    expect(outcome?.verdict).toEqual({
      status: 'fail',
      reason: '1 blocking finding (see the job summary)',
    });
    expect(rt.failures).toEqual(['cfn-policy-validate: 1 blocking finding (see the job summary)']);
    expect(rt.outputs['blocking-findings']).toBe('1');
    expect(rt.outputs['non-blocking-findings']).toBe('0');

    const report = JSON.parse(readFileSync(rt.outputs['report-path']!, 'utf8'));
    expect(report.BlockingFindings).toHaveLength(1);
    expect(report.BlockingFindings[0]).toMatchObject({
      findingType: 'SECURITY_WARNING',
      code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
      resourceName: 'app',
      policyName: 'root',
      location: { file: 'stack.yaml', line: 20 },
    });

    const sarifText = readFileSync(rt.outputs['sarif-path']!, 'utf8');
    const sarif = JSON.parse(sarifText);
    expect(sarif.version).toBe('2.1.0');
    const schema = sarifSchemaValidator().validateLogDetailed(
      parseSarifText(sarifText, 'results.sarif'),
      'results.sarif',
    );
    expect(schema.errors).toEqual([]);
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
      level: 'error',
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'stack.yaml' }, region: { startLine: 20 } },
        },
      ],
    });

    const summary = rt.summary.join('\n');
    expect(summary).toContain('not checked');
    expect(summary).toContain('Nested');
    expect(
      rt.logger.entries.some(
        (e) => e.level === 'warning' && e.message.includes('Not checked: Nested'),
      ),
    ).toBe(true);
    // The account came from the credentials: no STS call was needed.
    expect(fake!.callsTo('GetCallerIdentity')).toEqual([]);
  });

  it('passes when the finding is ignored, still warning about what was not checked', async () => {
    const { rt, outcome } = await runWith({
      'template-path': 'stack.yaml',
      parameters: 'BucketName=data',
      'ignore-finding': 'app.PASS_ROLE_WITH_STAR_IN_RESOURCE',
    });
    expect(outcome?.verdict).toEqual({ status: 'pass' });
    expect(rt.outputs['blocking-findings']).toBe('0');
    expect(rt.summary.join('\n')).toMatch(/⚠️ No blocking findings, but 1 policy was not checked/);
  });

  it('reads parameters from a template configuration file (input values win)', async () => {
    const { rt } = await runWith(
      {
        'template-path': 'stack.yaml',
        'template-configuration-file': 'config.json',
        'treat-finding-type-as-blocking': 'NONE',
      },
      {
        'stack.yaml': TEMPLATE,
        'config.json': JSON.stringify([{ ParameterKey: 'BucketName', ParameterValue: 'data' }]),
      },
    );
    expect(rt.failures).toEqual([]);
    expect(rt.outputs['non-blocking-findings']).toBe('1');
  });

  it('names the file and line of a template error, without a stack trace', async () => {
    const { rt, outcome } = await runWith({ 'template-path': 'stack.yaml' });
    expect(outcome).toBeUndefined();
    expect(rt.failures).toHaveLength(1);
    expect(rt.failures[0]).toMatch(/^cfn-policy-validate: .*stack\.yaml:\d+/);
    expect(rt.failures[0]).toContain('BucketName');
  });

  it('fails when a glob matches no template', async () => {
    const { rt } = await runWith({ 'template-path': 'cdk.out/*.template.json' });
    expect(rt.failures[0]).toMatch(/template-path 'cdk\.out\/\*\.template\.json' matched no files/);
  });

  it('rejects a bad treat-finding-type-as-blocking value by name', async () => {
    const { rt } = await runWith({
      'template-path': 'stack.yaml',
      'treat-finding-type-as-blocking': 'CRITICAL',
    });
    expect(rt.failures[0]).toMatch(/Input 'treat-finding-type-as-blocking'.*CRITICAL/);
  });

  it('finishes neutral when credentials are unavailable and on-missing-credentials is skip', async () => {
    const { rt, outcome } = await runWith(
      {
        'template-path': 'stack.yaml',
        parameters: 'BucketName=data',
        'on-missing-credentials': 'skip',
      },
      undefined,
      {
        resolveCredentials: () =>
          Promise.resolve({
            status: 'unavailable',
            reason: 'no OIDC token on a fork pull request',
          }),
      },
    );
    expect(outcome?.verdict.status).toBe('skipped');
    expect(rt.failures).toEqual([]);
    expect(fake!.calls).toEqual([]);
  });
});

describe('cfn-policy-validate run() custom policy checks', () => {
  it('check-no-new-access compares attached identity policies with the reference policy file', async () => {
    const reference = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    const { rt, outcome } = await runWith(
      {
        'template-path': 'stack.yaml',
        parameters: 'BucketName=data',
        'policy-check-type': 'check-no-new-access',
        'reference-policy': 'ref.json',
        'reference-policy-type': 'identity',
      },
      { 'stack.yaml': TEMPLATE, 'ref.json': reference },
    );
    // The fake answers PASS for every check (no rule in MOCKS): nothing new is granted.
    expect(outcome?.verdict).toEqual({ status: 'pass' });
    const calls = fake!.callsTo('CheckNoNewAccess');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.input).toMatchObject({
      policyType: 'IDENTITY_POLICY',
      existingPolicyDocument: reference,
    });
    expect(fake!.callsTo('ValidatePolicy')).toEqual([]);
    expect(rt.outputs['blocking-findings']).toBe('0');
  });

  it('check-access-not-granted needs actions or resources, named by input', async () => {
    const { rt } = await runWith({
      'template-path': 'stack.yaml',
      'policy-check-type': 'check-access-not-granted',
    });
    expect(rt.failures[0]).toMatch(/needs at least one of the inputs 'actions' or 'resources'/);
  });
});

describe('cfn-policy-validate run() with several templates', () => {
  it('checks every template a glob matches, sends a shared document once and reports each file', async () => {
    const second = TEMPLATE.replace('RoleName: app', 'RoleName: worker').replace(
      / {2}Nested:[\s\S]*?child\.yaml\n/,
      '',
    );
    const { rt, outcome } = await runWith(
      { 'template-path': 'stacks/*.yaml', parameters: 'BucketName=data' },
      {},
      {},
      { 'stacks/a.yaml': TEMPLATE, 'stacks/b.yaml': second },
    );
    expect(outcome?.verdict.status).toBe('fail');
    const report = JSON.parse(readFileSync(rt.outputs['report-path']!, 'utf8'));
    expect(
      report.BlockingFindings.map((f: { resourceName: string; location: { file: string } }) => [
        f.resourceName,
        f.location.file,
      ]),
    ).toEqual([
      ['app', 'stacks/a.yaml'],
      ['worker', 'stacks/b.yaml'],
    ]);
    // Same identity document in both templates: one ValidatePolicy call for it.
    const identityCalls = fake!
      .callsTo('ValidatePolicy')
      .filter((c) => c.input.policyType === 'IDENTITY_POLICY');
    expect(identityCalls).toHaveLength(1);
  });
});
