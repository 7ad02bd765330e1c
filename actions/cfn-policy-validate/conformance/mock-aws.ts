/**
 * Turns a corpus case's `mocks` (schema in testdata/README.md) into AWS fake handlers: the
 * deterministic Access Analyzer model, plus raw handlers that speak the real wire protocol of
 * CloudFormation and IAM (awsQuery XML), SSM (awsJson1_1), S3 (restXml) and API Gateway
 * (restJson1), so the production code runs its real SDK clients against them.
 */
import { randomUUID } from 'node:crypto';
import {
  awsError,
  startAwsFake,
  type AwsFake,
  type AwsFakeOptions,
  type AwsOperationHandler,
  type RawAwsHandler,
  type RawAwsRequest,
  type RawAwsResponse,
} from '@devsecops-gates/fakes/aws';

export interface CaseMocks {
  exports?: { Name: string; Value: string; ExportingStackId?: string }[];
  ssm_parameters?: Record<string, string>;
  managed_policies?: Record<string, { PolicyName: string; Path: string; Document: unknown }>;
  canonical_user_id?: string;
  rest_apis?: { id: string; name: string; rootResourceId: string }[];
  access_analyzer?: AccessAnalyzerModel;
}

export interface AccessAnalyzerModel {
  analyzers?: { arn: string; status: string; name?: string; type?: string }[];
  validate_policy?: { match: Record<string, unknown>; findings: unknown[] }[];
  access_previews?: {
    match: { resourceArn?: string };
    status?: string;
    statusReason?: string;
    findings?: Record<string, unknown>[];
    create_error?: { code: string; message: string; httpStatus?: number };
  }[];
  checks?: {
    operation: string;
    match?: Record<string, unknown>;
    response?: Record<string, unknown>;
    error?: { code: string; message: string; httpStatus?: number };
  }[];
}

/** What the code under test sent to Access Analyzer, in the corpus `access_analyzer_calls` shape. */
export interface RecordedCalls {
  validate_policy: Record<string, unknown>[];
  access_preview_configurations: Record<string, unknown>[];
  created_analyzer: boolean;
  checks: Record<string, unknown>[];
}

// ---------------------------------------------------------------------------------------------
// matching

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => deepEqual(x, b[i]))
    );
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every(
        (k) =>
          Object.hasOwn(b, k) &&
          deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return false;
}

const isDocumentKey = (key: string): boolean => /policydocument$/i.test(key);

function parseIfJson(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Every key of `match` equals the request's (documents compared as parsed JSON). */
function matches(
  match: Record<string, unknown> | undefined,
  input: Record<string, unknown>,
): boolean {
  return Object.entries(match ?? {}).every(([key, expected]) =>
    deepEqual(isDocumentKey(key) ? parseIfJson(input[key]) : input[key], expected),
  );
}

/** Embedded JSON policy strings decoded, for comparison with the corpus' readable form. */
function decodeEmbedded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeEmbedded);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        /polic(y|ies)$/i.test(k) || k === 'default'
          ? decodeEmbedded(parseIfJson(v))
          : decodeEmbedded(v),
      ]),
    );
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Access Analyzer

/** Corpus findings omit `span`, which the model requires; a real answer always has one. */
function withSpans(finding: unknown): unknown {
  const f = finding as { locations?: { path: unknown[]; span?: unknown }[] };
  if (!Array.isArray(f.locations)) return finding;
  const span = { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 1, offset: 1 } };
  return { ...f, locations: f.locations.map((l) => ({ ...l, span: l.span ?? span })) };
}

const DEFAULT_ANALYZER = 'arn:aws:access-analyzer:us-east-2:111222333444:analyzer/ConsoleAnalyzer';

