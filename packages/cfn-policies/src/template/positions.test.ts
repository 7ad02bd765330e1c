import { describe, expect, it } from 'vitest';
import { parseAndExtract } from '../extract/extract.js';
import { lookupsFromMocks } from '../extract/lookups.js';
import { TemplateError } from './errors.js';
import { loadTemplate } from './load-template.js';

const account = {
  accountId: '111222333444',
  region: 'us-east-2',
  partition: 'aws',
  lookups: lookupsFromMocks({}),
};

/** 1-based line of the first line containing `needle` (after `from`). */
function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  for (let i = from; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`not found: ${needle}`);
}

const yamlText = `AWSTemplateFormatVersion: '2010-09-09'
Conditions:
  Never: !Equals [a, b]
Resources:
  Role:
    Type: AWS::IAM::Role
    Metadata:
      aws:cdk:path: Stack/Role/Resource
    Properties:
      AssumeRolePolicyDocument:
        Version: 2012-10-17
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: inline
          PolicyDocument:
            Version: 2012-10-17
            Statement:
              - !If
                - Never
                - Effect: Deny
                  Action: '*'
                  Resource: '*'
                - !Ref AWS::NoValue
              - Effect: Allow   # first surviving statement
                Action: s3:GetObject
                Resource: !Sub 'arn:\${AWS::Partition}:s3:::b/*'
              - Sid: Second
                Effect: Allow
                Action: sns:Publish
                Resource: '*'
  Queue:
    Type: AWS::SQS::Queue
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
`;

describe('source positions', () => {
  it('maps YAML policies and statements to their lines, after Fn::If/NoValue pruning', async () => {
    const r = await parseAndExtract({ text: yamlText, file: 't.yaml', ...account });
    const inline = r.policies.find((p) => p.policy_name === 'inline')!;
    expect(inline.location).toMatchObject({
      file: 't.yaml',
      line: lineOf(yamlText, '  PolicyDocument:', lineOf(yamlText, 'PolicyName: inline')),
      column: 11,
    });
    expect(inline.location.path).toBe('Resources.Role.Properties.Policies.0.PolicyDocument');
    expect(inline.statementLocations.map((l) => l.line)).toEqual([
      lineOf(yamlText, 'first surviving statement'),
      lineOf(yamlText, 'Sid: Second'),
    ]);
    expect(inline.cdkPath).toBe('Stack/Role/Resource');
    const trust = r.policies.find((p) => p.policy_type === 'trust')!;
    expect(trust.statementLocations[0]?.line).toBe(lineOf(yamlText, '- Effect: Allow'));
    const queue = r.policies.find((p) => p.policy_type === 'resource')!;
    expect(queue.statementLocations[0]?.line).toBe(
      lineOf(yamlText, '- Effect: Allow', lineOf(yamlText, 'QueuePolicy:')),
    );
    expect(queue.statementLocations[0]?.path).toBe(
      'Resources.QueuePolicy.Properties.PolicyDocument.Statement.0',
    );
  });

  it('maps JSON policies and statements to their lines', async () => {
    const template = {
      Resources: {
        P: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                { Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
                { Sid: 'Two', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
              ],
            },
          },
        },
      },
    };
    const text = JSON.stringify(template, null, 2);
    const r = await parseAndExtract({ text, file: 't.json', ...account });
    const p = r.policies[0]!;
    expect(p.location.line).toBe(lineOf(text, '"PolicyDocument"'));
    expect(p.statementLocations.map((l) => l.line)).toEqual([
      lineOf(text, '"Sid": "One"') - 1,
      lineOf(text, '"Sid": "Two"') - 1,
    ]);
    expect(p.statementLocations[1]?.column).toBe(13);
  });

  it('reports malformed YAML and JSON with file:line:col', () => {
    const badYaml = 'Resources:\n  A:\n    Type: [unclosed\n';
    let e: unknown;
    try {
      loadTemplate({ text: badYaml, file: 'bad.yaml' });
    } catch (error) {
      e = error;
    }
    expect(e).toBeInstanceOf(TemplateError);
    expect((e as TemplateError).kind).toBe('template_parse');
    expect((e as TemplateError).message).toMatch(
      /^bad\.yaml:\d+:\d+: Unable to parse CloudFormation template\. {2}Invalid YAML or JSON detected\./,
    );

    // Unterminated: neither JSON nor YAML; text that starts like JSON reports the JSON position.
    const badJson = '{\n  "Resources": {\n    "A": {"Type": "AWS::SNS::Topic"}\n  \n';
    try {
      loadTemplate({ text: badJson, file: 'bad.json' });
    } catch (error) {
      e = error;
    }
    expect((e as TemplateError).location).toMatchObject({ file: 'bad.json', line: 5, column: 1 });
  });

  it('names the resource, template path and line of an unresolvable reference', async () => {
    const text =
      'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: "*"\n            Resource: !Ref Missing\n';
    const error = (await parseAndExtract({ text, file: 'ref.yaml', ...account }).catch(
      (x: unknown) => x,
    )) as TemplateError;
    expect(error.kind).toBe('unresolved_reference');
    expect(error.resource).toBe('P');
    expect(error.location?.line).toBe(10);
    expect(error.message).toContain('ref.yaml:10:');
    expect(error.message).toContain(
      'Resources.P.Properties.PolicyDocument.Statement.0.Resource.Ref',
    );
  });
});
