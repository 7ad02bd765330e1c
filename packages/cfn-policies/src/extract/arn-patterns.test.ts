import { describe, expect, it } from 'vitest';
import {
  ARN_PATTERNS,
  DOCUMENTED_ARN_PATTERNS,
  REFERENCE_ARN_PATTERNS,
  refReturnsArn,
} from './arn-patterns.js';
import { loadTemplate } from '../template/load-template.js';
import { Evaluator } from './evaluator.js';
import { parseAndExtract } from './extract.js';
import { lookupsFromMocks } from './lookups.js';
import type { ExtractOptions } from './types.js';

const ACCOUNT = { accountId: '111222333444', region: 'us-east-2', partition: 'aws' };

/** Resolves `expressions` (GetAtt / Ref / Sub values) against `resources` via a managed policy. */
async function resolve(
  resources: Record<string, unknown>,
  expressions: unknown[],
  options: ExtractOptions = {},
): Promise<unknown[]> {
  const template = {
    Resources: {
      ...resources,
      ProbePolicy: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: '*', Resource: expressions }],
          },
        },
      },
    },
  };
  const result = await parseAndExtract({
    text: JSON.stringify(template),
    file: 'arn.json',
    ...ACCOUNT,
    options,
    lookups: lookupsFromMocks({}),
  });
  const probe = result.policies.find((p) => p.logicalId === 'ProbePolicy');
  return (probe?.document as { Statement: { Resource: unknown[] }[] }).Statement[0]!.Resource;
}

type Row = [
  type: string,
  properties: Record<string, unknown> | undefined,
  attribute: string,
  documented: string,
];

/**
 * Documented example ARNs (Service Authorization Reference formats / CloudFormation "Return
 * values"), with the account and region of the test. Every variable part is the resource's name
 * property (or its logical id `R`), as the generator fills every placeholder with the name.
 */