export function accessAnalyzerHandlers(
  model: AccessAnalyzerModel,
  recorded: RecordedCalls,
): Record<string, AwsOperationHandler> {
  const analyzers = (model.analyzers ?? [{ arn: DEFAULT_ANALYZER, status: 'ACTIVE' }]).map((a) => ({
    arn: a.arn,
    name: a.name ?? a.arn.split('/').pop() ?? 'analyzer',
    type: a.type ?? 'ACCOUNT',
    createdAt: new Date('2024-01-01T00:00:00Z'),
    status: a.status,
  }));
  const previews = new Map<
    string,
    {
      rule: NonNullable<AccessAnalyzerModel['access_previews']>[number] | undefined;
      polls: number;
      configurations: unknown;
      analyzerArn: string;
    }
  >();
  const knownAnalyzer = (arn: string): boolean => analyzers.some((a) => a.arn === arn);
  const requireAnalyzer = (arn: string): void => {
    if (!knownAnalyzer(arn))
      throw awsError('ResourceNotFoundException', `Analyzer ${arn} not found`, {
        status: 404,
        fields: { resourceId: arn, resourceType: 'Analyzer' },
      });
  };

  return {
    ListAnalyzers: (input: { type?: string }) => ({
      analyzers: analyzers.filter((a) => !input.type || a.type === input.type),
    }),
    CreateAnalyzer: (input: { analyzerName: string; type: string }) => {
      recorded.created_analyzer = true;
      const arn = `arn:aws:access-analyzer:us-east-2:111222333444:analyzer/${input.analyzerName}`;
      analyzers.push({
        arn,
        name: input.analyzerName,
        type: input.type,
        createdAt: new Date(),
        status: 'ACTIVE',
      });
      return { arn };
    },
    ValidatePolicy: (input: {
      policyDocument: string;
      policyType: string;
      validatePolicyResourceType?: string;
      nextToken?: string;
    }) => {
      if (input.nextToken === undefined) {
        recorded.validate_policy.push({
          policyType: input.policyType,
          ...(input.validatePolicyResourceType
            ? { validatePolicyResourceType: input.validatePolicyResourceType }
            : {}),
          policyDocument: parseIfJson(input.policyDocument),
        });
      }
      const rule = (model.validate_policy ?? []).find((r) =>
        matches(r.match, input as unknown as Record<string, unknown>),
      );
      const findings = rule?.findings ?? [];
      // One finding per page, so every multi-finding answer exercises nextToken pagination.
      const start =
        input.nextToken === undefined ? 0 : Number(input.nextToken.replace(/^page-/, ''));
      if (!Number.isInteger(start) || start < 0 || start > findings.length) {
        throw awsError('ValidationException', 'Invalid nextToken', {
          status: 400,
          fields: { reason: 'other' },
        });
      }
      const next = start + 1 < findings.length ? `page-${start + 1}` : undefined;
      return {
        findings: findings.slice(start, start + 1).map(withSpans),
        ...(next ? { nextToken: next } : {}),
      };
    },
    CreateAccessPreview: (input: {
      analyzerArn: string;
      configurations: Record<string, Record<string, unknown>>;
    }) => {
      requireAnalyzer(input.analyzerArn);
      recorded.access_preview_configurations.push(
        decodeEmbedded(input.configurations) as Record<string, unknown>,
      );
      const [[topArn, config] = ['', {}]] = Object.entries(input.configurations);
      const accessPoints = (config as { s3Bucket?: { accessPoints?: Record<string, unknown> } })
        .s3Bucket?.accessPoints;
      const resourceArn =
        accessPoints && Object.keys(accessPoints).length > 0
          ? Object.keys(accessPoints)[0]!
          : topArn;
      const rule = (model.access_previews ?? []).find((r) => matches(r.match, { resourceArn }));
      if (rule?.create_error) {
        throw awsError(rule.create_error.code, rule.create_error.message, {
          status: rule.create_error.httpStatus ?? 400,
        });
      }
      const id = randomUUID();
      previews.set(id, {
        rule,
        polls: 0,
        configurations: input.configurations,
        analyzerArn: input.analyzerArn,
      });
      return { id };
    },
    GetAccessPreview: (input: { accessPreviewId: string; analyzerArn: string }) => {
      const preview = previews.get(input.accessPreviewId);
      if (!preview || preview.analyzerArn !== input.analyzerArn) {
        throw awsError(
          'ResourceNotFoundException',
          `Access preview ${input.accessPreviewId} not found`,
          {
            status: 404,
            fields: { resourceId: input.accessPreviewId, resourceType: 'AccessPreview' },
          },
        );
      }
      preview.polls++;
      // The first poll still sees CREATING, so the caller's polling loop is exercised.
      const status = preview.polls === 1 ? 'CREATING' : (preview.rule?.status ?? 'COMPLETED');
      return {
        accessPreview: {
          id: input.accessPreviewId,
          analyzerArn: input.analyzerArn,
          configurations: preview.configurations,
          createdAt: new Date('2024-01-01T00:00:00Z'),
          status,
          ...(status === 'FAILED'
            ? { statusReason: { code: preview.rule?.statusReason ?? 'INTERNAL_ERROR' } }
            : {}),
        },
      };
    },
    ListAccessPreviewFindings: (input: {
      accessPreviewId: string;
      analyzerArn: string;
      nextToken?: string;
    }) => {
      const preview = previews.get(input.accessPreviewId);
      if (!preview)
        throw awsError(
          'ResourceNotFoundException',
          `Access preview ${input.accessPreviewId} not found`,
          {
            status: 404,
            fields: { resourceId: input.accessPreviewId, resourceType: 'AccessPreview' },
          },
        );
      if ((preview.rule?.status ?? 'COMPLETED') !== 'COMPLETED') {
        throw awsError('ConflictException', 'Access preview is not completed', {
          status: 409,
          fields: { resourceId: input.accessPreviewId, resourceType: 'AccessPreview' },
        });
      }
      const findings = preview.rule?.findings ?? [];
      const start =
        input.nextToken === undefined ? 0 : Number(input.nextToken.replace(/^page-/, ''));
      const next = start + 2 < findings.length ? `page-${start + 2}` : undefined;
      return { findings: findings.slice(start, start + 2), ...(next ? { nextToken: next } : {}) };
    },
    CheckNoNewAccess: checkHandler('CheckNoNewAccess', model, recorded),
    CheckAccessNotGranted: checkHandler('CheckAccessNotGranted', model, recorded),
    CheckNoPublicAccess: checkHandler('CheckNoPublicAccess', model, recorded),
  };
}

