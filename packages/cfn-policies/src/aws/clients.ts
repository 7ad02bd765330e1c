import {
  AccessAnalyzerClient,
  type AccessAnalyzerClientConfig,
} from '@aws-sdk/client-accessanalyzer';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { S3Client } from '@aws-sdk/client-s3';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';

export type AwsServiceKey =
  'accessanalyzer' | 'cloudformation' | 'ssm' | 'iam' | 's3' | 'apigateway' | 'sts';

export interface AwsClientOptions {
  region: string;
  /** Omit for the SDK default chain (env, web identity, profile, IMDS). */
  credentials?: AccessAnalyzerClientConfig['credentials'];
  /** Endpoint overrides per service (tests point them at the AWS fake); `*` applies to all. */
  endpoints?: Partial<Record<AwsServiceKey | '*', string>>;
  /** Attempts per call including the first (default 10); throttling backs off adaptively. */
  maxAttempts?: number;
  /** `adaptive` (default) adds client-side rate limiting after throttling; `standard` only backs off. */
  retryMode?: 'adaptive' | 'standard';
  /** Named profile from the shared config files (the reference's `--profile`). */
  profile?: string;
}

export interface AwsClients {
  accessAnalyzer: AccessAnalyzerClient;
  cloudFormation: CloudFormationClient;
  ssm: SSMClient;
  iam: IAMClient;
  s3: S3Client;
  apiGateway: APIGatewayClient;
  sts: STSClient;
  destroy(): void;
}

export const DEFAULT_MAX_ATTEMPTS = 10;

/**
 * One client per service with the same region, credentials and retry policy. `adaptive` retry
 * adds client-side rate limiting on top of the standard back-off, which is what keeps a burst of
 * parallel ValidatePolicy calls from failing on ThrottlingException.
 */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  const base = (service: AwsServiceKey) => {
    const endpoint = options.endpoints?.[service] ?? options.endpoints?.['*'];
    return {
      region: options.region,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      retryMode: options.retryMode ?? 'adaptive',
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(endpoint ? { endpoint } : {}),
    };
  };
  const clients = {
    accessAnalyzer: new AccessAnalyzerClient(base('accessanalyzer')),
    cloudFormation: new CloudFormationClient(base('cloudformation')),
    ssm: new SSMClient(base('ssm')),
    iam: new IAMClient(base('iam')),
    s3: new S3Client({ ...base('s3'), forcePathStyle: true }),
    apiGateway: new APIGatewayClient(base('apigateway')),
    sts: new STSClient(base('sts')),
  };
  return {
    ...clients,
    destroy: () => {
      for (const client of Object.values(clients)) client.destroy();
    },
  };
}
