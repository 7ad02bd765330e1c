import {
  enumValues,
  INTEGER_TYPES,
  memberTraits,
  NUMBER_TYPES,
  type MemberRef,
  type ServiceModel,
  type SmithyShape,
  type Traits,
} from './smithy-model.js';

/**
 * Typed values the fake hands to handlers: strings, numbers, booleans, `Date` for timestamps,
 * `Buffer` for blobs, arrays, plain objects keyed by the model's member names.
 */
export type TypedValue = unknown;

/** A constraint a request member broke, in the terms AWS's validation messages use. */
export interface Violation {
  path: string;
  value: unknown;
  /** e.g. `Member must not be null`, `Member must have length less than or equal to 64`. */
  constraint: string;
  /** The constraint without its parameters (what Access Analyzer puts in `fieldList[].message`). */
  short: string;
  sensitive: boolean;
}

/** Text of a scalar for headers, XML and messages (objects as JSON, never `[object Object]`). */
export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v.toString();
  return JSON.stringify(v) ?? '';
}

export type TimestampFormat = 'epoch-seconds' | 'date-time' | 'http-date';

/** AWS names members in messages with a lower-case first letter (`'name'` for `Name`). */
export function messageName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

function childPath(parent: string, member: string): string {
  return parent ? `${parent}.${messageName(member)}` : messageName(member);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !Buffer.isBuffer(v)
  );
}

// ---------------------------------------------------------------------------------------------
// timestamps

export function parseTimestamp(value: unknown, format: TimestampFormat): Date | undefined {
  if (format === 'epoch-seconds') {
    if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000);
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
      return new Date(Number(value) * 1000);
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (
    format === 'date-time' &&
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(value)
  )
    return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Handlers may give a Date, epoch seconds or an ISO string; the wire gets the protocol's form. */
export function formatTimestamp(value: unknown, format: TimestampFormat): string | number {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'number'
        ? new Date(value * 1000)
        : typeof value === 'string'
          ? new Date(value)
          : undefined;
  if (!date || Number.isNaN(date.getTime()))
    throw new HandlerOutputError(`invalid timestamp ${JSON.stringify(value)}`);
  if (format === 'epoch-seconds') return date.getTime() / 1000;
  if (format === 'http-date') return date.toUTCString();
  return date.toISOString().replace('.000Z', 'Z');
}

function timestampFormat(traits: Traits, fallback: TimestampFormat): TimestampFormat {
  const f = traits['smithy.api#timestampFormat'];
  return f === 'epoch-seconds' || f === 'date-time' || f === 'http-date' ? f : fallback;
}

// ---------------------------------------------------------------------------------------------
// JSON request bodies -> typed values

export interface JsonDecodeOptions {
  /** restJson1 honours `@jsonName`; awsJson does not. */
  useJsonName: boolean;
  rejectUnknownMembers: boolean;
}

/**
 * Converts a parsed JSON value to the shape's typed value. Type mismatches and unknown members
 * are pushed to `problems` (AWS answers those as a serialization failure, before validation).
 */
export function decodeJson(
  model: ServiceModel,
  target: string,
  value: unknown,
  path: string,
  problems: string[],
  options: JsonDecodeOptions,
  traits: Traits = {},
): TypedValue {
  const shape = model.shape(target);
  const where = path || 'the request body';
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (!isPlainObject(value)) {
        problems.push(`Expected a JSON object at '${where}'`);
        return undefined;
      }
      const byWireName = new Map<string, [string, MemberRef]>();
      for (const [name, m] of Object.entries(shape.members ?? {})) {
        const jsonName = options.useJsonName
          ? (m.traits?.['smithy.api#jsonName'] as string | undefined)
          : undefined;
        byWireName.set(jsonName ?? name, [name, m]);
      }
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const found = byWireName.get(key);
        if (!found) {
          if (options.rejectUnknownMembers) problems.push(`Unknown member '${key}' at '${where}'`);
          continue;
        }
        if (v === null) continue;
        const [name, m] = found;
        out[name] = decodeJson(
          model,
          m.target,
          v,
          childPath(path, name),
          problems,
          options,
          memberTraits(model, m),
        );
      }
      return out;
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) {
        problems.push(`Expected a JSON array at '${where}'`);
        return undefined;
      }
      const member = shape.member!;
      return value.map((item, i) =>
        item === null
          ? null
          : decodeJson(
              model,
              member.target,
              item,
              `${path}.${i + 1}.member`,
              problems,
              options,
              memberTraits(model, member),
            ),
      );
    }
    case 'map': {
      if (!isPlainObject(value)) {
        problems.push(`Expected a JSON object at '${where}'`);
        return undefined;
      }
      const valueMember = shape.value!;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] =
          v === null
            ? null
            : decodeJson(
                model,
                valueMember.target,
                v,
                `${path}.${k}`,
                problems,
                options,
                memberTraits(model, valueMember),
              );
      }
      return out;
    }
    case 'string':
    case 'enum':
      if (typeof value !== 'string') problems.push(`Expected a string at '${where}'`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`Expected a boolean at '${where}'`);
      return value;
    case 'timestamp': {
      const d = parseTimestamp(
        value,
        timestampFormat({ ...(shape.traits ?? {}), ...traits }, 'epoch-seconds'),
      );
      if (!d) problems.push(`Expected a timestamp at '${where}'`);
      return d;
    }
    case 'blob':
      if (typeof value !== 'string') {
        problems.push(`Expected base64 text at '${where}'`);
        return undefined;
      }
      return Buffer.from(value, 'base64');
    case 'document':
      return value;
    default:
      if (NUMBER_TYPES.has(shape.type)) {
        if (
          typeof value === 'string' &&
          ['NaN', 'Infinity', '-Infinity'].includes(value) &&
          !INTEGER_TYPES.has(shape.type)
        )
          return Number(value);
        if (
          typeof value !== 'number' ||
          (INTEGER_TYPES.has(shape.type) && !Number.isInteger(value))
        )
          problems.push(
            `Expected ${INTEGER_TYPES.has(shape.type) ? 'an integer' : 'a number'} at '${where}'`,
          );
        return value;
      }
      return value;
  }
}

