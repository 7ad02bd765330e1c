/**
 * Everything extraction needs from AWS, injected so that parsing runs without credentials in tests
 * and the SDK-backed implementation lives with the validation code.
 */
export interface ExternalLookups {
  /** cloudformation:ListExports in the target region (all pages). */
  listExports(): Promise<{ Name: string; Value: string }[]>;
  /**
   * ssm:GetParameter (decrypted) for `name` or `name:version`. Throws LookupNotFoundError
   * ('ParameterNotFound' | 'ParameterVersionNotFound') when missing.
   */
  getSsmParameter(name: string): Promise<string>;
  /** iam:GetPolicy + iam:GetPolicyVersion (default version). Throws LookupNotFoundError('NoSuchEntity'). */
  getManagedPolicy(arn: string): Promise<{ PolicyName: string; Path: string; Document: unknown }>;
  /** Canonical user id of the caller account (s3:ListAllMyBuckets owner). */
  getCanonicalUserId(): Promise<string>;
  /** apigateway:GetRestApis (all pages). */
  getRestApis(): Promise<{ id: string; name: string; rootResourceId: string }[]>;
}

export type LookupNotFoundCode = 'ParameterNotFound' | 'ParameterVersionNotFound' | 'NoSuchEntity';

export class LookupNotFoundError extends Error {
  constructor(
    readonly code: LookupNotFoundCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'LookupNotFoundError';
  }
}

/** The `mocks` object of a corpus case (only the keys extraction uses). */
export interface CaseMocks {
  exports?: { Name: string; Value: string; ExportingStackId?: string }[];
  ssm_parameters?: Record<string, string>;
  managed_policies?: Record<string, { PolicyName: string; Path: string; Document: unknown }>;
  canonical_user_id?: string;
  rest_apis?: { id: string; name: string; rootResourceId: string }[];
  [key: string]: unknown;
}

/**
 * In-memory lookups following the corpus mock semantics: a missing SSM name is ParameterNotFound,
 * a missing version of a known name is ParameterVersionNotFound, a missing managed policy ARN is
 * NoSuchEntity. An absent mock key means the API must not be needed: calling it throws.
 */
export function lookupsFromMocks(
  mocks: CaseMocks | undefined,
): ExternalLookups & { calls: string[] } {
  const m = mocks ?? {};
  const calls: string[] = [];
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    calls,
    listExports() {
      calls.push('cloudformation:ListExports');
      if (!m.exports)
        return Promise.reject(new Error('cloudformation:ListExports is not mocked for this case'));
      return Promise.resolve(m.exports.map((e) => ({ Name: e.Name, Value: e.Value })));
    },
    getSsmParameter(name: string) {
      calls.push(`ssm:GetParameter ${name}`);
      const params = m.ssm_parameters ?? {};
      const value = params[name];
      if (value !== undefined) return Promise.resolve(value);
      const colon = name.lastIndexOf(':');
      const base =
        colon > 0 && /^\d+$/.test(name.slice(colon + 1)) ? name.slice(0, colon) : undefined;
      const known = Object.keys(params).some(
        (k) => k === base || (base !== undefined && k.startsWith(`${base}:`)),
      );
      if (base !== undefined && known) {
        return Promise.reject(
          new LookupNotFoundError('ParameterVersionNotFound', `Version not found: ${name}`),
        );
      }
      return Promise.reject(
        new LookupNotFoundError('ParameterNotFound', `Parameter not found: ${name}`),
      );
    },
    getManagedPolicy(arn: string) {
      calls.push(`iam:GetPolicy ${arn}`);
      const policy = m.managed_policies?.[arn];
      if (!policy)
        return Promise.reject(
          new LookupNotFoundError('NoSuchEntity', `Policy ${arn} was not found.`),
        );
      return Promise.resolve(clone(policy));
    },
    getCanonicalUserId() {
      calls.push('s3:ListAllMyBuckets');
      if (m.canonical_user_id === undefined) {
        return Promise.reject(new Error('s3:ListAllMyBuckets is not mocked for this case'));
      }
      return Promise.resolve(m.canonical_user_id);
    },
    getRestApis() {
      calls.push('apigateway:GetRestApis');
      return Promise.resolve(clone(m.rest_apis ?? []));
    },
  };
}