const DOCUMENTED: Row[] = [
  [
    'AWS::S3::Bucket',
    { BucketName: 'amzn-s3-demo-bucket' },
    'Arn',
    'arn:aws:s3:::amzn-s3-demo-bucket',
  ],
  [
    'AWS::SQS::Queue',
    { QueueName: 'MyQueue' },
    'Arn',
    'arn:aws:sqs:us-east-2:111222333444:MyQueue',
  ],
  [
    'AWS::SNS::Topic',
    { TopicName: 'MyTopic' },
    'TopicArn',
    'arn:aws:sns:us-east-2:111222333444:MyTopic',
  ],
  [
    'AWS::SNS::Topic',
    { TopicName: 'MyTopic' },
    'Ref',
    'arn:aws:sns:us-east-2:111222333444:MyTopic',
  ],
  ['AWS::KMS::Key', {}, 'Arn', 'arn:aws:kms:us-east-2:111222333444:key/R'],
  [
    'AWS::DynamoDB::Table',
    { TableName: 'Music' },
    'Arn',
    'arn:aws:dynamodb:us-east-2:111222333444:table/Music',
  ],
  [
    'AWS::DynamoDB::Table',
    { TableName: 'Music' },
    'StreamArn',
    'arn:aws:dynamodb:us-east-2:111222333444:table/Music/stream/Music',
  ],
  [
    'AWS::DynamoDB::GlobalTable',
    { TableName: 'Music' },
    'Arn',
    'arn:aws:dynamodb:us-east-2:111222333444:table/Music',
  ],
  [
    'AWS::Lambda::Function',
    { FunctionName: 'my-function' },
    'Arn',
    'arn:aws:lambda:us-east-2:111222333444:function:my-function',
  ],
  ['AWS::Lambda::Version', {}, 'Ref', 'arn:aws:lambda:us-east-2:111222333444:function:R:R'],
  ['AWS::Lambda::Alias', {}, 'Ref', 'arn:aws:lambda:us-east-2:111222333444:function:R:R'],
  [
    'AWS::Lambda::LayerVersion',
    { LayerName: 'my-layer' },
    'Ref',
    'arn:aws:lambda:us-east-2:111222333444:layer:my-layer:my-layer',
  ],
  [
    'AWS::Lambda::EventSourceMapping',
    {},
    'EventSourceMappingArn',
    'arn:aws:lambda:us-east-2:111222333444:event-source-mapping:R',
  ],
  [
    'AWS::Kinesis::Stream',
    { Name: 'orders' },
    'Arn',
    'arn:aws:kinesis:us-east-2:111222333444:stream/orders',
  ],
  [
    'AWS::Kinesis::StreamConsumer',
    {},
    'ConsumerARN',
    'arn:aws:kinesis:us-east-2:111222333444:stream/R/consumer/R:R',
  ],
  [
    'AWS::KinesisFirehose::DeliveryStream',
    { DeliveryStreamName: 'ds' },
    'Arn',
    'arn:aws:firehose:us-east-2:111222333444:deliverystream/ds',
  ],
  [
    'AWS::StepFunctions::StateMachine',
    {},
    'Ref',
    'arn:aws:states:us-east-2:111222333444:stateMachine:R',
  ],
  [
    'AWS::StepFunctions::StateMachineAlias',
    {},
    'Arn',
    'arn:aws:states:us-east-2:111222333444:stateMachine:R:R',
  ],
  [
    'AWS::SecretsManager::Secret',
    {},
    'Ref',
    'arn:aws:secretsmanager:us-east-2:111222333444:secret:R',
  ],
  [
    'AWS::ECR::Repository',
    { RepositoryName: 'app' },
    'Arn',
    'arn:aws:ecr:us-east-2:111222333444:repository/app',
  ],
  [
    'AWS::ECS::Cluster',
    { ClusterName: 'prod' },
    'Arn',
    'arn:aws:ecs:us-east-2:111222333444:cluster/prod',
  ],
  ['AWS::ECS::Service', {}, 'ServiceArn', 'arn:aws:ecs:us-east-2:111222333444:service/R/R'],
  ['AWS::ECS::TaskDefinition', {}, 'Ref', 'arn:aws:ecs:us-east-2:111222333444:task-definition/R:R'],
  ['AWS::EKS::Cluster', { Name: 'k8s' }, 'Arn', 'arn:aws:eks:us-east-2:111222333444:cluster/k8s'],
  [
    'AWS::Logs::LogGroup',
    { LogGroupName: '/app/logs' },
    'Arn',
    'arn:aws:logs:us-east-2:111222333444:log-group:/app/logs:*',
  ],
  [
    'AWS::Events::EventBus',
    { Name: 'orders' },
    'Arn',
    'arn:aws:events:us-east-2:111222333444:event-bus/orders',
  ],
  [
    'AWS::Events::Rule',
    { Name: 'nightly' },
    'Arn',
    'arn:aws:events:us-east-2:111222333444:rule/nightly',
  ],
  [
    'AWS::Events::Rule',
    { Name: 'nightly', EventBusName: 'orders' },
    'Arn',
    'arn:aws:events:us-east-2:111222333444:rule/orders/nightly',
  ],
  [
    'AWS::Events::Archive',
    { ArchiveName: 'a' },
    'Arn',
    'arn:aws:events:us-east-2:111222333444:archive/a',
  ],
  [
    'AWS::Events::Connection',
    { Name: 'c' },
    'Arn',
    'arn:aws:events:us-east-2:111222333444:connection/c',
  ],
  [
    'AWS::Events::ApiDestination',
    { Name: 'd' },
    'Arn',
    'arn:aws:events:us-east-2:111222333444:api-destination/d',
  ],
  [
    'AWS::Scheduler::Schedule',
    { Name: 's' },
    'Arn',
    'arn:aws:scheduler:us-east-2:111222333444:schedule/default/s',
  ],
  [
    'AWS::Scheduler::Schedule',
    { Name: 's', GroupName: 'g' },
    'Arn',
    'arn:aws:scheduler:us-east-2:111222333444:schedule/g/s',
  ],
  ['AWS::Pipes::Pipe', { Name: 'p' }, 'Arn', 'arn:aws:pipes:us-east-2:111222333444:pipe/p'],
  ['AWS::Glue::Registry', {}, 'Arn', 'arn:aws:glue:us-east-2:111222333444:registry/R'],
  [
    'AWS::CodeBuild::Project',
    { Name: 'build' },
    'Arn',
    'arn:aws:codebuild:us-east-2:111222333444:project/build',
  ],
  [
    'AWS::CodeCommit::Repository',
    { RepositoryName: 'repo' },
    'Arn',
    'arn:aws:codecommit:us-east-2:111222333444:repo',
  ],
  [
    'AWS::CodeArtifact::Repository',
    {},
    'Arn',
    'arn:aws:codeartifact:us-east-2:111222333444:repository/R/R',
  ],
  ['AWS::Cognito::UserPool', {}, 'Arn', 'arn:aws:cognito-idp:us-east-2:111222333444:userpool/R'],
  ['AWS::AppSync::GraphQLApi', {}, 'Arn', 'arn:aws:appsync:us-east-2:111222333444:apis/R'],
  [
    'AWS::ElastiCache::ServerlessCache',
    { ServerlessCacheName: 'c' },
    'ARN',
    'arn:aws:elasticache:us-east-2:111222333444:serverlesscache:c',
  ],
  [
    'AWS::RDS::DBCluster',
    { DBClusterIdentifier: 'aurora' },
    'DBClusterArn',
    'arn:aws:rds:us-east-2:111222333444:cluster:aurora',
  ],
  [
    'AWS::RDS::DBInstance',
    { DBInstanceIdentifier: 'db1' },
    'DBInstanceArn',
    'arn:aws:rds:us-east-2:111222333444:db:db1',
  ],
  [
    'AWS::EFS::FileSystem',
    {},
    'Arn',
    'arn:aws:elasticfilesystem:us-east-2:111222333444:file-system/R',
  ],
  [
    'AWS::Backup::BackupVault',
    { BackupVaultName: 'vault' },
    'BackupVaultArn',
    'arn:aws:backup:us-east-2:111222333444:backup-vault:vault',
  ],
  ['AWS::Batch::JobQueue', {}, 'Ref', 'arn:aws:batch:us-east-2:111222333444:job-queue/R'],
  ['AWS::SageMaker::Endpoint', {}, 'Ref', 'arn:aws:sagemaker:us-east-2:111222333444:endpoint/R'],
  ['AWS::IoT::Thing', { ThingName: 't' }, 'Arn', 'arn:aws:iot:us-east-2:111222333444:thing/t'],
  ['AWS::MSK::Cluster', {}, 'Arn', 'arn:aws:kafka:us-east-2:111222333444:cluster/R/R'],
  ['AWS::AmazonMQ::Broker', {}, 'Arn', 'arn:aws:mq:us-east-2:111222333444:broker:R:R'],
  [
    'AWS::OpenSearchService::Domain',
    { DomainName: 'search' },
    'Arn',
    'arn:aws:es:us-east-2:111222333444:domain/search',
  ],
  [
    'AWS::WAFv2::WebACL',
    { Name: 'acl', Scope: 'REGIONAL' },
    'Arn',
    'arn:aws:wafv2:us-east-2:111222333444:regional/webacl/acl/acl',
  ],
  [
    'AWS::WAFv2::WebACL',
    { Name: 'acl', Scope: 'CLOUDFRONT' },
    'Arn',
    'arn:aws:wafv2:us-east-1:111222333444:global/webacl/acl/acl',
  ],
  [
    'AWS::CertificateManager::Certificate',
    {},
    'Ref',
    'arn:aws:acm:us-east-2:111222333444:certificate/R',
  ],
  [
    'AWS::CloudWatch::Alarm',
    { AlarmName: 'high-cpu' },
    'Arn',
    'arn:aws:cloudwatch:us-east-2:111222333444:alarm:high-cpu',
  ],
  ['AWS::Config::ConfigRule', {}, 'Arn', 'arn:aws:config:us-east-2:111222333444:config-rule/R'],
  [
    'AWS::CloudTrail::Trail',
    { TrailName: 'org' },
    'Arn',
    'arn:aws:cloudtrail:us-east-2:111222333444:trail/org',
  ],
  [
    'AWS::CloudTrail::EventDataStore',
    {},
    'EventDataStoreArn',
    'arn:aws:cloudtrail:us-east-2:111222333444:eventdatastore/R',
  ],
  ['AWS::XRay::Group', {}, 'GroupARN', 'arn:aws:xray:us-east-2:111222333444:group/R/R'],
  [
    'AWS::Timestream::Table',
    {},
    'Arn',
    'arn:aws:timestream:us-east-2:111222333444:database/R/table/R',
  ],
  [
    'AWS::MemoryDB::Cluster',
    { ClusterName: 'mem' },
    'ARN',
    'arn:aws:memorydb:us-east-2:111222333444:cluster/mem',
  ],
  ['AWS::DataSync::Task', {}, 'TaskArn', 'arn:aws:datasync:us-east-2:111222333444:task/R'],
  ['AWS::Transfer::Server', {}, 'Arn', 'arn:aws:transfer:us-east-2:111222333444:server/R'],
  ['AWS::SecurityHub::Hub', {}, 'ARN', 'arn:aws:securityhub:us-east-2:111222333444:hub/default'],
  [
    'AWS::IAM::InstanceProfile',
    { Path: '/ops/', InstanceProfileName: 'web' },
    'Arn',
    'arn:aws:iam::111222333444:instance-profile/ops/web',
  ],
  [
    'AWS::IAM::Group',
    { Path: '/ops/', GroupName: 'admins' },
    'Arn',
    'arn:aws:iam::111222333444:group/ops/admins',
  ],
  ['AWS::IAM::OIDCProvider', {}, 'Ref', 'arn:aws:iam::111222333444:oidc-provider/R'],
  ['AWS::IAM::SAMLProvider', {}, 'Arn', 'arn:aws:iam::111222333444:saml-provider/R'],
  [
    'AWS::Organizations::OrganizationalUnit',
    {},
    'Arn',
    'arn:aws:organizations::111222333444:ou/R/R',
  ],
  [
    'AWS::S3Tables::TableBucket',
    { TableBucketName: 'tb' },
    'TableBucketARN',
    'arn:aws:s3tables:us-east-2:111222333444:bucket/tb',
  ],
  [
    'AWS::Route53RecoveryControl::Cluster',
    {},
    'Ref',
    'arn:aws:route53-recovery-control::111222333444:cluster/R',
  ],
  ['AWS::IVS::Channel', {}, 'Ref', 'arn:aws:ivs:us-east-2:111222333444:channel/R'],
];