/** Converts one text value (query string, header, URI label) to the member's type. */
export function decodeText(
  model: ServiceModel,
  member: MemberRef,
  raw: string | string[],
  path: string,
  problems: string[],
  defaultTimestamp: TimestampFormat,
): TypedValue {
  const shape = model.shape(member.target);
  const traits = memberTraits(model, member);
  if (shape.type === 'list' || shape.type === 'set') {
    const items = Array.isArray(raw) ? raw : [raw];
    return items.map((item) =>
      decodeText(model, shape.member!, item, path, problems, defaultTimestamp),
    );
  }
  const text = Array.isArray(raw) ? (raw[0] ?? '') : raw;
  if (shape.type === 'boolean') {
    if (text !== 'true' && text !== 'false') problems.push(`Expected true or false at '${path}'`);
    return text === 'true';
  }
  if (NUMBER_TYPES.has(shape.type)) {
    const ok = INTEGER_TYPES.has(shape.type)
      ? /^-?\d+$/.test(text)
      : /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text);
    if (!ok) problems.push(`Expected a number at '${path}' but got '${text}'`);
    return Number(text);
  }
  if (shape.type === 'timestamp') {
    const d = parseTimestamp(text, timestampFormat(traits, defaultTimestamp));
    if (!d) problems.push(`Expected a timestamp at '${path}'`);
    return d;
  }
  if (shape.type === 'blob') return Buffer.from(text, 'base64');
  return text;
}

// ---------------------------------------------------------------------------------------------
// constraint validation (what AWS reports as "N validation errors detected")

const patternCache = new Map<string, RegExp | null>();

function compilePattern(pattern: string): RegExp | null {
  if (patternCache.has(pattern)) return patternCache.get(pattern)!;
  let re: RegExp | null = null;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    try {
      re = new RegExp(pattern);
    } catch {
      // A Java-only construct we cannot evaluate: skip the check rather than reject valid input.
      re = null;
    }
  }
  patternCache.set(pattern, re);
  return re;
}

export interface ValidateOptions {
  /** Skip members bound outside the body when they are checked elsewhere. */
  skipRequiredFor?: Set<string>;
}

