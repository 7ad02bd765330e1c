// Routes and request validation come from GitHub's own OpenAPI description (a dereferenced
// subset of @octokit/openapi), so the fake accepts exactly what api.github.com documents and
// rejects the rest with the message shapes GitHub uses.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on `.default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: { type?: string; default?: unknown };
}

interface OpenApiOperation {
  operationId: string;
  responses?: Record<string, { content?: Record<string, { schema: object }> }>;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
  externalDocs?: { url: string };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  documentationUrl: string;
  parameters: OpenApiParameter[];
  bodyRequired: boolean;
  validateBody: ValidateFunction | undefined;
  /** Validators of the documented response bodies by status code (for self-checks). */
  validateResponse: Record<string, ValidateFunction>;
  regex: RegExp;
  pathParams: string[];
}

export interface RouteMatch {
  operation: Operation;
  params: Record<string, string>;
}

export function loadOpenApi(
  file: URL = new URL('./contracts/openapi-subset.api.github.com.json', import.meta.url),
): Operation[] {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  // OpenAPI 3.0 keywords (example, nullable, readOnly) are not JSON Schema; strict mode would
  // refuse them. `nullable` is understood by Ajv itself.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const operations: Operation[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const pathParams: string[] = [];
      const source = template
        .split('/')
        .map((segment) => {
          const m = /^\{(.+)\}$/.exec(segment);
          if (!m?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          pathParams.push(m[1]);
          return '([^/]+)';
        })
        .join('/');
      const schema = op.requestBody?.content['application/json']?.schema;
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        documentationUrl: op.externalDocs?.url ?? 'https://docs.github.com/rest',
        parameters: op.parameters ?? [],
        bodyRequired: op.requestBody?.required === true,
        validateBody: schema ? ajv.compile(schema) : undefined,
        validateResponse: Object.fromEntries(
          Object.entries(op.responses ?? {}).flatMap(([status, r]) => {
            const s = r.content?.['application/json']?.schema;
            return s ? [[status, ajv.compile(s)]] : [];
          }),
        ),
        regex: new RegExp(`^${source}$`),
        pathParams,
      });
    }
  }
  return operations;
}

/** The operation for a method + path (GitHub answers 404 for both unknown paths and methods). */
export function matchRoute(
  operations: Operation[],
  method: string,
  pathname: string,
): RouteMatch | undefined {
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const m = operation.regex.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    operation.pathParams.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { operation, params };
  }
  return undefined;
}

/** Integer path parameters that are not integers make GitHub answer 404 (the route does not match). */
export function pathParamsValid(operation: Operation, params: Record<string, string>): boolean {
  return operation.parameters
    .filter((p) => p.in === 'path' && p.schema?.type === 'integer')
    .every((p) => /^\d+$/.test(params[p.name] ?? ''));
}

/**
 * Turns Ajv errors into the text GitHub puts after "Invalid request.\n\n". GitHub's validator
 * reports missing members as `"x" wasn't supplied.`, unknown ones as `"x" is not a permitted
 * key.`, pattern failures as `<value> does not match /<re>/.` and type errors as
 * `For 'properties/x', <value> is not a <type>.`
 */
export function describeValidationErrors(errors: ErrorObject[], body: unknown): string[] {
  const lines: string[] = [];
  const missing = errors
    .filter((e) => e.keyword === 'required')
    .map((e) => `"${String((e.params as { missingProperty: string }).missingProperty)}"`);
  if (missing.length === 1) lines.push(`${missing[0]} wasn't supplied.`);
  else if (missing.length > 1) lines.push(`${missing.join(', ')} weren't supplied.`);
  for (const e of errors) {
    const member = e.instancePath.replace(/^\//, '');
    const value = member ? (body as Record<string, unknown>)[member] : body;
    switch (e.keyword) {
      case 'required':
        break;
      case 'additionalProperties':
        lines.push(
          `"${String((e.params as { additionalProperty: string }).additionalProperty)}" is not a permitted key.`,
        );
        break;
      case 'pattern':
        lines.push(
          `${String(value)} does not match /${githubPattern(member, (e.params as { pattern: string }).pattern)}/.`,
        );
        break;
      case 'type':
        lines.push(
          `For '${member ? `properties/${member}` : 'links/0/schema'}', ${JSON.stringify(value) ?? 'nil'} is not ${article((e.params as { type: string }).type)}.`,
        );
        break;
      case 'minLength':
      case 'maxLength':
        lines.push(
          `For 'properties/${member}', ${JSON.stringify(value)} is too ${e.keyword === 'minLength' ? 'short' : 'long'} (${String(value).length} chars), ${e.keyword === 'minLength' ? 'minimum' : 'maximum'} ${String((e.params as { limit: number }).limit)}.`,
        );
        break;
      case 'format':
        lines.push(
          `For 'properties/${member}', ${JSON.stringify(value)} is not a valid ${String((e.params as { format: string }).format)}.`,
        );
        break;
      default:
        lines.push(`For 'properties/${member}', ${e.message ?? 'is invalid'}.`);
    }
  }
  return lines;
}

// GitHub's server-side regex for `ref` lists the alternatives in another order than the OpenAPI
// text; the observed message quotes the server's form, so the fake does too.
function githubPattern(member: string, pattern: string): string {
  if (member === 'ref') return '^refs\\/(heads|pull|tags)\\/.*$';
  return pattern.replace(/\//g, '\\/');
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