describe('ARN synthesis with documentedArns matches documented ARN formats', () => {
  it.each(DOCUMENTED)('%s %s %s', async (type, properties, attribute, documented) => {
    const resource =
      properties === undefined ? { Type: type } : { Type: type, Properties: properties };
    const expression = attribute === 'Ref' ? { Ref: 'R' } : { 'Fn::GetAtt': ['R', attribute] };
    expect(await resolve({ R: resource }, [expression], { documentedArns: true })).toEqual([
      documented,
    ]);
  });
});

describe("default mode: the reference's ARNs where it has them, documented formats elsewhere", () => {
  it.each([
    // Same as the reference (conformance cases are the reference's output).
    [
      'AWS::Logs::LogGroup',
      { LogGroupName: 'x' },
      'Arn',
      'arn:aws:logs:us-east-2:111222333444:log-group:R',
    ],
    ['AWS::Events::Rule', {}, 'Arn', 'arn:aws:events:us-east-2:111222333444:rule/[R/]R'],
    [
      'AWS::DynamoDB::Table',
      { TableName: 'Music' },
      'Arn',
      'arn:aws:dynamodb:us-east-2:111222333444:table/R',
    ],
    ['AWS::SNS::Topic', { TopicName: 'MyTopic' }, 'Ref', 'arn:aws:sns:us-east-2:111222333444:R'],
    [
      'AWS::Lambda::Function',
      { FunctionName: 'fn' },
      'Arn',
      'arn:aws:lambda:us-east-2:111222333444:function:fn',
    ],
    // Pairs the reference cannot resolve.
    ['AWS::SNS::Topic', {}, 'TopicArn', 'arn:aws:sns:us-east-2:111222333444:R'],
    [
      'AWS::Scheduler::Schedule',
      { GroupName: 'g' },
      'Arn',
      'arn:aws:scheduler:us-east-2:111222333444:schedule/g/R',
    ],
    ['AWS::Pipes::Pipe', {}, 'Arn', 'arn:aws:pipes:us-east-2:111222333444:pipe/R'],
    ['AWS::RDS::DBInstance', {}, 'DBInstanceArn', 'arn:aws:rds:us-east-2:111222333444:db:R'],
    ['AWS::IVS::Channel', {}, 'Ref', 'arn:aws:ivs:us-east-2:111222333444:channel/R'],
    [
      'AWS::StepFunctions::StateMachineVersion',
      {},
      'Ref',
      'arn:aws:states:us-east-2:111222333444:stateMachine:R:R',
    ],
    [
      'AWS::Serverless::Function',
      { FunctionName: 'sam-fn' },
      'Arn',
      'arn:aws:lambda:us-east-2:111222333444:function:sam-fn',
    ],
    [
      'AWS::Serverless::StateMachine',
      {},
      'Arn',
      'arn:aws:states:us-east-2:111222333444:stateMachine:R',
    ],
  ] as const)('%s %s %s', async (type, properties, attribute, expected) => {
    const expression = attribute === 'Ref' ? { Ref: 'R' } : { 'Fn::GetAtt': ['R', attribute] };
    expect(await resolve({ R: { Type: type, Properties: properties } }, [expression])).toEqual([
      expected,
    ]);
  });

  it('keeps Ref to a type the reference does not list as an ARN returning the logical id', async () => {
    // The reference map has a Ref pattern for Location trackers, but its Ref list omits them.
    expect(await resolve({ R: { Type: 'AWS::Location::Tracker' } }, [{ Ref: 'R' }])).toEqual(['R']);
  });
});

