import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTemplateError } from '../template/errors.js';
import { parseAndExtract } from './extract.js';
import { lookupsFromMocks } from './lookups.js';
import type { ExtractInput } from './types.js';

const parentFile = fileURLToPath(new URL('../../testdata/nested/parent.yaml', import.meta.url));
const base = {
  accountId: '111222333444',
  region: 'us-east-2',
  partition: 'aws',
  lookups: lookupsFromMocks({}),
};

function lineOf(file: string, needle: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}

describe('nested stacks (default mode)', () => {
  it('follows local child templates with the parameters the parent passes', async () => {
    const r = await parseAndExtract({
      ...base,
      text: readFileSync(parentFile, 'utf8'),
      file: parentFile,
    });
    const inline = r.policies.find((p) => p.policy_name === 'read-reports');
    expect(inline?.nestedStack).toBe('Child');
    expect(inline?.attached_to).toEqual({ type: 'Role', name: 'ReaderRole', path: '/' });
    expect(inline?.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::reports-bucket/*',
          // Fn::Cidr in the parent, passed as a comma-joined list, split by the child.
          Condition: { IpAddress: { 'aws:VpcSourceIp': '10.0.1.0/24' } },
        },
      ],
    });
    const childFile = parentFile.replace('parent.yaml', 'child.yaml');
    expect(inline?.location.file).toBe(childFile);
    expect(inline?.statementLocations[0]?.line).toBe(lineOf(childFile, 'Action: s3:GetObject') - 1);

    // A stack nested in the nested stack, given a Fn::GetAZs value.
    const queue = r.policies.find((p) => p.resource?.type === 'AWS::SQS::Queue');
    expect(queue?.nestedStack).toBe('Child/Grand');
    expect(queue?.resource?.name).toBe('jobs-us-east-2a');
    expect(queue?.location.file).toMatch(/grandchild\.json$/);

    // SAM application with a local Location.
    const app = r.policies.find((p) => p.policy_name === 'app-logs');
    expect(app?.nestedStack).toBe('App');
    expect(r.parseOutput.OrphanedPolicies.map((p) => p.Name)).toContain('app-logs');
    expect(r.parseOutput.Roles.map((x) => x.RoleName)).toEqual(['ReaderRole']);

    const notChecked = Object.fromEntries(r.notChecked.map((n) => [n.resource, n]));
    expect(Object.keys(notChecked).sort()).toEqual(['FromRepository', 'Missing', 'Remote']);
    expect(notChecked.Missing?.reason).toContain('./missing.yaml was not found');
    expect(notChecked.Missing?.location.line).toBe(lineOf(parentFile, './missing.yaml'));
    expect(notChecked.Remote?.reason).toContain('is remote');
    expect(notChecked.FromRepository?.reason).toContain('Serverless Application Repository');
  });

  it('is not followed in reference parity mode', async () => {
    const r = await parseAndExtract({
      ...base,
      text: readFileSync(parentFile, 'utf8'),
      file: parentFile,
      options: { referenceParity: true },
    });
    expect(r.policies.filter((p) => p.nestedStack !== undefined)).toEqual([]);
    expect(r.policies.map((p) => p.policy_name)).toEqual([]);
  });

  it('can be switched off, listing nested stacks as not checked', async () => {
    const r = await parseAndExtract({
      ...base,
      text: readFileSync(parentFile, 'utf8'),
      file: parentFile,
      options: { followNestedStacks: false },
    });
    expect(r.policies).toEqual([]);
    expect(r.notChecked.map((n) => n.resource).sort()).toEqual([
      'App',
      'Child',
      'FromRepository',
      'Missing',
      'Remote',
    ]);
  });

  const inMemory = (
    files: Record<string, string>,
  ): Pick<ExtractInput, 'resolveNestedTemplate'> => ({
    resolveNestedTemplate: (location) => {
      const text = files[location];
      return Promise.resolve(text === undefined ? undefined : { file: location, text });
    },
  });

  it('uses an injected resolver, and stops at a template that includes itself', async () => {
    const loop = JSON.stringify({
      Resources: {
        Again: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'loop.json' } },
      },
    });
    const r = await parseAndExtract({
      ...base,
      ...inMemory({ 'loop.json': loop }),
      text: loop,
      file: 'loop.json',
    });
    expect(r.notChecked.map((n) => n.reason)).toEqual([
      'Nested stack template loop.json includes itself',
    ]);
  });

  it('fails on the child template, naming its file, when a parameter is missing', async () => {
    const child = JSON.stringify({
      Parameters: { Needed: { Type: 'String' } },
      Resources: {
        P: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: { Ref: 'Needed' } }],
            },
          },
        },
      },
    });
    const parent = JSON.stringify({
      Resources: {
        C: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'c.json' } },
      },
    });
    const error: unknown = await parseAndExtract({
      ...base,
      ...inMemory({ 'c.json': child }),
      text: parent,
      file: 'parent.json',
    }).catch((e: unknown) => e);
    expect(isTemplateError(error) && error.kind).toBe('missing_parameter');
    expect(isTemplateError(error) && error.location?.file).toBe('c.json');
  });

  const storageChild = JSON.stringify({
    Parameters: { Prefix: { Type: 'String' } },
    Resources: {
      Bucket: {
        Type: 'AWS::S3::Bucket',
        Properties: { BucketName: { 'Fn::Sub': '${Prefix}-data' } },
      },
    },
    Outputs: {
      BucketArn: { Value: { 'Fn::GetAtt': ['Bucket', 'Arn'] } },
      Loop: { Value: { Ref: 'Prefix' } },
    },
  });
  const consumer = (resource: unknown, prefix: unknown = 'team'): string =>
    JSON.stringify({
      Resources: {
        Storage: {
          Type: 'AWS::CloudFormation::Stack',
          Properties: { TemplateURL: 'storage.json', Parameters: { Prefix: prefix } },
        },
        Reader: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }],
            },
          },
        },
      },
    });

  it('resolves Fn::GetAtt <NestedStack>.Outputs.<Name> from the child template', async () => {
    const r = await parseAndExtract({
      ...base,
      ...inMemory({ 'storage.json': storageChild }),
      text: consumer({ 'Fn::Sub': '${Storage.Outputs.BucketArn}/*' }),
      file: 'parent.json',
    });
    const reader = r.policies.find((p) => p.logicalId === 'Reader');
    expect(reader?.document).toMatchObject({
      Statement: [{ Resource: 'arn:aws:s3:::team-data/*' }],
    });
  });

  it('reports a nested stack whose parameters need its own outputs as a cycle', async () => {
    const error: unknown = await parseAndExtract({
      ...base,
      ...inMemory({ 'storage.json': storageChild }),
      text: consumer(
        { 'Fn::GetAtt': ['Storage', 'Outputs.Loop'] },
        {
          'Fn::GetAtt': ['Storage', 'Outputs.Loop'],
        },
      ),
      file: 'parent.json',
    }).catch((e: unknown) => e);
    expect(isTemplateError(error) && error.kind).toBe('cycle');
  });

  it('fails like the reference on nested stack outputs in parity mode', async () => {
    await expect(
      parseAndExtract({
        ...base,
        ...inMemory({ 'storage.json': storageChild }),
        text: consumer({ 'Fn::GetAtt': ['Storage', 'Outputs.BucketArn'] }),
        file: 'parent.json',
        options: { referenceParity: true },
      }),
    ).rejects.toMatchObject({ kind: 'unsupported_getatt' });
  });
});
