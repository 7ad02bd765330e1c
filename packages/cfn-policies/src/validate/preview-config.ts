import type {
  Configuration,
  NetworkOriginConfiguration,
  S3BucketAclGrantConfiguration,
} from '@aws-sdk/client-accessanalyzer';
import type { PolicyToCheck } from './types.js';

export interface PreviewTarget {
  /** Key of the configuration map (the resource ARN). */
  configurationArn: string;
  configuration: Configuration;
  /** Name used in FAILED_ACCESS_PREVIEW_CREATION messages (role or resource name). */
  name: string;
  kind: 'trust' | 'resource';
}

export interface PreviewEnvironment {
  accountId: string;
  region: string;
  partition: string;
  /** Owner canonical id for ACL grants (S3 ListBuckets). Only called for buckets with an ACL. */
  canonicalUserId: () => Promise<string>;
  randomUuid: () => string;
}

/** Raised when a preview configuration cannot be built; reported as FAILED_ACCESS_PREVIEW_CREATION. */
export class PreviewConfigurationError extends Error {}

/** Raised for a canned ACL the reference does not know; the run aborts like the reference. */
export class UnsupportedAclError extends Error {}

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
/** The canonical id AWS documents for the `aws-exec-read` canned ACL (EC2 reading AMI bundles). */
const EC2_CANONICAL_ID = '6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c';

/** What the reference previews: role trust, SQS, KMS, S3 buckets / access points / MRAPs, secrets. */
export function isPreviewed(policy: PolicyToCheck): boolean {
  if (policy.policy_type === 'trust') return true;
  if (policy.policy_type !== 'resource' || !policy.resource) return false;
  return PREVIEWED_TYPES.has(policy.resource.type);
}

const PREVIEWED_TYPES = new Set([
  'AWS::SQS::Queue',
  'AWS::KMS::Key',
  'AWS::S3::Bucket',
  'AWS::S3::AccessPoint',
  'AWS::S3::MultiRegionAccessPoint',
  'AWS::SecretsManager::Secret',
]);

function policyText(document: unknown): string {
  return JSON.stringify(document);
}

export async function cannedAclGrants(
  acl: string,
  env: PreviewEnvironment,
): Promise<S3BucketAclGrantConfiguration[]> {
  const owner = await env.canonicalUserId();
  const full: S3BucketAclGrantConfiguration = {
    permission: 'FULL_CONTROL',
    grantee: { id: owner },
  };
  switch (acl) {
    case 'Private':
    case 'BucketOwnerRead':
    case 'BucketOwnerFullControl':
      return [full];
    case 'PublicRead':
      return [full, { permission: 'READ', grantee: { uri: ALL_USERS } }];
    case 'PublicReadWrite':
      return [
        full,
        { permission: 'READ', grantee: { uri: ALL_USERS } },
        { permission: 'WRITE', grantee: { uri: ALL_USERS } },
      ];
    case 'AuthenticatedRead':
      return [full, { permission: 'READ', grantee: { uri: AUTHENTICATED_USERS } }];
    case 'LogDeliveryWrite':
      return [
        full,
        { permission: 'WRITE', grantee: { uri: LOG_DELIVERY } },
        { permission: 'READ_ACP', grantee: { uri: LOG_DELIVERY } },
      ];
    case 'AwsExecRead':
      return [full, { permission: 'READ', grantee: { id: EC2_CANONICAL_ID } }];
    default:
      throw new UnsupportedAclError(
        `Unsupported AccessControl value '${acl}' on S3 bucket. Use one of Private, PublicRead, PublicReadWrite, ` +
          'AuthenticatedRead, LogDeliveryWrite, BucketOwnerRead, BucketOwnerFullControl, AwsExecRead.',
      );
  }
}

/** A bucket policy that delegates access control to the account's access points (AWS docs pattern). */
function delegatingBucketPolicy(bucketArn: string, accountId: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: '*',
        Resource: [bucketArn, `${bucketArn}/*`],
        Condition: { StringEquals: { 's3:DataAccessPointAccount': accountId } },
      },
    ],
  });
}

function networkOrigin(
  configuration: Record<string, unknown> | undefined,
): NetworkOriginConfiguration {
  const vpcId = configuration?.['VpcId'];
  if (typeof vpcId === 'string' && vpcId) return { vpcConfiguration: { vpcId } };
  return { internetConfiguration: {} };
}