describe('reference parity mode keeps the reference table, quirks included', () => {
  it.each([
    ['AWS::Transfer::Server', 'Arn', 'arn:aws:transfer:R:R:server/R'],
    ['AWS::Events::Rule', 'Arn', 'arn:aws:events:us-east-2:111222333444:rule/[R/]R'],
    ['AWS::Logs::LogGroup', 'Arn', 'arn:aws:logs:us-east-2:111222333444:log-group:R'],
    ['AWS::Lambda::Version', 'Ref', 'arn:aws:lambda:us-east-2:111222333444:layer:R:R'],
    ['AWS::ECS::Service', 'Ref', 'arn:aws:ecs:us-east-2:111222333444:service/R/R'],
    ['AWS::DMS::Endpoint', 'Ref', 'arn:aws:dms:us-east-2:111222333444:endpoint:*'],
    // As the reference's own S3 Tables / S3 Express access point tests expect.
    [
      'AWS::S3Tables::TableBucket',
      'TableBucketARN',
      'arn:aws:s3tables:us-east-2:111222333444:bucket/R',
    ],
    [
      'AWS::S3Express::AccessPoint',
      'Arn',
      'arn:aws:s3express:us-east-2:111222333444:accesspoint/R',
    ],
    // Listed by the reference as "Ref returns an ARN" without a pattern: it yields null.
    ['AWS::IVS::Channel', 'Ref', null],
  ] as const)('%s %s', async (type, attribute, expected) => {
    const expression = attribute === 'Ref' ? { Ref: 'R' } : { 'Fn::GetAtt': ['R', attribute] };
    expect(await resolve({ R: { Type: type } }, [expression], { referenceParity: true })).toEqual([
      expected,
    ]);
  });

  it('does not resolve attributes the reference does not know', async () => {
    await expect(
      resolve({ R: { Type: 'AWS::Scheduler::Schedule' } }, [{ 'Fn::GetAtt': ['R', 'Arn'] }], {
        referenceParity: true,
      }),
    ).rejects.toMatchObject({ kind: 'unsupported_getatt' });
  });
});

