import type { IncomingHttpHeaders } from 'node:http';
import { AwsServiceError, UNMODELED_STATUS } from './aws-error.js';
import {
  encodeJson,
  scalarText,
  validationMessage,
  type HandlerOutputError,
  type Violation,
} from './shape-codec.js';
import {
  shortName,
  type OperationModel,
  type ServiceModel,
  type SmithyShape,
} from './smithy-model.js';

export interface WireRequest {
  method: string;
  /** The path as sent (still percent-encoded), without the query string. */
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface DecodedRequest {
  input: Record<string, unknown>;
  /** Type mismatches / unknown members / unparseable bodies: a serialization failure. */
  problems: string[];
}

/** One wire protocol: routing, request decoding, output and error encoding. */
export interface ProtocolCodec {
  /** The operation a request addresses; undefined when it addresses none of this service's. */
  route(req: WireRequest): OperationModel | AwsServiceError | undefined;
  decode(op: OperationModel, req: WireRequest): DecodedRequest;
  encodeOutput(op: OperationModel, output: unknown, requestId: string): WireResponse;
  encodeError(err: AwsServiceError, requestId: string): WireResponse;
}

/** How an error thrown by a handler or a fault maps onto the model. */
export interface ResolvedError {
  shapeId: string | undefined;
  shape: SmithyShape | undefined;
  /** The code on the wire (awsQuery uses `awsQueryError.code`, JSON protocols the shape name). */
  wireCode: string;
  status: number;
}

export function resolveError(model: ServiceModel, err: AwsServiceError): ResolvedError {
  const shapeId = model.errorShapes.get(err.code);
  if (!shapeId) {
    return {
      shapeId: undefined,
      shape: undefined,
      wireCode: err.code,
      status: err.status ?? UNMODELED_STATUS[err.code] ?? 400,
    };
  }
  const shape = model.shape(shapeId);
  const traits = shape.traits ?? {};
  const queryError = traits['aws.protocols#awsQueryError'] as
    { code?: string; httpResponseCode?: number } | undefined;
  const wireCode =
    model.protocol === 'awsQuery' ? (queryError?.code ?? shortName(shapeId)) : shortName(shapeId);
  const status =
    err.status ??
    queryError?.httpResponseCode ??
    (traits['smithy.api#httpError'] as number | undefined) ??
    (traits['smithy.api#error'] === 'server' ? 500 : 400);
  return { shapeId, shape, wireCode, status };
}

/** The member of an error shape that carries the message (`message` or `Message`). */
export function messageMember(shape: SmithyShape | undefined, model: ServiceModel): string {
  const own = Object.keys(shape?.members ?? {}).find((m) => /^message$/i.test(m));
  if (own) return own;
  // Unmodeled errors: use the casing the service's modeled errors use.
  for (const id of model.errorShapes.values()) {
    const m = Object.keys(model.shape(id).members ?? {}).find((k) => /^message$/i.test(k));
    if (m) return m;
  }
  return 'message';
}

/**
 * The JSON body and header members of an error: message, `Code` where the shape has one, and the
 * handler's extra fields encoded per the shape (e.g. `retryAfterSeconds` -> `Retry-After`).
 */
export function jsonErrorParts(
  model: ServiceModel,
  resolved: ResolvedError,
  err: AwsServiceError,
  useJsonName: boolean,
): { body: Record<string, unknown>; headers: Record<string, string> } {
  const headers: Record<string, string> = { ...err.headers };
  const msgKey = messageMember(resolved.shape, model);
  if (!resolved.shape || !resolved.shapeId)
    return { body: { [msgKey]: err.message, ...err.fields }, headers };
  const members = resolved.shape.members ?? {};
  const value: Record<string, unknown> = { ...err.fields, [msgKey]: err.message };
  if ('Code' in members && value.Code === undefined) value.Code = resolved.wireCode;
  for (const [name, m] of Object.entries(members)) {
    const header = m.traits?.['smithy.api#httpHeader'];
    if (typeof header === 'string' && value[name] !== undefined) {
      headers[header.toLowerCase()] = scalarText(value[name]);
      delete value[name];
    }
  }
  const body = encodeJson(model, resolved.shapeId, value, '', { useJsonName }) as Record<
    string,
    unknown
  >;
  return { body, headers };
}

const VALIDATION_SHAPES = [
  'ValidationException',
  'InvalidInputException',
  'InvalidParameterException',
  'InvalidRequestException',
];

function pickOperationError(
  model: ServiceModel,
  op: OperationModel | undefined,
  names: string[],
): string | undefined {
  const candidates = [...(op?.errors ?? []), ...model.serviceErrors];
  for (const name of names) {
    const hit = candidates.find((id) => shortName(id) === name);
    if (hit) return shortName(hit);
  }
  return undefined;
}

/** The error this service answers a request that broke the input shape's constraints with. */
export function validationError(
  model: ServiceModel,
  op: OperationModel | undefined,
  violations: Violation[],
): AwsServiceError {
  const message = validationMessage(violations);
  if (model.protocol === 'awsQuery')
    return new AwsServiceError('ValidationError', message, 400, {}, {});
  const code = pickOperationError(model, op, VALIDATION_SHAPES) ?? 'ValidationException';
  const fields: Record<string, unknown> = {};
  const shapeId = model.errorShapes.get(code);
  const members = shapeId ? (model.shape(shapeId).members ?? {}) : {};
  if ('reason' in members) fields.reason = 'fieldValidationFailed';
  if ('fieldList' in members)
    fields.fieldList = violations.map((v) => ({ name: v.path, message: v.short }));
  return new AwsServiceError(code, message, 400, fields, {});
}

/** The error for a body that does not parse or does not match the member types. */
export function serializationError(
  model: ServiceModel,
  op: OperationModel | undefined,
  problems: string[],
): AwsServiceError {
  const message = problems.join('; ');
  if (model.protocol === 'awsQuery')
    return new AwsServiceError('MalformedInput', message, 400, {}, {});
  const code = pickOperationError(model, op, ['ValidationException']);
  const shapeId = code ? model.errorShapes.get(code) : undefined;
  const reason = shapeId
    ? model.shape(model.shape(shapeId).members?.reason?.target ?? 'smithy.api#String')
    : undefined;
  // Access Analyzer's ValidationException has a `cannotParse` reason for exactly this case.
  if (code && reason && JSON.stringify(reason).includes('cannotParse'))
    return new AwsServiceError(code, message, 400, { reason: 'cannotParse' }, {});
  return new AwsServiceError('SerializationException', message, 400, {}, {});
}

/** The throttling error this operation is modeled to send (or the protocol's unmodeled one). */
export function throttlingError(
  model: ServiceModel,
  op: OperationModel | undefined,
  retryAfterSeconds: number | undefined,
): AwsServiceError {
  if (model.protocol === 'awsQuery')
    return new AwsServiceError('Throttling', 'Rate exceeded', 400, {}, {});
  const retryable = [...(op?.errors ?? []), ...model.serviceErrors].find((id) => {
    const r = model.shape(id).traits?.['smithy.api#retryable'] as
      { throttling?: boolean } | undefined;
    return r?.throttling === true;
  });
  const code =
    (retryable && shortName(retryable)) ??
    pickOperationError(model, op, [
      'ThrottlingException',
      'LimitExceededException',
      'TooManyRequestsException',
    ]) ??
    (model.errorShapes.has('ThrottlingException') ? 'ThrottlingException' : undefined);
  const fields: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const shapeId = code ? model.errorShapes.get(code) : undefined;
  const retryMember = Object.entries(shapeId ? (model.shape(shapeId).members ?? {}) : {}).find(
    ([, m]) => String(m.traits?.['smithy.api#httpHeader']).toLowerCase() === 'retry-after',
  );
  if (retryAfterSeconds !== undefined) {
    if (retryMember) fields[retryMember[0]] = retryAfterSeconds;
    else headers['retry-after'] = String(retryAfterSeconds);
  }
  return new AwsServiceError(
    code ?? 'ThrottlingException',
    'Rate exceeded',
    code ? undefined : 429,
    fields,
    headers,
  );
}

/** A 5xx this operation is modeled to send (InternalServerException / InternalException ...). */
export function serverError(
  model: ServiceModel,
  op: OperationModel | undefined,
  status: number,
): AwsServiceError {
  if (model.protocol === 'awsQuery') {
    return status === 503
      ? new AwsServiceError(
          'ServiceUnavailable',
          'Service is unable to handle request.',
          503,
          {},
          {},
        )
      : new AwsServiceError('InternalFailure', 'An internal error has occurred.', status, {}, {});
  }
  const modeled = [
    ...(op?.errors ?? []),
    ...model.serviceErrors,
    ...model.errorShapes.values(),
  ].find((id) => {
    const t = model.shape(id).traits ?? {};
    return t['smithy.api#error'] === 'server' && (t['smithy.api#httpError'] ?? 500) === status;
  });
  if (modeled)
    return new AwsServiceError(shortName(modeled), 'Internal server error', status, {}, {});
  return new AwsServiceError(
    status === 503 ? 'ServiceUnavailableException' : 'InternalFailure',
    status === 503 ? 'Service Unavailable' : 'Internal server error',
    status,
    {},
    {},
  );
}

/** A handler returned something the model forbids: say so loudly, it is a test bug. */
export function handlerBugError(
  model: ServiceModel,
  op: OperationModel,
  error: HandlerOutputError,
): AwsServiceError {
  return new AwsServiceError(
    'InternalFailure',
    `AWS fake: the handler for ${model.signingName}.${op.name} returned an invalid output: ${error.message}`,
    500,
    {},
    {},
  );
}

export function requestId(): string {
  return crypto.randomUUID();
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(',') : v;
}
