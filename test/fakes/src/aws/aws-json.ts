import { AwsServiceError } from './aws-error.js';
import {
  header,
  jsonErrorParts,
  resolveError,
  type ProtocolCodec,
  type WireResponse,
} from './protocol.js';
import { parseJsonBody } from './rest-json.js';
import { decodeJson, encodeJson } from './shape-codec.js';
import type { ServiceModel } from './smithy-model.js';

/** awsJson1_0 / awsJson1_1: `POST /` with `X-Amz-Target: <ServiceShape>.<Operation>`. */
export function awsJsonCodec(model: ServiceModel): ProtocolCodec {
  const contentType =
    model.protocol === 'awsJson1_0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
  return {
    route(req) {
      const target = header(req.headers, 'x-amz-target');
      if (!target) return undefined;
      const dot = target.lastIndexOf('.');
      const prefix = target.slice(0, dot);
      const name = target.slice(dot + 1);
      if (prefix !== model.serviceName) return undefined;
      if (req.method !== 'POST' || req.rawPath !== '/')
        return new AwsServiceError(
          'UnknownOperationException',
          `${model.sdkId} accepts only POST / (got ${req.method} ${req.rawPath})`,
          404,
          {},
          {},
        );
      return (
        model.operations.get(name) ??
        new AwsServiceError('UnknownOperationException', `Unknown operation ${target}`, 400, {}, {})
      );
    },
    decode(op, req) {
      const problems: string[] = [];
      const parsed = req.body.length === 0 ? {} : parseJsonBody(req.body, problems);
      const input =
        parsed === undefined
          ? {}
          : ((decodeJson(model, op.input, parsed, '', problems, {
              useJsonName: false,
              rejectUnknownMembers: true,
            }) ?? {}) as Record<string, unknown>);
      return { input, problems };
    },
    encodeOutput(op, output, requestId): WireResponse {
      return {
        status: 200,
        headers: { 'content-type': contentType, 'x-amzn-requestid': requestId },
        body: JSON.stringify(
          encodeJson(model, op.output, output ?? {}, '', { useJsonName: false }),
        ),
      };
    },
    encodeError(err, requestId): WireResponse {
      const resolved = resolveError(model, err);
      const { body, headers } = jsonErrorParts(model, resolved, err, false);
      return {
        status: resolved.status,
        headers: { 'content-type': contentType, 'x-amzn-requestid': requestId, ...headers },
        body: JSON.stringify({ __type: resolved.shapeId ?? resolved.wireCode, ...body }),
      };
    },
  };
}
