// The drop-in CLI: reference flags and prefixes, JSON on stdout, exit codes 0 / 2 / 1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '@devsecops-gates/action-kit';
import type { AwsFake } from '@devsecops-gates/fakes/aws';
import { startMockAws, type CaseMocks } from '../conformance/mock-aws.js';
import { cli } from '../src/cli.js';
import { parseReferenceArgs } from '../src/reference-cli.js';

const TEMPLATE = JSON.stringify({
  Resources: {
    Reader: {
      Type: 'AWS::IAM::User',
      Properties: {
        UserName: 'Reader',
        Policies: [
          {
            PolicyName: 'list',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }],
            },
          },
        ],
      },
    },
  },
});

const MOCKS: CaseMocks = {
  access_analyzer: {
    validate_policy: [
      {
        match: { policyType: 'IDENTITY_POLICY' },
        findings: [
          {
            findingDetails: 'PassRole with star.',
            findingType: 'SECURITY_WARNING',
            issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
            learnMoreLink:
              'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
            locations: [{ path: [{ value: 'Statement' }, { index: 0 }] }],
          },
        ],
      },
    ],
    checks: [{ operation: 'CheckNoPublicAccess', response: { result: 'FAIL', message: 'public' } }],
  },
};

let fake: AwsFake | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const STS = {
  sts: {
    GetCallerIdentity: () => ({
      Account: '210987654321',
      Arn: 'arn:aws-us-gov:iam::210987654321:user/ci',
      UserId: 'AIDAEXAMPLE',
    }),
  },
};

async function runCli(argv: string[], env: Record<string, string> = {}) {
  fake = (await startMockAws(MOCKS, { services: STS })).fake;
  const cwd = mkdtempSync(join(tmpdir(), 'cfn-cli-'));
  dirs.push(cwd);
  writeFileSync(join(cwd, 'template.json'), TEMPLATE);
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    env: {
      AWS_ACCESS_KEY_ID: 'AKIDCLITEST',
      AWS_SECRET_ACCESS_KEY: 'cli-test-secret',
      AWS_ENDPOINT_URL: fake.url,
      ...env,
    },
  };
  const code = await cli.run(argv, io);
  return { code, stdout, stderr };
}

describe('parseReferenceArgs', () => {
  it('accepts unambiguous prefixes and nargs+ parameters, like argparse', () => {
    const args = parseReferenceArgs([
      'validate',
      '--template-path',
      't.yaml',
      '--allow-external-principal',
      '1,2',
      '--parameters',
      'A=1,B=2',
      'C=3',
      '--reg=us-east-1',
    ]);
    expect(args.values).toEqual({ 'allow-external-principals': '1,2', region: 'us-east-1' });
    expect(args.lists).toEqual({ 'template-path': ['t.yaml'], parameters: ['A=1,B=2', 'C=3'] });
  });

  it('rejects unknown, ambiguous and command-foreign flags and a missing template path', () => {
    expect(() => parseReferenceArgs(['validate', '--template-path', 't', '--nope'])).toThrow(
      /unrecognized arguments: --nope/,
    );
    expect(() => parseReferenceArgs(['validate', '--template-path', 't', '--allow'])).toThrow(
      /ambiguous option/,
    );
    expect(() =>
      parseReferenceArgs(['parse', '--template-path', 't', '--ignore-finding', 'x']),
    ).toThrow(/unrecognized/);
    expect(() => parseReferenceArgs(['validate', '--region', 'us-east-1'])).toThrow(
      /required: --template-path/,
    );
    expect(() => parseReferenceArgs(['check-no-new-access', '--template-path', 't'])).toThrow(
      /required: --reference-policy/,
    );
  });
});