function checkHandler(
  operation: string,
  model: AccessAnalyzerModel,
  recorded: RecordedCalls,
): AwsOperationHandler {
  return (input: Record<string, unknown>) => {
    recorded.checks.push({
      operation,
      ...Object.fromEntries(
        Object.entries(input).map(([k, v]) => [k, isDocumentKey(k) ? parseIfJson(v) : v]),
      ),
    });
    const rule = (model.checks ?? []).find(
      (r) => r.operation === operation && matches(r.match, input),
    );
    if (rule?.error)
      throw awsError(rule.error.code, rule.error.message, {
        status: rule.error.httpStatus ?? 400,
        ...(rule.error.code === 'ValidationException' ? { fields: { reason: 'other' } } : {}),
      });
    return (
      rule?.response ?? {
        result: 'PASS',
        message: 'The policy document does not grant the access.',
      }
    );
  };
}

// ---------------------------------------------------------------------------------------------
// raw services

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const xmlResponse = (body: string, status = 200): RawAwsResponse => ({
  status,
  headers: { 'content-type': 'text/xml' },
  body,
});

function queryError(code: string, message: string, status: number, xmlns: string): RawAwsResponse {
  return xmlResponse(
    `<ErrorResponse xmlns="${xmlns}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>fake-request</RequestId></ErrorResponse>`,
    status,
  );
}

function queryResponse(action: string, xmlns: string, result: string): RawAwsResponse {
  return xmlResponse(
    `<${action}Response xmlns="${xmlns}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata></${action}Response>`,
  );
}

/** An absent mock key means the case must not need that API: answer as a denied call would. */
const NOT_MOCKED = 'Not mocked for this case (the run must not need it):';

function notMocked(what: string, xmlns: string): RawAwsResponse {
  return queryError('AccessDenied', `${NOT_MOCKED} ${what}`, 403, xmlns);
}

const CFN_NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** CloudFormation ListExports (awsQuery), two exports per page so NextToken is followed. */
export function cloudFormationHandler(mocks: CaseMocks): RawAwsHandler {
  return (req) => {
    const form = req.form ?? new Map<string, string>();
    if (req.method !== 'POST' || form.get('Version') !== '2010-05-15')
      return queryError(
        'InvalidAction',
        'Expected an awsQuery POST with Version=2010-05-15',
        400,
        CFN_NS,
      );
    const action = form.get('Action');
    if (action !== 'ListExports')
      return queryError('InvalidAction', `Could not find operation ${action ?? ''}`, 400, CFN_NS);
    if (!mocks.exports) return notMocked('cloudformation:ListExports', CFN_NS);
    const all = mocks.exports;
    const start = form.has('NextToken') ? Number(form.get('NextToken')) : 0;
    if (!Number.isInteger(start) || start < 0)
      return queryError('ValidationError', 'Invalid NextToken', 400, CFN_NS);
    const page = all.slice(start, start + 2);
    const members = page
      .map(
        (e) =>
          `<member><ExportingStackId>${xmlEscape(e.ExportingStackId ?? 'arn:aws:cloudformation:us-east-2:111222333444:stack/exporter/1')}</ExportingStackId><Name>${xmlEscape(e.Name)}</Name><Value>${xmlEscape(e.Value)}</Value></member>`,
      )
      .join('');
    const next = start + 2 < all.length ? `<NextToken>${start + 2}</NextToken>` : '';
    return queryResponse('ListExports', CFN_NS, `<Exports>${members}</Exports>${next}`);
  };
}

