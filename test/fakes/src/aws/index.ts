/**
 * A local AWS endpoint for tests that run the real AWS SDK v3 clients. It speaks each service's
 * wire protocol as its Smithy model defines it (restJson1, awsJson1_0/1_1, awsQuery) and rejects
 * what AWS rejects (missing required members, enum/length/range/pattern violations, unknown
 * members, bad types) with the service's own error shapes. Behaviour comes from per-operation
 * handlers; faults (throttling, 5xx, connection resets, latency) are injected per call.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAwsChunked } from './aws-chunked.js';
import { AwsServiceError } from './aws-error.js';
import { awsJsonCodec } from './aws-json.js';
import { awsQueryCodec, queryParams } from './aws-query.js';
import { AwsFaults } from './faults.js';
import {
  handlerBugError,
  header,
  requestId as newRequestId,
  serializationError,
  serverError,
  throttlingError,
  validationError,
  type ProtocolCodec,
  type WireRequest,
  type WireResponse,
} from './protocol.js';
import { restJsonCodec } from './rest-json.js';
import { HandlerOutputError, validateValue, type Violation } from './shape-codec.js';
import {
  BUNDLED_MODEL_FILES,
  bundledModel,
  type OperationModel,
  type ServiceModel,
} from './smithy-model.js';

export { awsError, AwsServiceError, type AwsErrorOptions } from './aws-error.js';
export { AwsFaults, type FaultMatch } from './faults.js';
export { ServiceModel } from './smithy-model.js';
export { decodeAwsChunked, parseAwsChunked } from './aws-chunked.js';
export { s3Buckets, S3Store, type S3BucketsOptions } from './s3-buckets.js';
export {
  codeGuruReviewer,
  type CodeGuruOptions,
  type CodeGuruRecommendation,
  type CodeGuruAssociationSeed,
} from './codeguru-reviewer.js';
export {
  stsWebIdentity,
  type StsTrustPolicy,
  type StsWebIdentityOptions,
  type IssuedSession,
} from './sts-web-identity.js';

export interface AwsHandlerContext {
  /** The signing name of the service (`sts`, `access-analyzer`, `securityhub`, `codeguru-reviewer`). */
  service: string;
  operation: string;
  /** Region from the SigV4 credential scope (undefined for unsigned calls). */
  region: string | undefined;
  /** Access key id from the SigV4 credential scope (undefined for unsigned calls). */
  accessKeyId: string | undefined;
  headers: IncomingHttpHeaders;
  /** 1-based count of calls to this operation so far, including this one. */
  callNumber: number;
}

/**
 * Input is keyed by the model's member names (the SDK's `XxxCommandInput` shape): timestamps as
 * `Date`, blobs as `Buffer`. Return the output (member names; timestamps as Date, epoch seconds or
 * ISO text) or throw `awsError(code, message, { status, fields })`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers annotate their input with the SDK's own input types
export type AwsOperationHandler = (input: any, ctx: AwsHandlerContext) => unknown;

export interface RawAwsRequest {
  method: string;
  /** Decoded path. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The request body, with `aws-chunked` framing already removed (S3 streaming uploads). */
  body: Buffer;
  /** Trailing headers of an aws-chunked body (e.g. `x-amz-checksum-crc32`), lower-case names. */
  trailers: Record<string, string>;
  /** For awsQuery / form requests: the form parameters. For JSON bodies: the parsed JSON. */
  form: Map<string, string> | undefined;
  json: unknown;
  region: string | undefined;
  operation: string;
}

export interface RawAwsResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
}

export type RawAwsHandler = (req: RawAwsRequest) => RawAwsResponse | Promise<RawAwsResponse>;

export interface AwsCall {
  service: string;
  operation: string;
  input: Record<string, unknown>;
  status: number;
  /** The error code sent on the wire, when the call failed. */
  errorCode?: string;
  region: string | undefined;
  accessKeyId: string | undefined;
}