export function validateValue(
  model: ServiceModel,
  target: string,
  value: unknown,
  path: string,
  out: Violation[],
  traits: Traits = {},
): void {
  const shape = model.shape(target);
  const all: Traits = { ...(shape.traits ?? {}), ...traits };
  const sensitive = 'smithy.api#sensitive' in all;
  const fail = (constraint: string, short = constraint): void => {
    out.push({ path, value, constraint, short, sensitive });
  };
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (!isPlainObject(value)) return;
      const members = Object.entries(shape.members ?? {});
      for (const [name, m] of members) {
        const mt = memberTraits(model, m);
        const v = value[name];
        if (v === undefined || v === null) {
          if ('smithy.api#required' in mt && !('smithy.api#default' in mt))
            out.push({
              path: childPath(path, name),
              value: null,
              constraint: 'Member must not be null',
              short: 'Member must not be null',
              sensitive: false,
            });
          continue;
        }
        validateValue(model, m.target, v, childPath(path, name), out, m.traits ?? {});
      }
      if (shape.type === 'union') {
        const set = members.filter(
          ([name]) => value[name] !== undefined && value[name] !== null,
        ).length;
        if (set !== 1) fail('Member must have exactly one member set');
      }
      return;
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) return;
      checkLength(all, value.length, fail);
      value.forEach((item, i) => {
        if (item !== null && item !== undefined)
          validateValue(
            model,
            shape.member!.target,
            item,
            `${path}.${i + 1}.member`,
            out,
            shape.member!.traits ?? {},
          );
      });
      return;
    }
    case 'map': {
      if (!isPlainObject(value)) return;
      checkLength(all, Object.keys(value).length, fail);
      for (const [k, v] of Object.entries(value)) {
        validateValue(
          model,
          shape.key!.target,
          k,
          `${path}.${k}.key`,
          out,
          shape.key!.traits ?? {},
        );
        if (v !== null && v !== undefined)
          validateValue(
            model,
            shape.value!.target,
            v,
            `${path}.${k}.member`,
            out,
            shape.value!.traits ?? {},
          );
      }
      return;
    }
    case 'blob':
      if (Buffer.isBuffer(value)) checkLength(all, value.length, fail);
      return;
    default:
      break;
  }
  const allowed = enumValues(model, shape);
  if (
    allowed &&
    (typeof value === 'string' || typeof value === 'number') &&
    !allowed.includes(value)
  ) {
    fail(
      `Member must satisfy enum value set: [${allowed.join(', ')}]`,
      'Member must satisfy enum value set',
    );
    return;
  }
  if (typeof value === 'string') {
    checkLength(all, [...value].length, fail);
    const pattern = all['smithy.api#pattern'];
    if (typeof pattern === 'string') {
      const re = compilePattern(pattern);
      if (re && !re.test(value))
        fail(
          `Member must satisfy regular expression pattern: ${pattern}`,
          'Member must satisfy regular expression pattern',
        );
    }
  }
  if (typeof value === 'number') {
    const range = all['smithy.api#range'] as { min?: number; max?: number } | undefined;
    if (range?.min !== undefined && value < range.min)
      fail(
        `Member must have value greater than or equal to ${range.min}`,
        'Member must have value greater than or equal to',
      );
    if (range?.max !== undefined && value > range.max)
      fail(
        `Member must have value less than or equal to ${range.max}`,
        'Member must have value less than or equal to',
      );
  }
}

function checkLength(traits: Traits, length: number, fail: (c: string, s: string) => void): void {
  const bounds = traits['smithy.api#length'] as { min?: number; max?: number } | undefined;
  if (bounds?.min !== undefined && length < bounds.min)
    fail(
      `Member must have length greater than or equal to ${bounds.min}`,
      'Member must have length greater than or equal to',
    );
  if (bounds?.max !== undefined && length > bounds.max)
    fail(
      `Member must have length less than or equal to ${bounds.max}`,
      'Member must have length less than or equal to',
    );
}

function showValue(v: Violation): string {
  if (v.value === null || v.value === undefined) return 'null';
  if (v.sensitive) return "'*** Sensitive Data Redacted ***'";
  let text: string;
  if (typeof v.value === 'string') text = v.value;
  else if (Array.isArray(v.value))
    text = `[${v.value.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ')}]`;
  else text = scalarText(v.value);
  if (text.length > 256) text = `${text.slice(0, 256)}...`;
  return `'${text}'`;
}