/** IAM GetPolicy + GetPolicyVersion (awsQuery); documents URL-encoded as IAM sends them. */
export function iamHandler(mocks: CaseMocks): RawAwsHandler {
  return (req) => {
    const form = req.form ?? new Map<string, string>();
    if (req.method !== 'POST' || form.get('Version') !== '2010-05-08')
      return queryError(
        'InvalidAction',
        'Expected an awsQuery POST with Version=2010-05-08',
        400,
        IAM_NS,
      );
    const action = form.get('Action');
    const arn = form.get('PolicyArn');
    if (action !== 'GetPolicy' && action !== 'GetPolicyVersion')
      return queryError('InvalidAction', `Could not find operation ${action ?? ''}`, 400, IAM_NS);
    if (!mocks.managed_policies) return notMocked(`iam:${action}`, IAM_NS);
    if (!arn)
      return queryError(
        'ValidationError',
        "1 validation error detected: Value null at 'policyArn' failed to satisfy constraint: Member must not be null",
        400,
        IAM_NS,
      );
    const policy = mocks.managed_policies?.[arn];
    if (!policy) return queryError('NoSuchEntity', `Policy ${arn} was not found.`, 404, IAM_NS);
    if (action === 'GetPolicy') {
      return queryResponse(
        'GetPolicy',
        IAM_NS,
        `<Policy><PolicyName>${xmlEscape(policy.PolicyName)}</PolicyName><PolicyId>ANPAFAKE</PolicyId><Arn>${xmlEscape(arn)}</Arn><Path>${xmlEscape(policy.Path)}</Path><DefaultVersionId>v3</DefaultVersionId><AttachmentCount>1</AttachmentCount><IsAttachable>true</IsAttachable><CreateDate>2024-01-01T00:00:00Z</CreateDate><UpdateDate>2024-01-01T00:00:00Z</UpdateDate></Policy>`,
      );
    }
    if (form.get('VersionId') !== 'v3')
      return queryError(
        'NoSuchEntity',
        `Policy ${arn} version ${form.get('VersionId') ?? ''} does not exist or is not attachable.`,
        404,
        IAM_NS,
      );
    const encoded = encodeURIComponent(JSON.stringify(policy.Document));
    return queryResponse(
      'GetPolicyVersion',
      IAM_NS,
      `<PolicyVersion><Document>${xmlEscape(encoded)}</Document><VersionId>v3</VersionId><IsDefaultVersion>true</IsDefaultVersion><CreateDate>2024-01-01T00:00:00Z</CreateDate></PolicyVersion>`,
    );
  };
}

const jsonError = (type: string, message: string, status = 400): RawAwsResponse => ({
  status,
  headers: { 'content-type': 'application/x-amz-json-1.1' },
  body: JSON.stringify({ __type: type, message }),
});

/** SSM GetParameter (awsJson1_1, `X-Amz-Target: AmazonSSM.GetParameter`), `name:version` selectors included. */
export function ssmHandler(mocks: CaseMocks): RawAwsHandler {
  return (req) => {
    const target = req.headers['x-amz-target'];
    if (req.method !== 'POST' || target !== 'AmazonSSM.GetParameter')
      return jsonError('UnknownOperationException', `Unknown operation ${String(target)}`);
    if (!/application\/x-amz-json-1\.1/.test(String(req.headers['content-type'])))
      return jsonError('SerializationException', 'Expected application/x-amz-json-1.1');
    const body = req.json as { Name?: unknown } | undefined;
    if (typeof body?.Name !== 'string' || body.Name === '')
      return jsonError(
        'ValidationException',
        "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
      );
    const name = body.Name;
    if (!mocks.ssm_parameters)
      return jsonError('AccessDeniedException', `${NOT_MOCKED} ssm:GetParameter`);
    const known = mocks.ssm_parameters;
    const value = known[name];
    if (value === undefined) {
      const colon = name.lastIndexOf(':');
      const base = colon > 0 ? name.slice(0, colon) : name;
      const baseKnown = Object.keys(known).some((k) => k === base || k.startsWith(`${base}:`));
      if (colon > 0 && baseKnown)
        return jsonError(
          'ParameterVersionNotFound',
          `Systems Manager could not find version ${name.slice(colon + 1)} of ${base}.`,
        );
      return jsonError('ParameterNotFound', '');
    }
    const colon = name.lastIndexOf(':');
    const version =
      colon > 0 && /^\d+$/.test(name.slice(colon + 1)) ? Number(name.slice(colon + 1)) : 1;
    return {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({
        Parameter: {
          Name: colon > 0 ? name.slice(0, colon) : name,
          Type: 'String',
          Value: value,
          Version: version,
          ARN: `arn:aws:ssm:${req.region ?? 'us-east-2'}:111222333444:parameter/${name.replace(/^\//, '')}`,
          DataType: 'text',
          LastModifiedDate: 1704067200,
        },
      }),
    };
  };
}

