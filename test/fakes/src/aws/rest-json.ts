import { AwsServiceError } from './aws-error.js';
import {
  jsonErrorParts,
  resolveError,
  header,
  type DecodedRequest,
  type ProtocolCodec,
  type WireResponse,
} from './protocol.js';
import { decodeJson, decodeText, encodeJson, formatTimestamp, scalarText } from './shape-codec.js';
import { memberTraits, type OperationModel, type ServiceModel } from './smithy-model.js';

interface UriTemplate {
  op: OperationModel;
  method: string;
  segments: ({ literal: string } | { label: string; greedy: boolean })[];
  queryLiterals: [string, string][];
  literalCount: number;
}

function compile(op: OperationModel): UriTemplate {
  const http = op.http!;
  const [pathPart, queryPart] = http.uri.split('?', 2) as [string, string | undefined];
  const segments = pathPart
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      const m = /^\{([^}+]+)(\+)?\}$/.exec(s);
      return m ? { label: m[1]!, greedy: m[2] === '+' } : { literal: s };
    });
  const queryLiterals = [...new URLSearchParams(queryPart ?? '')] as [string, string][];
  return {
    op,
    method: http.method.toUpperCase(),
    segments,
    queryLiterals,
    literalCount: segments.filter((s) => 'literal' in s).length + queryLiterals.length,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Matches the request path against a URI template; returns the label values or undefined. */
function match(
  t: UriTemplate,
  rawPath: string,
  query: URLSearchParams,
): Record<string, string> | undefined {
  const parts = rawPath.split('/').filter((s) => s !== '');
  const labels: Record<string, string> = {};
  let i = 0;
  for (const seg of t.segments) {
    if ('literal' in seg) {
      if (parts[i] === undefined || safeDecode(parts[i]!) !== seg.literal) return undefined;
      i++;
    } else if (seg.greedy) {
      if (i >= parts.length) return undefined;
      labels[seg.label] = parts.slice(i).map(safeDecode).join('/');
      i = parts.length;
    } else {
      if (parts[i] === undefined) return undefined;
      labels[seg.label] = safeDecode(parts[i]!);
      i++;
    }
  }
  if (i !== parts.length) return undefined;
  for (const [k, v] of t.queryLiterals)
    if (query.get(k) !== (v || null) && !(v === '' && query.has(k))) return undefined;
  return labels;
}

/** restJson1: per-operation HTTP bindings (`@http`, `@httpLabel`, `@httpQuery`, `@httpHeader`, `@httpPayload`). */
export function restJsonCodec(model: ServiceModel): ProtocolCodec {
  const templates = [...model.operations.values()]
    .filter((op) => op.http)
    .map(compile)
    // Most literal segments first, so `/findings/import` wins over `/findings/{Id}`.
    .sort((a, b) => b.literalCount - a.literalCount);

  return {
    route(req) {
      let pathMatched = false;
      for (const t of templates) {
        if (!match(t, req.rawPath, req.query)) continue;
        pathMatched = true;
        if (t.method === req.method) return t.op;
      }
      return new AwsServiceError(
        'UnknownOperationException',
        pathMatched
          ? `Method ${req.method} is not allowed on ${req.rawPath}`
          : `No operation of ${model.sdkId} matches ${req.method} ${req.rawPath}`,
        pathMatched ? 405 : 404,
        {},
        {},
      );
    },

    decode(op, req): DecodedRequest {
      const problems: string[] = [];
      const t = templates.find((x) => x.op === op)!;
      const labels = match(t, req.rawPath, req.query) ?? {};
      const shape = model.shape(op.input);
      const input: Record<string, unknown> = {};
      const bodyMembers: string[] = [];
      let payloadMember: string | undefined;
      const boundQueryKeys = new Set(t.queryLiterals.map(([k]) => k));
      for (const [name, m] of Object.entries(shape.members ?? {})) {
        const traits = m.traits ?? {};
        const label = traits['smithy.api#httpLabel'];
        const queryName = traits['smithy.api#httpQuery'];
        const headerName = traits['smithy.api#httpHeader'];
        if (label !== undefined) {
          if (labels[name] !== undefined)
            input[name] = decodeText(model, m, labels[name], name, problems, 'date-time');
        } else if (typeof queryName === 'string') {
          boundQueryKeys.add(queryName);
          const values = req.query.getAll(queryName);
          if (values.length > 0)
            input[name] = decodeText(model, m, values, name, problems, 'date-time');
        } else if ('smithy.api#httpQueryParams' in traits) {
          const params: Record<string, string | string[]> = {};
          for (const k of new Set(req.query.keys()))
            if (!boundQueryKeys.has(k)) params[k] = req.query.getAll(k);
          input[name] = params;
        } else if (typeof headerName === 'string') {
          const v = header(req.headers, headerName);
          if (v !== undefined) {
            const target = model.shape(m.target);
            const raw = target.type === 'list' ? v.split(',').map((s) => s.trim()) : v;
            input[name] = decodeText(model, m, raw, name, problems, 'http-date');
          }
        } else if (typeof traits['smithy.api#httpPrefixHeaders'] === 'string') {
          const prefix = traits['smithy.api#httpPrefixHeaders'].toLowerCase();
          const map: Record<string, string> = {};
          for (const [k, v] of Object.entries(req.headers))
            if (k.startsWith(prefix) && v !== undefined)
              map[k.slice(prefix.length)] = Array.isArray(v) ? v.join(',') : v;
          if (Object.keys(map).length > 0) input[name] = map;
        } else if ('smithy.api#httpPayload' in traits) {
          payloadMember = name;
        } else {
          bodyMembers.push(name);
        }
      }
      if (payloadMember) {
        const m = shape.members![payloadMember]!;
        const target = model.shape(m.target);
        if (req.body.length > 0) {
          if (target.type === 'blob') input[payloadMember] = req.body;
          else if (target.type === 'string' || target.type === 'enum')
            input[payloadMember] = req.body.toString('utf8');
          else {
            const parsed = parseJsonBody(req.body, problems);
            if (parsed !== undefined)
              input[payloadMember] = decodeJson(
                model,
                m.target,
                parsed,
                payloadMember,
                problems,
                { useJsonName: true, rejectUnknownMembers: true },
                memberTraits(model, m),
              );
          }
        }
      } else if (req.body.length > 0) {
        const parsed = parseJsonBody(req.body, problems);
        if (parsed !== undefined) {
          // Decode the body against a view of the input holding only the body-bound members.
          const bodyShape = {
            ...shape,
            members: Object.fromEntries(bodyMembers.map((n) => [n, shape.members![n]!])),
          };
          const tmpId = `${op.input}$body`;
          model.json.shapes[tmpId] ??= bodyShape;
          const decoded = decodeJson(model, tmpId, parsed, '', problems, {
            useJsonName: true,
            rejectUnknownMembers: true,
          });
          Object.assign(input, decoded);
        }
      }
      return { input, problems };
    },

    encodeOutput(op, output, requestId): WireResponse {
      const shape = model.shape(op.output);
      const value = (output ?? {}) as Record<string, unknown>;
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-amzn-requestid': requestId,
      };
      let status = op.http?.code ?? 200;
      const bodyValue: Record<string, unknown> = {};
      let payload: string | Buffer | undefined;
      for (const [key, v] of Object.entries(value)) {
        const m = shape.members?.[key];
        const traits = m?.traits ?? {};
        if (!m || v === undefined || v === null) {
          bodyValue[key] = v;
          continue;
        }
        if (typeof traits['smithy.api#httpHeader'] === 'string') {
          const target = model.shape(m.target);
          headers[traits['smithy.api#httpHeader'].toLowerCase()] =
            target.type === 'timestamp'
              ? String(formatTimestamp(v, 'http-date'))
              : Array.isArray(v)
                ? v.map(scalarText).join(', ')
                : scalarText(v);
        } else if ('smithy.api#httpResponseCode' in traits) {
          status = Number(v);
        } else if ('smithy.api#httpPayload' in traits) {
          const target = model.shape(m.target);
          if (target.type === 'blob') {
            payload = Buffer.from(v as Uint8Array);
            headers['content-type'] = 'application/octet-stream';
          } else if (target.type === 'string') {
            payload = scalarText(v);
            headers['content-type'] = 'text/plain';
          } else
            payload = JSON.stringify(
              encodeJson(model, m.target, v, key, { useJsonName: true }, memberTraits(model, m)),
            );
        } else bodyValue[key] = v;
      }
      const body =
        payload ??
        JSON.stringify(encodeJson(model, op.output, bodyValue, '', { useJsonName: true }));
      return { status, headers, body };
    },

    encodeError(err, requestId): WireResponse {
      const resolved = resolveError(model, err);
      const { body, headers } = jsonErrorParts(model, resolved, err, true);
      return {
        status: resolved.status,
        headers: {
          'content-type': 'application/json',
          'x-amzn-requestid': requestId,
          'x-amzn-errortype': resolved.wireCode,
          ...headers,
        },
        body: JSON.stringify(body),
      };
    },
  };
}

export function parseJsonBody(body: Buffer, problems: string[]): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (e) {
    problems.push(`The request body is not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}