/** AWS's (Coral's) validation message: `1 validation error detected: Value null at 'x' failed ...`. */
export function validationMessage(violations: Violation[]): string {
  const n = violations.length;
  const parts = violations.map(
    (v) => `Value ${showValue(v)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`,
  );
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`;
}

// ---------------------------------------------------------------------------------------------
// handler outputs -> wire

/** A handler returned something the model does not allow; the fake answers 500 and says why. */
export class HandlerOutputError extends Error {
  override readonly name = 'HandlerOutputError';
}

export interface JsonEncodeOptions {
  useJsonName: boolean;
}

export function encodeJson(
  model: ServiceModel,
  target: string,
  value: unknown,
  path: string,
  options: JsonEncodeOptions,
  traits: Traits = {},
): unknown {
  const shape = model.shape(target);
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (!isPlainObject(value))
        throw new HandlerOutputError(`expected an object at '${path || '(output)'}'`);
      return encodeStructure(
        model,
        shape,
        value,
        path,
        (m, v, p) => encodeJson(model, m.target, v, p, options, memberTraits(model, m)),
        options.useJsonName ? 'smithy.api#jsonName' : undefined,
      );
    }
    case 'list':
    case 'set':
      if (!Array.isArray(value)) throw new HandlerOutputError(`expected an array at '${path}'`);
      return value.map((item, i) =>
        item === null
          ? null
          : encodeJson(
              model,
              shape.member!.target,
              item,
              `${path}.${i + 1}`,
              options,
              memberTraits(model, shape.member!),
            ),
      );
    case 'map': {
      if (!isPlainObject(value))
        throw new HandlerOutputError(`expected an object (map) at '${path}'`);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value))
        out[k] =
          v === null
            ? null
            : encodeJson(
                model,
                shape.value!.target,
                v,
                `${path}.${k}`,
                options,
                memberTraits(model, shape.value!),
              );
      return out;
    }
    case 'timestamp':
      return formatTimestamp(
        value,
        timestampFormat({ ...(shape.traits ?? {}), ...traits }, 'epoch-seconds'),
      );
    case 'blob':
      return Buffer.from(value as Uint8Array | string).toString('base64');
    default:
      return value;
  }
}

function encodeStructure(
  model: ServiceModel,
  shape: SmithyShape,
  value: Record<string, unknown>,
  path: string,
  encodeMember: (m: MemberRef, v: unknown, p: string) => unknown,
  nameTrait: string | undefined,
): Record<string, unknown> {
  const members = shape.members ?? {};
  for (const key of Object.keys(value)) {
    if (!(key in members) && !key.startsWith('$'))
      throw new HandlerOutputError(
        `'${key}' is not a member of ${path || 'the output'} (members: ${Object.keys(members).join(', ')})`,
      );
  }
  const out: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(members)) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    const wire = nameTrait ? ((m.traits?.[nameTrait] as string | undefined) ?? name) : name;
    out[wire] = encodeMember(m, v, path ? `${path}.${name}` : name);
  }
  return out;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#xD;');
}

/** awsQuery/restXml element body for a value of `target` (without the enclosing element). */
export function encodeXmlContent(
  model: ServiceModel,
  target: string,
  value: unknown,
  path: string,
  traits: Traits = {},
): string {
  const shape = model.shape(target);
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (!isPlainObject(value))
        throw new HandlerOutputError(`expected an object at '${path || '(output)'}'`);
      const parts: string[] = [];
      encodeStructure(
        model,
        shape,
        value,
        path,
        (m, v, p) => {
          const mt = memberTraits(model, m);
          const name =
            (m.traits?.['smithy.api#xmlName'] as string | undefined) ?? memberName(shape, m);
          parts.push(encodeXmlMember(model, m, v, p, name, mt));
          return undefined;
        },
        undefined,
      );
      return parts.join('');
    }
    case 'timestamp':
      return escapeXml(
        String(
          formatTimestamp(
            value,
            timestampFormat({ ...(shape.traits ?? {}), ...traits }, 'date-time'),
          ),
        ),
      );
    case 'blob':
      return Buffer.from(value as Uint8Array | string).toString('base64');
    default:
      if (typeof value === 'object') throw new HandlerOutputError(`expected a scalar at '${path}'`);
      return escapeXml(scalarText(value));
  }
}

function memberName(shape: SmithyShape, ref: MemberRef): string {
  return Object.entries(shape.members ?? {}).find(([, m]) => m === ref)?.[0] ?? 'member';
}

function encodeXmlMember(
  model: ServiceModel,
  m: MemberRef,
  v: unknown,
  path: string,
  name: string,
  traits: Traits,
): string {
  const shape = model.shape(m.target);
  const flattened = 'smithy.api#xmlFlattened' in traits;
  if (shape.type === 'list' || shape.type === 'set') {
    if (!Array.isArray(v)) throw new HandlerOutputError(`expected an array at '${path}'`);
    const itemName = flattened
      ? name
      : ((shape.member!.traits?.['smithy.api#xmlName'] as string | undefined) ?? 'member');
    const items = v
      .map(
        (item, i) =>
          `<${itemName}>${encodeXmlContent(model, shape.member!.target, item, `${path}.${i + 1}`, memberTraits(model, shape.member!))}</${itemName}>`,
      )
      .join('');
    return flattened ? items : `<${name}>${items}</${name}>`;
  }
  if (shape.type === 'map') {
    if (!isPlainObject(v)) throw new HandlerOutputError(`expected an object (map) at '${path}'`);
    const entries = Object.entries(v)
      .map(([k, val]) => {
        const inner = `<key>${escapeXml(k)}</key><value>${encodeXmlContent(model, shape.value!.target, val, `${path}.${k}`, memberTraits(model, shape.value!))}</value>`;
        return flattened ? `<${name}>${inner}</${name}>` : `<entry>${inner}</entry>`;
      })
      .join('');
    return flattened ? entries : `<${name}>${entries}</${name}>`;
  }
  return `<${name}>${encodeXmlContent(model, m.target, v, path, traits)}</${name}>`;
}

// ---------------------------------------------------------------------------------------------
// awsQuery form parameters -> typed values

/**
 * Reads `prefix.Member`, `prefix.List.member.N`, `prefix.Map.entry.N.key/value` from the flat
 * form parameters. Returns undefined when nothing under `prefix` was sent.
 */
export function decodeQuery(
  model: ServiceModel,
  member: MemberRef,
  params: Map<string, string>,
  key: string,
  path: string,
  problems: string[],
): TypedValue {
  const shape = model.shape(member.target);
  const traits = memberTraits(model, member);
  const has = (k: string): boolean => {
    if (params.has(k)) return true;
    for (const p of params.keys()) if (p.startsWith(`${k}.`)) return true;
    return false;
  };
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (key && !has(key)) return undefined;
      const out: Record<string, unknown> = {};
      for (const [name, m] of Object.entries(shape.members ?? {})) {
        const wire = (m.traits?.['smithy.api#xmlName'] as string | undefined) ?? name;
        const v = decodeQuery(
          model,
          m,
          params,
          key ? `${key}.${wire}` : wire,
          childPath(path, name),
          problems,
        );
        if (v !== undefined) out[name] = v;
      }
      return out;
    }
    case 'list':
    case 'set': {
      if (!has(key)) return undefined;
      if (params.get(key) === '') return [];
      const flattened = 'smithy.api#xmlFlattened' in traits;
      const itemName =
        (shape.member!.traits?.['smithy.api#xmlName'] as string | undefined) ?? 'member';
      const base = flattened ? key : `${key}.${itemName}`;
      const items: unknown[] = [];
      for (let i = 1; has(`${base}.${i}`); i++)
        items.push(
          decodeQuery(
            model,
            shape.member!,
            params,
            `${base}.${i}`,
            `${path}.${i}.member`,
            problems,
          ),
        );
      return items;
    }
    case 'map': {
      if (!has(key)) return undefined;
      const flattened = 'smithy.api#xmlFlattened' in traits;
      const base = flattened ? key : `${key}.entry`;
      const out: Record<string, unknown> = {};
      for (let i = 1; has(`${base}.${i}`); i++) {
        const k = params.get(`${base}.${i}.key`) ?? '';
        out[k] = decodeQuery(
          model,
          shape.value!,
          params,
          `${base}.${i}.value`,
          `${path}.${k}`,
          problems,
        );
      }
      return out;
    }
    default: {
      const text = params.get(key);
      if (text === undefined) return undefined;
      return decodeText(model, member, text, path, problems, 'date-time');
    }
  }
}
