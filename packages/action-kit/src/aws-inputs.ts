import type { InputParser } from './inputs.js';

/** The AWS credential inputs every AWS-calling action declares (see packages/aws-oidc). */
export interface AwsInputs {
  region: string | undefined;
  roleToAssume: string | undefined;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  stsEndpoint: string | undefined;
  allowedAccountIds: string[];
  webIdentityTokenFile: string | undefined;
  exportCredentials: boolean;
  /** What to do when no OIDC token can be had (fork PR, missing `id-token: write`). */
  onMissingCredentials: 'fail' | 'skip';
}

export function readAwsInputs(p: InputParser): AwsInputs {
  return {
    region: p.string('aws-region'),
    roleToAssume: p.string('role-to-assume'),
    audience: p.withDefault('audience', 'sts.amazonaws.com'),
    roleSessionName: p.withDefault('role-session-name', 'devsecops-gates'),
    roleDurationSeconds: p.integer('role-duration-seconds', {
      min: 900,
      max: 43200,
      fallback: 3600,
    }),
    stsEndpoint: p.string('sts-endpoint'),
    allowedAccountIds: p.list('allowed-account-ids'),
    webIdentityTokenFile: p.string('web-identity-token-file'),
    exportCredentials: p.boolean('export-credentials', false),
    onMissingCredentials: p.oneOf('on-missing-credentials', ['fail', 'skip'] as const, 'fail'),
  };
}
