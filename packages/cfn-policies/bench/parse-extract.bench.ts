/**
 * Benchmark: parse + extract a generated 1,000-resource template (roles with inline policies,
 * buckets with bucket policies, queues with queue policies, managed policies, KMS keys, Lambda
 * permissions), JSON and YAML (fast subset parser, and the full `yaml` fallback). Target: <= 1 s
 * each. Baseline: the 1 s budget of issue 5.
 */
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { lookupsFromMocks, parseAndExtract } from '../src/index.js';

function generateTemplate(resourceCount: number): Record<string, unknown> {
  const resources: Record<string, unknown> = {};
  const doc = (statements: unknown[]): unknown => ({
    Version: '2012-10-17',
    Statement: statements,
  });
  let i = 0;
  while (Object.keys(resources).length < resourceCount) {
    const n = i++;
    switch (n % 6) {
      case 0:
        resources[`Role${n}`] = {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: { 'Fn::Sub': `app-\${AWS::Region}-role-${n}` },
            AssumeRolePolicyDocument: doc([
              {
                Effect: 'Allow',
                Principal: { Service: 'lambda.amazonaws.com' },
                Action: 'sts:AssumeRole',
              },
            ]),
            Policies: [
              {
                PolicyName: 'inline',
                PolicyDocument: doc([
                  {
                    Effect: 'Allow',
                    Action: ['s3:GetObject'],
                    Resource: { 'Fn::Sub': `\${Bucket${n + 1}.Arn}/*` },
                  },
                  {
                    Effect: 'Allow',
                    Action: 'sqs:SendMessage',
                    Resource: { 'Fn::GetAtt': [`Queue${n + 3}`, 'Arn'] },
                  },
                ]),
              },
            ],
          },
        };
        break;
      case 1:
        resources[`Bucket${n}`] = {
          Type: 'AWS::S3::Bucket',
          Properties: { BucketName: `bucket-${n}` },
        };
        break;
      case 2:
        resources[`BucketPolicy${n}`] = {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: `Bucket${n - 1}` },
            PolicyDocument: doc([
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [
                  { 'Fn::GetAtt': [`Bucket${n - 1}`, 'Arn'] },
                  { 'Fn::Join': ['', [{ 'Fn::GetAtt': [`Bucket${n - 1}`, 'Arn'] }, '/*']] },
                ],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ]),
          },
        };
        break;
      case 3:
        resources[`Queue${n}`] = {
          Type: 'AWS::SQS::Queue',
          Properties: { QueueName: `queue-${n}` },
        };
        resources[`QueuePolicy${n}`] = {
          Type: 'AWS::SQS::QueuePolicy',
          Properties: {
            Queues: [{ Ref: `Queue${n}` }],
            PolicyDocument: doc([
              {
                Effect: 'Allow',
                Principal: { AWS: { Ref: 'AWS::AccountId' } },
                Action: 'sqs:*',
                Resource: { 'Fn::GetAtt': [`Queue${n}`, 'Arn'] },
              },
            ]),
          },
        };
        break;
      case 4:
        resources[`Managed${n}`] = {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            Roles: [{ Ref: `Role${n - 4}` }],
            PolicyDocument: doc([{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }]),
          },
        };
        resources[`Key${n}`] = {
          Type: 'AWS::KMS::Key',
          Properties: {
            KeyPolicy: doc([
              {
                Effect: 'Allow',
                Principal: {
                  AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' },
                },
                Action: 'kms:*',
                Resource: '*',
              },
            ]),
          },
        };
        break;
      default:
        resources[`Permission${n}`] = {
          Type: 'AWS::Lambda::Permission',
          Properties: {
            Action: 'lambda:InvokeFunction',
            FunctionName: `fn-${n}`,
            Principal: 's3.amazonaws.com',
            SourceArn: { 'Fn::GetAtt': [`Bucket${n - 4}`, 'Arn'] },
          },
        };
    }
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };
}

async function measure(label: string, text: string, format: 'json' | 'yaml'): Promise<number> {
  const run = () =>
    parseAndExtract({
      text,
      file: `bench.${format}`,
      format,
      accountId: '111222333444',
      region: 'us-east-2',
      partition: 'aws',
      lookups: lookupsFromMocks({}),
    });
  const warm = await run();
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[2] ?? 0;
  console.log(
    `${label}: ${(text.length / 1024).toFixed(0)} KiB, ${warm.policies.length} policies, median ${median.toFixed(0)} ms ` +
      `(${(1000 / median).toFixed(1)}x faster than the 1,000 ms budget)`,
  );
  return median;
}

const template = generateTemplate(1000);
console.log(`generated template: ${Object.keys(template.Resources as object).length} resources`);
const json = await measure('JSON parse+extract', JSON.stringify(template, null, 2), 'json');
const yaml = await measure('YAML parse+extract', stringify(template), 'yaml');
// An anchor is outside the fast YAML subset: this measures the full `yaml` parser fallback
// (informational: the budget applies to the generated template above).
await measure(
  'YAML parse+extract (full-parser fallback: template with an anchor)',
  `Metadata: &meta {}
${stringify(template)}`,
  'yaml',
);
if (json > 1000 || yaml > 1000) {
  console.log('FAIL: over the 1 s budget');
  process.exitCode = 1;
}