describe('cfn-policy-validate CLI (reference mode)', () => {
  it('validate prints the report JSON with 4-space indentation and exits 2 on blocking findings', async () => {
    const { code, stdout } = await runCli([
      'validate',
      '--template-path',
      'template.json',
      '--region',
      'us-east-2',
      '--account-id',
      '111222333444',
      '--partition',
      'aws',
    ]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^\{\n {4}"BlockingFindings": \[/);
    const report = JSON.parse(stdout);
    expect(
      report.BlockingFindings.map((f: { code: string; resourceName: string }) => [
        f.code,
        f.resourceName,
      ]),
    ).toEqual([['PASS_ROLE_WITH_STAR_IN_RESOURCE', 'Reader']]);
    expect(report.BlockingFindings[0].location).toBeUndefined();
  });

  it('exits 0 when the finding type is not blocking, and --locations adds template locations', async () => {
    const { code, stdout } = await runCli([
      'validate',
      '--template-path',
      'template.json',
      '--region',
      'us-east-2',
      '--account-id',
      '111222333444',
      '--partition',
      'aws',
      '--treat-finding-type-as-blocking',
      'ERROR',
      '--locations',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).NonBlockingFindings[0].location).toMatchObject({
      file: 'template.json',
    });
  });

  it('parse takes account and partition from STS when not given', async () => {
    const { code, stdout } = await runCli([
      'parse',
      '--template-path',
      'template.json',
      '--region',
      'us-gov-west-1',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      Account: '210987654321',
      Partition: 'aws-us-gov',
      Region: 'us-gov-west-1',
    });
    expect(fake!.callsTo('GetCallerIdentity')).toHaveLength(1);
  });

  it('parse runs without AWS when account and partition are given', async () => {
    const { code, stdout } = await runCli([
      'parse',
      '--template-path',
      'template.json',
      '--region',
      'us-east-2',
      '--account-id',
      '111222333444',
      '--partition',
      'aws',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      Region: 'us-east-2',
      Account: '111222333444',
      Users: [{ UserName: 'Reader' }],
    });
    expect(fake!.calls).toEqual([]);
  });

  it('needs a region from the flag or the environment', async () => {
    const { code, stderr } = await runCli([
      'validate',
      '--template-path',
      'template.json',
      '--account-id',
      '111222333444',
      '--partition',
      'aws',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'ERROR: No region provided. Specify --region or set the AWS_REGION or AWS_DEFAULT_REGION environment variable.',
    );
    const fromEnv = await runCli(
      [
        'validate',
        '--template-path',
        'template.json',
        '--account-id',
        '111222333444',
        '--partition',
        'aws',
      ],
      { AWS_DEFAULT_REGION: 'us-east-2' },
    );
    expect(fromEnv.code).toBe(2);
  });

  it('reports a missing template and option errors with ERROR: and exit 1', async () => {
    const missing = await runCli([
      'validate',
      '--template-path',
      'nope.yaml',
      '--region',
      'us-east-2',
      '--account-id',
      '111222333444',
      '--partition',
      'aws',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ERROR: CloudFormation template not found: .*nope\.yaml/);
    const noAccess = await runCli([
      'check-access-not-granted',
      '--template-path',
      'template.json',
      '--region',
      'us-east-2',
      '--account-id',
      '111222333444',
      '--partition',
      'aws',
    ]);
    expect(noAccess.code).toBe(1);
    expect(noAccess.stderr).toContain(
      'ERROR: At least one of --actions or --resources must be specified.',
    );
    const usage = await runCli(['validate', '--template-path', 'template.json', '--bogus']);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('unrecognized arguments: --bogus');
  });

  it('check-no-public-access reports FAIL as a blocking policy-analysis finding', async () => {
    const { code, stdout } = await runCli([
      'check-no-public-access',
      '--template-path',
      'template.json',
      '--region',
      'us-east-2',
      '--account-id',
      '111222333444',
      '--partition',
      'aws',
    ]);
    // Identity policies are never checked for public access: nothing to report.
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ BlockingFindings: [], NonBlockingFindings: [] });
  });
});

describe('cfn-policy-validate CLI help', () => {
  it('lists the reference commands and the demo', async () => {
    let out = '';
    const code = await cli.run(['--help'], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      cwd: '.',
      env: {},
    });
    expect(code).toBe(0);
    for (const c of [
      'parse',
      'validate',
      'check-no-new-access',
      'check-access-not-granted',
      'check-no-public-access',
      'demo',
    ]) {
      expect(out).toContain(c);
    }
  });
});
