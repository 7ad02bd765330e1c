import { ListExportsCommand } from '@aws-sdk/client-cloudformation';
import { GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { GetPolicyCommand, GetPolicyVersionCommand } from '@aws-sdk/client-iam';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { LookupNotFoundError, type ExternalLookups } from '../extract/index.js';
import type { AwsClients } from './clients.js';

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String(error.name)
    : undefined;
}

/**
 * The live lookups extraction needs (exports, SSM parameters, managed policies, S3 owner, REST
 * APIs), backed by the SDK. Each answer is fetched once per run and shared.
 */
export function createAwsLookups(
  clients: Pick<AwsClients, 'cloudFormation' | 'ssm' | 'iam' | 's3' | 'apiGateway'>,
): ExternalLookups {
  let exports: Promise<{ Name: string; Value: string }[]> | undefined;
  let canonicalId: Promise<string> | undefined;
  let restApis: Promise<{ id: string; name: string; rootResourceId: string }[]> | undefined;
  const parameters = new Map<string, Promise<string>>();
  const policies = new Map<
    string,
    Promise<{ PolicyName: string; Path: string; Document: unknown }>
  >();

  return {
    listExports: () => {
      exports ??= (async () => {
        const out: { Name: string; Value: string }[] = [];
        let NextToken: string | undefined;
        do {
          const page = await clients.cloudFormation.send(
            new ListExportsCommand(NextToken ? { NextToken } : {}),
          );
          for (const e of page.Exports ?? [])
            if (e.Name !== undefined) out.push({ Name: e.Name, Value: e.Value ?? '' });
          NextToken = page.NextToken;
        } while (NextToken);
        return out;
      })();
      return exports;
    },
    getSsmParameter: (name) => {
      let pending = parameters.get(name);
      if (!pending) {
        pending = clients.ssm.send(new GetParameterCommand({ Name: name })).then(
          (out) => out.Parameter?.Value ?? '',
          (error: unknown) => {
            const code = errorName(error);
            if (code === 'ParameterNotFound' || code === 'ParameterVersionNotFound') {
              throw new LookupNotFoundError(code, `SSM parameter ${name} not found (${code}).`);
            }
            throw error;
          },
        );
        parameters.set(name, pending);
      }
      return pending;
    },
    getManagedPolicy: (arn) => {
      let pending = policies.get(arn);
      if (!pending) {
        pending = (async () => {
          try {
            const { Policy } = await clients.iam.send(new GetPolicyCommand({ PolicyArn: arn }));
            const { PolicyVersion } = await clients.iam.send(
              new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: Policy?.DefaultVersionId }),
            );
            // IAM returns policy documents URL-encoded (RFC 3986).
            const text = decodeURIComponent(PolicyVersion?.Document ?? '');
            return {
              PolicyName: Policy?.PolicyName ?? '',
              Path: Policy?.Path ?? '/',
              Document: JSON.parse(text) as unknown,
            };
          } catch (error) {
            if (
              errorName(error) === 'NoSuchEntityException' ||
              errorName(error) === 'NoSuchEntity'
            ) {
              throw new LookupNotFoundError('NoSuchEntity', `Managed policy ${arn} not found.`);
            }
            throw error;
          }
        })();
        policies.set(arn, pending);
      }
      return pending;
    },
    getCanonicalUserId: () => {
      canonicalId ??= clients.s3.send(new ListBucketsCommand({})).then((out) => {
        if (!out.Owner?.ID) throw new Error('S3 ListBuckets returned no owner id.');
        return out.Owner.ID;
      });
      return canonicalId;
    },
    getRestApis: () => {
      restApis ??= (async () => {
        const out: { id: string; name: string; rootResourceId: string }[] = [];
        let position: string | undefined;
        do {
          const page = await clients.apiGateway.send(
            new GetRestApisCommand({ limit: 500, ...(position ? { position } : {}) }),
          );
          for (const api of page.items ?? []) {
            out.push({
              id: api.id ?? '',
              name: api.name ?? '',
              rootResourceId: api.rootResourceId ?? '',
            });
          }
          position = page.position;
        } while (position);
        return out;
      })();
      return restApis;
    },
  };
}