const MRAP_ARN = /^arn:[a-z0-9-]+:s3::(\d{12}):accesspoint\/([^/]+)/;

function firstResourceOfFirstStatement(document: unknown): unknown {
  const statements = (document as { Statement?: unknown } | null)?.Statement;
  const first: unknown = Array.isArray(statements) ? statements[0] : statements;
  const resource = (first as { Resource?: unknown } | undefined)?.Resource;
  return Array.isArray(resource) ? (resource[0] as unknown) : resource;
}

/** The access-preview configuration the reference builds for a policy (undefined = not previewed). */
export async function previewTarget(
  policy: PolicyToCheck,
  env: PreviewEnvironment,
): Promise<PreviewTarget | undefined> {
  const { accountId: acct, region, partition: p } = env;
  if (policy.policy_type === 'trust') {
    const name = policy.attached_to?.name ?? policy.policy_name;
    return {
      configurationArn: `arn:${p}:iam::${acct}:role/${name.slice(0, 64)}`,
      configuration: { iamRole: { trustPolicy: policyText(policy.document) } },
      name,
      kind: 'trust',
    };
  }
  const resource = policy.resource;
  if (policy.policy_type !== 'resource' || !resource) return undefined;
  const name = resource.name;
  const doc = policy.document;
  switch (resource.type) {
    case 'AWS::SQS::Queue':
      return {
        configurationArn: `arn:${p}:sqs:${region}:${acct}:${name}`,
        configuration: { sqsQueue: { queuePolicy: policyText(doc) } },
        name,
        kind: 'resource',
      };
    case 'AWS::KMS::Key':
      return {
        configurationArn: `arn:${p}:kms:${region}:${acct}:key/${name}`,
        configuration: { kmsKey: { keyPolicies: { default: policyText(doc) } } },
        name,
        kind: 'resource',
      };
    case 'AWS::SecretsManager::Secret':
      return {
        // Access Analyzer wants a full secret ARN; the reference appends a fixed random suffix.
        configurationArn: `arn:${p}:secretsmanager:${region}:${acct}:secret:${name}-3xyxqI`,
        configuration: { secretsManagerSecret: { secretPolicy: policyText(doc) } },
        name,
        kind: 'resource',
      };
    case 'AWS::S3::Bucket': {
      const acl = resource.configuration?.['AccessControl'];
      const grants = typeof acl === 'string' ? await cannedAclGrants(acl, env) : undefined;
      return {
        configurationArn: `arn:${p}:s3:::${name}`,
        configuration: {
          s3Bucket: {
            ...(doc === null || doc === undefined ? {} : { bucketPolicy: policyText(doc) }),
            ...(grants ? { bucketAclGrants: grants } : {}),
          },
        },
        name,
        kind: 'resource',
      };
    }
    case 'AWS::S3::AccessPoint':
    case 'AWS::S3::MultiRegionAccessPoint': {
      let accessPointArn: string;
      if (resource.type === 'AWS::S3::AccessPoint') {
        accessPointArn = `arn:${p}:s3:${region}:${acct}:accesspoint/${name}`;
      } else {
        const first = firstResourceOfFirstStatement(doc);
        const match = typeof first === 'string' ? MRAP_ARN.exec(first) : null;
        if (!match) {
          throw new PreviewConfigurationError(
            'The first Resource of the first statement must be a multi-region access point ARN ' +
              `(arn:${p}:s3::<account>:accesspoint/<alias>...). Policy:\n${JSON.stringify(doc, null, 4)}`,
          );
        }
        accessPointArn = `arn:${p}:s3::${match[1]}:accesspoint/${match[2]}`;
      }
      // Access points are previewed through a made-up bucket that delegates to them.
      const bucketArn = `arn:${p}:s3:::${env.randomUuid()}`;
      return {
        configurationArn: bucketArn,
        configuration: {
          s3Bucket: {
            bucketPolicy: delegatingBucketPolicy(bucketArn, acct),
            accessPoints: {
              [accessPointArn]: {
                accessPointPolicy: policyText(doc),
                networkOrigin: networkOrigin(resource.configuration),
              },
            },
          },
        },
        name,
        kind: 'resource',
      };
    }
    default:
      return undefined;
  }
}