describe('ARN tables', () => {
  it('cover the reference table and widen it', () => {
    const pairs = (t: typeof ARN_PATTERNS): number =>
      [...t.values()].reduce((n, m) => n + m.size, 0);
    expect(pairs(REFERENCE_ARN_PATTERNS)).toBeGreaterThan(500);
    expect(pairs(ARN_PATTERNS)).toBeGreaterThan(pairs(REFERENCE_ARN_PATTERNS) + 150);
    for (const [type, byAttribute] of REFERENCE_ARN_PATTERNS)
      for (const attribute of byAttribute.keys())
        expect(ARN_PATTERNS.get(type)?.has(attribute), `${type} ${attribute}`).toBe(true);
    expect(refReturnsArn('AWS::IVS::Channel', 'reference')).toBe(true);
    expect(refReturnsArn('AWS::Kinesis::Stream')).toBe(false);
  });

  it('generate a well-formed ARN for every entry of the documented table', async () => {
    const resources: Record<string, unknown> = {};
    const expressions: unknown[] = [];
    const labels: string[] = [];
    let i = 0;
    for (const [type, byAttribute] of DOCUMENTED_ARN_PATTERNS) {
      const id = `R${i++}`;
      resources[id] = { Type: type, Properties: {} };
      for (const attribute of byAttribute.keys()) {
        // A Ref pattern of a type whose Ref is not an ARN (reference list) is never used.
        if (attribute === 'Ref' && !refReturnsArn(type, 'documented')) continue;
        expressions.push(attribute === 'Ref' ? { Ref: id } : { 'Fn::GetAtt': [id, attribute] });
        labels.push(`${type} ${attribute}`);
      }
    }
    // The evaluator alone: extraction would (rightly) insist on each type's required properties.
    const loaded = loadTemplate({ text: JSON.stringify({ Resources: resources }), file: 't.json' });
    const evaluator = new Evaluator({
      template: loaded.template,
      positions: loaded.positions,
      account: ACCOUNT,
      parameterValues: {},
      lookups: lookupsFromMocks({}),
      behaviour: {
        allowDynamicRefWithoutVersion: false,
        useParameterDefaults: true,
        honourParameterTypes: true,
        unescapeSubLiterals: true,
        subDottedAttributes: true,
        cfnEquals: true,
        findInMapDefault: true,
        notificationArnsEmpty: true,
        strictFunctions: true,
        referenceArnTable: false,
        documentedArns: true,
        networkFunctions: true,
      },
    });
    const arns = (await evaluator.eval(expressions, 'Probe')) as unknown[];
    arns.forEach((arn, k) => {
      // arn:partition:service:region:account:resource, region/account either empty or ours.
      expect(arn, labels[k]).toMatch(
        /^arn:aws:[a-z0-9-]+:(us-east-2|us-east-1|):(111222333444|):[^\s${}]+$/,
      );
    });
  });
});