export interface AwsFakeOptions {
  /** `{ sts: { AssumeRoleWithWebIdentity: handler } }`; keys are signing names or SDK ids (case-insensitive). */
  services?: Record<string, Record<string, AwsOperationHandler>>;
  /** Services without a model here (cloudformation, ssm, iam, s3, apigateway), by signing name. */
  raw?: Record<string, RawAwsHandler>;
  /** Added to every answer. */
  latencyMs?: number;
  /** Extra models (tests of other protocols); the four bundled ones are always loaded. */
  models?: ServiceModel[];
  /** Check handler outputs against the output shape (required members, enums); default true. */
  validateOutputs?: boolean;
}

export interface AwsFake {
  /** `http://127.0.0.1:<port>`: pass as `endpoint` (or `AWS_ENDPOINT_URL`) for every client. */
  url: string;
  calls: AwsCall[];
  faults: AwsFaults;
  /** Calls of one operation, for assertions. */
  callsTo(operation: string, service?: string): AwsCall[];
  close(): Promise<void>;
}

interface ServiceEntry {
  model: ServiceModel;
  codec: ProtocolCodec;
  names: string[];
  handlers: Record<string, AwsOperationHandler>;
}

function codecFor(model: ServiceModel): ProtocolCodec {
  switch (model.protocol) {
    case 'restJson1':
      return restJsonCodec(model);
    case 'awsQuery':
      return awsQueryCodec(model);
    default:
      return awsJsonCodec(model);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/sts/aws4_request, ...` */
function credentialScope(
  headers: IncomingHttpHeaders,
): { accessKeyId: string; region: string; service: string } | undefined {
  const auth = header(headers, 'authorization');
  const m = auth && /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  return m ? { accessKeyId: m[1]!, region: m[2]!, service: m[3]! } : undefined;
}

export async function startAwsFake(options: AwsFakeOptions = {}): Promise<AwsFake> {
  const models = [...BUNDLED_MODEL_FILES.map((f) => bundledModel(f)), ...(options.models ?? [])];
  const entries: ServiceEntry[] = models.map((model) => ({
    model,
    codec: codecFor(model),
    names: model.aliases(),
    handlers: {},
  }));
  const byName = new Map<string, ServiceEntry>();
  for (const e of entries) for (const n of e.names) byName.set(n, e);

  for (const [key, handlers] of Object.entries(options.services ?? {})) {
    const entry = byName.get(key.toLowerCase());
    if (!entry)
      throw new Error(
        `startAwsFake: unknown service '${key}' (known: ${entries.map((e) => e.model.signingName).join(', ')}; use raw for others)`,
      );
    for (const op of Object.keys(handlers))
      if (!entry.model.operations.has(op))
        throw new Error(`startAwsFake: ${entry.model.sdkId} has no operation '${op}' in its model`);
    Object.assign(entry.handlers, handlers);
  }
  const raw = new Map(Object.entries(options.raw ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const validateOutputs = options.validateOutputs ?? true;
  const faults = new AwsFaults();
  const calls: AwsCall[] = [];
  const counts = new Map<string, number>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const wire: WireRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      rawPath: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    const scope = credentialScope(req.headers);
    const rid = newRequestId();

    const rawHandler = scope && raw.get(scope.service);
    if (scope && rawHandler) return serveRaw(scope, rawHandler, wire, res);

    // Signed requests name their service; unsigned ones (STS AssumeRoleWithWebIdentity) are
    // recognised by their protocol's own routing (Action/Version, X-Amz-Target).
    let entry = scope ? byName.get(scope.service) : undefined;
    let routed: OperationModel | AwsServiceError | undefined;
    if (entry) routed = entry.codec.route(wire);
    else if (!scope) {
      for (const e of entries) {
        if (e.model.protocol === 'restJson1') continue;
        const r = e.codec.route(wire);
        if (r && !(r instanceof AwsServiceError)) {
          entry = e;
          routed = r;
          break;
        }
      }
    }
    if (!entry) {
      const message = scope
        ? `AWS fake: no model and no raw handler for service '${scope.service}' (pass raw: { '${scope.service}': handler })`
        : 'Request is missing Authentication Token';
      return send(res, {
        status: scope ? 501 : 403,
        headers: {
          'content-type': 'application/json',
          'x-amzn-errortype': scope ? 'NotImplemented' : 'MissingAuthenticationTokenException',
        },
        body: JSON.stringify({ message }),
      });
    }
    const service = entry.model.signingName;
    if (!routed)
      routed = new AwsServiceError(
        'UnknownOperationException',
        `The request does not address an operation of ${entry.model.sdkId}`,
        404,
        {},
        {},
      );
    if (routed instanceof AwsServiceError) {
      const answer = entry.codec.encodeError(routed, rid);
      calls.push({
        service,
        operation: '(unknown)',
        input: {},
        status: answer.status,
        errorCode: routed.code,
        region: scope?.region,
        accessKeyId: scope?.accessKeyId,
      });
      return send(res, answer);
    }
    const op = routed;
    const call: AwsCall = {
      service,
      operation: op.name,
      input: {},
      status: 0,
      region: scope?.region,
      accessKeyId: scope?.accessKeyId,
    };
    calls.push(call);
    const fail = (err: AwsServiceError): Promise<void> => {
      let answer: WireResponse;
      try {
        answer = entry.codec.encodeError(err, rid);
      } catch (e) {
        // The handler threw an error with fields its shape does not have: a test bug, say so.
        if (!(e instanceof HandlerOutputError)) throw e;
        answer = entry.codec.encodeError(
          new AwsServiceError(
            'InternalFailure',
            `AWS fake: the handler for ${service}.${op.name} threw ${err.code} with invalid fields: ${e.message}`,
            500,
            {},
            {},
          ),
          rid,
        );
      }
      call.status = answer.status;
      call.errorCode =
        header(answer.headers, 'x-amzn-errortype') ??
        /<Code>([^<]*)<\/Code>/.exec(String(answer.body))?.[1] ??
        err.code;
      return send(res, answer);
    };

    if (!scope && !op.authOptional)
      return fail(
        new AwsServiceError(
          entry.model.protocol === 'awsQuery'
            ? 'MissingAuthenticationToken'
            : 'MissingAuthenticationTokenException',
          'Request is missing Authentication Token',
          403,
          {},
          {},
        ),
      );

    // Decode first so faulted calls still record what was sent; faults still answer before validation.
    const decoded = entry.codec.decode(op, wire);
    call.input = decoded.input;
    const { latencyMs, fault } = faults.take(entry.names, op.name);
    const delay = (options.latencyMs ?? 0) + latencyMs;
    if (delay > 0) await sleep(delay);
    if (fault?.kind === 'reset') {
      call.status = -1;
      call.errorCode = 'ECONNRESET';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'throttle')
      return fail(throttlingError(entry.model, op, fault.retryAfterSeconds));
    if (fault?.kind === 'server') return fail(serverError(entry.model, op, fault.status));
    if (fault?.kind === 'error') return fail(fault.error);

    if (decoded.problems.length > 0)
      return fail(serializationError(entry.model, op, decoded.problems));
    const violations: Violation[] = [];
    validateValue(entry.model, op.input, decoded.input, '', violations);
    if (violations.length > 0) return fail(validationError(entry.model, op, violations));

    const handler = entry.handlers[op.name];
    if (!handler)
      return fail(
        new AwsServiceError(
          'NotImplemented',
          `AWS fake: no handler for ${service}.${op.name}; pass services: { '${service}': { ${op.name}: handler } } to startAwsFake`,
          501,
          {},
          {},
        ),
      );
    const n = (counts.get(`${service}.${op.name}`) ?? 0) + 1;
    counts.set(`${service}.${op.name}`, n);
    let output: unknown;
    try {
      output = await handler(decoded.input, {
        service,
        operation: op.name,
        region: scope?.region,
        accessKeyId: scope?.accessKeyId,
        headers: req.headers,
        callNumber: n,
      });
    } catch (e) {
      if (e instanceof AwsServiceError) return fail(e);
      const message = e instanceof Error ? e.message : String(e);
      return fail(
        new AwsServiceError(
          'InternalFailure',
          `AWS fake: the handler for ${service}.${op.name} threw: ${message}`,
          500,
          {},
          {},
        ),
      );
    }
    let answer: WireResponse;
    try {
      if (validateOutputs) {
        const bad: Violation[] = [];
        validateValue(entry.model, op.output, output ?? {}, '', bad);
        if (bad.length > 0)
          throw new HandlerOutputError(bad.map((v) => `'${v.path}': ${v.constraint}`).join('; '));
      }
      answer = entry.codec.encodeOutput(op, output, rid);
    } catch (e) {
      if (e instanceof HandlerOutputError) return fail(handlerBugError(entry.model, op, e));
      throw e;
    }
    call.status = answer.status;
    return send(res, answer);

    async function serveRaw(
      s: { region: string; service: string },
      handlerFn: RawAwsHandler,
      w: WireRequest,
      out: ServerResponse,
    ): Promise<void> {
      const chunked = /aws-chunked/.test(header(w.headers, 'content-encoding') ?? '')
        ? parseAwsChunked(w.body)
        : undefined;
      const body = chunked?.data ?? w.body;
      const form = queryParams(w);
      let json: unknown;
      if (/json/.test(header(w.headers, 'content-type') ?? '') && body.length > 0) {
        try {
          json = JSON.parse(body.toString('utf8'));
        } catch {
          json = undefined;
        }
      }
      const target = header(w.headers, 'x-amz-target');
      const operation =
        target?.slice(target.lastIndexOf('.') + 1) ??
        form?.get('Action') ??
        w.query.get('x-id') ??
        `${w.method} ${decodeURIComponent(w.rawPath)}`;
      const rawCall: AwsCall = {
        service: s.service,
        operation,
        input: (json ?? (form ? Object.fromEntries(form) : {})) as Record<string, unknown>,
        status: 0,
        region: s.region,
        accessKeyId: scope?.accessKeyId,
      };
      calls.push(rawCall);
      const taken = faults.take([s.service], operation);
      const wait = (options.latencyMs ?? 0) + taken.latencyMs;
      if (wait > 0) await sleep(wait);
      if (taken.fault?.kind === 'reset') {
        rawCall.status = -1;
        req.socket.destroy();
        return;
      }
      if (taken.fault) {
        const status =
          taken.fault.kind === 'throttle'
            ? 400
            : taken.fault.kind === 'server'
              ? taken.fault.status
              : (taken.fault.error.status ?? 400);
        const code =
          taken.fault.kind === 'throttle'
            ? 'Throttling'
            : taken.fault.kind === 'server'
              ? 'InternalFailure'
              : taken.fault.error.code;
        rawCall.status = status;
        rawCall.errorCode = code;
        // Without a model we cannot know the protocol's error form; JSON with both discriminators
        // is parsed by the JSON protocols, and XML services get the awsQuery ErrorResponse.
        const xml = !target && !/json/.test(header(w.headers, 'content-type') ?? '');
        return send(out, {
          status,
          headers: xml
            ? { 'content-type': 'text/xml' }
            : { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code },
          body: xml
            ? `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>injected fault</Message></Error><RequestId>${rid}</RequestId></ErrorResponse>`
            : JSON.stringify({ __type: code, message: 'injected fault' }),
        });
      }
      const result = await handlerFn({
        method: w.method,
        path: decodeURIComponent(w.rawPath),
        query: w.query,
        headers: w.headers,
        body,
        trailers: chunked?.trailers ?? {},
        form,
        json,
        region: s.region,
        operation,
      });
      rawCall.status = result.status;
      const isBytes =
        typeof result.body === 'string' ||
        Buffer.isBuffer(result.body) ||
        result.body === undefined;
      return send(out, {
        status: result.status,
        headers: {
          'x-amzn-requestid': rid,
          ...(isBytes ? {} : { 'content-type': 'application/json' }),
          ...(result.headers ?? {}),
        },
        body: isBytes
          ? ((result.body as string | Buffer | undefined) ?? '')
          : JSON.stringify(result.body),
      });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, {
          'content-type': 'application/json',
          'x-amzn-errortype': 'InternalFailure',
        });
        res.end(
          JSON.stringify({
            message: `AWS fake crashed: ${e instanceof Error ? e.message : String(e)}`,
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    faults,
    callsTo: (operation, service) =>
      calls.filter(
        (c) => c.operation === operation && (service === undefined || c.service === service),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, answer: WireResponse): Promise<void> {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
  // A HEAD answer keeps the length of the body it describes (raw S3 HeadObject).
  res.writeHead(answer.status, {
    ...answer.headers,
    'content-length': answer.headers['content-length'] ?? String(body.length),
  });
  res.end(body);
  return Promise.resolve();
}
