import { AwsServiceError } from './aws-error.js';
import {
  header,
  resolveError,
  type ProtocolCodec,
  type WireRequest,
  type WireResponse,
} from './protocol.js';
import { decodeQuery, encodeXmlContent, escapeXml } from './shape-codec.js';
import type { ServiceModel } from './smithy-model.js';

/** The form parameters of an awsQuery request (body for POST, query string for GET). */
export function queryParams(req: WireRequest): Map<string, string> | undefined {
  const type = header(req.headers, 'content-type') ?? '';
  const source =
    req.method === 'POST' && type.startsWith('application/x-www-form-urlencoded')
      ? new URLSearchParams(req.body.toString('utf8'))
      : req.method === 'GET'
        ? req.query
        : undefined;
  if (!source?.has('Action')) return undefined;
  return new Map(source);
}

/** awsQuery: form-encoded `Action=..&Version=..`, XML `<XResponse><XResult>` answers (STS, IAM). */
export function awsQueryCodec(model: ServiceModel): ProtocolCodec {
  const xmlns = model.xmlNamespace ? ` xmlns="${escapeXml(model.xmlNamespace)}"` : '';
  return {
    route(req) {
      const params = queryParams(req);
      if (!params) return undefined;
      const action = params.get('Action') ?? '';
      const version = params.get('Version');
      const op = model.operations.get(action);
      if (!op || version !== model.version)
        return new AwsServiceError(
          'InvalidAction',
          `Could not find operation ${action} for version ${version ?? 'NO_VERSION_SPECIFIED'}`,
          400,
          {},
          {},
        );
      if (req.rawPath !== '/')
        return new AwsServiceError('InvalidAction', `Unsupported path ${req.rawPath}`, 404, {}, {});
      return op;
    },
    decode(op, req) {
      const problems: string[] = [];
      const params = queryParams(req) ?? new Map<string, string>();
      const input = (decodeQuery(model, { target: op.input }, params, '', '', problems) ??
        {}) as Record<string, unknown>;
      return { input, problems };
    },
    encodeOutput(op, output, requestId): WireResponse {
      const inner = encodeXmlContent(model, op.output, output ?? {}, '');
      const result = `<${op.name}Result>${inner}</${op.name}Result>`;
      return {
        status: 200,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body:
          `<${op.name}Response${xmlns}>\n  ${result}\n` +
          `  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n</${op.name}Response>\n`,
      };
    },
    encodeError(err, requestId): WireResponse {
      const resolved = resolveError(model, err);
      const type = resolved.status >= 500 ? 'Receiver' : 'Sender';
      return {
        status: resolved.status,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId, ...err.headers },
        body:
          `<ErrorResponse${xmlns}>\n  <Error>\n    <Type>${type}</Type>\n    <Code>${escapeXml(resolved.wireCode)}</Code>\n` +
          `    <Message>${escapeXml(err.message)}</Message>\n  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`,
      };
    },
  };
}