/** S3 ListBuckets (restXml `GET /`): only the owner id matters here. */
export function s3Handler(mocks: CaseMocks): RawAwsHandler {
  return (req) => {
    if (req.method !== 'GET' || req.path !== '/') {
      return {
        status: 400,
        headers: { 'content-type': 'application/xml' },
        body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidRequest</Code><Message>The fake S3 serves only ListBuckets</Message><RequestId>fake</RequestId></Error>`,
      };
    }
    if (mocks.canonical_user_id === undefined) {
      return {
        status: 403,
        headers: { 'content-type': 'application/xml' },
        body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${NOT_MOCKED} s3:ListAllMyBuckets</Message><RequestId>fake</RequestId></Error>`,
      };
    }
    const owner = mocks.canonical_user_id;
    return {
      status: 200,
      headers: { 'content-type': 'application/xml' },
      body: `<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>${xmlEscape(owner)}</ID><DisplayName>owner</DisplayName></Owner><Buckets></Buckets></ListAllMyBucketsResult>`,
    };
  };
}

/** API Gateway GetRestApis (restJson1 `GET /restapis`, items under `item`, paged by `position`). */
export function apiGatewayHandler(mocks: CaseMocks): RawAwsHandler {
  return (req): RawAwsResponse => {
    if (req.method !== 'GET' || req.path !== '/restapis') {
      return {
        status: 404,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'NotFoundException' },
        body: JSON.stringify({ message: 'Invalid path' }),
      };
    }
    if (!mocks.rest_apis) {
      return {
        status: 403,
        headers: {
          'content-type': 'application/json',
          'x-amzn-errortype': 'AccessDeniedException',
        },
        body: JSON.stringify({ message: `${NOT_MOCKED} apigateway:GET` }),
      };
    }
    const all = mocks.rest_apis;
    const start = req.query.has('position') ? Number(req.query.get('position')) : 0;
    const limit = req.query.has('limit') ? Number(req.query.get('limit')) : 25;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      return {
        status: 400,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'BadRequestException' },
        body: JSON.stringify({ message: 'Invalid limit' }),
      };
    }
    const size = Math.min(limit, 2);
    const page = all.slice(start, start + size).map((api) => ({ ...api, createdDate: 1704067200 }));
    const next = start + size < all.length ? { position: String(start + size) } : {};
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ item: page, ...next }),
    };
  };
}

export function emptyRecordedCalls(): RecordedCalls {
  return {
    validate_policy: [],
    access_preview_configurations: [],
    created_analyzer: false,
    checks: [],
  };
}

/** The fake options for one case; `recorded` collects what Access Analyzer was asked. */
export function fakeOptionsForMocks(
  mocks: CaseMocks | undefined,
  recorded: RecordedCalls,
): AwsFakeOptions {
  const m = mocks ?? {};
  return {
    services: { 'access-analyzer': accessAnalyzerHandlers(m.access_analyzer ?? {}, recorded) },
    raw: {
      cloudformation: cloudFormationHandler(m),
      iam: iamHandler(m),
      ssm: ssmHandler(m),
      s3: s3Handler(m),
      apigateway: apiGatewayHandler(m),
    },
  };
}

export async function startMockAws(
  mocks: CaseMocks | undefined,
  extra: Partial<AwsFakeOptions> = {},
): Promise<{ fake: AwsFake; recorded: RecordedCalls }> {
  const recorded = emptyRecordedCalls();
  const base = fakeOptionsForMocks(mocks, recorded);
  const fake = await startAwsFake({
    ...base,
    ...extra,
    services: { ...base.services, ...extra.services },
  });
  return { fake, recorded };
}

export type { RawAwsRequest };
