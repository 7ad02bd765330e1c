// The SDK-backed ExternalLookups against the fake's raw CloudFormation / SSM / IAM / S3 / API
// Gateway handlers (each speaking its service's wire protocol).
import { afterEach, describe, expect, it } from 'vitest';
import {
  createAwsClients,
  createAwsLookups,
  LookupNotFoundError,
} from '@devsecops-gates/cfn-policies';
import type { AwsFake } from '@devsecops-gates/fakes/aws';
import { startMockAws, type CaseMocks } from '../conformance/mock-aws.js';

let fake: AwsFake | undefined;
let destroy: (() => void) | undefined;
afterEach(async () => {
  destroy?.();
  await fake?.close();
  fake = undefined;
});

async function lookups(mocks: CaseMocks) {
  fake = (await startMockAws(mocks)).fake;
  const clients = createAwsClients({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDLOOKUP', secretAccessKey: 'lookup-secret' },
    endpoints: { '*': fake.url },
    maxAttempts: 1,
  });
  destroy = () => clients.destroy();
  return createAwsLookups(clients);
}

describe('createAwsLookups', () => {
  it('lists every export across ListExports pages, once per run', async () => {
    const l = await lookups({
      exports: [1, 2, 3, 4, 5].map((i) => ({ Name: `e${i}`, Value: `v${i}` })),
    });
    expect(await l.listExports()).toEqual(
      [1, 2, 3, 4, 5].map((i) => ({ Name: `e${i}`, Value: `v${i}` })),
    );
    await l.listExports();
    expect(fake!.callsTo('ListExports')).toHaveLength(3);
  });

  it('reads SSM parameters, with name:version and the two not-found errors', async () => {
    const l = await lookups({
      ssm_parameters: { '/app/db': 'db.internal', '/app/db:2': 'db2.internal' },
    });
    expect(await l.getSsmParameter('/app/db')).toBe('db.internal');
    expect(await l.getSsmParameter('/app/db:2')).toBe('db2.internal');
    await expect(l.getSsmParameter('/app/db:9')).rejects.toMatchObject({
      code: 'ParameterVersionNotFound',
    });
    await expect(l.getSsmParameter('/nope')).rejects.toBeInstanceOf(LookupNotFoundError);
    expect(fake!.callsTo('GetParameter', 'ssm')[0]!.input).toEqual({ Name: '/app/db' });
  });

  it('reads a managed policy default version (URL-decoded) and maps NoSuchEntity', async () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::a b/*' }],
    };
    const l = await lookups({
      managed_policies: {
        'arn:aws:iam::aws:policy/ReadOnly': {
          PolicyName: 'ReadOnly',
          Path: '/service/',
          Document: doc,
        },
      },
    });
    expect(await l.getManagedPolicy('arn:aws:iam::aws:policy/ReadOnly')).toEqual({
      PolicyName: 'ReadOnly',
      Path: '/service/',
      Document: doc,
    });
    await expect(l.getManagedPolicy('arn:aws:iam::aws:policy/Missing')).rejects.toMatchObject({
      code: 'NoSuchEntity',
    });
  });

  it('reads the S3 owner canonical id and every REST API across pages', async () => {
    const apis = [1, 2, 3].map((i) => ({
      id: `id${i}`,
      name: `api${i}`,
      rootResourceId: `root${i}`,
    }));
    const l = await lookups({ canonical_user_id: 'c0ffee', rest_apis: apis });
    expect(await l.getCanonicalUserId()).toBe('c0ffee');
    expect(await l.getRestApis()).toEqual(apis);
    expect(fake!.callsTo('GET /restapis', 'apigateway')).toHaveLength(2);
  });

  it('surfaces a denied call instead of inventing an answer', async () => {
    const l = await lookups({});
    await expect(l.listExports()).rejects.toThrow(/Not mocked/);
    await expect(l.getCanonicalUserId()).rejects.toThrow();
  });
});
