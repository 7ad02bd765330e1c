export const id = 106;
export const ids = [106];
export const modules = {

/***/ 5725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 8 modules
var src = __webpack_require__(2376);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./test/fakes/src/aws/aws-chunked.ts
/**
 * Removes `aws-chunked` framing (`<hex-size>[;chunk-signature=..]\r\n<data>\r\n ... 0\r\n<trailers>\r\n\r\n`)
 * that the S3 client uses for streaming uploads with trailing checksums, returning the object bytes.
 */
function decodeAwsChunked(body) {
    return parseAwsChunked(body).data;
}
/** The object bytes and the trailing headers (`x-amz-checksum-crc32: ...`) of an aws-chunked body. */
function parseAwsChunked(body) {
    const parts = [];
    const trailers = {};
    let pos = 0;
    while (pos < body.length) {
        const lineEnd = body.indexOf('\r\n', pos);
        if (lineEnd < 0)
            throw new Error('aws-chunked body: missing chunk header line end');
        const sizeText = body.subarray(pos, lineEnd).toString('latin1').split(';')[0].trim();
        const size = Number.parseInt(sizeText, 16);
        if (!Number.isFinite(size) || !/^[0-9a-fA-F]+$/.test(sizeText))
            throw new Error(`aws-chunked body: bad chunk size '${sizeText}'`);
        pos = lineEnd + 2;
        if (size === 0) {
            for (const line of body.subarray(pos).toString('latin1').split('\r\n')) {
                const colon = line.indexOf(':');
                if (colon > 0)
                    trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
            }
            break;
        }
        parts.push(body.subarray(pos, pos + size));
        pos += size + 2;
    }
    return { data: Buffer.concat(parts), trailers };
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/aws-error.ts
/**
 * What a handler (or a fault) throws to make the fake answer with a service error. `code` is
 * either the modeled shape name (`InvalidIdentityTokenException`) or the wire code
 * (`InvalidIdentityToken`); unmodeled codes AWS really sends (`AccessDenied`, `Throttling`,
 * `ValidationError` for STS) pass through verbatim.
 */
class AwsServiceError extends Error {
    code;
    status;
    fields;
    headers;
    name = 'AwsServiceError';
    constructor(code, message, status, 
    /** Extra members of the error shape, e.g. `{ reason, fieldList }` or `{ retryAfterSeconds }`. */
    fields, headers) {
        super(message);
        this.code = code;
        this.status = status;
        this.fields = fields;
        this.headers = headers;
    }
}
function aws_error_awsError(code, message, options = {}) {
    return new AwsServiceError(code, message, options.status, options.fields ?? {}, options.headers ?? {});
}
/** HTTP statuses of the unmodeled codes AWS front ends send (used when a handler gives none). */
const UNMODELED_STATUS = {
    AccessDenied: 403,
    AccessDeniedException: 403,
    Throttling: 400,
    ThrottlingException: 400,
    ValidationError: 400,
    InvalidAction: 400,
    InvalidParameterValue: 400,
    MissingParameter: 400,
    MalformedQueryString: 400,
    SerializationException: 400,
    InternalFailure: 500,
    InternalError: 500,
    ServiceUnavailable: 503,
    ServiceUnavailableException: 503,
    MissingAuthenticationToken: 403,
    MissingAuthenticationTokenException: 403,
    UnknownOperationException: 404,
    NotImplemented: 501,
};

;// CONCATENATED MODULE: ./test/fakes/src/aws/smithy-model.ts

/** Prelude shapes are referenced by id but never defined in a model file. */
const PRELUDE = Object.fromEntries([
    ['String', 'string'],
    ['Blob', 'blob'],
    ['Boolean', 'boolean'],
    ['PrimitiveBoolean', 'boolean'],
    ['Byte', 'byte'],
    ['PrimitiveByte', 'byte'],
    ['Short', 'short'],
    ['PrimitiveShort', 'short'],
    ['Integer', 'integer'],
    ['PrimitiveInteger', 'integer'],
    ['Long', 'long'],
    ['PrimitiveLong', 'long'],
    ['Float', 'float'],
    ['PrimitiveFloat', 'float'],
    ['Double', 'double'],
    ['PrimitiveDouble', 'double'],
    ['BigInteger', 'bigInteger'],
    ['BigDecimal', 'bigDecimal'],
    ['Timestamp', 'timestamp'],
    ['Document', 'document'],
    ['Unit', 'structure'],
].map(([name, type]) => [
    `smithy.api#${name}`,
    type === 'structure' ? { type, members: {} } : { type: type },
]));
const PROTOCOL_TRAITS = {
    'aws.protocols#restJson1': 'restJson1',
    'aws.protocols#awsJson1_0': 'awsJson1_0',
    'aws.protocols#awsJson1_1': 'awsJson1_1',
    'aws.protocols#awsQuery': 'awsQuery',
};
/** A Smithy service model indexed for serving requests. */
class ServiceModel {
    json;
    serviceId;
    /** The service shape's name, the prefix of awsJson `X-Amz-Target` values. */
    serviceName;
    protocol;
    signingName;
    sdkId;
    endpointPrefix;
    version;
    xmlNamespace;
    operations = new Map();
    serviceErrors;
    /** Every error shape in the model by name and by awsQuery wire code. */
    errorShapes = new Map();
    constructor(json) {
        this.json = json;
        const entry = Object.entries(json.shapes).find(([, s]) => s.type === 'service');
        if (!entry)
            throw new Error('Smithy model has no service shape');
        const [id, service] = entry;
        this.serviceId = id;
        this.serviceName = id.slice(id.indexOf('#') + 1);
        const traits = service.traits ?? {};
        const protocol = Object.keys(traits)
            .map((t) => PROTOCOL_TRAITS[t])
            .find((p) => p !== undefined);
        if (!protocol)
            throw new Error(`Service ${id} uses a protocol the AWS fake does not speak`);
        this.protocol = protocol;
        const api = (traits['aws.api#service'] ?? {});
        const sigv4 = traits['aws.auth#sigv4'];
        this.sdkId = api.sdkId ?? this.serviceName;
        this.signingName = sigv4?.name ?? api.arnNamespace ?? this.sdkId.toLowerCase();
        this.endpointPrefix = api.endpointPrefix ?? this.signingName;
        this.version = service.version ?? '';
        this.xmlNamespace = traits['smithy.api#xmlNamespace']?.uri;
        this.serviceErrors = (service.errors ?? []).map((e) => e.target);
        this.collectOperations(service, new Set());
        for (const [shapeId, shape] of Object.entries(json.shapes)) {
            if (!shape.traits?.['smithy.api#error'])
                continue;
            this.errorShapes.set(shortName(shapeId), shapeId);
            const queryError = shape.traits['aws.protocols#awsQueryError'];
            if (queryError?.code)
                this.errorShapes.set(queryError.code, shapeId);
        }
    }
    static fromFile(path) {
        return new ServiceModel(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')));
    }
    shape(id) {
        const shape = this.json.shapes[id] ?? PRELUDE[id];
        if (!shape)
            throw new Error(`Smithy model ${this.serviceId} references unknown shape ${id}`);
        return shape;
    }
    /** Names this service answers to in `services`/`raw` options and fault matchers. */
    aliases() {
        const compact = this.sdkId.toLowerCase().replace(/\s+/g, '');
        const dashed = this.sdkId.toLowerCase().replace(/\s+/g, '-');
        return [...new Set([this.signingName, this.endpointPrefix, compact, dashed])];
    }
    collectOperations(container, seen) {
        const refs = [
            ...(container.operations ?? []),
            ...(container.collectionOperations ?? []),
            ...[
                container.create,
                container.put,
                container.read,
                container.update,
                container.delete,
                container.list,
            ].filter((r) => r !== undefined),
        ];
        for (const { target } of refs) {
            if (seen.has(target))
                continue;
            seen.add(target);
            const op = this.shape(target);
            const traits = op.traits ?? {};
            const http = traits['smithy.api#http'];
            const auth = traits['smithy.api#auth'];
            this.operations.set(shortName(target), {
                name: shortName(target),
                id: target,
                input: op.input?.target ?? 'smithy.api#Unit',
                output: op.output?.target ?? 'smithy.api#Unit',
                errors: (op.errors ?? []).map((e) => e.target),
                http: http ? { method: http.method, uri: http.uri, code: http.code ?? 200 } : undefined,
                authOptional: 'smithy.api#optionalAuth' in traits || (Array.isArray(auth) && auth.length === 0),
            });
        }
        for (const { target } of container.resources ?? []) {
            if (seen.has(target))
                continue;
            seen.add(target);
            this.collectOperations(this.shape(target), seen);
        }
    }
}
function shortName(shapeId) {
    return shapeId.slice(shapeId.indexOf('#') + 1);
}
/** Traits of a member merged over those of its target (member traits win, as in Smithy). */
function memberTraits(model, member) {
    return { ...(model.shape(member.target).traits ?? {}), ...(member.traits ?? {}) };
}
/** The allowed values of an enum-like shape, or undefined when it is not one. */
function enumValues(model, shape) {
    if (shape.type === 'enum' || shape.type === 'intEnum') {
        return Object.entries(shape.members ?? {}).map(([name, m]) => {
            const v = m.traits?.['smithy.api#enumValue'];
            return typeof v === 'string' || typeof v === 'number' ? v : name;
        });
    }
    const legacy = shape.traits?.['smithy.api#enum'];
    return legacy?.map((e) => e.value);
}
/** Smithy's shape types that hold numbers. */
const NUMBER_TYPES = new Set([
    'byte',
    'short',
    'integer',
    'long',
    'float',
    'double',
    'bigInteger',
    'bigDecimal',
    'intEnum',
]);
const INTEGER_TYPES = new Set(['byte', 'short', 'integer', 'long', 'bigInteger', 'intEnum']);
const cache = new Map();
// Each URL is spelled out in full (no template literal) so bundlers such as ncc can see and
// copy every model file; a computed path is copied under a mangled name and then not found.
const MODEL_URLS = {
    'accessanalyzer-2019-11-01.json': __webpack_require__.ab + "accessanalyzer-2019-11-01.json",
    'securityhub-2018-10-26.json': __webpack_require__.ab + "securityhub-2018-10-26.json",
    'sts-2011-06-15.json': __webpack_require__.ab + "sts-2011-06-15.json",
    'codeguru-reviewer-2019-09-19.json': __webpack_require__.ab + "codeguru-reviewer-2019-09-19.json",
};
const BUNDLED_MODEL_FILES = Object.keys(MODEL_URLS);
/** The four models this repo ships (testdata/models), parsed once per process. */
function bundledModel(file) {
    let model = cache.get(file);
    if (!model) {
        const url = MODEL_URLS[file];
        if (!url)
            throw new Error(`No bundled Smithy model named ${file}`);
        model = ServiceModel.fromFile(url);
        cache.set(file, model);
    }
    return model;
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/shape-codec.ts

/** Text of a scalar for headers, XML and messages (objects as JSON, never `[object Object]`). */
function scalarText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return v.toString();
    return JSON.stringify(v) ?? '';
}
/** AWS names members in messages with a lower-case first letter (`'name'` for `Name`). */
function messageName(member) {
    return member.charAt(0).toLowerCase() + member.slice(1);
}
function childPath(parent, member) {
    return parent ? `${parent}.${messageName(member)}` : messageName(member);
}
function isPlainObject(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        !(v instanceof Date) &&
        !Buffer.isBuffer(v));
}
// ---------------------------------------------------------------------------------------------
// timestamps
function parseTimestamp(value, format) {
    if (format === 'epoch-seconds') {
        if (typeof value === 'number' && Number.isFinite(value))
            return new Date(value * 1000);
        if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
            return new Date(Number(value) * 1000);
        return undefined;
    }
    if (typeof value !== 'string')
        return undefined;
    if (format === 'date-time' &&
        !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(value))
        return undefined;
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
/** Handlers may give a Date, epoch seconds or an ISO string; the wire gets the protocol's form. */
function formatTimestamp(value, format) {
    const date = value instanceof Date
        ? value
        : typeof value === 'number'
            ? new Date(value * 1000)
            : typeof value === 'string'
                ? new Date(value)
                : undefined;
    if (!date || Number.isNaN(date.getTime()))
        throw new HandlerOutputError(`invalid timestamp ${JSON.stringify(value)}`);
    if (format === 'epoch-seconds')
        return date.getTime() / 1000;
    if (format === 'http-date')
        return date.toUTCString();
    return date.toISOString().replace('.000Z', 'Z');
}
function timestampFormat(traits, fallback) {
    const f = traits['smithy.api#timestampFormat'];
    return f === 'epoch-seconds' || f === 'date-time' || f === 'http-date' ? f : fallback;
}
/**
 * Converts a parsed JSON value to the shape's typed value. Type mismatches and unknown members
 * are pushed to `problems` (AWS answers those as a serialization failure, before validation).
 */
function decodeJson(model, target, value, path, problems, options, traits = {}) {
    const shape = model.shape(target);
    const where = path || 'the request body';
    switch (shape.type) {
        case 'structure':
        case 'union': {
            if (!isPlainObject(value)) {
                problems.push(`Expected a JSON object at '${where}'`);
                return undefined;
            }
            const byWireName = new Map();
            for (const [name, m] of Object.entries(shape.members ?? {})) {
                const jsonName = options.useJsonName
                    ? m.traits?.['smithy.api#jsonName']
                    : undefined;
                byWireName.set(jsonName ?? name, [name, m]);
            }
            const out = {};
            for (const [key, v] of Object.entries(value)) {
                const found = byWireName.get(key);
                if (!found) {
                    if (options.rejectUnknownMembers)
                        problems.push(`Unknown member '${key}' at '${where}'`);
                    continue;
                }
                if (v === null)
                    continue;
                const [name, m] = found;
                out[name] = decodeJson(model, m.target, v, childPath(path, name), problems, options, memberTraits(model, m));
            }
            return out;
        }
        case 'list':
        case 'set': {
            if (!Array.isArray(value)) {
                problems.push(`Expected a JSON array at '${where}'`);
                return undefined;
            }
            const member = shape.member;
            return value.map((item, i) => item === null
                ? null
                : decodeJson(model, member.target, item, `${path}.${i + 1}.member`, problems, options, memberTraits(model, member)));
        }
        case 'map': {
            if (!isPlainObject(value)) {
                problems.push(`Expected a JSON object at '${where}'`);
                return undefined;
            }
            const valueMember = shape.value;
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                out[k] =
                    v === null
                        ? null
                        : decodeJson(model, valueMember.target, v, `${path}.${k}`, problems, options, memberTraits(model, valueMember));
            }
            return out;
        }
        case 'string':
        case 'enum':
            if (typeof value !== 'string')
                problems.push(`Expected a string at '${where}'`);
            return value;
        case 'boolean':
            if (typeof value !== 'boolean')
                problems.push(`Expected a boolean at '${where}'`);
            return value;
        case 'timestamp': {
            const d = parseTimestamp(value, timestampFormat({ ...(shape.traits ?? {}), ...traits }, 'epoch-seconds'));
            if (!d)
                problems.push(`Expected a timestamp at '${where}'`);
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
                if (typeof value === 'string' &&
                    ['NaN', 'Infinity', '-Infinity'].includes(value) &&
                    !INTEGER_TYPES.has(shape.type))
                    return Number(value);
                if (typeof value !== 'number' ||
                    (INTEGER_TYPES.has(shape.type) && !Number.isInteger(value)))
                    problems.push(`Expected ${INTEGER_TYPES.has(shape.type) ? 'an integer' : 'a number'} at '${where}'`);
                return value;
            }
            return value;
    }
}
/** Converts one text value (query string, header, URI label) to the member's type. */
function decodeText(model, member, raw, path, problems, defaultTimestamp) {
    const shape = model.shape(member.target);
    const traits = memberTraits(model, member);
    if (shape.type === 'list' || shape.type === 'set') {
        const items = Array.isArray(raw) ? raw : [raw];
        return items.map((item) => decodeText(model, shape.member, item, path, problems, defaultTimestamp));
    }
    const text = Array.isArray(raw) ? (raw[0] ?? '') : raw;
    if (shape.type === 'boolean') {
        if (text !== 'true' && text !== 'false')
            problems.push(`Expected true or false at '${path}'`);
        return text === 'true';
    }
    if (NUMBER_TYPES.has(shape.type)) {
        const ok = INTEGER_TYPES.has(shape.type)
            ? /^-?\d+$/.test(text)
            : /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text);
        if (!ok)
            problems.push(`Expected a number at '${path}' but got '${text}'`);
        return Number(text);
    }
    if (shape.type === 'timestamp') {
        const d = parseTimestamp(text, timestampFormat(traits, defaultTimestamp));
        if (!d)
            problems.push(`Expected a timestamp at '${path}'`);
        return d;
    }
    if (shape.type === 'blob')
        return Buffer.from(text, 'base64');
    return text;
}
// ---------------------------------------------------------------------------------------------
// constraint validation (what AWS reports as "N validation errors detected")
const patternCache = new Map();
function compilePattern(pattern) {
    if (patternCache.has(pattern))
        return patternCache.get(pattern);
    let re = null;
    try {
        re = new RegExp(pattern, 'u');
    }
    catch {
        try {
            re = new RegExp(pattern);
        }
        catch {
            // A Java-only construct we cannot evaluate: skip the check rather than reject valid input.
            re = null;
        }
    }
    patternCache.set(pattern, re);
    return re;
}
function validateValue(model, target, value, path, out, traits = {}) {
    const shape = model.shape(target);
    const all = { ...(shape.traits ?? {}), ...traits };
    const sensitive = 'smithy.api#sensitive' in all;
    const fail = (constraint, short = constraint) => {
        out.push({ path, value, constraint, short, sensitive });
    };
    switch (shape.type) {
        case 'structure':
        case 'union': {
            if (!isPlainObject(value))
                return;
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
                const set = members.filter(([name]) => value[name] !== undefined && value[name] !== null).length;
                if (set !== 1)
                    fail('Member must have exactly one member set');
            }
            return;
        }
        case 'list':
        case 'set': {
            if (!Array.isArray(value))
                return;
            checkLength(all, value.length, fail);
            value.forEach((item, i) => {
                if (item !== null && item !== undefined)
                    validateValue(model, shape.member.target, item, `${path}.${i + 1}.member`, out, shape.member.traits ?? {});
            });
            return;
        }
        case 'map': {
            if (!isPlainObject(value))
                return;
            checkLength(all, Object.keys(value).length, fail);
            for (const [k, v] of Object.entries(value)) {
                validateValue(model, shape.key.target, k, `${path}.${k}.key`, out, shape.key.traits ?? {});
                if (v !== null && v !== undefined)
                    validateValue(model, shape.value.target, v, `${path}.${k}.member`, out, shape.value.traits ?? {});
            }
            return;
        }
        case 'blob':
            if (Buffer.isBuffer(value))
                checkLength(all, value.length, fail);
            return;
        default:
            break;
    }
    const allowed = enumValues(model, shape);
    if (allowed &&
        (typeof value === 'string' || typeof value === 'number') &&
        !allowed.includes(value)) {
        fail(`Member must satisfy enum value set: [${allowed.join(', ')}]`, 'Member must satisfy enum value set');
        return;
    }
    if (typeof value === 'string') {
        checkLength(all, [...value].length, fail);
        const pattern = all['smithy.api#pattern'];
        if (typeof pattern === 'string') {
            const re = compilePattern(pattern);
            if (re && !re.test(value))
                fail(`Member must satisfy regular expression pattern: ${pattern}`, 'Member must satisfy regular expression pattern');
        }
    }
    if (typeof value === 'number') {
        const range = all['smithy.api#range'];
        if (range?.min !== undefined && value < range.min)
            fail(`Member must have value greater than or equal to ${range.min}`, 'Member must have value greater than or equal to');
        if (range?.max !== undefined && value > range.max)
            fail(`Member must have value less than or equal to ${range.max}`, 'Member must have value less than or equal to');
    }
}
function checkLength(traits, length, fail) {
    const bounds = traits['smithy.api#length'];
    if (bounds?.min !== undefined && length < bounds.min)
        fail(`Member must have length greater than or equal to ${bounds.min}`, 'Member must have length greater than or equal to');
    if (bounds?.max !== undefined && length > bounds.max)
        fail(`Member must have length less than or equal to ${bounds.max}`, 'Member must have length less than or equal to');
}
function showValue(v) {
    if (v.value === null || v.value === undefined)
        return 'null';
    if (v.sensitive)
        return "'*** Sensitive Data Redacted ***'";
    let text;
    if (typeof v.value === 'string')
        text = v.value;
    else if (Array.isArray(v.value))
        text = `[${v.value.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ')}]`;
    else
        text = scalarText(v.value);
    if (text.length > 256)
        text = `${text.slice(0, 256)}...`;
    return `'${text}'`;
}
/** AWS's (Coral's) validation message: `1 validation error detected: Value null at 'x' failed ...`. */
function validationMessage(violations) {
    const n = violations.length;
    const parts = violations.map((v) => `Value ${showValue(v)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`);
    return `${n} validation error${n === 1 ? '' : 's'} detected: ${parts.join('; ')}`;
}
// ---------------------------------------------------------------------------------------------
// handler outputs -> wire
/** A handler returned something the model does not allow; the fake answers 500 and says why. */
class HandlerOutputError extends Error {
    name = 'HandlerOutputError';
}
function encodeJson(model, target, value, path, options, traits = {}) {
    const shape = model.shape(target);
    switch (shape.type) {
        case 'structure':
        case 'union': {
            if (!isPlainObject(value))
                throw new HandlerOutputError(`expected an object at '${path || '(output)'}'`);
            return encodeStructure(model, shape, value, path, (m, v, p) => encodeJson(model, m.target, v, p, options, memberTraits(model, m)), options.useJsonName ? 'smithy.api#jsonName' : undefined);
        }
        case 'list':
        case 'set':
            if (!Array.isArray(value))
                throw new HandlerOutputError(`expected an array at '${path}'`);
            return value.map((item, i) => item === null
                ? null
                : encodeJson(model, shape.member.target, item, `${path}.${i + 1}`, options, memberTraits(model, shape.member)));
        case 'map': {
            if (!isPlainObject(value))
                throw new HandlerOutputError(`expected an object (map) at '${path}'`);
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[k] =
                    v === null
                        ? null
                        : encodeJson(model, shape.value.target, v, `${path}.${k}`, options, memberTraits(model, shape.value));
            return out;
        }
        case 'timestamp':
            return formatTimestamp(value, timestampFormat({ ...(shape.traits ?? {}), ...traits }, 'epoch-seconds'));
        case 'blob':
            return Buffer.from(value).toString('base64');
        default:
            return value;
    }
}
function encodeStructure(model, shape, value, path, encodeMember, nameTrait) {
    const members = shape.members ?? {};
    for (const key of Object.keys(value)) {
        if (!(key in members) && !key.startsWith('$'))
            throw new HandlerOutputError(`'${key}' is not a member of ${path || 'the output'} (members: ${Object.keys(members).join(', ')})`);
    }
    const out = {};
    for (const [name, m] of Object.entries(members)) {
        const v = value[name];
        if (v === undefined || v === null)
            continue;
        const wire = nameTrait ? (m.traits?.[nameTrait] ?? name) : name;
        out[wire] = encodeMember(m, v, path ? `${path}.${name}` : name);
    }
    return out;
}
function escapeXml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\r/g, '&#xD;');
}
/** awsQuery/restXml element body for a value of `target` (without the enclosing element). */
function encodeXmlContent(model, target, value, path, traits = {}) {
    const shape = model.shape(target);
    switch (shape.type) {
        case 'structure':
        case 'union': {
            if (!isPlainObject(value))
                throw new HandlerOutputError(`expected an object at '${path || '(output)'}'`);
            const parts = [];
            encodeStructure(model, shape, value, path, (m, v, p) => {
                const mt = memberTraits(model, m);
                const name = m.traits?.['smithy.api#xmlName'] ?? memberName(shape, m);
                parts.push(encodeXmlMember(model, m, v, p, name, mt));
                return undefined;
            }, undefined);
            return parts.join('');
        }
        case 'timestamp':
            return escapeXml(String(formatTimestamp(value, timestampFormat({ ...(shape.traits ?? {}), ...traits }, 'date-time'))));
        case 'blob':
            return Buffer.from(value).toString('base64');
        default:
            if (typeof value === 'object')
                throw new HandlerOutputError(`expected a scalar at '${path}'`);
            return escapeXml(scalarText(value));
    }
}
function memberName(shape, ref) {
    return Object.entries(shape.members ?? {}).find(([, m]) => m === ref)?.[0] ?? 'member';
}
function encodeXmlMember(model, m, v, path, name, traits) {
    const shape = model.shape(m.target);
    const flattened = 'smithy.api#xmlFlattened' in traits;
    if (shape.type === 'list' || shape.type === 'set') {
        if (!Array.isArray(v))
            throw new HandlerOutputError(`expected an array at '${path}'`);
        const itemName = flattened
            ? name
            : (shape.member.traits?.['smithy.api#xmlName'] ?? 'member');
        const items = v
            .map((item, i) => `<${itemName}>${encodeXmlContent(model, shape.member.target, item, `${path}.${i + 1}`, memberTraits(model, shape.member))}</${itemName}>`)
            .join('');
        return flattened ? items : `<${name}>${items}</${name}>`;
    }
    if (shape.type === 'map') {
        if (!isPlainObject(v))
            throw new HandlerOutputError(`expected an object (map) at '${path}'`);
        const entries = Object.entries(v)
            .map(([k, val]) => {
            const inner = `<key>${escapeXml(k)}</key><value>${encodeXmlContent(model, shape.value.target, val, `${path}.${k}`, memberTraits(model, shape.value))}</value>`;
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
function decodeQuery(model, member, params, key, path, problems) {
    const shape = model.shape(member.target);
    const traits = memberTraits(model, member);
    const has = (k) => {
        if (params.has(k))
            return true;
        for (const p of params.keys())
            if (p.startsWith(`${k}.`))
                return true;
        return false;
    };
    switch (shape.type) {
        case 'structure':
        case 'union': {
            if (key && !has(key))
                return undefined;
            const out = {};
            for (const [name, m] of Object.entries(shape.members ?? {})) {
                const wire = m.traits?.['smithy.api#xmlName'] ?? name;
                const v = decodeQuery(model, m, params, key ? `${key}.${wire}` : wire, childPath(path, name), problems);
                if (v !== undefined)
                    out[name] = v;
            }
            return out;
        }
        case 'list':
        case 'set': {
            if (!has(key))
                return undefined;
            if (params.get(key) === '')
                return [];
            const flattened = 'smithy.api#xmlFlattened' in traits;
            const itemName = shape.member.traits?.['smithy.api#xmlName'] ?? 'member';
            const base = flattened ? key : `${key}.${itemName}`;
            const items = [];
            for (let i = 1; has(`${base}.${i}`); i++)
                items.push(decodeQuery(model, shape.member, params, `${base}.${i}`, `${path}.${i}.member`, problems));
            return items;
        }
        case 'map': {
            if (!has(key))
                return undefined;
            const flattened = 'smithy.api#xmlFlattened' in traits;
            const base = flattened ? key : `${key}.entry`;
            const out = {};
            for (let i = 1; has(`${base}.${i}`); i++) {
                const k = params.get(`${base}.${i}.key`) ?? '';
                out[k] = decodeQuery(model, shape.value, params, `${base}.${i}.value`, `${path}.${k}`, problems);
            }
            return out;
        }
        default: {
            const text = params.get(key);
            if (text === undefined)
                return undefined;
            return decodeText(model, member, text, path, problems, 'date-time');
        }
    }
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/protocol.ts



function resolveError(model, err) {
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
    const queryError = traits['aws.protocols#awsQueryError'];
    const wireCode = model.protocol === 'awsQuery' ? (queryError?.code ?? shortName(shapeId)) : shortName(shapeId);
    const status = err.status ??
        queryError?.httpResponseCode ??
        traits['smithy.api#httpError'] ??
        (traits['smithy.api#error'] === 'server' ? 500 : 400);
    return { shapeId, shape, wireCode, status };
}
/** The member of an error shape that carries the message (`message` or `Message`). */
function messageMember(shape, model) {
    const own = Object.keys(shape?.members ?? {}).find((m) => /^message$/i.test(m));
    if (own)
        return own;
    // Unmodeled errors: use the casing the service's modeled errors use.
    for (const id of model.errorShapes.values()) {
        const m = Object.keys(model.shape(id).members ?? {}).find((k) => /^message$/i.test(k));
        if (m)
            return m;
    }
    return 'message';
}
/**
 * The JSON body and header members of an error: message, `Code` where the shape has one, and the
 * handler's extra fields encoded per the shape (e.g. `retryAfterSeconds` -> `Retry-After`).
 */
function jsonErrorParts(model, resolved, err, useJsonName) {
    const headers = { ...err.headers };
    const msgKey = messageMember(resolved.shape, model);
    if (!resolved.shape || !resolved.shapeId)
        return { body: { [msgKey]: err.message, ...err.fields }, headers };
    const members = resolved.shape.members ?? {};
    const value = { ...err.fields, [msgKey]: err.message };
    if ('Code' in members && value.Code === undefined)
        value.Code = resolved.wireCode;
    for (const [name, m] of Object.entries(members)) {
        const header = m.traits?.['smithy.api#httpHeader'];
        if (typeof header === 'string' && value[name] !== undefined) {
            headers[header.toLowerCase()] = scalarText(value[name]);
            delete value[name];
        }
    }
    const body = encodeJson(model, resolved.shapeId, value, '', { useJsonName });
    return { body, headers };
}
const VALIDATION_SHAPES = [
    'ValidationException',
    'InvalidInputException',
    'InvalidParameterException',
    'InvalidRequestException',
];
function pickOperationError(model, op, names) {
    const candidates = [...(op?.errors ?? []), ...model.serviceErrors];
    for (const name of names) {
        const hit = candidates.find((id) => shortName(id) === name);
        if (hit)
            return shortName(hit);
    }
    return undefined;
}
/** The error this service answers a request that broke the input shape's constraints with. */
function validationError(model, op, violations) {
    const message = validationMessage(violations);
    if (model.protocol === 'awsQuery')
        return new AwsServiceError('ValidationError', message, 400, {}, {});
    const code = pickOperationError(model, op, VALIDATION_SHAPES) ?? 'ValidationException';
    const fields = {};
    const shapeId = model.errorShapes.get(code);
    const members = shapeId ? (model.shape(shapeId).members ?? {}) : {};
    if ('reason' in members)
        fields.reason = 'fieldValidationFailed';
    if ('fieldList' in members)
        fields.fieldList = violations.map((v) => ({ name: v.path, message: v.short }));
    return new AwsServiceError(code, message, 400, fields, {});
}
/** The error for a body that does not parse or does not match the member types. */
function serializationError(model, op, problems) {
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
function throttlingError(model, op, retryAfterSeconds) {
    if (model.protocol === 'awsQuery')
        return new AwsServiceError('Throttling', 'Rate exceeded', 400, {}, {});
    const retryable = [...(op?.errors ?? []), ...model.serviceErrors].find((id) => {
        const r = model.shape(id).traits?.['smithy.api#retryable'];
        return r?.throttling === true;
    });
    const code = (retryable && shortName(retryable)) ??
        pickOperationError(model, op, [
            'ThrottlingException',
            'LimitExceededException',
            'TooManyRequestsException',
        ]) ??
        (model.errorShapes.has('ThrottlingException') ? 'ThrottlingException' : undefined);
    const fields = {};
    const headers = {};
    const shapeId = code ? model.errorShapes.get(code) : undefined;
    const retryMember = Object.entries(shapeId ? (model.shape(shapeId).members ?? {}) : {}).find(([, m]) => String(m.traits?.['smithy.api#httpHeader']).toLowerCase() === 'retry-after');
    if (retryAfterSeconds !== undefined) {
        if (retryMember)
            fields[retryMember[0]] = retryAfterSeconds;
        else
            headers['retry-after'] = String(retryAfterSeconds);
    }
    return new AwsServiceError(code ?? 'ThrottlingException', 'Rate exceeded', code ? undefined : 429, fields, headers);
}
/** A 5xx this operation is modeled to send (InternalServerException / InternalException ...). */
function serverError(model, op, status) {
    if (model.protocol === 'awsQuery') {
        return status === 503
            ? new AwsServiceError('ServiceUnavailable', 'Service is unable to handle request.', 503, {}, {})
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
    return new AwsServiceError(status === 503 ? 'ServiceUnavailableException' : 'InternalFailure', status === 503 ? 'Service Unavailable' : 'Internal server error', status, {}, {});
}
/** A handler returned something the model forbids: say so loudly, it is a test bug. */
function handlerBugError(model, op, error) {
    return new AwsServiceError('InternalFailure', `AWS fake: the handler for ${model.signingName}.${op.name} returned an invalid output: ${error.message}`, 500, {}, {});
}
function requestId() {
    return crypto.randomUUID();
}
function header(headers, name) {
    const v = headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(',') : v;
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/rest-json.ts




function compile(op) {
    const http = op.http;
    const [pathPart, queryPart] = http.uri.split('?', 2);
    const segments = pathPart
        .split('/')
        .filter((s) => s !== '')
        .map((s) => {
        const m = /^\{([^}+]+)(\+)?\}$/.exec(s);
        return m ? { label: m[1], greedy: m[2] === '+' } : { literal: s };
    });
    const queryLiterals = [...new URLSearchParams(queryPart ?? '')];
    return {
        op,
        method: http.method.toUpperCase(),
        segments,
        queryLiterals,
        literalCount: segments.filter((s) => 'literal' in s).length + queryLiterals.length,
    };
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Matches the request path against a URI template; returns the label values or undefined. */
function match(t, rawPath, query) {
    const parts = rawPath.split('/').filter((s) => s !== '');
    const labels = {};
    let i = 0;
    for (const seg of t.segments) {
        if ('literal' in seg) {
            if (parts[i] === undefined || safeDecode(parts[i]) !== seg.literal)
                return undefined;
            i++;
        }
        else if (seg.greedy) {
            if (i >= parts.length)
                return undefined;
            labels[seg.label] = parts.slice(i).map(safeDecode).join('/');
            i = parts.length;
        }
        else {
            if (parts[i] === undefined)
                return undefined;
            labels[seg.label] = safeDecode(parts[i]);
            i++;
        }
    }
    if (i !== parts.length)
        return undefined;
    for (const [k, v] of t.queryLiterals)
        if (query.get(k) !== (v || null) && !(v === '' && query.has(k)))
            return undefined;
    return labels;
}
/** restJson1: per-operation HTTP bindings (`@http`, `@httpLabel`, `@httpQuery`, `@httpHeader`, `@httpPayload`). */
function restJsonCodec(model) {
    const templates = [...model.operations.values()]
        .filter((op) => op.http)
        .map(compile)
        // Most literal segments first, so `/findings/import` wins over `/findings/{Id}`.
        .sort((a, b) => b.literalCount - a.literalCount);
    return {
        route(req) {
            let pathMatched = false;
            for (const t of templates) {
                if (!match(t, req.rawPath, req.query))
                    continue;
                pathMatched = true;
                if (t.method === req.method)
                    return t.op;
            }
            return new AwsServiceError('UnknownOperationException', pathMatched
                ? `Method ${req.method} is not allowed on ${req.rawPath}`
                : `No operation of ${model.sdkId} matches ${req.method} ${req.rawPath}`, pathMatched ? 405 : 404, {}, {});
        },
        decode(op, req) {
            const problems = [];
            const t = templates.find((x) => x.op === op);
            const labels = match(t, req.rawPath, req.query) ?? {};
            const shape = model.shape(op.input);
            const input = {};
            const bodyMembers = [];
            let payloadMember;
            const boundQueryKeys = new Set(t.queryLiterals.map(([k]) => k));
            for (const [name, m] of Object.entries(shape.members ?? {})) {
                const traits = m.traits ?? {};
                const label = traits['smithy.api#httpLabel'];
                const queryName = traits['smithy.api#httpQuery'];
                const headerName = traits['smithy.api#httpHeader'];
                if (label !== undefined) {
                    if (labels[name] !== undefined)
                        input[name] = decodeText(model, m, labels[name], name, problems, 'date-time');
                }
                else if (typeof queryName === 'string') {
                    boundQueryKeys.add(queryName);
                    const values = req.query.getAll(queryName);
                    if (values.length > 0)
                        input[name] = decodeText(model, m, values, name, problems, 'date-time');
                }
                else if ('smithy.api#httpQueryParams' in traits) {
                    const params = {};
                    for (const k of new Set(req.query.keys()))
                        if (!boundQueryKeys.has(k))
                            params[k] = req.query.getAll(k);
                    input[name] = params;
                }
                else if (typeof headerName === 'string') {
                    const v = header(req.headers, headerName);
                    if (v !== undefined) {
                        const target = model.shape(m.target);
                        const raw = target.type === 'list' ? v.split(',').map((s) => s.trim()) : v;
                        input[name] = decodeText(model, m, raw, name, problems, 'http-date');
                    }
                }
                else if (typeof traits['smithy.api#httpPrefixHeaders'] === 'string') {
                    const prefix = traits['smithy.api#httpPrefixHeaders'].toLowerCase();
                    const map = {};
                    for (const [k, v] of Object.entries(req.headers))
                        if (k.startsWith(prefix) && v !== undefined)
                            map[k.slice(prefix.length)] = Array.isArray(v) ? v.join(',') : v;
                    if (Object.keys(map).length > 0)
                        input[name] = map;
                }
                else if ('smithy.api#httpPayload' in traits) {
                    payloadMember = name;
                }
                else {
                    bodyMembers.push(name);
                }
            }
            if (payloadMember) {
                const m = shape.members[payloadMember];
                const target = model.shape(m.target);
                if (req.body.length > 0) {
                    if (target.type === 'blob')
                        input[payloadMember] = req.body;
                    else if (target.type === 'string' || target.type === 'enum')
                        input[payloadMember] = req.body.toString('utf8');
                    else {
                        const parsed = parseJsonBody(req.body, problems);
                        if (parsed !== undefined)
                            input[payloadMember] = decodeJson(model, m.target, parsed, payloadMember, problems, { useJsonName: true, rejectUnknownMembers: true }, memberTraits(model, m));
                    }
                }
            }
            else if (req.body.length > 0) {
                const parsed = parseJsonBody(req.body, problems);
                if (parsed !== undefined) {
                    // Decode the body against a view of the input holding only the body-bound members.
                    const bodyShape = {
                        ...shape,
                        members: Object.fromEntries(bodyMembers.map((n) => [n, shape.members[n]])),
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
        encodeOutput(op, output, requestId) {
            const shape = model.shape(op.output);
            const value = (output ?? {});
            const headers = {
                'content-type': 'application/json',
                'x-amzn-requestid': requestId,
            };
            let status = op.http?.code ?? 200;
            const bodyValue = {};
            let payload;
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
                }
                else if ('smithy.api#httpResponseCode' in traits) {
                    status = Number(v);
                }
                else if ('smithy.api#httpPayload' in traits) {
                    const target = model.shape(m.target);
                    if (target.type === 'blob') {
                        payload = Buffer.from(v);
                        headers['content-type'] = 'application/octet-stream';
                    }
                    else if (target.type === 'string') {
                        payload = scalarText(v);
                        headers['content-type'] = 'text/plain';
                    }
                    else
                        payload = JSON.stringify(encodeJson(model, m.target, v, key, { useJsonName: true }, memberTraits(model, m)));
                }
                else
                    bodyValue[key] = v;
            }
            const body = payload ??
                JSON.stringify(encodeJson(model, op.output, bodyValue, '', { useJsonName: true }));
            return { status, headers, body };
        },
        encodeError(err, requestId) {
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
function parseJsonBody(body, problems) {
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch (e) {
        problems.push(`The request body is not valid JSON: ${e.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/aws-json.ts




/** awsJson1_0 / awsJson1_1: `POST /` with `X-Amz-Target: <ServiceShape>.<Operation>`. */
function awsJsonCodec(model) {
    const contentType = model.protocol === 'awsJson1_0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
    return {
        route(req) {
            const target = header(req.headers, 'x-amz-target');
            if (!target)
                return undefined;
            const dot = target.lastIndexOf('.');
            const prefix = target.slice(0, dot);
            const name = target.slice(dot + 1);
            if (prefix !== model.serviceName)
                return undefined;
            if (req.method !== 'POST' || req.rawPath !== '/')
                return new AwsServiceError('UnknownOperationException', `${model.sdkId} accepts only POST / (got ${req.method} ${req.rawPath})`, 404, {}, {});
            return (model.operations.get(name) ??
                new AwsServiceError('UnknownOperationException', `Unknown operation ${target}`, 400, {}, {}));
        },
        decode(op, req) {
            const problems = [];
            const parsed = req.body.length === 0 ? {} : parseJsonBody(req.body, problems);
            const input = parsed === undefined
                ? {}
                : (decodeJson(model, op.input, parsed, '', problems, {
                    useJsonName: false,
                    rejectUnknownMembers: true,
                }) ?? {});
            return { input, problems };
        },
        encodeOutput(op, output, requestId) {
            return {
                status: 200,
                headers: { 'content-type': contentType, 'x-amzn-requestid': requestId },
                body: JSON.stringify(encodeJson(model, op.output, output ?? {}, '', { useJsonName: false })),
            };
        },
        encodeError(err, requestId) {
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

;// CONCATENATED MODULE: ./test/fakes/src/aws/aws-query.ts



/** The form parameters of an awsQuery request (body for POST, query string for GET). */
function queryParams(req) {
    const type = header(req.headers, 'content-type') ?? '';
    const source = req.method === 'POST' && type.startsWith('application/x-www-form-urlencoded')
        ? new URLSearchParams(req.body.toString('utf8'))
        : req.method === 'GET'
            ? req.query
            : undefined;
    if (!source?.has('Action'))
        return undefined;
    return new Map(source);
}
/** awsQuery: form-encoded `Action=..&Version=..`, XML `<XResponse><XResult>` answers (STS, IAM). */
function awsQueryCodec(model) {
    const xmlns = model.xmlNamespace ? ` xmlns="${escapeXml(model.xmlNamespace)}"` : '';
    return {
        route(req) {
            const params = queryParams(req);
            if (!params)
                return undefined;
            const action = params.get('Action') ?? '';
            const version = params.get('Version');
            const op = model.operations.get(action);
            if (!op || version !== model.version)
                return new AwsServiceError('InvalidAction', `Could not find operation ${action} for version ${version ?? 'NO_VERSION_SPECIFIED'}`, 400, {}, {});
            if (req.rawPath !== '/')
                return new AwsServiceError('InvalidAction', `Unsupported path ${req.rawPath}`, 404, {}, {});
            return op;
        },
        decode(op, req) {
            const problems = [];
            const params = queryParams(req) ?? new Map();
            const input = (decodeQuery(model, { target: op.input }, params, '', '', problems) ??
                {});
            return { input, problems };
        },
        encodeOutput(op, output, requestId) {
            const inner = encodeXmlContent(model, op.output, output ?? {}, '');
            const result = `<${op.name}Result>${inner}</${op.name}Result>`;
            return {
                status: 200,
                headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
                body: `<${op.name}Response${xmlns}>\n  ${result}\n` +
                    `  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n</${op.name}Response>\n`,
            };
        },
        encodeError(err, requestId) {
            const resolved = resolveError(model, err);
            const type = resolved.status >= 500 ? 'Receiver' : 'Sender';
            return {
                status: resolved.status,
                headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId, ...err.headers },
                body: `<ErrorResponse${xmlns}>\n  <Error>\n    <Type>${type}</Type>\n    <Code>${escapeXml(resolved.wireCode)}</Code>\n` +
                    `    <Message>${escapeXml(err.message)}</Message>\n  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`,
            };
        },
    };
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/faults.ts

/** What the fake does to the next matching calls. Faults fire before request validation, as real throttling does. */
class AwsFaults {
    rules = [];
    /** The operation's own throttling error (Access Analyzer `ThrottlingException` 429 + Retry-After, STS `Throttling` 400 ...). */
    throttle(options = {}) {
        return this.add(options, { kind: 'throttle', retryAfterSeconds: options.retryAfterSeconds });
    }
    /** The operation's modeled 5xx (`InternalServerException`, `InternalException`; STS `InternalFailure`/`ServiceUnavailable`). */
    serverError(options = {}) {
        return this.add(options, { kind: 'server', status: options.status ?? 500 });
    }
    /** Destroys the socket without answering (the SDK sees ECONNRESET / socket hang up). */
    reset(options = {}) {
        return this.add(options, { kind: 'reset' });
    }
    /** Delays the answer (stacks with the global `latencyMs`). */
    latency(ms, options = {}) {
        return this.add(options, { kind: 'latency', ms });
    }
    /** Any service error, e.g. `error('ExpiredTokenException', 'Token expired', { operation: 'AssumeRoleWithWebIdentity' })`. */
    error(code, message, options = {}) {
        const opts = {};
        if (options.status !== undefined)
            opts.status = options.status;
        if (options.fields !== undefined)
            opts.fields = options.fields;
        return this.add(options, { kind: 'error', error: aws_error_awsError(code, message, opts) });
    }
    clear() {
        this.rules = [];
    }
    /** Faults still armed (a test can assert they all fired). */
    get pending() {
        return this.rules.reduce((n, r) => n + (Number.isFinite(r.remaining) ? r.remaining : 1), 0);
    }
    /** Consumes the faults matching this call: total extra latency and at most one failing fault. */
    take(serviceNames, operation) {
        let latencyMs = 0;
        let fault;
        for (const rule of this.rules) {
            if (rule.remaining <= 0)
                continue;
            if (rule.match.service !== undefined && !serviceNames.includes(rule.match.service))
                continue;
            if (rule.match.operation !== undefined && rule.match.operation !== operation)
                continue;
            if (rule.fault.kind === 'latency') {
                latencyMs += rule.fault.ms;
                rule.remaining--;
            }
            else if (!fault) {
                fault = rule.fault;
                rule.remaining--;
            }
        }
        this.rules = this.rules.filter((r) => r.remaining > 0);
        return { latencyMs, fault };
    }
    add(match, fault) {
        const times = match.times ?? 1;
        if (!(times > 0))
            throw new Error(`AWS fake fault: times must be positive (got ${times})`);
        this.rules.push({ match, remaining: times, fault });
        return this;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./test/fakes/src/aws/s3-buckets.ts
/**
 * A small S3 (restXml) for `startAwsFake({ raw: { s3: s3Buckets(store) } })`: path-style
 * PutObject / GetObject / HeadObject / HeadBucket / ListObjectsV2, with aws-chunked uploads,
 * CRC32 checksums (header or trailer) and `x-amz-expected-bucket-owner` checked as S3 checks them.
 * Clients need `forcePathStyle: true` with a `localhost` endpoint (the fake's 127.0.0.1 URL works
 * without it, contracts.md §0.2).
 */


/** Buckets and objects, shared with other fakes (e.g. CodeGuru checks its artifacts exist). */
class S3Store {
    buckets = new Map();
    constructor(buckets = {}) {
        for (const [name, b] of Object.entries(buckets))
            this.createBucket(name, b.owner ?? '123456789012');
    }
    createBucket(name, owner = '123456789012') {
        if (!this.buckets.has(name))
            this.buckets.set(name, { owner, objects: new Map() });
    }
    has(bucket, key) {
        return this.buckets.get(bucket)?.objects.has(key) ?? false;
    }
    get(bucket, key) {
        return this.buckets.get(bucket)?.objects.get(key);
    }
}
function xmlError(status, code, message, extra = '') {
    return {
        status,
        headers: { 'content-type': 'application/xml' },
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>${randomUUID()}</RequestId></Error>`,
    };
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function crc32Base64(data) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(crc32(data) >>> 0);
    return b.toString('base64');
}
function s3Buckets(options = {}) {
    const store = options.store ?? new S3Store();
    const handler = (req) => {
        const [, bucketName = '', ...rest] = req.path.split('/');
        const key = rest.join('/');
        const bucket = store.buckets.get(bucketName);
        const expectedOwner = req.headers['x-amz-expected-bucket-owner'];
        if (bucketName === '')
            return xmlError(400, 'InvalidRequest', 'This fake serves path-style requests only.');
        if (!bucket && !(req.method === 'PUT' && key === ''))
            return xmlError(404, 'NoSuchBucket', 'The specified bucket does not exist', `<BucketName>${esc(bucketName)}</BucketName>`);
        if (bucket && typeof expectedOwner === 'string' && expectedOwner !== bucket.owner)
            return xmlError(403, 'AccessDenied', 'Access Denied');
        if (req.method === 'PUT' && key === '') {
            if (bucket)
                return xmlError(409, 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.');
            store.createBucket(bucketName);
            return { status: 200, headers: { location: `/${bucketName}` }, body: '' };
        }
        if (req.method === 'HEAD' && key === '')
            return {
                status: 200,
                headers: { 'x-amz-bucket-region': req.region ?? 'us-east-1' },
                body: '',
            };
        if (req.method === 'GET' && key === '' && req.query.get('list-type') === '2') {
            const prefix = req.query.get('prefix') ?? '';
            const keys = [...bucket.objects.entries()]
                .filter(([k]) => k.startsWith(prefix))
                .sort(([a], [b]) => a.localeCompare(b));
            const contents = keys
                .map(([k, o]) => `<Contents><Key>${esc(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${esc(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`)
                .join('');
            return {
                status: 200,
                headers: { 'content-type': 'application/xml' },
                body: `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${esc(bucketName)}</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`,
            };
        }
        if (req.method === 'PUT') {
            const declared = req.headers['x-amz-checksum-crc32'] ?? req.trailers['x-amz-checksum-crc32'];
            const decodedLength = req.headers['x-amz-decoded-content-length'];
            if (typeof decodedLength === 'string' && Number(decodedLength) !== req.body.length)
                return xmlError(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.');
            if (typeof declared === 'string' && declared !== crc32Base64(req.body))
                return xmlError(400, 'BadDigest', 'The CRC32 you specified did not match the calculated checksum.');
            const etag = `"${createHash('md5').update(req.body).digest('hex')}"`;
            const ct = req.headers['content-type'];
            bucket.objects.set(key, {
                body: Buffer.from(req.body),
                contentType: typeof ct === 'string' ? ct : undefined,
                etag,
                lastModified: new Date(),
            });
            return {
                status: 200,
                headers: {
                    etag,
                    ...(typeof declared === 'string' ? { 'x-amz-checksum-crc32': declared } : {}),
                },
                body: '',
            };
        }
        if (req.method === 'GET' || req.method === 'HEAD') {
            const o = bucket.objects.get(key);
            if (!o)
                return req.method === 'HEAD'
                    ? { status: 404, body: '' }
                    : xmlError(404, 'NoSuchKey', 'The specified key does not exist.', `<Key>${esc(key)}</Key>`);
            return {
                status: 200,
                headers: {
                    etag: o.etag,
                    'content-type': o.contentType ?? 'binary/octet-stream',
                    'last-modified': o.lastModified.toUTCString(),
                    'content-length': String(o.body.length),
                },
                body: req.method === 'HEAD' ? '' : o.body,
            };
        }
        return xmlError(501, 'NotImplemented', `AWS fake S3: ${req.method} ${req.path} is not implemented.`);
    };
    return { handler, store };
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/codeguru-reviewer.ts
/**
 * CodeGuru Reviewer's S3 repository-analysis flow as handlers for `startAwsFake` (contracts.md §6):
 * association and code-review state machines (`Associating -> Associated|Failed`,
 * `Pending -> Completed|Failed`), name uniqueness, pagination, and the 2025-11-07 change that bars
 * new associations (configurable error, AccessDeniedException by default).
 */


function codeGuruReviewer(options = {}) {
    const account = options.accountId ?? '123456789012';
    const associations = [];
    const reviews = [];
    const arnOf = (region, kind, id) => `arn:aws:codeguru-reviewer:${region}:${account}:${kind}:${id}`;
    const seedRegion = 'us-east-1';
    for (const seed of options.associations ?? []) {
        const id = randomUUID();
        associations.push({
            arn: arnOf(seedRegion, 'association', id),
            id,
            name: seed.name,
            bucketName: seed.bucketName,
            state: seed.state ?? 'Associated',
            stateReason: 'Pull Request Notification configuration successful',
            created: new Date(Date.now() - 86_400_000),
            updated: new Date(Date.now() - 86_400_000),
            polls: 0,
        });
    }
    const region = (ctx) => ctx.region ?? seedRegion;
    const summary = (a) => ({
        AssociationArn: a.arn,
        AssociationId: a.id,
        Name: a.name,
        Owner: account,
        ProviderType: 'S3Bucket',
        State: a.state,
        LastUpdatedTimeStamp: a.updated,
    });
    const full = (a) => ({
        ...summary(a),
        StateReason: a.stateReason,
        CreatedTimeStamp: a.created,
        KMSKeyDetails: { EncryptionOption: 'AWS_OWNED_CMK' },
        S3RepositoryDetails: { BucketName: a.bucketName },
    });
    const reviewView = (r) => ({
        Name: r.name,
        CodeReviewArn: r.arn,
        RepositoryName: r.association.name,
        Owner: account,
        ProviderType: 'S3Bucket',
        State: r.state,
        StateReason: r.stateReason,
        CreatedTimeStamp: r.created,
        LastUpdatedTimeStamp: r.updated,
        Type: 'RepositoryAnalysis',
        AssociationArn: r.association.arn,
        AnalysisTypes: r.analysisTypes,
        ...(r.state === 'Completed'
            ? {
                Metrics: {
                    MeteredLinesOfCodeCount: 1000,
                    SuppressedLinesOfCodeCount: 0,
                    FindingsCount: r.recommendations.length,
                },
                ConfigFileState: 'Absent',
            }
            : {}),
    });
    function page(items, maxResults, nextToken, fallback) {
        const start = nextToken === undefined ? 0 : Number.parseInt(nextToken.replace(/^page-/, ''), 10);
        if (!Number.isInteger(start) || start < 0 || start > items.length)
            throw awsError('ValidationException', 'Invalid NextToken');
        const size = maxResults ?? fallback;
        const end = start + size;
        return { items: items.slice(start, end), next: end < items.length ? `page-${end}` : undefined };
    }
    const handlers = {
        ListRepositoryAssociations: (input) => {
            const matches = associations.filter((a) => (!input.ProviderTypes || input.ProviderTypes.includes('S3Bucket')) &&
                (!input.States || input.States.includes(a.state)) &&
                (!input.Names || input.Names.includes(a.name)) &&
                (!input.Owners || input.Owners.includes(account)));
            const { items, next } = page(matches, input.MaxResults, input.NextToken, 100);
            return {
                RepositoryAssociationSummaries: items.map(summary),
                ...(next ? { NextToken: next } : {}),
            };
        },
        AssociateRepository: (input, ctx) => {
            if (!options.allowNewAssociations) {
                const e = options.newAssociationError ?? {
                    code: 'AccessDeniedException',
                    message: 'Amazon CodeGuru Reviewer no longer accepts new repository associations (since November 7, 2025); use an existing association.',
                    status: 403,
                };
                throw awsError(e.code, e.message, e.status === undefined ? {} : { status: e.status });
            }
            const s3 = input.Repository.S3Bucket;
            if (!s3)
                throw awsError('ValidationException', 'Only S3Bucket repositories are supported by this fake.');
            if (associations.some((a) => a.name === s3.Name && a.state !== 'Disassociated'))
                throw awsError('ConflictException', `An association for repository ${s3.Name} already exists.`);
            const id = randomUUID();
            const now = new Date();
            const a = {
                arn: arnOf(region(ctx), 'association', id),
                id,
                name: s3.Name,
                bucketName: s3.BucketName,
                state: 'Associating',
                stateReason: 'Repository association is in progress.',
                created: now,
                updated: now,
                polls: 0,
            };
            associations.push(a);
            return { RepositoryAssociation: full(a) };
        },
        DescribeRepositoryAssociation: (input) => {
            const a = associations.find((x) => x.arn === input.AssociationArn);
            if (!a)
                throw awsError('NotFoundException', `Repository association ${input.AssociationArn} not found.`);
            if (a.state === 'Associating' && ++a.polls > (options.associatingPolls ?? 1)) {
                a.state = a.bucketName.startsWith('codeguru-reviewer-') ? 'Associated' : 'Failed';
                a.stateReason =
                    a.state === 'Associated'
                        ? 'Pull Request Notification configuration successful'
                        : `Bucket ${a.bucketName} must begin with codeguru-reviewer- or grant CodeGuru Reviewer access.`;
                a.updated = new Date();
            }
            return { RepositoryAssociation: full(a) };
        },
        CreateCodeReview: (input, ctx) => {
            const a = associations.find((x) => x.arn === input.RepositoryAssociationArn);
            if (!a)
                throw awsError('ResourceNotFoundException', `Repository association ${input.RepositoryAssociationArn} not found.`);
            if (a.state !== 'Associated')
                throw awsError('ValidationException', `Repository association ${a.arn} is in state ${a.state}, not Associated.`);
            if (reviews.some((r) => r.name === input.Name))
                throw awsError('ConflictException', 'A code review with the same name already exists.');
            const analysis = input.Type.RepositoryAnalysis;
            if (!analysis)
                throw awsError('ValidationException', 'Type.RepositoryAnalysis is required for this repository type.');
            const source = (analysis.SourceCodeType ?? {});
            const s3repo = source.S3BucketRepository;
            if (!s3repo)
                throw awsError('ValidationException', 'SourceCodeType.S3BucketRepository is required for S3 associations.');
            if (s3repo.Name !== a.name)
                throw awsError('ValidationException', `S3BucketRepository.Name ${s3repo.Name} does not match the association's repository ${a.name}.`);
            const now = new Date();
            const review = {
                arn: arnOf(region(ctx), 'code-review', `RepositoryAnalysis-${a.name}-${randomUUID().slice(0, 12)}`),
                name: input.Name,
                association: a,
                state: 'Pending',
                stateReason: 'CodeGuru Reviewer has received the request, and a code review is scheduled.',
                created: now,
                updated: now,
                polls: 0,
                input: input,
                analysisTypes: input.Type.AnalysisTypes ?? ['Security', 'CodeQuality'],
                recommendations: [],
            };
            reviews.push(review);
            return { CodeReview: reviewView(review) };
        },
        DescribeCodeReview: (input) => {
            const r = reviews.find((x) => x.arn === input.CodeReviewArn);
            if (!r)
                throw awsError('ResourceNotFoundException', `Code review ${input.CodeReviewArn} not found.`);
            if (r.state === 'Pending' && ++r.polls > (options.pendingPolls ?? 1))
                finish(r);
            return { CodeReview: reviewView(r) };
        },
        ListRecommendations: (input) => {
            const r = reviews.find((x) => x.arn === input.CodeReviewArn);
            if (!r)
                throw awsError('ResourceNotFoundException', `Code review ${input.CodeReviewArn} not found.`);
            const { items, next } = page(r.state === 'Completed' ? r.recommendations : [], input.MaxResults, input.NextToken, 100);
            return { RecommendationSummaries: items, ...(next ? { NextToken: next } : {}) };
        },
    };
    function finish(r) {
        r.updated = new Date();
        const details = (r.input.Type.RepositoryAnalysis.SourceCodeType.S3BucketRepository.Details ?? {});
        const bucket = details.BucketName ?? r.association.bucketName;
        const sourceKey = details.CodeArtifacts?.SourceCodeArtifactsObjectKey;
        const buildKey = details.CodeArtifacts?.BuildArtifactsObjectKey;
        const missing = [sourceKey, buildKey].filter((k) => k !== undefined && options.s3 !== undefined && !options.s3.has(bucket, k));
        if (!sourceKey || missing.length > 0) {
            r.state = 'Failed';
            r.stateReason = `CodeGuru Reviewer could not access the artifacts in s3://${bucket}/${missing[0] ?? '(no source key)'}.`;
            return;
        }
        try {
            const result = options.analyse?.({ name: r.name, sourceKey, buildKey, analysisTypes: r.analysisTypes }) ??
                [];
            if (!Array.isArray(result)) {
                r.state = 'Failed';
                r.stateReason = result.fail;
                return;
            }
            r.recommendations = result;
            r.state = 'Completed';
            r.stateReason = 'CodeGuru Reviewer successfully completed the review of source code.';
        }
        catch (e) {
            r.state = 'Failed';
            r.stateReason = e instanceof Error ? e.message : String(e);
        }
    }
    return { handlers, associations, reviews };
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/sts-web-identity.ts
/**
 * STS semantics for AssumeRoleWithWebIdentity + GetCallerIdentity, as a handler set for
 * `startAwsFake({ services: { sts: stsWebIdentity(...).handlers } })`. It checks the token the
 * way IAM does with a GitHub OIDC provider and a role trust policy: issuer, audience (provider
 * client ids), expiry, then the `sub` condition; and answers with the error codes AWS sends.
 */

function globToRegExp(glob) {
    const escaped = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${escaped}$`);
}
function claimsOf(token) {
    try {
        return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function stsWebIdentity(options) {
    const now = options.now ?? Date.now;
    const sessions = [];
    const roleAccount = /:iam::(\d{12}):role\//.exec(options.trust.roleArn)?.[1] ?? '123456789012';
    const account = options.assumedAccountId ?? roleAccount;
    const roleName = options.trust.roleArn.slice(options.trust.roleArn.lastIndexOf('/') + 1);
    const AssumeRoleWithWebIdentity = (input) => {
        const claims = claimsOf(input.WebIdentityToken);
        if (!claims)
            throw awsError('InvalidIdentityToken', "Couldn't parse the web identity token");
        if (claims.iss !== 'https://token.actions.githubusercontent.com' ||
            options.providerExists === false)
            throw awsError('InvalidIdentityToken', `No OpenIDConnect provider found in your account for ${String(claims.iss)}`);
        const audiences = options.trust.audiences ?? ['sts.amazonaws.com'];
        if (!audiences.includes(String(claims.aud)))
            throw awsError('InvalidIdentityToken', 'Incorrect token audience');
        const nowSeconds = Math.floor(now() / 1000);
        if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds)
            throw awsError('ExpiredTokenException', `Token expired: current date/time ${nowSeconds} must be before the expiration date/time ${String(claims.exp)}`);
        const subject = String(claims.sub);
        if (input.RoleArn !== options.trust.roleArn ||
            !options.trust.subjects.some((s) => globToRegExp(s).test(subject)))
            throw awsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', {
                status: 403,
            });
        const duration = input.DurationSeconds ?? 3600;
        if (duration > (options.trust.maxSessionDuration ?? 3600))
            throw awsError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.', { status: 400 });
        const n = String(sessions.length + 1).padStart(4, '0');
        const session = {
            accessKeyId: `ASIAFAKESESSION${n}`,
            secretAccessKey: `fakeSecretKey/${n}/${Math.random().toString(36).slice(2)}`,
            sessionToken: `FakeSessionToken${n}${Math.random().toString(36).slice(2)}`,
            expiration: new Date((nowSeconds + duration) * 1000),
            arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${input.RoleSessionName}`,
            subject,
        };
        sessions.push(session);
        return {
            Credentials: {
                AccessKeyId: session.accessKeyId,
                SecretAccessKey: session.secretAccessKey,
                SessionToken: session.sessionToken,
                Expiration: session.expiration,
            },
            SubjectFromWebIdentityToken: subject,
            AssumedRoleUser: {
                AssumedRoleId: `AROAFAKEROLEID:${input.RoleSessionName}`,
                Arn: session.arn,
            },
            Provider: `arn:aws:iam::${roleAccount}:oidc-provider/token.actions.githubusercontent.com`,
            Audience: String(claims.aud),
        };
    };
    const GetCallerIdentity = (_input, ctx) => {
        const session = sessions.find((s) => s.accessKeyId === ctx.accessKeyId);
        if (!session)
            throw awsError('InvalidClientTokenId', 'The security token included in the request is invalid.', { status: 403 });
        if (session.expiration.getTime() <= now())
            throw awsError('ExpiredToken', 'The security token included in the request is expired', {
                status: 403,
            });
        return {
            Account: account,
            Arn: session.arn,
            UserId: `AROAFAKEROLEID:${session.arn.split('/').pop() ?? ''}`,
        };
    };
    return { handlers: { AssumeRoleWithWebIdentity, GetCallerIdentity }, sessions };
}

;// CONCATENATED MODULE: ./test/fakes/src/aws/index.ts
/**
 * A local AWS endpoint for tests that run the real AWS SDK v3 clients. It speaks each service's
 * wire protocol as its Smithy model defines it (restJson1, awsJson1_0/1_1, awsQuery) and rejects
 * what AWS rejects (missing required members, enum/length/range/pattern violations, unknown
 * members, bad types) with the service's own error shapes. Behaviour comes from per-operation
 * handlers; faults (throttling, 5xx, connection resets, latency) are injected per call.
 */

















function codecFor(model) {
    switch (model.protocol) {
        case 'restJson1':
            return restJsonCodec(model);
        case 'awsQuery':
            return awsQueryCodec(model);
        default:
            return awsJsonCodec(model);
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** `AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/sts/aws4_request, ...` */
function credentialScope(headers) {
    const auth = header(headers, 'authorization');
    const m = auth && /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
    return m ? { accessKeyId: m[1], region: m[2], service: m[3] } : undefined;
}
async function startAwsFake(options = {}) {
    const models = [...BUNDLED_MODEL_FILES.map((f) => bundledModel(f)), ...(options.models ?? [])];
    const entries = models.map((model) => ({
        model,
        codec: codecFor(model),
        names: model.aliases(),
        handlers: {},
    }));
    const byName = new Map();
    for (const e of entries)
        for (const n of e.names)
            byName.set(n, e);
    for (const [key, handlers] of Object.entries(options.services ?? {})) {
        const entry = byName.get(key.toLowerCase());
        if (!entry)
            throw new Error(`startAwsFake: unknown service '${key}' (known: ${entries.map((e) => e.model.signingName).join(', ')}; use raw for others)`);
        for (const op of Object.keys(handlers))
            if (!entry.model.operations.has(op))
                throw new Error(`startAwsFake: ${entry.model.sdkId} has no operation '${op}' in its model`);
        Object.assign(entry.handlers, handlers);
    }
    const raw = new Map(Object.entries(options.raw ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const validateOutputs = options.validateOutputs ?? true;
    const faults = new AwsFaults();
    const calls = [];
    const counts = new Map();
    async function handle(req, res) {
        const chunks = [];
        for await (const c of req)
            chunks.push(c);
        const url = new URL(req.url ?? '/', 'http://fake');
        const wire = {
            method: (req.method ?? 'GET').toUpperCase(),
            rawPath: url.pathname,
            query: url.searchParams,
            headers: req.headers,
            body: Buffer.concat(chunks),
        };
        const scope = credentialScope(req.headers);
        const rid = requestId();
        const rawHandler = scope && raw.get(scope.service);
        if (scope && rawHandler)
            return serveRaw(scope, rawHandler, wire, res);
        // Signed requests name their service; unsigned ones (STS AssumeRoleWithWebIdentity) are
        // recognised by their protocol's own routing (Action/Version, X-Amz-Target).
        let entry = scope ? byName.get(scope.service) : undefined;
        let routed;
        if (entry)
            routed = entry.codec.route(wire);
        else if (!scope) {
            for (const e of entries) {
                if (e.model.protocol === 'restJson1')
                    continue;
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
            routed = new AwsServiceError('UnknownOperationException', `The request does not address an operation of ${entry.model.sdkId}`, 404, {}, {});
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
        const call = {
            service,
            operation: op.name,
            input: {},
            status: 0,
            region: scope?.region,
            accessKeyId: scope?.accessKeyId,
        };
        calls.push(call);
        const fail = (err) => {
            let answer;
            try {
                answer = entry.codec.encodeError(err, rid);
            }
            catch (e) {
                // The handler threw an error with fields its shape does not have: a test bug, say so.
                if (!(e instanceof HandlerOutputError))
                    throw e;
                answer = entry.codec.encodeError(new AwsServiceError('InternalFailure', `AWS fake: the handler for ${service}.${op.name} threw ${err.code} with invalid fields: ${e.message}`, 500, {}, {}), rid);
            }
            call.status = answer.status;
            call.errorCode =
                header(answer.headers, 'x-amzn-errortype') ??
                    /<Code>([^<]*)<\/Code>/.exec(String(answer.body))?.[1] ??
                    err.code;
            return send(res, answer);
        };
        if (!scope && !op.authOptional)
            return fail(new AwsServiceError(entry.model.protocol === 'awsQuery'
                ? 'MissingAuthenticationToken'
                : 'MissingAuthenticationTokenException', 'Request is missing Authentication Token', 403, {}, {}));
        // Decode first so faulted calls still record what was sent; faults still answer before validation.
        const decoded = entry.codec.decode(op, wire);
        call.input = decoded.input;
        const { latencyMs, fault } = faults.take(entry.names, op.name);
        const delay = (options.latencyMs ?? 0) + latencyMs;
        if (delay > 0)
            await sleep(delay);
        if (fault?.kind === 'reset') {
            call.status = -1;
            call.errorCode = 'ECONNRESET';
            req.socket.destroy();
            return;
        }
        if (fault?.kind === 'throttle')
            return fail(throttlingError(entry.model, op, fault.retryAfterSeconds));
        if (fault?.kind === 'server')
            return fail(serverError(entry.model, op, fault.status));
        if (fault?.kind === 'error')
            return fail(fault.error);
        if (decoded.problems.length > 0)
            return fail(serializationError(entry.model, op, decoded.problems));
        const violations = [];
        validateValue(entry.model, op.input, decoded.input, '', violations);
        if (violations.length > 0)
            return fail(validationError(entry.model, op, violations));
        const handler = entry.handlers[op.name];
        if (!handler)
            return fail(new AwsServiceError('NotImplemented', `AWS fake: no handler for ${service}.${op.name}; pass services: { '${service}': { ${op.name}: handler } } to startAwsFake`, 501, {}, {}));
        const n = (counts.get(`${service}.${op.name}`) ?? 0) + 1;
        counts.set(`${service}.${op.name}`, n);
        let output;
        try {
            output = await handler(decoded.input, {
                service,
                operation: op.name,
                region: scope?.region,
                accessKeyId: scope?.accessKeyId,
                headers: req.headers,
                callNumber: n,
            });
        }
        catch (e) {
            if (e instanceof AwsServiceError)
                return fail(e);
            const message = e instanceof Error ? e.message : String(e);
            return fail(new AwsServiceError('InternalFailure', `AWS fake: the handler for ${service}.${op.name} threw: ${message}`, 500, {}, {}));
        }
        let answer;
        try {
            if (validateOutputs) {
                const bad = [];
                validateValue(entry.model, op.output, output ?? {}, '', bad);
                if (bad.length > 0)
                    throw new HandlerOutputError(bad.map((v) => `'${v.path}': ${v.constraint}`).join('; '));
            }
            answer = entry.codec.encodeOutput(op, output, rid);
        }
        catch (e) {
            if (e instanceof HandlerOutputError)
                return fail(handlerBugError(entry.model, op, e));
            throw e;
        }
        call.status = answer.status;
        return send(res, answer);
        async function serveRaw(s, handlerFn, w, out) {
            const chunked = /aws-chunked/.test(header(w.headers, 'content-encoding') ?? '')
                ? parseAwsChunked(w.body)
                : undefined;
            const body = chunked?.data ?? w.body;
            const form = queryParams(w);
            let json;
            if (/json/.test(header(w.headers, 'content-type') ?? '') && body.length > 0) {
                try {
                    json = JSON.parse(body.toString('utf8'));
                }
                catch {
                    json = undefined;
                }
            }
            const target = header(w.headers, 'x-amz-target');
            const operation = target?.slice(target.lastIndexOf('.') + 1) ??
                form?.get('Action') ??
                w.query.get('x-id') ??
                `${w.method} ${decodeURIComponent(w.rawPath)}`;
            const rawCall = {
                service: s.service,
                operation,
                input: (json ?? (form ? Object.fromEntries(form) : {})),
                status: 0,
                region: s.region,
                accessKeyId: scope?.accessKeyId,
            };
            calls.push(rawCall);
            const taken = faults.take([s.service], operation);
            const wait = (options.latencyMs ?? 0) + taken.latencyMs;
            if (wait > 0)
                await sleep(wait);
            if (taken.fault?.kind === 'reset') {
                rawCall.status = -1;
                req.socket.destroy();
                return;
            }
            if (taken.fault) {
                const status = taken.fault.kind === 'throttle'
                    ? 400
                    : taken.fault.kind === 'server'
                        ? taken.fault.status
                        : (taken.fault.error.status ?? 400);
                const code = taken.fault.kind === 'throttle'
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
            const isBytes = typeof result.body === 'string' ||
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
                    ? (result.body ?? '')
                    : JSON.stringify(result.body),
            });
        }
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((e) => {
            if (!res.headersSent) {
                res.writeHead(500, {
                    'content-type': 'application/json',
                    'x-amzn-errortype': 'InternalFailure',
                });
                res.end(JSON.stringify({
                    message: `AWS fake crashed: ${e instanceof Error ? e.message : String(e)}`,
                }));
            }
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        calls,
        faults,
        callsTo: (operation, service) => calls.filter((c) => c.operation === operation && (service === undefined || c.service === service)),
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function send(res, answer) {
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
    // A HEAD answer keeps the length of the body it describes (raw S3 HeadObject).
    res.writeHead(answer.status, {
        ...answer.headers,
        'content-length': answer.headers['content-length'] ?? String(body.length),
    });
    res.end(body);
    return Promise.resolve();
}

;// CONCATENATED MODULE: ./actions/cfn-policy-validate/conformance/mock-aws.ts
/**
 * Turns a corpus case's `mocks` (schema in testdata/README.md) into AWS fake handlers: the
 * deterministic Access Analyzer model, plus raw handlers that speak the real wire protocol of
 * CloudFormation and IAM (awsQuery XML), SSM (awsJson1_1), S3 (restXml) and API Gateway
 * (restJson1), so the production code runs its real SDK clients against them.
 */


// ---------------------------------------------------------------------------------------------
// matching
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        return (Array.isArray(a) &&
            Array.isArray(b) &&
            a.length === b.length &&
            a.every((x, i) => deepEqual(x, b[i])));
    }
    if (a && b && typeof a === 'object' && typeof b === 'object') {
        const ka = Object.keys(a);
        const kb = Object.keys(b);
        return (ka.length === kb.length &&
            ka.every((k) => Object.hasOwn(b, k) &&
                deepEqual(a[k], b[k])));
    }
    return false;
}
const isDocumentKey = (key) => /policydocument$/i.test(key);
function parseIfJson(text) {
    if (typeof text !== 'string')
        return text;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/** Every key of `match` equals the request's (documents compared as parsed JSON). */
function matches(match, input) {
    return Object.entries(match ?? {}).every(([key, expected]) => deepEqual(isDocumentKey(key) ? parseIfJson(input[key]) : input[key], expected));
}
/** Embedded JSON policy strings decoded, for comparison with the corpus' readable form. */
function decodeEmbedded(value) {
    if (Array.isArray(value))
        return value.map(decodeEmbedded);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [
            k,
            /polic(y|ies)$/i.test(k) || k === 'default'
                ? decodeEmbedded(parseIfJson(v))
                : decodeEmbedded(v),
        ]));
    }
    return value;
}
// ---------------------------------------------------------------------------------------------
// Access Analyzer
/** Corpus findings omit `span`, which the model requires; a real answer always has one. */
function withSpans(finding) {
    const f = finding;
    if (!Array.isArray(f.locations))
        return finding;
    const span = { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 1, offset: 1 } };
    return { ...f, locations: f.locations.map((l) => ({ ...l, span: l.span ?? span })) };
}
const DEFAULT_ANALYZER = 'arn:aws:access-analyzer:us-east-2:111222333444:analyzer/ConsoleAnalyzer';
function accessAnalyzerHandlers(model, recorded) {
    const analyzers = (model.analyzers ?? [{ arn: DEFAULT_ANALYZER, status: 'ACTIVE' }]).map((a) => ({
        arn: a.arn,
        name: a.name ?? a.arn.split('/').pop() ?? 'analyzer',
        type: a.type ?? 'ACCOUNT',
        createdAt: new Date('2024-01-01T00:00:00Z'),
        status: a.status,
    }));
    const previews = new Map();
    const knownAnalyzer = (arn) => analyzers.some((a) => a.arn === arn);
    const requireAnalyzer = (arn) => {
        if (!knownAnalyzer(arn))
            throw aws_error_awsError('ResourceNotFoundException', `Analyzer ${arn} not found`, {
                status: 404,
                fields: { resourceId: arn, resourceType: 'Analyzer' },
            });
    };
    return {
        ListAnalyzers: (input) => ({
            analyzers: analyzers.filter((a) => !input.type || a.type === input.type),
        }),
        CreateAnalyzer: (input) => {
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
        ValidatePolicy: (input) => {
            if (input.nextToken === undefined) {
                recorded.validate_policy.push({
                    policyType: input.policyType,
                    ...(input.validatePolicyResourceType
                        ? { validatePolicyResourceType: input.validatePolicyResourceType }
                        : {}),
                    policyDocument: parseIfJson(input.policyDocument),
                });
            }
            const rule = (model.validate_policy ?? []).find((r) => matches(r.match, input));
            const findings = rule?.findings ?? [];
            // One finding per page, so every multi-finding answer exercises nextToken pagination.
            const start = input.nextToken === undefined ? 0 : Number(input.nextToken.replace(/^page-/, ''));
            if (!Number.isInteger(start) || start < 0 || start > findings.length) {
                throw aws_error_awsError('ValidationException', 'Invalid nextToken', {
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
        CreateAccessPreview: (input) => {
            requireAnalyzer(input.analyzerArn);
            recorded.access_preview_configurations.push(decodeEmbedded(input.configurations));
            const [[topArn, config] = ['', {}]] = Object.entries(input.configurations);
            const accessPoints = config
                .s3Bucket?.accessPoints;
            const resourceArn = accessPoints && Object.keys(accessPoints).length > 0
                ? Object.keys(accessPoints)[0]
                : topArn;
            const rule = (model.access_previews ?? []).find((r) => matches(r.match, { resourceArn }));
            if (rule?.create_error) {
                throw aws_error_awsError(rule.create_error.code, rule.create_error.message, {
                    status: rule.create_error.httpStatus ?? 400,
                });
            }
            const id = (0,external_node_crypto_.randomUUID)();
            previews.set(id, {
                rule,
                polls: 0,
                configurations: input.configurations,
                analyzerArn: input.analyzerArn,
            });
            return { id };
        },
        GetAccessPreview: (input) => {
            const preview = previews.get(input.accessPreviewId);
            if (!preview || preview.analyzerArn !== input.analyzerArn) {
                throw aws_error_awsError('ResourceNotFoundException', `Access preview ${input.accessPreviewId} not found`, {
                    status: 404,
                    fields: { resourceId: input.accessPreviewId, resourceType: 'AccessPreview' },
                });
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
        ListAccessPreviewFindings: (input) => {
            const preview = previews.get(input.accessPreviewId);
            if (!preview)
                throw aws_error_awsError('ResourceNotFoundException', `Access preview ${input.accessPreviewId} not found`, {
                    status: 404,
                    fields: { resourceId: input.accessPreviewId, resourceType: 'AccessPreview' },
                });
            if ((preview.rule?.status ?? 'COMPLETED') !== 'COMPLETED') {
                throw aws_error_awsError('ConflictException', 'Access preview is not completed', {
                    status: 409,
                    fields: { resourceId: input.accessPreviewId, resourceType: 'AccessPreview' },
                });
            }
            const findings = preview.rule?.findings ?? [];
            const start = input.nextToken === undefined ? 0 : Number(input.nextToken.replace(/^page-/, ''));
            const next = start + 2 < findings.length ? `page-${start + 2}` : undefined;
            return { findings: findings.slice(start, start + 2), ...(next ? { nextToken: next } : {}) };
        },
        CheckNoNewAccess: checkHandler('CheckNoNewAccess', model, recorded),
        CheckAccessNotGranted: checkHandler('CheckAccessNotGranted', model, recorded),
        CheckNoPublicAccess: checkHandler('CheckNoPublicAccess', model, recorded),
    };
}
function checkHandler(operation, model, recorded) {
    return (input) => {
        recorded.checks.push({
            operation,
            ...Object.fromEntries(Object.entries(input).map(([k, v]) => [k, isDocumentKey(k) ? parseIfJson(v) : v])),
        });
        const rule = (model.checks ?? []).find((r) => r.operation === operation && matches(r.match, input));
        if (rule?.error)
            throw aws_error_awsError(rule.error.code, rule.error.message, {
                status: rule.error.httpStatus ?? 400,
                ...(rule.error.code === 'ValidationException' ? { fields: { reason: 'other' } } : {}),
            });
        return (rule?.response ?? {
            result: 'PASS',
            message: 'The policy document does not grant the access.',
        });
    };
}
// ---------------------------------------------------------------------------------------------
// raw services
function xmlEscape(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
const xmlResponse = (body, status = 200) => ({
    status,
    headers: { 'content-type': 'text/xml' },
    body,
});
function queryError(code, message, status, xmlns) {
    return xmlResponse(`<ErrorResponse xmlns="${xmlns}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>fake-request</RequestId></ErrorResponse>`, status);
}
function queryResponse(action, xmlns, result) {
    return xmlResponse(`<${action}Response xmlns="${xmlns}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata></${action}Response>`);
}
/** An absent mock key means the case must not need that API: answer as a denied call would. */
const NOT_MOCKED = 'Not mocked for this case (the run must not need it):';
function notMocked(what, xmlns) {
    return queryError('AccessDenied', `${NOT_MOCKED} ${what}`, 403, xmlns);
}
const CFN_NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
/** CloudFormation ListExports (awsQuery), two exports per page so NextToken is followed. */
function cloudFormationHandler(mocks) {
    return (req) => {
        const form = req.form ?? new Map();
        if (req.method !== 'POST' || form.get('Version') !== '2010-05-15')
            return queryError('InvalidAction', 'Expected an awsQuery POST with Version=2010-05-15', 400, CFN_NS);
        const action = form.get('Action');
        if (action !== 'ListExports')
            return queryError('InvalidAction', `Could not find operation ${action ?? ''}`, 400, CFN_NS);
        if (!mocks.exports)
            return notMocked('cloudformation:ListExports', CFN_NS);
        const all = mocks.exports;
        const start = form.has('NextToken') ? Number(form.get('NextToken')) : 0;
        if (!Number.isInteger(start) || start < 0)
            return queryError('ValidationError', 'Invalid NextToken', 400, CFN_NS);
        const page = all.slice(start, start + 2);
        const members = page
            .map((e) => `<member><ExportingStackId>${xmlEscape(e.ExportingStackId ?? 'arn:aws:cloudformation:us-east-2:111222333444:stack/exporter/1')}</ExportingStackId><Name>${xmlEscape(e.Name)}</Name><Value>${xmlEscape(e.Value)}</Value></member>`)
            .join('');
        const next = start + 2 < all.length ? `<NextToken>${start + 2}</NextToken>` : '';
        return queryResponse('ListExports', CFN_NS, `<Exports>${members}</Exports>${next}`);
    };
}
/** IAM GetPolicy + GetPolicyVersion (awsQuery); documents URL-encoded as IAM sends them. */
function iamHandler(mocks) {
    return (req) => {
        const form = req.form ?? new Map();
        if (req.method !== 'POST' || form.get('Version') !== '2010-05-08')
            return queryError('InvalidAction', 'Expected an awsQuery POST with Version=2010-05-08', 400, IAM_NS);
        const action = form.get('Action');
        const arn = form.get('PolicyArn');
        if (action !== 'GetPolicy' && action !== 'GetPolicyVersion')
            return queryError('InvalidAction', `Could not find operation ${action ?? ''}`, 400, IAM_NS);
        if (!mocks.managed_policies)
            return notMocked(`iam:${action}`, IAM_NS);
        if (!arn)
            return queryError('ValidationError', "1 validation error detected: Value null at 'policyArn' failed to satisfy constraint: Member must not be null", 400, IAM_NS);
        const policy = mocks.managed_policies?.[arn];
        if (!policy)
            return queryError('NoSuchEntity', `Policy ${arn} was not found.`, 404, IAM_NS);
        if (action === 'GetPolicy') {
            return queryResponse('GetPolicy', IAM_NS, `<Policy><PolicyName>${xmlEscape(policy.PolicyName)}</PolicyName><PolicyId>ANPAFAKE</PolicyId><Arn>${xmlEscape(arn)}</Arn><Path>${xmlEscape(policy.Path)}</Path><DefaultVersionId>v3</DefaultVersionId><AttachmentCount>1</AttachmentCount><IsAttachable>true</IsAttachable><CreateDate>2024-01-01T00:00:00Z</CreateDate><UpdateDate>2024-01-01T00:00:00Z</UpdateDate></Policy>`);
        }
        if (form.get('VersionId') !== 'v3')
            return queryError('NoSuchEntity', `Policy ${arn} version ${form.get('VersionId') ?? ''} does not exist or is not attachable.`, 404, IAM_NS);
        const encoded = encodeURIComponent(JSON.stringify(policy.Document));
        return queryResponse('GetPolicyVersion', IAM_NS, `<PolicyVersion><Document>${xmlEscape(encoded)}</Document><VersionId>v3</VersionId><IsDefaultVersion>true</IsDefaultVersion><CreateDate>2024-01-01T00:00:00Z</CreateDate></PolicyVersion>`);
    };
}
const jsonError = (type, message, status = 400) => ({
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1' },
    body: JSON.stringify({ __type: type, message }),
});
/** SSM GetParameter (awsJson1_1, `X-Amz-Target: AmazonSSM.GetParameter`), `name:version` selectors included. */
function ssmHandler(mocks) {
    return (req) => {
        const target = req.headers['x-amz-target'];
        if (req.method !== 'POST' || target !== 'AmazonSSM.GetParameter')
            return jsonError('UnknownOperationException', `Unknown operation ${String(target)}`);
        if (!/application\/x-amz-json-1\.1/.test(String(req.headers['content-type'])))
            return jsonError('SerializationException', 'Expected application/x-amz-json-1.1');
        const body = req.json;
        if (typeof body?.Name !== 'string' || body.Name === '')
            return jsonError('ValidationException', "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
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
                return jsonError('ParameterVersionNotFound', `Systems Manager could not find version ${name.slice(colon + 1)} of ${base}.`);
            return jsonError('ParameterNotFound', '');
        }
        const colon = name.lastIndexOf(':');
        const version = colon > 0 && /^\d+$/.test(name.slice(colon + 1)) ? Number(name.slice(colon + 1)) : 1;
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
function s3Handler(mocks) {
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
function apiGatewayHandler(mocks) {
    return (req) => {
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
function emptyRecordedCalls() {
    return {
        validate_policy: [],
        access_preview_configurations: [],
        created_analyzer: false,
        checks: [],
    };
}
/** The fake options for one case; `recorded` collects what Access Analyzer was asked. */
function fakeOptionsForMocks(mocks, recorded) {
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
async function startMockAws(mocks, extra = {}) {
    const recorded = emptyRecordedCalls();
    const base = fakeOptionsForMocks(mocks, recorded);
    const fake = await startAwsFake({
        ...base,
        ...extra,
        services: { ...base.services, ...extra.services },
    });
    return { fake, recorded };
}

// EXTERNAL MODULE: ./packages/action-kit/src/actions-runtime.ts
var actions_runtime = __webpack_require__(6066);
// EXTERNAL MODULE: ./packages/aws-oidc/src/index.ts + 6 modules
var aws_oidc_src = __webpack_require__(6097);
;// CONCATENATED MODULE: ./packages/cfn-policies/src/template/errors.ts
/**
 * The only error type the template and extraction layers throw. `referenceMessage` is the text the
 * reference tool prints (message parity); `message` adds the file, line and template path so a user
 * can find the problem.
 */
class TemplateError extends Error {
    kind;
    referenceMessage;
    path;
    location;
    resource;
    detail;
    constructor(kind, referenceMessage, init = {}) {
        super(referenceMessage);
        this.name = 'TemplateError';
        this.kind = kind;
        this.referenceMessage = referenceMessage;
        this.path = init.path ?? init.location?.path;
        this.location = init.location;
        this.resource = init.resource;
        this.detail = init.detail;
        this.message = this.render();
    }
    /** Attaches a location (first one wins: the innermost site is the most precise). */
    locate(location, resource) {
        if (location && !this.location) {
            this.location = location;
            this.path ??= location.path;
        }
        if (resource && !this.resource)
            this.resource = resource;
        this.message = this.render();
        return this;
    }
    render() {
        const where = this.location
            ? `${this.location.file}:${this.location.line}:${this.location.column}`
            : undefined;
        const parts = [];
        if (this.resource)
            parts.push(`resource ${this.resource}`);
        if (this.path)
            parts.push(`at ${this.path}`);
        if (this.detail)
            parts.push(this.detail);
        const suffix = parts.length > 0 ? ` (${parts.join(', ')})` : '';
        return where
            ? `${where}: ${this.referenceMessage}${suffix}`
            : `${this.referenceMessage}${suffix}`;
    }
}
function isTemplateError(error) {
    return error instanceof TemplateError;
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/template/positions.ts
/** Joins template path segments the way every location in this package spells them. */
function joinPath(parent, segment) {
    return parent === '' ? String(segment) : `${parent}.${segment}`;
}
/**
 * Side table from template paths to source offsets. Offsets are converted to line/column lazily so
 * that loading a large template costs one Map insert per node.
 */
class PositionIndex {
    file;
    text;
    offsets;
    lineStarts;
    constructor(file, text, offsets) {
        this.file = file;
        this.text = text;
        this.offsets = offsets;
        const starts = [0];
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                starts.push(i + 1);
        this.lineStarts = starts;
    }
    has(path) {
        return this.offsets.has(path);
    }
    /** Position of `path`, or of its nearest ancestor that has one (synthesized or resolved nodes). */
    locate(path) {
        let probe = path;
        for (;;) {
            const offset = this.offsets.get(probe);
            if (offset !== undefined)
                return { file: this.file, path, ...this.lineColumn(offset) };
            const dot = probe.lastIndexOf('.');
            if (dot < 0)
                break;
            probe = probe.slice(0, dot);
        }
        const root = this.offsets.get(probe) ?? 0;
        return { file: this.file, path, ...this.lineColumn(root) };
    }
    lineColumn(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.lineStarts[mid] ?? 0) <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - (this.lineStarts[lo] ?? 0) + 1 };
    }
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/template/json-parser.ts

/** A JSON syntax error with the offset it was found at. */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'JsonSyntaxError';
    }
}
/**
 * Strict JSON (RFC 8259) parser that records the source offset of every value under its dotted
 * template path. Duplicate keys: the last one wins, like `JSON.parse` and the reference.
 * Iterative-enough for deep templates: recursion depth equals nesting depth, capped to fail cleanly.
 */
function parseJsonWithPositions(text) {
    const offsets = new Map();
    let i = 0;
    const maxDepth = 2000;
    const fail = (message, at = i) => {
        throw new JsonSyntaxError(message, at);
    };
    const skipWs = () => {
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                i++;
            else
                break;
        }
    };
    // A leading byte-order mark is common in files saved by Windows editors.
    if (text.charCodeAt(0) === 0xfeff)
        i = 1;
    const parseString = () => {
        const start = i;
        i++; // opening quote
        let simple = true;
        for (;;) {
            if (i >= text.length)
                fail('Unterminated string', start);
            const c = text.charCodeAt(i);
            if (c === 34)
                break;
            if (c < 0x20)
                fail('Control character in string');
            if (c === 92) {
                simple = false;
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        fail('Invalid unicode escape');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    fail('Invalid escape character');
                i += 2;
                continue;
            }
            i++;
        }
        i++; // closing quote
        const raw = text.slice(start, i);
        return simple ? raw.slice(1, -1) : JSON.parse(raw);
    };
    const parseNumber = () => {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m)
            return fail('Unexpected character');
        i += m[0].length;
        return Number(m[0]);
    };
    const parseValue = (path, depth) => {
        skipWs();
        if (depth > maxDepth)
            fail('Template nesting is too deep');
        offsets.set(path, i);
        const c = text[i];
        if (c === '{') {
            i++;
            const obj = {};
            skipWs();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            for (;;) {
                skipWs();
                if (text[i] !== '"')
                    fail('Expected a property name in double quotes');
                const key = parseString();
                skipWs();
                if (text[i] !== ':')
                    fail("Expected ':' after property name");
                i++;
                const v = parseValue(joinPath(path, key), depth + 1);
                // defineProperty: keys such as __proto__ must stay plain data.
                Object.defineProperty(obj, key, {
                    value: v,
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
                skipWs();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return obj;
                }
                fail("Expected ',' or '}' after property value");
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            skipWs();
            if (text[i] === ']') {
                i++;
                return arr;
            }
            for (;;) {
                arr.push(parseValue(joinPath(path, arr.length), depth + 1));
                skipWs();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return arr;
                }
                fail("Expected ',' or ']' after array element");
            }
        }
        if (c === '"')
            return parseString();
        if (text.startsWith('true', i)) {
            i += 4;
            return true;
        }
        if (text.startsWith('false', i)) {
            i += 5;
            return false;
        }
        if (text.startsWith('null', i)) {
            i += 4;
            return null;
        }
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            return parseNumber();
        return fail(i >= text.length ? 'Unexpected end of JSON input' : 'Unexpected character');
    };
    const value = parseValue('', 0);
    skipWs();
    if (i < text.length)
        fail('Unexpected content after the JSON value');
    return { value, offsets };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./packages/cfn-policies/src/template/yaml-fast.ts


/**
 * A fast path for the YAML most CloudFormation templates are written in: block mappings and
 * sequences, plain / quoted / block scalars, flow collections, comments and short-form tags.
 * The `yaml` package's general parser costs ~0.35 ms per KiB (a 1,000-resource template spent
 * most of its parse+extract budget there); this subset parser is ~10x faster.
 *
 * It is only a fast path: anything outside the subset (anchors, aliases, merge keys, multi-line
 * plain or quoted scalars, explicit keys, directives, several documents, tabs in indentation,
 * unusual escapes...) and anything that might be an error makes it return `undefined`, and the
 * caller parses the text with the full `yaml` pipeline instead, which also produces the error
 * messages. A differential test (`yaml-fast.test.ts`) checks both produce the same values.
 */
class Unsupported extends Error {
}
/** Why the fast path refuses a text (the stack of the refusal), for tests and debugging. */
function explainFastYamlRefusal(input) {
    try {
        new FastParser(input).parse();
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? (error.stack ?? error.message) : String(error);
    }
}
const unsupported = () => {
    throw new Unsupported();
};
const SCHEMA = new dist/* Schema */.Sj({
    schema: 'yaml-1.1',
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
});
const TESTED_TAGS = (SCHEMA.tags ?? []).filter((t) => t.default === true && t.test instanceof RegExp);
const plainCache = new Map();
/** YAML 1.1 resolution of an untagged plain scalar, exactly as the `yaml` package's schema does. */
function resolvePlain(text) {
    const c = text.charCodeAt(0);
    // Strings that no scalar tag can match: skip the regex scan (most keys and values).
    const maybeTyped = text === '' ||
        (c >= 48 && c <= 57) ||
        c === 43 ||
        c === 45 ||
        c === 46 ||
        c === 126 ||
        text.length <= 5;
    if (!maybeTyped)
        return text;
    if (plainCache.has(text))
        return plainCache.get(text);
    let value = text;
    for (const tag of TESTED_TAGS) {
        if (!tag.test.test(text))
            continue;
        let failed = false;
        const resolved = tag.resolve(text, () => (failed = true), { intAsBigInt: false });
        if (failed)
            unsupported();
        value = (0,dist/* isScalar */.jn)(resolved) ? resolved.value : resolved;
        break;
    }
    if (typeof value === 'bigint')
        value = Number(value);
    if (plainCache.size < 10_000)
        plainCache.set(text, value);
    return value;
}
function longFormName(tag) {
    const name = tag.slice(1);
    if (name === 'Ref' || name === 'Condition')
        return name;
    return `Fn::${name}`;
}
function scalarKey(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return unsupported();
}
function setKey(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    else
        obj[key] = value;
}
const MAX_DEPTH = 2000;
function parseYamlFast(input) {
    try {
        return new FastParser(input).parse();
    }
    catch (error) {
        if (error instanceof Unsupported || error instanceof RangeError)
            return undefined;
        throw error;
    }
}
class FastParser {
    text;
    lines = [];
    offsets = new Map();
    /** Index of the next line to consume. */
    li = 0;
    constructor(text) {
        this.text = text;
    }
    parse() {
        const text = this.text;
        if (text.includes('\t'))
            unsupported();
        let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        const n = text.length;
        while (pos <= n) {
            let end = text.indexOf('\n', pos);
            if (end < 0)
                end = n;
            const next = end + 1;
            if (end > pos && text.charCodeAt(end - 1) === 13)
                end--;
            let i = pos;
            while (i < end && text.charCodeAt(i) === 32)
                i++;
            const c = i < end ? text.charCodeAt(i) : -1;
            if (c === 9)
                unsupported(); // tab in indentation
            this.lines.push({ start: pos, end, indent: i - pos, blank: c === -1 || c === 35 /* # */ });
            pos = next;
        }
        // Directives, document markers and stream-level oddities go to the full parser: only one
        // leading `---` line is accepted.
        let first = this.skipBlank(0);
        for (let k = first; k < this.lines.length; k++) {
            const l = this.lines[k];
            if (l.indent !== 0 || l.blank)
                continue;
            const head = text.slice(l.start, Math.min(l.end, l.start + 4));
            if (head.startsWith('%'))
                unsupported();
            if (/^(---|\.\.\.)(\s|$)/.test(head)) {
                const rest = text.slice(l.start + 3, l.end).trim();
                if (k !== first || head.startsWith('.') || (rest !== '' && !rest.startsWith('#')))
                    unsupported();
                first = this.skipBlank(k + 1);
            }
        }
        this.li = first;
        const line = this.lines[this.li];
        if (!line) {
            this.offsets.set('', 0);
            return { value: null, offsets: this.offsets };
        }
        this.offsets.set('', line.start + line.indent);
        const value = this.blockNode(line.indent, line.start + line.indent, '', 0);
        if (this.skipBlank(this.li) < this.lines.length)
            unsupported();
        return { value, offsets: this.offsets };
    }
    skipBlank(from) {
        let i = from;
        while (i < this.lines.length && this.lines[i].blank)
            i++;
        return i;
    }
    /**
     * A block node whose first character is at `at` (on line `this.li`, column `indent`); the node
     * may be a mapping, a sequence or a scalar. Consumes its lines.
     */
    blockNode(indent, at, path, depth) {
        if (depth > MAX_DEPTH)
            unsupported();
        const line = this.lines[this.li];
        const c = this.text.charCodeAt(at);
        if (c === 45 /* - */ && this.isSeqIndicator(at, line.end))
            return this.blockSeq(indent, path, depth, at);
        if (this.findMappingColon(at, line.end) >= 0)
            return this.blockMap(indent, path, depth, at);
        // A lone scalar / flow node / tagged node filling the rest of the line.
        const value = this.inlineValue(at, line.end, indent - 1, path, depth);
        return value;
    }
    isSeqIndicator(at, end) {
        if (this.text.charCodeAt(at) !== 45)
            return false;
        const next = at + 1 < end ? this.text.charCodeAt(at + 1) : -1;
        return next === -1 || next === 32;
    }
    /** Offset of the `:` ending an implicit key that starts at `at`, or -1 if not a mapping entry. */
    findMappingColon(at, end) {
        const text = this.text;
        const c = text.charCodeAt(at);
        if (c === 34 || c === 39) {
            const close = this.quotedEnd(at, end);
            let j = close;
            while (j < end && text.charCodeAt(j) === 32)
                j++;
            if (j < end && text.charCodeAt(j) === 58) {
                const after = j + 1 < end ? text.charCodeAt(j + 1) : -1;
                if (after === -1 || after === 32)
                    return j;
            }
            return -1;
        }
        // Flow collections and block scalars are values; a flow key (`[a]: b`) fails later.
        if (c === 91 || c === 123 || c === 124 || c === 62)
            return -1;
        if (c === 38 || c === 42 || c === 63)
            return unsupported();
        if (c === 33) {
            // `!Tag value` is a value; `!Tag key: value` (a tagged key) is left to the full parser.
            let t = at;
            while (t < end && text.charCodeAt(t) !== 32)
                t++;
            while (t < end && text.charCodeAt(t) === 32)
                t++;
            const d = text.charCodeAt(t);
            if (t >= end || d === 91 || d === 123 || d === 34 || d === 39 || d === 124 || d === 62)
                return -1;
            return this.plainLooksLikeKey(t, end) ? unsupported() : -1;
        }
        if (c === 35)
            return -1;
        if (',]}%@`'.includes(text[at] ?? ''))
            return unsupported();
        for (let j = at; j < end; j++) {
            const ch = text.charCodeAt(j);
            if (ch === 58) {
                const after = j + 1 < end ? text.charCodeAt(j + 1) : -1;
                if (after === -1 || after === 32)
                    return j === at ? unsupported() : j;
            }
            else if (ch === 35 && text.charCodeAt(j - 1) === 32)
                return -1;
        }
        return -1;
    }
    /** `[a]: b`, `!Tag key: v`, `&a k: v`... are valid but rare: leave them to the full parser. */
    plainLooksLikeKey(at, end) {
        const s = this.text.slice(at, end);
        const hash = s.search(/ #/);
        return /:( |$)/.test(hash < 0 ? s : s.slice(0, hash));
    }
    blockMap(indent, path, depth, firstAt) {
        const obj = {};
        let at = firstAt;
        for (;;) {
            const line = this.lines[this.li];
            const colon = this.findMappingColon(at, line.end);
            if (colon < 0)
                unsupported();
            const key = this.keyText(at, colon);
            if (key === '<<')
                unsupported();
            const childPath = joinPath(path, key);
            let v = colon + 1;
            while (v < line.end && this.text.charCodeAt(v) === 32)
                v++;
            let value;
            if (v >= line.end || (this.text.charCodeAt(v) === 35 && v > colon + 1)) {
                // Value on the following lines (or null).
                this.li++;
                value = this.nestedBlock(indent, true, childPath, depth + 1);
            }
            else {
                value = this.inlineValue(v, line.end, indent, childPath, depth + 1);
            }
            setKey(obj, key, value);
            // Point at the key line ("PolicyDocument:"), which is where a reader looks for the node.
            this.offsets.set(childPath, at);
            // Next entry: a line at exactly this indent.
            const next = this.skipBlank(this.li);
            const nl = this.lines[next];
            if (!nl || nl.indent < indent) {
                this.li = next;
                break;
            }
            if (nl.indent > indent)
                unsupported(); // multi-line plain scalar or bad indentation
            this.li = next;
            at = nl.start + nl.indent;
            if (this.isSeqIndicator(at, nl.end))
                unsupported(); // sequence where an entry belongs
        }
        return obj;
    }
    /** The key text of an implicit key spanning [at, colon). */
    keyText(at, colon) {
        const c = this.text.charCodeAt(at);
        if (c === 34 || c === 39) {
            const close = this.quotedEnd(at, colon + 1);
            return scalarKey(this.quotedValue(at, close));
        }
        let e = colon;
        while (e > at && this.text.charCodeAt(e - 1) === 32)
            e--;
        const raw = this.text.slice(at, e);
        return scalarKey(resolvePlain(raw));
    }
    blockSeq(indent, path, depth, firstAt) {
        const out = [];
        let at = firstAt;
        for (;;) {
            const line = this.lines[this.li];
            const itemPath = joinPath(path, out.length);
            let v = at + 1;
            while (v < line.end && this.text.charCodeAt(v) === 32)
                v++;
            let value;
            if (v >= line.end || this.text.charCodeAt(v) === 35) {
                this.li++;
                this.offsets.set(itemPath, at);
                value = this.nestedBlock(indent, false, itemPath, depth + 1);
            }
            else {
                // Compact nested node: `- Effect: Allow` is a mapping at the column of `Effect`.
                const column = v - line.start;
                this.offsets.set(itemPath, v);
                if (this.isSeqIndicator(v, line.end) || this.findMappingColon(v, line.end) >= 0) {
                    value = this.blockNode(column, v, itemPath, depth + 1);
                }
                else {
                    value = this.inlineValue(v, line.end, indent, itemPath, depth + 1);
                }
            }
            out.push(value);
            const next = this.skipBlank(this.li);
            const nl = this.lines[next];
            if (!nl || nl.indent < indent) {
                this.li = next;
                break;
            }
            if (nl.indent > indent)
                unsupported();
            this.li = next;
            at = nl.start + nl.indent;
            if (!this.isSeqIndicator(at, nl.end)) {
                // A mapping key at the sequence's indent ends a sequence that is a mapping value.
                this.li = next;
                break;
            }
        }
        return out;
    }
    /**
     * The block node on the lines after a `key:` / `-` / tag with nothing else on its line.
     * `parentIndent` is the indent of the owning entry; mapping values may be a sequence at the
     * same indent.
     */
    nestedBlock(parentIndent, inMap, path, depth) {
        const next = this.skipBlank(this.li);
        const nl = this.lines[next];
        if (!nl) {
            this.li = next;
            return null;
        }
        const at = nl.start + nl.indent;
        const sameIndentSeq = inMap && nl.indent === parentIndent && this.isSeqIndicator(at, nl.end);
        if (nl.indent <= parentIndent && !sameIndentSeq) {
            this.li = next;
            return null;
        }
        this.li = next;
        this.offsets.set(path, at);
        return this.blockNode(nl.indent, at, path, depth);
    }
    /**
     * A value that starts at `at` on the current line: a tag, a flow collection, a quoted, block or
     * plain scalar. `ownerIndent` is the indent of the entry owning it (nested blocks must be
     * deeper). Leaves `this.li` on the last line consumed + 1.
     */
    inlineValue(at, end, ownerIndent, path, depth) {
        const text = this.text;
        const c = text.charCodeAt(at);
        this.offsets.set(path, at);
        if (c === 33 /* ! */) {
            let t = at + 1;
            while (t < end && text.charCodeAt(t) !== 32)
                t++;
            const tag = text.slice(at, t);
            if (!/^![A-Za-z][A-Za-z0-9]*$/.test(tag))
                unsupported();
            const fn = longFormName(tag);
            const fnPath = joinPath(path, fn);
            this.offsets.set(fnPath, at);
            let v = t;
            while (v < end && text.charCodeAt(v) === 32)
                v++;
            let arg;
            if (v >= end || text.charCodeAt(v) === 35) {
                this.li++;
                const next = this.skipBlank(this.li);
                const nl = this.lines[next];
                if (nl && nl.indent > ownerIndent) {
                    arg = this.nestedBlock(ownerIndent, false, fnPath, depth + 1);
                }
                else {
                    arg = '';
                }
            }
            else {
                const d = text.charCodeAt(v);
                if (d === 33 || d === 38 || d === 42)
                    unsupported(); // nested tag / anchor / alias
                if (d === 91 || d === 123 || d === 34 || d === 39 || d === 124 || d === 62) {
                    arg = this.inlineValue(v, end, ownerIndent, fnPath, depth + 1);
                }
                else {
                    // Tagged plain scalars are strings (unknown tags are not type-resolved).
                    arg = this.plainText(v, end);
                    this.li++;
                }
            }
            if (fn === 'Fn::GetAtt' && typeof arg === 'string') {
                const dot = arg.indexOf('.');
                arg = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
            }
            const out = {};
            out[fn] = arg;
            return out;
        }
        if (c === 91 || c === 123) {
            const flow = new FlowReader(this, at, depth);
            const value = flow.node(path);
            const stop = flow.finish();
            // Resume on the line after the one holding the closing bracket.
            this.checkRestOfLine(stop);
            const last = this.lineIndexOf(stop);
            // Continuation lines of a flow collection must be deeper than the block owning it.
            for (let k = this.li + 1; k <= last; k++) {
                const l = this.lines[k];
                const closing = /[\]}]/.test(this.text[l.start + l.indent] ?? '');
                if (!l.blank && (closing ? l.indent < ownerIndent : l.indent <= ownerIndent))
                    unsupported();
            }
            this.li = last + 1;
            return value;
        }
        if (c === 34 || c === 39) {
            const close = this.quotedEnd(at, end);
            const value = this.quotedValue(at, close);
            this.checkRestOfLine(close);
            this.li++;
            return value;
        }
        if (c === 124 || c === 62)
            return this.blockScalar(at, end, ownerIndent);
        if (c === 38 || c === 42 || c === 63 || c === 37 || c === 64 || c === 96)
            unsupported();
        if (c === 45 && this.isSeqIndicator(at, end))
            unsupported();
        const raw = this.plainText(at, end);
        this.li++;
        return resolvePlain(raw);
    }
    /** A single-line plain scalar from `at` (comments stripped, trailing spaces trimmed). */
    plainText(at, end) {
        const text = this.text;
        // Indicators cannot start a plain scalar (`-`, `?`, `:` only when followed by a space).
        const c = text.charCodeAt(at);
        if (',[]{}#&*!|>\'"%@`'.includes(text[at] ?? ''))
            unsupported();
        if ((c === 45 || c === 63 || c === 58) && (at + 1 >= end || text.charCodeAt(at + 1) === 32))
            unsupported();
        let e = end;
        for (let j = at; j < end; j++) {
            const ch = text.charCodeAt(j);
            if (ch === 35 && j > at && text.charCodeAt(j - 1) === 32) {
                e = j;
                break;
            }
            if (ch === 58) {
                const after = j + 1 < end ? text.charCodeAt(j + 1) : -1;
                if (after === -1 || after === 32)
                    unsupported(); // `a: b: c` is an error
            }
        }
        while (e > at && text.charCodeAt(e - 1) === 32)
            e--;
        return text.slice(at, e);
    }
    checkRestOfLine(from) {
        const line = this.lines[this.lineIndexOf(from)];
        if (!line)
            return unsupported();
        let j = from;
        while (j < line.end && this.text.charCodeAt(j) === 32)
            j++;
        if (j < line.end && !(this.text.charCodeAt(j) === 35 && j > from))
            unsupported();
    }
    lineIndexOf(offset) {
        // Lines are consumed in order; search forward from the current one.
        let i = this.li;
        while (i < this.lines.length && this.lines[i].end < offset)
            i++;
        return i;
    }
    /** Offset just past the closing quote of the quoted scalar at `at` (same line only). */
    quotedEnd(at, end) {
        const text = this.text;
        const q = text.charCodeAt(at);
        for (let j = at + 1; j < end; j++) {
            const ch = text.charCodeAt(j);
            if (q === 39 && ch === 39) {
                if (text.charCodeAt(j + 1) === 39 && j + 1 < end) {
                    j++;
                    continue;
                }
                return j + 1;
            }
            if (q === 34) {
                if (ch === 92) {
                    j++;
                    continue;
                }
                if (ch === 34)
                    return j + 1;
            }
        }
        return unsupported(); // multi-line quoted scalar
    }
    quotedValue(at, close) {
        const text = this.text;
        const body = text.slice(at + 1, close - 1);
        if (text.charCodeAt(at) === 39)
            return body.replaceAll("''", "'");
        if (!body.includes('\\'))
            return body;
        let out = '';
        for (let j = 0; j < body.length; j++) {
            const ch = body[j];
            if (ch !== '\\') {
                out += ch;
                continue;
            }
            const e = body[++j];
            switch (e) {
                case 'n':
                    out += '\n';
                    break;
                case 't':
                case '\t':
                    out += '\t';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case '"':
                case '\\':
                case '/':
                case ' ':
                    out += e;
                    break;
                case '0':
                    out += '\0';
                    break;
                case 'x':
                case 'u':
                case 'U': {
                    const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
                    const hex = body.slice(j + 1, j + 1 + len);
                    if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex))
                        unsupported();
                    out += String.fromCodePoint(Number.parseInt(hex, 16));
                    j += len;
                    break;
                }
                default:
                    unsupported();
            }
        }
        return out;
    }
    blockScalar(at, end, ownerIndent) {
        const text = this.text;
        const folded = text.charCodeAt(at) === 62;
        let j = at + 1;
        let chomp = 'clip';
        const ind = text.charCodeAt(j);
        if (ind === 45) {
            chomp = 'strip';
            j++;
        }
        else if (ind === 43) {
            chomp = 'keep';
            j++;
        }
        this.checkRestOfLine(j);
        this.li++;
        // Content lines: blank lines and lines deeper than the owner.
        const contentLines = [];
        let contentIndent = -1;
        while (this.li < this.lines.length) {
            const l = this.lines[this.li];
            const empty = l.indent === l.end - l.start;
            if (!empty) {
                if (l.indent <= ownerIndent)
                    break;
                if (contentIndent < 0)
                    contentIndent = l.indent;
                else if (l.indent < contentIndent)
                    unsupported();
                if (folded && l.indent > contentIndent)
                    unsupported(); // more-indented folded lines
            }
            else if (contentIndent >= 0 && l.indent > contentIndent)
                unsupported();
            else if (contentIndent < 0 && l.indent > ownerIndent + 1)
                unsupported();
            contentLines.push(l);
            this.li++;
        }
        if (contentIndent < 0)
            unsupported(); // only blank lines: leave the edge cases to `yaml`
        const texts = contentLines.map((l) => l.indent === l.end - l.start ? '' : text.slice(l.start + contentIndent, l.end));
        // Trailing blank lines are governed by chomping.
        let last = texts.length;
        while (last > 0 && texts[last - 1] === '')
            last--;
        const trailing = texts.length - last;
        const body = texts.slice(0, last);
        let value;
        if (!folded)
            value = body.join('\n');
        else {
            value = '';
            let prevText = false;
            for (const t of body) {
                if (t === '') {
                    value += '\n';
                    prevText = false;
                    continue;
                }
                if (prevText)
                    value += ' ';
                else if (value !== '' && !value.endsWith('\n'))
                    value += '\n';
                value += t;
                prevText = true;
            }
            // A blank line between two text lines yields one newline, not a space + newline.
        }
        if (body.length === 0)
            return unsupported();
        if (chomp === 'strip')
            return value;
        if (chomp === 'clip')
            return `${value}\n`;
        return value + '\n'.repeat(trailing + 1);
    }
}
/** Flow collections (`[a, !Ref b]`, `{Ref: X}`), possibly over several lines. */
class FlowReader {
    p;
    depth;
    pos;
    constructor(p, start, depth) {
        this.p = p;
        this.depth = depth;
        this.pos = start;
    }
    get text() {
        return this.p.text;
    }
    ws() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === 32 || c === 10 || c === 13)
                this.pos++;
            else if (c === 9)
                this.pos++;
            else if (c === 35 && /[\s]/.test(text[this.pos - 1] ?? '')) {
                while (this.pos < text.length && text.charCodeAt(this.pos) !== 10)
                    this.pos++;
            }
            else
                break;
        }
    }
    finish() {
        return this.pos;
    }
    node(path, depth = this.depth) {
        if (depth > MAX_DEPTH)
            unsupported();
        const text = this.text;
        this.ws();
        const at = this.pos;
        const offsets = this.p.offsets;
        offsets.set(path, at);
        const c = text.charCodeAt(at);
        if (c === 91) {
            this.pos++;
            const out = [];
            for (;;) {
                this.ws();
                if (text.charCodeAt(this.pos) === 93) {
                    this.pos++;
                    return out;
                }
                const itemPath = joinPath(path, out.length);
                const item = this.node(itemPath, depth + 1);
                out.push(item);
                this.ws();
                if (text.charCodeAt(this.pos) === 58)
                    unsupported(); // `[a: b]` single-pair mappings
                const d = text.charCodeAt(this.pos);
                if (d === 44)
                    this.pos++;
                else if (d !== 93)
                    unsupported();
            }
        }
        if (c === 123) {
            this.pos++;
            const obj = {};
            for (;;) {
                this.ws();
                if (text.charCodeAt(this.pos) === 125) {
                    this.pos++;
                    return obj;
                }
                const keyAt = this.pos;
                const key = scalarKey(this.scalar(true));
                if (key === '<<')
                    unsupported();
                this.ws();
                let value = null;
                const childPath = joinPath(path, key);
                if (text.charCodeAt(this.pos) === 58) {
                    this.pos++;
                    this.ws();
                    const d = text.charCodeAt(this.pos);
                    value = d === 44 || d === 125 ? null : this.node(childPath, depth + 1);
                }
                setKey(obj, key, value);
                offsets.set(childPath, keyAt);
                this.ws();
                const d = text.charCodeAt(this.pos);
                if (d === 44)
                    this.pos++;
                else if (d !== 125)
                    unsupported();
            }
        }
        if (c === 33) {
            let t = this.pos + 1;
            while (t < text.length && /[A-Za-z0-9]/.test(text[t] ?? ''))
                t++;
            const tag = text.slice(this.pos, t);
            if (!/^![A-Za-z][A-Za-z0-9]*$/.test(tag))
                unsupported();
            const next = text.charCodeAt(t);
            if (next !== 32 && next !== 10 && next !== 13)
                unsupported();
            this.pos = t;
            const fn = longFormName(tag);
            const fnPath = joinPath(path, fn);
            offsets.set(fnPath, at);
            this.ws();
            const d = text.charCodeAt(this.pos);
            let arg;
            if (d === 44 || d === 93 || d === 125)
                arg = '';
            else if (d === 91 || d === 123)
                arg = this.node(fnPath, depth + 1);
            else {
                arg = this.scalar(false, true);
                if (typeof arg !== 'string')
                    arg = String(arg);
            }
            if (fn === 'Fn::GetAtt' && typeof arg === 'string') {
                const dot = arg.indexOf('.');
                arg = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
            }
            const out = {};
            out[fn] = arg;
            return out;
        }
        return this.scalar(false);
    }
    /** A quoted or single-line plain scalar inside a flow collection. */
    scalar(isKey, raw = false) {
        const text = this.text;
        const c = text.charCodeAt(this.pos);
        if (c === 34 || c === 39) {
            const lineEnd = text.indexOf('\n', this.pos);
            const close = this.p.quotedEnd(this.pos, lineEnd < 0 ? text.length : lineEnd);
            const value = this.p.quotedValue(this.pos, close);
            this.pos = close;
            return value;
        }
        if ('&*!|>?%@`[{#,]}'.includes(text[this.pos] ?? ''))
            unsupported();
        if (c === 45 || c === 58) {
            const after = text[this.pos + 1] ?? '';
            if (after === '' || ' \r\n,[]{}'.includes(after))
                unsupported();
        }
        const start = this.pos;
        let j = start;
        for (; j < text.length; j++) {
            const ch = text.charCodeAt(j);
            if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === 10 || ch === 13)
                break;
            if (ch === 35 && text.charCodeAt(j - 1) === 32)
                break;
            if (ch === 58) {
                const after = text.charCodeAt(j + 1);
                if (after === 32 ||
                    after === 44 ||
                    after === 93 ||
                    after === 125 ||
                    after === 10 ||
                    after === 13 ||
                    Number.isNaN(after))
                    break;
            }
        }
        let e = j;
        while (e > start && text.charCodeAt(e - 1) === 32)
            e--;
        const s = text.slice(start, e);
        // A plain scalar continued on the next line inside a flow collection is legal but rare.
        const stop = text.charCodeAt(j);
        if (stop === 10 || stop === 13) {
            let k = j;
            while (k < text.length && /\s/.test(text[k] ?? ''))
                k++;
            const nextCh = text.charCodeAt(k);
            if (s !== '' &&
                nextCh !== 44 &&
                nextCh !== 93 &&
                nextCh !== 125 &&
                nextCh !== 58 &&
                nextCh !== 35)
                unsupported();
        }
        if (s === '')
            unsupported();
        void isKey;
        this.pos = e;
        if (raw)
            return s;
        return resolvePlain(s);
    }
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/template/yaml-loader.ts


class YamlSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'YamlSyntaxError';
    }
}
/**
 * Turns a CloudFormation short-form tag into its long form: `!Ref` -> `Ref`, `!Condition` ->
 * `Condition`, any other `!X` -> `Fn::X` (unknown tags pass through as `Fn::X`, like the reference).
 */
function yaml_loader_longFormName(tag) {
    if (tag.charCodeAt(0) !== 33 /* ! */ || tag.charCodeAt(1) === 33)
        return undefined;
    const name = tag.slice(1);
    if (name === 'Ref' || name === 'Condition')
        return name;
    return `Fn::${name}`;
}
const yaml_loader_MAX_DEPTH = 2000;
const COMPOSE_OPTIONS = {
    version: '1.1',
    schema: 'yaml-1.1',
    uniqueKeys: false,
    prettyErrors: false,
    // Timestamps stay strings (`Version: 2012-10-17` unquoted), as the reference's loader keeps them.
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
};
/**
 * Parses CloudFormation YAML into plain values with long-form intrinsics. YAML 1.1 scalars
 * (`yes` -> true) as the reference (PyYAML) does, except timestamps which stay strings. Duplicate
 * keys: last wins.
 *
 * Positions are resolved lazily: converting a 1,000-resource template used to spend as long
 * recording a path -> offset entry for every node as `yaml` spends parsing it, while a run only
 * ever asks for a few hundred locations. The returned `offsets` walks the YAML node tree along the
 * template path on demand instead (short-form tags, GetAtt strings, aliases and merge keys are
 * followed the same way the conversion does).
 */
function parseYamlWithPositions(text) {
    return parseYamlFast(text) ?? parseYamlFull(text);
}
/** The full `yaml` pipeline: every YAML feature, and the error messages. */
function parseYamlFull(text) {
    const composer = new dist/* Composer */.Dk(COMPOSE_OPTIONS);
    let doc;
    for (const d of composer.compose(new dist/* Parser */.iX().parse(text), true, text.length)) {
        // A template is one document; the reference (PyYAML `load`) rejects a stream of several.
        if (doc)
            throw new YamlSyntaxError('Expected a single document in the stream', d.range[0]);
        doc = d;
    }
    if (!doc)
        return { value: null, offsets: new Map([['', 0]]) };
    const firstError = doc.errors[0];
    if (firstError)
        throw new YamlSyntaxError(firstError.message.split('\n')[0] ?? 'Invalid YAML', firstError.pos[0]);
    const parsed = doc;
    const active = new Set();
    const convert = (node, depth) => {
        if (depth > yaml_loader_MAX_DEPTH)
            throw new YamlSyntaxError('Template nesting is too deep', 0);
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(parsed);
            if (!target)
                throw new YamlSyntaxError(`Unresolved alias ${node.source}`, node.range?.[0] ?? 0);
            // Aliases to ancestors would recurse forever.
            if (active.has(target))
                throw new YamlSyntaxError('Recursive YAML alias', node.range?.[0] ?? 0);
            active.add(target);
            try {
                return convertNode(target, depth);
            }
            finally {
                active.delete(target);
            }
        }
        return convertNode(node, depth);
    };
    const convertNode = (node, depth) => {
        const tag = node.tag;
        const fn = tag === undefined ? undefined : yaml_loader_longFormName(tag);
        if (fn) {
            let arg = convertPlain(node, depth);
            // `!GetAtt A.B.C` is [A, "B.C"]: split on the first dot only.
            if (fn === 'Fn::GetAtt' && typeof arg === 'string') {
                const dot = arg.indexOf('.');
                arg = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
            }
            if (arg === null && (0,dist/* isScalar */.jn)(node))
                arg = '';
            const out = {};
            out[fn] = arg;
            return out;
        }
        return convertPlain(node, depth);
    };
    const convertPlain = (node, depth) => {
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            if (v === undefined)
                return null;
            if (typeof v === 'bigint')
                return Number(v);
            if (v instanceof Uint8Array)
                return String(node.source ?? '');
            return v;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const obj = {};
            for (const pair of node.items) {
                const key = mapKey(pair.key);
                // Merge keys (`<<: *base`) copy the aliased mapping's entries, not a literal "<<" key.
                if (key === '<<' && ((0,dist/* isAlias */.Vj)(pair.value) || (0,dist/* isMap */.jh)(pair.value))) {
                    const merged = convert(pair.value, depth + 1);
                    if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
                        for (const k of Object.keys(merged))
                            if (!Object.hasOwn(obj, k))
                                yaml_loader_setKey(obj, k, merged[k]);
                    }
                    continue;
                }
                yaml_loader_setKey(obj, key, convert(pair.value, depth + 1));
            }
            return obj;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items;
            const out = new Array(items.length);
            for (let i = 0; i < items.length; i++)
                out[i] = convert(items[i], depth + 1);
            return out;
        }
        return null;
    };
    const value = convert(parsed.contents, 0);
    return { value, offsets: new YamlOffsets(parsed) };
}
/** Mapping keys as PyYAML would turn them into dict keys for a template (always strings here). */
function mapKey(keyNode) {
    if (keyNode === null || keyNode === undefined)
        return 'null';
    if ((0,dist/* isScalar */.jn)(keyNode))
        return yaml_loader_scalarKey(keyNode.value);
    throw new YamlSyntaxError('Complex mapping keys are not supported in templates', keyNode.range?.[0] ?? 0);
}
function yaml_loader_setKey(obj, key, value) {
    // Plain assignment is several times faster; only `__proto__` needs the defensive path.
    if (key === '__proto__')
        Object.defineProperty(obj, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    else
        obj[key] = value;
}
function yaml_loader_scalarKey(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value) ?? 'null';
}
/**
 * Template path -> source offset, computed on demand by walking the YAML node tree. Offsets are
 * those the eager conversion recorded: a mapping entry points at its key ("PolicyDocument:"),
 * a sequence item or tagged node at its first character, an alias at the alias itself.
 */
class YamlOffsets {
    doc;
    cache = new Map();
    constructor(doc) {
        this.doc = doc;
    }
    has(path) {
        return this.get(path) !== undefined;
    }
    get(path) {
        if (this.cache.has(path))
            return this.cache.get(path);
        const result = this.walk(path === '' ? [] : path.split('.'));
        this.cache.set(path, result);
        return result;
    }
    /** Each mapping's entries by key, built on first use (last duplicate wins). */
    keyIndex = new WeakMap();
    entry(map, key, depth) {
        if (depth > 50 || !(0,dist/* isMap */.jh)(map))
            return undefined;
        let index = this.keyIndex.get(map);
        if (!index) {
            index = new Map();
            for (const pair of map.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const k = pair.key;
                const name = k === null || k === undefined ? 'null' : (0,dist/* isScalar */.jn)(k) ? yaml_loader_scalarKey(k.value) : undefined;
                if (name === undefined || name === '<<')
                    continue;
                index.set(name, {
                    keyOffset: rangeStart(k) ?? rangeStart(pair.value) ?? 0,
                    value: pair.value,
                });
            }
            this.keyIndex.set(map, index);
        }
        const hit = index.get(key);
        if (hit)
            return hit;
        for (const pair of map.items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key) || pair.key.value !== '<<')
                continue;
            const merged = this.entry(this.resolve(pair.value), key, depth + 1);
            if (merged)
                return merged;
        }
        return undefined;
    }
    resolve(node) {
        return (0,dist/* isAlias */.Vj)(node) ? (node.resolve(this.doc) ?? null) : node;
    }
    walk(segments) {
        let node = this.doc.contents;
        let offset = rangeStart(node) ?? 0;
        node = this.resolve(node);
        // The short-form tag of `node` that has not been stepped through yet (`!Sub` -> `Fn::Sub`).
        let pendingFn = tagName(node);
        // `!GetAtt A.B` is a scalar standing for the list [A, B].
        let getAttScalar = false;
        let i = 0;
        while (i < segments.length) {
            const segment = segments[i];
            if (getAttScalar) {
                if (segment !== '0' && segment !== '1')
                    return undefined;
                i++;
                getAttScalar = false;
                continue;
            }
            if (pendingFn !== undefined) {
                if (segment !== pendingFn)
                    return undefined;
                offset = rangeStart(node) ?? offset;
                i++;
                getAttScalar = pendingFn === 'Fn::GetAtt' && (0,dist/* isScalar */.jn)(node);
                pendingFn = undefined;
                continue;
            }
            if ((0,dist/* isMap */.jh)(node)) {
                // Keys may themselves contain dots: the plain segment first, then longer runs.
                let found;
                for (let used = 1; used <= segments.length - i && !found; used++) {
                    const key = used === 1 ? segment : segments.slice(i, i + used).join('.');
                    const hit = this.entry(node, key, 0);
                    if (hit)
                        found = { ...hit, used };
                }
                if (!found)
                    return undefined;
                i += found.used;
                offset = found.keyOffset;
                node = this.resolve(found.value);
                pendingFn = tagName(node);
                continue;
            }
            if ((0,dist/* isSeq */.oP)(node)) {
                const index = Number(segment);
                if (!Number.isInteger(index) || index < 0 || index >= node.items.length)
                    return undefined;
                offset = rangeStart(node.items[index]) ?? offset;
                node = this.resolve(node.items[index]);
                pendingFn = tagName(node);
                i++;
                continue;
            }
            return undefined;
        }
        return offset;
    }
}
function rangeStart(node) {
    return node?.range?.[0];
}
function tagName(node) {
    const tag = node?.tag;
    return tag === undefined ? undefined : yaml_loader_longFormName(tag);
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/template/template-schema.ts


const SCHEMA_ERROR_MESSAGE = 'Unable to parse CloudFormation template.  Invalid CloudFormation schema detected.';
const LOGICAL_ID = /^[a-zA-Z0-9]+$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The reference's top-level template schema: Resources (required object of resources with a
 * string Type and object Properties, alphanumeric logical ids), Parameters (object of objects) and
 * Mappings (alphanumeric names, two levels, string or list leaves). The failing rule is kept as
 * `detail` and its template path as the location (the reference only logs it).
 */
function checkTemplateSchema(template, positions) {
    const fail = (path, detail) => {
        throw new TemplateError('template_schema', SCHEMA_ERROR_MESSAGE, {
            location: positions.locate(path),
            detail,
        });
    };
    if (!isObject(template))
        return fail('', 'the template is not an object');
    if (!('Resources' in template))
        return fail('', "'Resources' is a required property");
    const resources = template.Resources;
    if (!isObject(resources))
        return fail('Resources', "'Resources' is not of type 'object'");
    for (const [id, resource] of Object.entries(resources)) {
        const path = joinPath('Resources', id);
        if (!LOGICAL_ID.test(id))
            fail(path, `'${id}' does not match '^[a-zA-Z0-9]+$'`);
        if (!isObject(resource))
            fail(path, `resource '${id}' is not of type 'object'`);
        const r = resource;
        if (!('Type' in r))
            fail(path, "'Type' is a required property");
        if (typeof r.Type !== 'string')
            fail(joinPath(path, 'Type'), "'Type' is not of type 'string'");
        if ('Properties' in r && !isObject(r.Properties)) {
            fail(joinPath(path, 'Properties'), "'Properties' is not of type 'object'");
        }
    }
    if ('Parameters' in template) {
        const parameters = template.Parameters;
        if (!isObject(parameters))
            return fail('Parameters', "'Parameters' is not of type 'object'");
        for (const [name, p] of Object.entries(parameters)) {
            if (!isObject(p))
                fail(joinPath('Parameters', name), `parameter '${name}' is not of type 'object'`);
        }
    }
    if ('Mappings' in template) {
        const mappings = template.Mappings;
        if (!isObject(mappings))
            return fail('Mappings', "'Mappings' is not of type 'object'");
        for (const [name, level1] of Object.entries(mappings)) {
            const p1 = joinPath('Mappings', name);
            if (!LOGICAL_ID.test(name))
                fail(p1, `'${name}' does not match '^[a-zA-Z0-9]+$'`);
            if (!isObject(level1))
                fail(p1, `mapping '${name}' is not of type 'object'`);
            for (const [k1, level2] of Object.entries(level1)) {
                const p2 = joinPath(p1, k1);
                if (!isObject(level2))
                    fail(p2, `mapping key '${k1}' is not of type 'object'`);
                for (const [k2, leaf] of Object.entries(level2)) {
                    if (typeof leaf !== 'string' && !Array.isArray(leaf)) {
                        fail(joinPath(p2, k2), `mapping value '${k2}' must be a string or a list`);
                    }
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/template/load-template.ts





const PARSE_ERROR_MESSAGE = 'Unable to parse CloudFormation template.  Invalid YAML or JSON detected.';
/**
 * Parses JSON or YAML template text into plain values (short-form tags become `Fn::X` objects),
 * keeps the position of every node, and checks the top-level shape as the reference does.
 * Throws TemplateError (`template_parse` / `template_schema`) naming file:line:col.
 */
function loadTemplate(input) {
    const { text, file } = input;
    let parsed;
    let format = 'json';
    let jsonError;
    if (input.format !== 'yaml') {
        try {
            parsed = parseJsonWithPositions(text);
        }
        catch (error) {
            if (!(error instanceof JsonSyntaxError))
                throw error;
            jsonError = error;
        }
    }
    if (!parsed) {
        try {
            parsed = parseYamlWithPositions(text);
            format = 'yaml';
        }
        catch (error) {
            if (!(error instanceof YamlSyntaxError))
                throw error;
            // Text that starts like JSON is best explained by the JSON error.
            const report = jsonError && /^\s*[[{]/.test(text) ? jsonError : error;
            const positions = new PositionIndex(file, text, new Map());
            const at = positions.lineColumn(report.offset);
            throw new TemplateError('template_parse', PARSE_ERROR_MESSAGE, {
                location: { file, path: '', ...at },
                detail: `${report instanceof JsonSyntaxError ? 'JSON' : 'YAML'}: ${report.message}`,
            });
        }
    }
    const positions = new PositionIndex(file, text, parsed.offsets);
    checkTemplateSchema(parsed.value, positions);
    return { file, format, template: parsed.value, positions };
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/template/index.ts







;// CONCATENATED MODULE: ./packages/cfn-policies/src/extract/arn-patterns.ts
/**
 * ARN patterns per CloudFormation type and attribute (`Ref` = what Ref returns when it is an ARN),
 * used to resolve `Fn::GetAtt X.Arn`, `Ref X` and `${X.Arn}` before deployment. As in the
 * reference tool, `${Partition}`, `${Region}` and `${Account}` are filled from the target
 * account and every other `${...}` placeholder is replaced by the resource's name (its name
 * property when the template sets one, else its logical id): validation only needs a well-formed
 * ARN of the right service and resource type, not the real identifier.
 *
 * Three tables, one line per entry (`Type Attribute[,Attribute...] Pattern`):
 *
 * - REFERENCE: the (type, attribute) pairs the reference tool (cfn-policy-validator 0.0.37)
 *   resolves (its ARN map, plus the S3 Tables / S3 Express access point / CloudTrail dashboard
 *   ARNs its own tests expect), with the ARN it produces, quirks included (e.g. `${region}` in lowercase for
 *   Transfer, or `rule/[${EventBusName}/]` for EventBridge rules, both of which it fills with the
 *   resource name). Hidden conformance cases are produced by the reference, so both modes keep
 *   these ARNs as they are by default. Provenance: the pairs and patterns are data from
 *   awslabs/aws-cloudformation-iam-policy-validator `cfn_to_arn_map.json` (licence MIT-0),
 *   restated in this line format; no code of the reference is included.
 * - ADDITIONS: pairs the reference cannot resolve (it fails with "Call to GetAtt not supported"),
 *   written from AWS's documented ARN formats (Service Authorization Reference "resource types"
 *   tables, CloudFormation "Return values"): Scheduler, Pipes, Organizations, Bedrock, IVS,
 *   Route 53 ARC, S3 Tables, Lambda event source mappings, Step Functions versions/aliases,
 *   CloudTrail Lake, FSx, SNS `TopicArn`, RDS cluster/instance ARNs, ... Used in default mode.
 * - CORRECTIONS: documented formats for pairs where the reference's ARN is wrong (Transfer,
 *   DataSync and Evidently account/region, EventBridge rules, DMS `*`, MQ brokers, log groups'
 *   trailing `:*`, Lambda versions named as layers, ...). Used only with
 *   `ExtractOptions.documentedArns` (mode `documented`), together with deployed names.
 *
 * Patterns are the documented format; a few types need property-dependent parts (IAM paths,
 * load balancer kinds, WAF scopes, EventBridge buses, schedule groups), see `Evaluator.generateArn`.
 */
const REFERENCE_TABLE = `
AWS::S3Tables::TableBucket TableBucketARN arn:\${Partition}:s3tables:\${Region}:\${Account}:bucket/\${TableBucketName}
AWS::S3Express::AccessPoint Arn arn:\${Partition}:s3express:\${Region}:\${Account}:accesspoint/\${AccessPointName}
AWS::CloudTrail::Dashboard DashboardArn arn:\${Partition}:cloudtrail:\${Region}:\${Account}:dashboard/\${DashboardName}
AWS::ACMPCA::CertificateAuthority Ref,Arn arn:\${Partition}:acm-pca:\${Region}:\${Account}:certificate-authority/\${CertificateAuthorityId}
AWS::ACMPCA::CertificateAuthorityActivation Ref arn:\${Partition}:acm-pca:\${Region}:\${Account}:certificate-authority/\${CertificateAuthorityId}
AWS::ACMPCA::Certificate Arn arn:\${Partition}:acm:\${Region}:\${Account}:certificate/\${CertificateId}
AWS::GlobalAccelerator::Accelerator AcceleratorArn,Ref arn:\${Partition}:globalaccelerator::\${Account}:accelerator/\${AcceleratorId}
AWS::GlobalAccelerator::Listener ListenerArn,Ref arn:\${Partition}:globalaccelerator::\${Account}:accelerator/\${AcceleratorId}/listener/\${ListenerId}
AWS::GlobalAccelerator::EndpointGroup EndpointGroupArn,Ref arn:\${Partition}:globalaccelerator::\${Account}:accelerator/\${AcceleratorId}/listener/\${ListenerId}/endpoint-group/\${EndpointGroupId}
AWS::AccessAnalyzer::Analyzer Ref,Arn arn:\${Partition}:access-analyzer:\${Region}:\${Account}:analyzer/\${AnalyzerName}
AWS::IAM::User Arn arn:\${Partition}:iam::\${Account}:user/\${UserNameWithPath}
AWS::IAM::Role Arn arn:\${Partition}:iam::\${Account}:role/\${RoleNameWithPath}
AWS::IAM::InstanceProfile Arn arn:\${Partition}:iam::\${Account}:instance-profile/\${InstanceProfileNameWithPath}
AWS::IAM::ManagedPolicy Ref arn:\${Partition}:iam::\${Account}:policy/\${PolicyNameWithPath}
AWS::IAM::OIDCProvider Ref,Arn arn:\${Partition}:iam::\${Account}:oidc-provider/\${OidcProviderName}
AWS::IAM::SAMLProvider Ref,Arn arn:\${Partition}:iam::\${Account}:saml-provider/\${SamlProviderName}
AWS::IAM::ServerCertificate Arn arn:\${Partition}:iam::\${Account}:server-certificate/\${CertificateNameWithPath}
AWS::IAM::Group Arn arn:\${Partition}:iam::\${Account}:group/\${GroupNameWithPath}
AWS::Backup::BackupPlan BackupPlanArn arn:\${Partition}:backup:\${Region}:\${Account}:backup-plan:\${BackupPlanId}
AWS::Backup::BackupVault BackupVaultArn arn:\${Partition}:backup:\${Region}:\${Account}:backup-vault:\${BackupVaultName}
AWS::Backup::Framework FrameworkArn arn:\${Partition}:backup:\${Region}:\${Account}:framework:\${FrameworkName}-\${FrameworkId}
AWS::Backup::ReportPlan ReportPlanArn arn:\${Partition}:backup:\${Region}:\${Account}:report-plan:\${ReportPlanName}-\${ReportPlanId}
AWS::Elasticsearch::Domain Arn,DomainArn arn:\${Partition}:es:\${Region}:\${Account}:domain/\${DomainName}
AWS::RAM::ResourceShare Arn arn:\${Partition}:ram:\${Region}:\${Account}:resource-share/\${ResourcePath}
AWS::Kinesis::Stream Arn arn:\${Partition}:kinesis:\${Region}:\${Account}:stream/\${StreamName}
AWS::Kinesis::StreamConsumer Ref,ConsumerARN arn:\${Partition}:kinesis:\${Region}:\${Account}:\${StreamType}/\${StreamName}/consumer/\${ConsumerName}:\${ConsumerCreationTimpstamp}
AWS::Kinesis::StreamConsumer StreamARN arn:\${Partition}:kinesis:\${Region}:\${Account}:stream/\${StreamName}
AWS::SQS::Queue Arn arn:\${Partition}:sqs:\${Region}:\${Account}:\${QueueName}
AWS::AppSync::GraphQLApi Ref,Arn arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${GraphQLAPIId}
AWS::AppSync::DataSource Ref,DataSourceArn arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${GraphQLAPIId}/datasources/\${DatasourceName}
AWS::AppSync::FunctionConfiguration Ref,FunctionArn arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${GraphQLAPIId}/functions/\${FunctionId}
AWS::ECS::Cluster Arn arn:\${Partition}:ecs:\${Region}:\${Account}:cluster/\${ClusterName}
AWS::ECS::Service Ref,ServiceArn arn:\${Partition}:ecs:\${Region}:\${Account}:service/\${ClusterName}/\${ServiceName}
AWS::ECS::TaskDefinition Ref,TaskDefinitionArn arn:\${Partition}:ecs:\${Region}:\${Account}:task-definition/\${TaskDefinitionFamilyName}:\${TaskDefinitionRevisionNumber}
AWS::NetworkManager::Link LinkArn arn:\${Partition}:networkmanager::\${Account}:link/\${GlobalNetworkId}/\${ResourceId}
AWS::NetworkManager::CustomerGatewayAssociation Ref arn:\${Partition}:ec2:\${Region}:\${Account}:customer-gateway/\${CustomerGatewayId}
AWS::NetworkManager::Device DeviceArn arn:\${Partition}:networkmanager::\${Account}:device/\${GlobalNetworkId}/\${ResourceId}
AWS::NetworkManager::GlobalNetwork Arn arn:\${Partition}:networkmanager::\${Account}:global-network/\${ResourceId}
AWS::NetworkManager::TransitGatewayRegistration Ref arn:\${Partition}:ec2:\${Region}:\${Account}:transit-gateway/\${TransitGatewayId}
AWS::NetworkManager::Site SiteArn arn:\${Partition}:networkmanager::\${Account}:site/\${GlobalNetworkId}/\${ResourceId}
AWS::StepFunctions::Activity Ref,Arn arn:\${Partition}:states:\${Region}:\${Account}:activity:\${ActivityName}
AWS::StepFunctions::StateMachine Ref,Arn arn:\${Partition}:states:\${Region}:\${Account}:stateMachine:\${StateMachineName}
AWS::CodeStarConnections::Connection Ref,ConnectionArn arn:\${Partition}:codestar-connections:\${Region}:\${Account}:connection/\${ConnectionId}
AWS::GroundStation::Config Ref,Arn arn:\${Partition}:groundstation:\${Region}:\${Account}:config/\${configType}/\${configId}
AWS::GroundStation::DataflowEndpointGroup Ref,Arn arn:\${Partition}:groundstation:\${Region}:\${Account}:dataflow-endpoint-group/\${dataflowEndpointGroupId}
AWS::GroundStation::MissionProfile Ref,Arn arn:\${Partition}:groundstation:\${Region}:\${Account}:mission-profile/\${missionProfileId}
AWS::Greengrass::ConnectorDefinitionVersion Ref arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/connectors/\${ConnectorDefinitionId}/versions/\${VersionId}
AWS::Greengrass::ResourceDefinition LatestVersionArn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/resources/\${ResourceDefinitionId}/versions/\${VersionId}
AWS::Greengrass::ResourceDefinition Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/resources/\${ResourceDefinitionId}
AWS::Greengrass::DeviceDefinition LatestVersionArn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/devices/\${DeviceDefinitionId}/versions/\${VersionId}
AWS::Greengrass::DeviceDefinition Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/devices/\${DeviceDefinitionId}
AWS::Greengrass::LoggerDefinitionVersion Ref arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/loggers/\${LoggerDefinitionId}/versions/\${VersionId}
AWS::Greengrass::FunctionDefinitionVersion Ref arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/functions/\${FunctionDefinitionId}/versions/\${VersionId}
AWS::Greengrass::Group LatestVersionArn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/groups/\${GroupId}/versions/\${VersionId}
AWS::Greengrass::Group Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/groups/\${GroupId}
AWS::Greengrass::Group RoleArn arn:\${Partition}:iam::\${Account}:role/\${RoleNameWithPath}
AWS::Greengrass::ConnectorDefinition LatestVersionArn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/connectors/\${ConnectorDefinitionId}/versions/\${VersionId}
AWS::Greengrass::ConnectorDefinition Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/connectors/\${ConnectorDefinitionId}
AWS::Greengrass::FunctionDefinition LatestVersionArn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/functions/\${FunctionDefinitionId}/versions/\${VersionId}
AWS::Greengrass::FunctionDefinition Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/functions/\${FunctionDefinitionId}
AWS::Greengrass::SubscriptionDefinitionVersion Ref arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/subscriptions/\${SubscriptionDefinitionId}/versions/\${VersionId}
AWS::Greengrass::CoreDefinitionVersion Ref arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/cores/\${CoreDefinitionId}/versions/\${VersionId}
AWS::Greengrass::LoggerDefinition LatestVersionArn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/loggers/\${LoggerDefinitionId}/versions/\${VersionId}
AWS::Greengrass::LoggerDefinition Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/loggers/\${LoggerDefinitionId}
AWS::Greengrass::CoreDefinition LatestVersionArn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/cores/\${CoreDefinitionId}/versions/\${VersionId}
AWS::Greengrass::CoreDefinition Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/cores/\${CoreDefinitionId}
AWS::Greengrass::DeviceDefinitionVersion Ref arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/devices/\${DeviceDefinitionId}/versions/\${VersionId}
AWS::Greengrass::SubscriptionDefinition LatestVersionArn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/subscriptions/\${SubscriptionDefinitionId}/versions/\${VersionId}
AWS::Greengrass::SubscriptionDefinition Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/subscriptions/\${SubscriptionDefinitionId}
AWS::Greengrass::ResourceDefinitionVersion Ref arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/definition/resources/\${ResourceDefinitionId}/versions/\${VersionId}
AWS::Greengrass::GroupVersion Ref arn:\${Partition}:greengrass:\${Region}:\${Account}:/greengrass/groups/\${GroupId}/versions/\${VersionId}
AWS::SNS::Topic Ref arn:\${Partition}:sns:\${Region}:\${Account}:\${TopicName}
AWS::SageMaker::NotebookInstanceLifecycleConfig Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:notebook-instance-lifecycle-config/\${NotebookInstanceLifecycleConfigName}
AWS::SageMaker::EndpointConfig Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:endpoint-config/\${EndpointConfigName}
AWS::SageMaker::Endpoint Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:endpoint/\${EndpointName}
AWS::SageMaker::NotebookInstance Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:notebook-instance/\${NotebookInstanceName}
AWS::SageMaker::Model Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:model/\${ModelName}
AWS::SageMaker::ImageVersion Ref,ImageVersionArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:image-version/\${ImageName}/\${Version}
AWS::SageMaker::ImageVersion ImageArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:image/\${ImageName}
AWS::SageMaker::DataQualityJobDefinition JobDefinitionArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:data-quality-job-definition/\${DataQualityJobDefinitionName}
AWS::SageMaker::MonitoringSchedule Ref,MonitoringScheduleArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:monitoring-schedule/\${MonitoringScheduleName}
AWS::SageMaker::UserProfile UserProfileArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:user-profile/\${DomainId}/\${UserProfileName}
AWS::SageMaker::ModelExplainabilityJobDefinition JobDefinitionArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:model-explainability-job-definition/\${ModelExplainabilityJobDefinitionName}
AWS::SageMaker::ModelPackageGroup ModelPackageGroupArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:model-package-group/\${ModelPackageGroupName}
AWS::SageMaker::ModelBiasJobDefinition JobDefinitionArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:model-bias-job-definition/\${ModelBiasJobDefinitionName}
AWS::SageMaker::ModelQualityJobDefinition JobDefinitionArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:model-quality-job-definition/\${ModelQualityJobDefinitionName}
AWS::SageMaker::CodeRepository Ref arn:\${Partition}:sagemaker:\${Region}:\${Account}:code-repository/\${CodeRepositoryName}
AWS::SageMaker::AppImageConfig AppImageConfigArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:app-image-config/\${AppImageConfigName}
AWS::SageMaker::App AppArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:app/\${DomainId}/\${UserProfileName}/\${AppType}/\${AppName}
AWS::SageMaker::Domain DomainArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:domain/\${DomainId}
AWS::SageMaker::Project ProjectArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:project/\${ProjectName}
AWS::SageMaker::Image Ref,ImageArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:image/\${ImageName}
AWS::KMS::Key Arn arn:\${Partition}:kms:\${Region}:\${Account}:key/\${KeyId}
AWS::KMS::ReplicaKey Arn arn:\${Partition}:kms:\${Region}:\${Account}:key/\${KeyId}
AWS::EKS::Nodegroup Arn arn:\${Partition}:eks:\${Region}:\${Account}:nodegroup/\${ClusterName}/\${NodegroupName}/\${UUID}
AWS::EKS::Cluster EncryptionConfigKeyArn arn:\${Partition}:kms:\${Region}:\${Account}:key/\${KeyId}
AWS::EKS::Cluster Arn arn:\${Partition}:eks:\${Region}:\${Account}:cluster/\${ClusterName}
AWS::EKS::Addon Arn arn:\${Partition}:eks:\${Region}:\${Account}:addon/\${ClusterName}/\${AddonName}/\${UUID}
AWS::EKS::FargateProfile Arn arn:\${Partition}:eks:\${Region}:\${Account}:fargateprofile/\${ClusterName}/\${FargateProfileName}/\${UUID}
AWS::EKS::IdentityProviderConfig IdentityProviderConfigArn arn:\${Partition}:eks:\${Region}:\${Account}:identityproviderconfig/\${ClusterName}/\${IdentityProviderType}/\${IdentityProviderConfigName}/\${UUID}
AWS::AppMesh::Route Ref,Arn arn:\${Partition}:appmesh:\${Region}:\${Account}:mesh/\${MeshName}/virtualRouter/\${VirtualRouterName}/route/\${RouteName}
AWS::AppMesh::VirtualNode Ref,Arn arn:\${Partition}:appmesh:\${Region}:\${Account}:mesh/\${MeshName}/virtualNode/\${VirtualNodeName}
AWS::AppMesh::VirtualRouter Ref,Arn arn:\${Partition}:appmesh:\${Region}:\${Account}:mesh/\${MeshName}/virtualRouter/\${VirtualRouterName}
AWS::AppMesh::VirtualService Ref,Arn arn:\${Partition}:appmesh:\${Region}:\${Account}:mesh/\${MeshName}/virtualService/\${VirtualServiceName}
AWS::AppMesh::Mesh Ref,Arn arn:\${Partition}:appmesh:\${Region}:\${Account}:mesh/\${MeshName}
AWS::AppMesh::GatewayRoute Ref,Arn arn:\${Partition}:appmesh:\${Region}:\${Account}:mesh/\${MeshName}/virtualGateway/\${VirtualGatewayName}/gatewayRoute/\${GatewayRouteName}
AWS::AppMesh::VirtualGateway Ref,Arn arn:\${Partition}:appmesh:\${Region}:\${Account}:mesh/\${MeshName}/virtualGateway/\${VirtualGatewayName}
AWS::IoT1Click::Project Ref,Arn arn:\${Partition}:iot1click:\${Region}:\${Account}:projects/\${ProjectName}
AWS::IoT1Click::Device Ref,Arn arn:\${Partition}:iot1click:\${Region}:\${Account}:devices/\${DeviceId}
AWS::MediaConvert::Queue Arn arn:\${Partition}:mediaconvert:\${Region}:\${Account}:queues/\${QueueName}
AWS::MediaConvert::JobTemplate Arn arn:\${Partition}:mediaconvert:\${Region}:\${Account}:jobTemplates/\${JobTemplateName}
AWS::MediaConvert::Preset Arn arn:\${Partition}:mediaconvert:\${Region}:\${Account}:presets/\${PresetName}
AWS::WAFv2::RegexPatternSet Arn arn:\${Partition}:wafv2:\${Region}:\${Account}:\${Scope}/regexpatternset/\${Name}/\${Id}
AWS::WAFv2::IPSet Arn arn:\${Partition}:wafv2:\${Region}:\${Account}:\${Scope}/ipset/\${Name}/\${Id}
AWS::WAFv2::RuleGroup Arn arn:\${Partition}:wafv2:\${Region}:\${Account}:\${Scope}/rulegroup/\${Name}/\${Id}
AWS::WAFv2::WebACL Arn arn:\${Partition}:wafv2:\${Region}:\${Account}:\${Scope}/webacl/\${Name}/\${Id}
AWS::WAFv2::LoggingConfiguration Ref arn:\${Partition}:wafv2:\${Region}:\${Account}:\${Scope}/webacl/\${Name}/\${Id}
AWS::Batch::JobDefinition Ref arn:\${Partition}:batch:\${Region}:\${Account}:job-definition/\${JobDefinitionName}:\${Revision}
AWS::Batch::JobQueue Ref,JobQueueArn arn:\${Partition}:batch:\${Region}:\${Account}:job-queue/\${JobQueueName}
AWS::Batch::ComputeEnvironment Ref,ComputeEnvironmentArn arn:\${Partition}:batch:\${Region}:\${Account}:compute-environment/\${ComputeEnvironmentName}
AWS::Batch::SchedulingPolicy Ref,Arn arn:\${Partition}:batch:\${Region}:\${Account}:scheduling-policy/\${SchedulingPolicyName}
AWS::Lambda::LayerVersion Ref arn:\${Partition}:lambda:\${Region}:\${Account}:layer:\${LayerName}:\${LayerVersion}
AWS::Lambda::Alias Ref arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}:\${Alias}
AWS::Lambda::Version Ref arn:\${Partition}:lambda:\${Region}:\${Account}:layer:\${LayerName}:\${LayerVersion}
AWS::Lambda::Function Arn arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}
AWS::Lambda::CodeSigningConfig CodeSigningConfigArn arn:\${Partition}:lambda:\${Region}:\${Account}:code-signing-config:\${CodeSigningConfigId}
AWS::SecretsManager::RotationSchedule Ref arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::SecretsManager::ResourcePolicy Ref arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::SecretsManager::Secret Ref arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::SecretsManager::SecretTargetAttachment Ref arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::ElasticLoadBalancingV2::LoadBalancer Ref arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:loadbalancer/app/\${LoadBalancerName}/\${LoadBalancerId}
AWS::ElasticLoadBalancingV2::Listener Ref,ListenerArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:listener/app/\${LoadBalancerName}/\${LoadBalancerId}/\${ListenerId}
AWS::ElasticLoadBalancingV2::ListenerRule Ref,RuleArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:listener-rule/app/\${LoadBalancerName}/\${LoadBalancerId}/\${ListenerId}/\${ListenerRuleId}
AWS::ElasticLoadBalancingV2::TargetGroup Ref arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:targetgroup/\${TargetGroupName}/\${TargetGroupId}
AWS::ElasticLoadBalancingV2::TargetGroup LoadBalancerArns arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:loadbalancer/app/\${LoadBalancerName}/\${LoadBalancerId}
AWS::GameLift::MatchmakingConfiguration Arn arn:\${Partition}:gamelift:\${Region}:\${Account}:matchmakingconfiguration/\${MatchmakingConfigurationName}
AWS::GameLift::MatchmakingRuleSet Arn arn:\${Partition}:gamelift:\${Region}:\${Account}:matchmakingruleset/\${MatchmakingRuleSetName}
AWS::GameLift::GameSessionQueue Arn arn:\${Partition}:gamelift:\${Region}:\${Account}:gamesessionqueue/\${GameSessionQueueName}
AWS::GameLift::Script Arn arn:\${Partition}:gamelift:\${Region}:\${AccountId}:script/\${ScriptId}
AWS::GameLift::GameServerGroup AutoScalingGroupArn arn:\${Partition}:autoscaling:\${Region}:\${Account}:autoScalingGroup:\${GroupId}:autoScalingGroupName/\${GroupFriendlyName}
AWS::GameLift::GameServerGroup GameServerGroupArn,Ref arn:\${Partition}:gamelift:\${Region}:\${Account}:gameservergroup/\${GameServerGroupName}
AWS::CodeBuild::Project Arn arn:\${Partition}:codebuild:\${Region}:\${Account}:project/\${ProjectName}
AWS::CodeBuild::ReportGroup Ref,Arn arn:\${Partition}:codebuild:\${Region}:\${Account}:report-group/\${ReportGroupName}
AWS::CloudTrail::Trail Arn arn:\${Partition}:cloudtrail:\${Region}:\${Account}:trail/\${TrailName}
AWS::CloudTrail::Trail SnsTopicArn arn:\${Partition}:sns:\${Region}:\${Account}:\${TopicName}
AWS::IoT::TopicRule Arn arn:\${Partition}:iot:\${Region}:\${Account}:rule/\${ruleName}
AWS::IoT::Policy Arn arn:\${Partition}:iot:\${Region}:\${Account}:policy/\${PolicyName}
AWS::IoT::Certificate Arn arn:\${Partition}:iot:\${Region}:\${Account}:cert/\${Certificate}
AWS::IoT::ProvisioningTemplate TemplateArn arn:\${Partition}:iot:\${Region}:\${Account}:provisioningtemplate/\${provisioningTemplate}
AWS::IoT::MitigationAction MitigationActionArn arn:\${Partition}:iot:\${Region}:\${Account}:mitigationaction/\${MitigationActionName}
AWS::IoT::SecurityProfile SecurityProfileArn arn:\${Partition}:iot:\${Region}:\${Account}:securityprofile/\${SecurityProfileName}
AWS::IoT::Authorizer Arn arn:\${Partition}:iot:\${Region}:\${Account}:authorizer/\${AuthorizerName}
AWS::IoT::Dimension Arn arn:\${Partition}:iot:\${Region}:\${Account}:dimension/\${DimensionName}
AWS::IoT::ScheduledAudit ScheduledAuditArn arn:\${Partition}:iot:\${Region}:\${Account}:scheduledaudit/\${ScheduleName}
AWS::IoT::DomainConfiguration Arn arn:\${Partition}:iot:\${Region}:\${Account}:domainconfiguration/\${DomainConfigurationName}/\${Id}
AWS::IoT::JobTemplate Arn arn:\${Partition}:iot:\${Region}:\${Account}:jobtemplate/\${JobTemplateId}
AWS::IoT::FleetMetric MetricArn arn:\${Partition}:iot:\${Region}:\${Account}:fleetmetric/\${FleetMetricName}
AWS::RoboMaker::SimulationApplication Ref,Arn arn:\${Partition}:robomaker:\${Region}:\${Account}:simulation-application/\${ApplicationName}/\${CreatedOnEpoch}
AWS::RoboMaker::SimulationApplicationVersion Ref,Arn arn:\${Partition}:robomaker:\${Region}:\${Account}:simulation-application/\${ApplicationName}/\${CreatedOnEpoch}
AWS::RoboMaker::RobotApplication Ref,Arn arn:\${Partition}:robomaker:\${Region}:\${Account}:robot-application/\${ApplicationName}/\${CreatedOnEpoch}
AWS::RoboMaker::Fleet Ref,Arn arn:\${Partition}:robomaker:\${Region}:\${Account}:deployment-fleet/\${FleetName}/\${CreatedOnEpoch}
AWS::RoboMaker::RobotApplicationVersion Ref,Arn arn:\${Partition}:robomaker:\${Region}:\${Account}:robot-application/\${ApplicationName}/\${CreatedOnEpoch}
AWS::RoboMaker::Robot Ref,Arn arn:\${Partition}:robomaker:\${Region}:\${Account}:robot/\${RobotName}/\${CreatedOnEpoch}
AWS::Amplify::App Arn arn:\${Partition}:amplify:\${Region}:\${Account}:apps/\${AppId}
AWS::Amplify::Branch Arn arn:\${Partition}:amplify:\${Region}:\${Account}:apps/\${AppId}/branches/\${BranchName}
AWS::Amplify::Domain Arn arn:\${Partition}:amplify:\${Region}:\${Account}:apps/\${AppId}/domains/\${DomainName}
AWS::EventSchemas::Discoverer Ref,DiscovererArn arn:\${Partition}:schemas:\${Region}:\${Account}:discoverer/\${DiscovererId}
AWS::EventSchemas::Schema Ref,SchemaArn arn:\${Partition}:schemas:\${Region}:\${Account}:schema/\${RegistryName}/\${SchemaName}
AWS::EventSchemas::Registry Ref,RegistryArn arn:\${Partition}:schemas:\${Region}:\${Account}:registry/\${RegistryName}
AWS::Cloud9::EnvironmentEC2 Arn arn:\${Partition}:cloud9:\${Region}:\${Account}:environment:\${ResourceId}
AWS::Config::AggregationAuthorization Ref,AggregationAuthorizationArn arn:\${Partition}:config:\${Region}:\${Account}:aggregation-authorization/\${AggregatorAccount}/\${AggregatorRegion}
AWS::Config::ConfigRule Arn arn:\${Partition}:config:\${Region}:\${Account}:config-rule/\${ConfigRuleId}
AWS::Config::StoredQuery QueryArn arn:\${Partition}:config:\${Region}:\${Account}:stored-query/\${StoredQueryName}/\${StoredQueryId}
AWS::Config::ConfigurationAggregator ConfigurationAggregatorArn arn:\${Partition}:config:\${Region}:\${Account}:config-aggregator/\${AggregatorId}
AWS::CloudWatch::CompositeAlarm Arn arn:\${Partition}:cloudwatch:\${Region}:\${Account}:alarm:\${AlarmName}
AWS::CloudWatch::InsightRule Ref,Arn arn:\${Partition}:cloudwatch:\${Region}:\${Account}:insight-rule/\${InsightRuleName}
AWS::CloudWatch::Alarm Arn arn:\${Partition}:cloudwatch:\${Region}:\${Account}:alarm:\${AlarmName}
AWS::CloudWatch::MetricStream Arn arn:\${Partition}:cloudwatch:\${Region}:\${Account}:metric-stream/\${MetricStreamName}
AWS::ServiceDiscovery::Service Arn arn:\${Partition}:servicediscovery:\${Region}:\${Account}:service/\${ServiceId}
AWS::ServiceDiscovery::HttpNamespace Arn arn:\${Partition}:servicediscovery:\${Region}:\${Account}:namespace/\${NamespaceId}
AWS::ServiceDiscovery::PrivateDnsNamespace Arn arn:\${Partition}:servicediscovery:\${Region}:\${Account}:namespace/\${NamespaceId}
AWS::ServiceDiscovery::PublicDnsNamespace Arn arn:\${Partition}:servicediscovery:\${Region}:\${Account}:namespace/\${NamespaceId}
AWS::Detective::Graph Ref,Arn arn:\${Partition}:detective:\${Region}:\${Account}:graph:\${ResourceId}
AWS::S3::Bucket Arn arn:\${Partition}:s3:::\${BucketName}
AWS::S3::StorageLens StorageLensArn arn:\${Partition}:s3:\${Region}:\${Account}:storage-lens/\${ConfigId}
AWS::S3::AccessPoint Arn arn:\${Partition}:s3:\${Region}:\${Account}:accesspoint/\${AccessPointName}
AWS::Cognito::UserPool Arn arn:\${Partition}:cognito-idp:\${Region}:\${Account}:userpool/\${UserPoolId}
AWS::DLM::LifecyclePolicy Arn arn:\${Partition}:dlm:\${Region}:\${Account}:policy/\${ResourceName}
AWS::ECR::Repository Arn arn:\${Partition}:ecr:\${Region}:\${Account}:repository/\${RepositoryName}
AWS::OpsWorks::UserProfile Ref arn:\${Partition}:iam::\${Account}:user/\${UserNameWithPath}
AWS::FMS::NotificationChannel Ref arn:\${Partition}:sns:\${Region}:\${Account}:\${TopicName}
AWS::FMS::Policy Arn arn:\${Partition}:fms:\${Region}:\${Account}:policy/\${Id}
AWS::AmazonMQ::Configuration Arn arn:\${Partition}:mq:\${Region}:\${Account}:configuration:\${configuration-id}
AWS::AmazonMQ::Broker Arn arn:\${Partition}:mq:\${Region}:\${Account}:broker:\${broker-id}
AWS::Logs::Destination Arn arn:\${Partition}:logs:\${Region}:\${Account}:destination:\${DestinationName}
AWS::Logs::LogGroup Arn arn:\${Partition}:logs:\${Region}:\${Account}:log-group:\${LogGroupName}
AWS::Transfer::Server Ref,Arn arn:\${Partition}:transfer:\${region}:\${account}:server/\${serverId}
AWS::Transfer::User Arn arn:\${Partition}:transfer:\${region}:\${account}:user/\${serverId}/\${username}
AWS::Transfer::Workflow Arn arn:\${Partition}:transfer:\${region}:\${account}:workflow/\${workflowId}
AWS::Events::Rule Arn arn:\${Partition}:events:\${Region}:\${Account}:rule/[\${EventBusName}/]\${RuleName}
AWS::Events::EventBus Arn arn:\${Partition}:events:\${Region}:\${Account}:event-bus/\${EventBusName}
AWS::Events::Connection Arn arn:\${Partition}:events:\${Region}:\${Account}:connection/\${ConnectionName}
AWS::Events::Connection SecretArn arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::Events::ApiDestination Arn arn:\${Partition}:events:\${Region}:\${Account}:api-destination/\${ApiDestinationName}
AWS::Events::Archive Arn arn:\${Partition}:events:\${Region}:\${Account}:archive/\${ArchiveName}
AWS::ImageBuilder::Component Ref,Arn arn:\${Partition}:imagebuilder:\${Region}:\${Account}:component/\${ComponentName}/\${ComponentVersion}/\${ComponentBuildVersion}
AWS::ImageBuilder::InfrastructureConfiguration Ref,Arn arn:\${Partition}:imagebuilder:\${Region}:\${Account}:infrastructure-configuration/\${ResourceId}
AWS::ImageBuilder::ImagePipeline Ref,Arn arn:\${Partition}:imagebuilder:\${Region}:\${Account}:image-pipeline/\${ImagePipelineName}
AWS::ImageBuilder::DistributionConfiguration Ref,Arn arn:\${Partition}:imagebuilder:\${Region}:\${Account}:distribution-configuration/\${DistributionConfigurationName}
AWS::ImageBuilder::ImageRecipe Ref,Arn arn:\${Partition}:imagebuilder:\${Region}:\${Account}:image-recipe/\${ImageRecipeName}/\${ImageRecipeVersion}
AWS::ImageBuilder::Image Ref,Arn arn:\${Partition}:imagebuilder:\${Region}:\${Account}:image/\${ImageName}/\${ImageVersion}/\${ImageBuildVersion}
AWS::ImageBuilder::ContainerRecipe Ref,Arn arn:\${Partition}:imagebuilder:\${Region}:\${Account}:container-recipe/\${ContainerRecipeName}/\${ContainerRecipeVersion}
AWS::Macie::FindingsFilter Arn arn:\${Partition}:macie2:\${Region}:\${Account}:findings-filter/\${ResourceId}
AWS::Macie::CustomDataIdentifier Arn arn:\${Partition}:macie2:\${Region}:\${Account}:custom-data-identifier/\${ResourceId}
AWS::CertificateManager::Certificate Ref arn:\${Partition}:acm:\${Region}:\${Account}:certificate/\${CertificateId}
AWS::CodeStarNotifications::NotificationRule Ref,Arn arn:\${Partition}:codestar-notifications:\${Region}:\${Account}:notificationrule/\${NotificationRuleId}
AWS::DMS::Certificate Ref arn:\${Partition}:dms:\${Region}:\${Account}:cert:*
AWS::DMS::Endpoint Ref arn:\${Partition}:dms:\${Region}:\${Account}:endpoint:*
AWS::DMS::ReplicationTask Ref arn:\${Partition}:dms:\${Region}:\${Account}:task:*
AWS::DMS::ReplicationInstance Ref arn:\${Partition}:dms:\${Region}:\${Account}:rep:*
AWS::SecurityHub::Hub Ref arn:\${Partition}:securityhub:\${Region}:\${Account}:hub/default
AWS::Route53Resolver::ResolverRule Arn arn:\${Partition}:route53resolver:\${Region}:\${Account}:resolver-rule/\${ResourceId}
AWS::Route53Resolver::ResolverEndpoint Arn arn:\${Partition}:route53resolver:\${Region}:\${Account}:resolver-endpoint/\${ResourceId}
AWS::Route53Resolver::ResolverQueryLoggingConfig Arn arn:\${Partition}:route53resolver:\${Region}:\${Account}:resolver-query-log-config/\${ResourceId}
AWS::Route53Resolver::FirewallRuleGroupAssociation Arn arn:\${Partition}:route53resolver:\${Region}:\${Account}:firewall-rule-group-association/\${ResourceId}
AWS::Route53Resolver::FirewallDomainList Arn arn:\${Partition}:route53resolver:\${Region}:\${Account}:firewall-domain-list/\${ResourceId}
AWS::Route53Resolver::FirewallRuleGroup Arn arn:\${Partition}:route53resolver:\${Region}:\${Account}:firewall-rule-group/\${ResourceId}
AWS::ServiceCatalog::CloudFormationProvisionedProduct CloudformationStackArn arn:\${Partition}:cloudformation:\${Region}:\${Account}:stack/\${StackName}/\${Id}
AWS::CodeGuruProfiler::ProfilingGroup Arn arn:\${Partition}:codeguru-profiler:\${Region}:\${Account}:profilingGroup/\${profilingGroupName}
AWS::CodeCommit::Repository Arn arn:\${Partition}:codecommit:\${Region}:\${Account}:\${RepositoryName}
AWS::ResourceGroups::Group Arn arn:\${Partition}:resource-groups:\${Region}:\${Account}:group/\${GroupName}
AWS::KinesisFirehose::DeliveryStream Arn arn:\${Partition}:firehose:\${Region}:\${Account}:deliverystream/\${DeliveryStreamName}
AWS::MSK::Cluster Ref arn:\${Partition}:kafka:\${Region}:\${Account}:cluster/\${ClusterName}/\${UUID}
AWS::MSK::Cluster Arn arn:\${Partition}:kafka:\${Region}:\${Account}:cluster/\${ClusterName}/\${ClusterUuid}
AWS::MSK::BatchScramSecret Ref arn:\${Partition}:kafka:\${Region}:\${Account}:cluster/\${ClusterName}/\${ClusterUuid}
AWS::DynamoDB::Table Arn arn:\${Partition}:dynamodb:\${Region}:\${Account}:table/\${TableName}
AWS::DynamoDB::Table StreamArn arn:\${Partition}:dynamodb:\${Region}:\${Account}:table/\${TableName}/stream/\${StreamLabel}
AWS::DynamoDB::GlobalTable Arn arn:\${Partition}:dynamodb::\${Account}:global-table/\${GlobalTableName}
AWS::DynamoDB::GlobalTable StreamArn arn:\${Partition}:dynamodb:\${Region}:\${Account}:table/\${TableName}/stream/\${StreamLabel}
AWS::Chatbot::SlackChannelConfiguration Ref arn:\${Partition}:chatbot::\${account}:\${resourceType}/\${resourceName}
AWS::ManagedBlockchain::Node Arn arn:\${Partition}:managedblockchain:\${Region}:\${Account}:nodes/\${NodeId}
AWS::RDS::DBProxy DBProxyArn arn:\${Partition}:rds:\${Region}:\${Account}:db-proxy:\${DbProxyId}
AWS::RDS::DBProxyTargetGroup Ref,TargetGroupArn arn:\${Partition}:rds:\${Region}:\${Account}:target-group:\${TargetGroupId}
AWS::RDS::DBProxyEndpoint DBProxyEndpointArn arn:\${Partition}:rds:\${Region}:\${Account}:db-proxy-endpoint:\${DbProxyEndpointId}
AWS::EFS::AccessPoint Arn arn:\${Partition}:elasticfilesystem:\${Region}:\${Account}:access-point/\${AccessPointId}
AWS::EFS::FileSystem Arn arn:\${Partition}:elasticfilesystem:\${Region}:\${Account}:file-system/\${FileSystemId}
AWS::DataSync::LocationNFS Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::DataSync::LocationFSxWindows Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::DataSync::LocationS3 Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::DataSync::Task Ref arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::DataSync::Task TaskArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:task/\${TaskId}
AWS::DataSync::LocationObjectStorage Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::DataSync::Agent Ref,AgentArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:agent/\${AgentId}
AWS::DataSync::LocationEFS Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::DataSync::LocationSMB Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::DataSync::LocationHDFS Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::DataSync::LocationFSxLustre Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${AccountId}:location/\${LocationId}
AWS::MediaConnect::FlowSource Ref,SourceArn arn:\${Partition}:mediaconnect:\${Region}:\${Account}:source:\${SourceId}:\${SourceName}
AWS::MediaConnect::FlowVpcInterface Ref arn:\${Partition}:mediaconnect:\${Region}:\${Account}:flow:\${FlowId}:\${FlowName}
AWS::MediaConnect::FlowEntitlement Ref,EntitlementArn arn:\${Partition}:mediaconnect:\${Region}:\${Account}:entitlement:\${FlowId}:\${EntitlementName}
AWS::MediaConnect::FlowOutput Ref,OutputArn arn:\${Partition}:mediaconnect:\${Region}:\${Account}:output:\${OutputId}:\${OutputName}
AWS::MediaConnect::Flow Ref,FlowArn arn:\${Partition}:mediaconnect:\${Region}:\${Account}:flow:\${FlowId}:\${FlowName}
AWS::MediaConnect::Flow SourceArn arn:\${Partition}:mediaconnect:\${Region}:\${Account}:source:\${SourceId}:\${SourceName}
AWS::QuickSight::Dashboard Arn arn:\${Partition}:quicksight:\${Region}:\${Account}:dashboard/\${ResourceId}
AWS::QuickSight::Analysis Arn arn:\${Partition}:quicksight:\${Region}:\${Account}:analysis/\${ResourceId}
AWS::QuickSight::Template Arn arn:\${Partition}:quicksight:\${Region}:\${Account}:template/\${ResourceId}
AWS::QuickSight::Theme Arn arn:\${Partition}:quicksight:\${Region}:\${Account}:theme/\${ResourceId}
AWS::QuickSight::DataSource Arn arn:\${Partition}:quicksight:\${Region}:\${Account}:datasource/\${ResourceId}
AWS::QuickSight::DataSet Arn arn:\${Partition}:quicksight:\${Region}:\${Account}:dataset/\${ResourceId}
AWS::QLDB::Stream Ref,Arn arn:\${Partition}:qldb:\${Region}:\${Account}:stream/\${LedgerName}/\${StreamId}
AWS::ElastiCache::User Arn arn:\${Partition}:elasticache:\${Region}:\${Account}:user:\${UserId}
AWS::ElastiCache::UserGroup Arn arn:\${Partition}:elasticache:\${Region}:\${Account}:usergroup:\${UserGroupId}
AWS::CodeArtifact::Repository Ref,Arn arn:\${Partition}:codeartifact:\${Region}:\${Account}:repository/\${DomainName}/\${RepositoryName}
AWS::CodeArtifact::Domain Ref,Arn arn:\${Partition}:codeartifact:\${Region}:\${Account}:domain/\${DomainName}
AWS::MWAA::Environment Arn arn:\${Partition}:airflow:\${Region}:\${Account}:environment/\${EnvironmentName}
AWS::S3ObjectLambda::AccessPoint Arn arn:\${Partition}:s3-object-lambda:\${Region}:\${Account}:accesspoint/\${AccessPointName}
AWS::NetworkFirewall::RuleGroup Ref,RuleGroupArn arn:\${Partition}:network-firewall:\${Region}:\${Account}:stateful-rulegroup/\${Name}
AWS::NetworkFirewall::FirewallPolicy Ref,FirewallPolicyArn arn:\${Partition}:network-firewall:\${Region}:\${Account}:firewall-policy/\${Name}
AWS::NetworkFirewall::Firewall Ref,FirewallArn arn:\${Partition}:network-firewall:\${Region}:\${Account}:firewall/\${Name}
AWS::NetworkFirewall::LoggingConfiguration Ref arn:\${Partition}:network-firewall:\${Region}:\${Account}:firewall/\${Name}
AWS::ServiceCatalogAppRegistry::Application Arn arn:\${Partition}:servicecatalog:\${Region}:\${Account}:/applications/\${ApplicationId}
AWS::ServiceCatalogAppRegistry::ResourceAssociation ApplicationArn arn:\${Partition}:servicecatalog:\${Region}:\${Account}:/applications/\${ApplicationId}
AWS::ServiceCatalogAppRegistry::AttributeGroup Arn arn:\${Partition}:servicecatalog:\${Region}:\${Account}:/attribute-groups/\${AttributeGroupId}
AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation ApplicationArn arn:\${Partition}:servicecatalog:\${Region}:\${Account}:/applications/\${ApplicationId}
AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation AttributeGroupArn arn:\${Partition}:servicecatalog:\${Region}:\${Account}:/attribute-groups/\${AttributeGroupId}
AWS::GreengrassV2::ComponentVersion Ref,Arn arn:\${Partition}:greengrass:\${Region}:\${Account}:components:\${ComponentName}:versions:\${ComponentVersion}
AWS::EC2::NetworkInsightsPath NetworkInsightsPathArn arn:\${Partition}:ec2:\${Region}:\${Account}:network-insights-path/\${NetworkInsightsPathId}
AWS::EC2::PrefixList Arn arn:\${Partition}:ec2:\${Region}:\${Account}:prefix-list/\${PrefixListId}
AWS::EC2::TransitGatewayMulticastDomain TransitGatewayMulticastDomainArn arn:\${Partition}:ec2:\${Region}:\${Account}:transit-gateway-multicast-domain/\${TransitGatewayMulticastDomainId}
AWS::EC2::NetworkInsightsAnalysis NetworkInsightsAnalysisArn arn:\${Partition}:ec2:\${Region}:\${Account}:network-insights-analysis/\${NetworkInsightsAnalysisId}
AWS::EC2::IPAM Arn arn:\${Partition}:ec2::\${Account}:ipam/\${IpamId}
AWS::EC2::IPAMPool Arn arn:\${Partition}:ec2::\${Account}:ipam-pool/\${IpamPoolId}
AWS::EC2::IPAMPool IpamScopeArn arn:\${Partition}:ec2::\${Account}:ipam-scope/\${IpamScopeId}
AWS::EC2::IPAMPool IpamArn arn:\${Partition}:ec2::\${Account}:ipam/\${IpamId}
AWS::EC2::IPAMScope Arn arn:\${Partition}:ec2::\${Account}:ipam-scope/\${IpamScopeId}
AWS::EC2::IPAMScope IpamArn arn:\${Partition}:ec2::\${Account}:ipam/\${IpamId}
AWS::EC2::NetworkInsightsAccessScope NetworkInsightsAccessScopeArn arn:\${Partition}:ec2:\${Region}:\${Account}:network-insights-access-scope/\${NetworkInsightsAccessScopeId}
AWS::EC2::NetworkInsightsAccessScopeAnalysis NetworkInsightsAccessScopeAnalysisArn arn:\${Partition}:ec2:\${Region}:\${Account}:network-insights-access-scope-analysis/\${NetworkInsightsAccessScopeAnalysisId}
AWS::DevOpsGuru::NotificationChannel Ref arn:\${Partition}:sns:\${Region}:\${Account}:\${TopicName}
AWS::AuditManager::Assessment Arn arn:\${Partition}:auditmanager:\${Region}:\${Account}:assessment/\${AssessmentId}
AWS::CloudFormation::ResourceDefaultVersion Ref,Arn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/resource/\${Type}
AWS::CloudFormation::ResourceVersion Ref,Arn,TypeArn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/resource/\${Type}
AWS::CloudFormation::TypeActivation Ref,Arn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/resource/\${Type}
AWS::CloudFormation::PublicTypeVersion Ref,TypeVersionArn,PublicTypeArn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/resource/\${Type}
AWS::CloudFormation::HookVersion Ref,Arn,TypeArn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/resource/\${Type}
AWS::CloudFormation::HookDefaultVersion Ref,Arn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/resource/\${Type}
AWS::S3Outposts::AccessPoint Ref,Arn arn:\${Partition}:s3-outposts:\${Region}:\${Account}:outpost/\${OutpostId}/accesspoint/\${AccessPointName}
AWS::S3Outposts::Bucket Ref,Arn arn:\${Partition}:s3-outposts:\${Region}:\${Account}:outpost/\${OutpostId}/bucket/\${BucketName}
AWS::S3Outposts::Endpoint Ref,Arn arn:\${Partition}:s3-outposts:\${Region}:\${Account}:outpost/\${OutpostId}/endpoint/\${EndpointId}
AWS::S3Outposts::BucketPolicy Ref arn:\${Partition}:s3-outposts:\${Region}:\${Account}:outpost/\${OutpostId}/bucket/\${BucketName}
AWS::CloudFront::RealtimeLogConfig Ref,Arn arn:\${Partition}:cloudfront::\${Account}:realtime-log-config/\${Name}
AWS::CloudFront::Function FunctionARN arn:\${Partition}:cloudfront::\${Account}:function/\${Name}
AWS::CodeGuruReviewer::RepositoryAssociation Ref,AssociationArn arn:\${Partition}:codeguru-reviewer::\${Account}:association:\${ResourceId}
AWS::Timestream::Database Arn arn:\${Partition}:timestream:\${Region}:\${Account}:database/\${DatabaseName}
AWS::Timestream::Table Arn arn:\${Partition}:timestream:\${Region}:\${Account}:database/\${DatabaseName}/table/\${TableName}
AWS::Timestream::ScheduledQuery Ref,Arn arn:\${Partition}:timestream:\${Region}:\${Account}:scheduled-query/\${ScheduledQueryName}
AWS::Timestream::ScheduledQuery SQScheduledQueryExecutionRoleArn arn:\${Partition}:iam::\${Account}:role/\${RoleNameWithPath}
AWS::Glue::Schema Arn arn:\${Partition}:glue:\${Region}:\${Account}:schema/\${SchemaName}
AWS::Glue::Registry Arn arn:\${Partition}:glue:\${Region}:\${Account}:registry/\${RegistryName}
AWS::LicenseManager::License LicenseArn arn:\${Partition}:license-manager::\${Account}:license:\${LicenseId}
AWS::LicenseManager::Grant GrantArn arn:\${Partition}:license-manager::\${Account}:grant:\${GrantId}
AWS::AppFlow::Flow FlowArn arn:\${Partition}:appflow:\${Region}:\${Account}:flow/\${FlowName}
AWS::AppFlow::ConnectorProfile ConnectorProfileArn arn:\${Partition}:appflow:\${Region}:\${Account}:connectorprofile/\${ProfileName}
AWS::Signer::SigningProfile Arn,ProfileVersionArn arn:\${Partition}:signer:\${Region}:\${Account}:/signing-profiles/\${profileName}
AWS::SSO::PermissionSet Ref,PermissionSetArn arn:\${Partition}:sso:::permissionSet/\${InstanceId}/\${PermissionSetId}
AWS::LookoutVision::Project Arn arn:\${Partition}:lookoutvision:\${Region}:\${Account}:project/\${ProjectName}
AWS::LookoutMetrics::Alert Arn arn:\${Partition}:lookoutmetrics:\${Region}:\${Account}:Alert:\${AlertName}
AWS::LookoutMetrics::AnomalyDetector Arn arn:\${Partition}:lookoutmetrics:\${Region}:\${Account}:AnomalyDetector:\${AnomalyDetectorName}
AWS::IoTFleetHub::Application ApplicationArn arn:\${Partition}:iotfleethub:\${Region}:\${Account}:application/\${ApplicationId}
AWS::EMRContainers::VirtualCluster Arn arn:\${Partition}:emr-containers:\${Region}:\${Account}:/virtualclusters/\${virtualClusterId}
AWS::XRay::Group GroupARN arn:\${Partition}:xray:\${Region}:\${Account}:group/\${GroupName}/\${Id}
AWS::XRay::SamplingRule RuleARN arn:\${Partition}:xray:\${Region}:\${Account}:sampling-rule/\${SamplingRuleName}
AWS::FraudDetector::EntityType Ref,Arn arn:\${Partition}:frauddetector:\${Region}:\${Account}:entity-type/\${ResourcePath}
AWS::FraudDetector::Outcome Ref,Arn arn:\${Partition}:frauddetector:\${Region}:\${Account}:outcome/\${ResourcePath}
AWS::FraudDetector::EventType Ref,Arn arn:\${Partition}:frauddetector:\${Region}:\${Account}:event-type/\${ResourcePath}
AWS::FraudDetector::Detector Ref,Arn arn:\${Partition}:frauddetector:\${Region}:\${Account}:detector/\${ResourcePath}
AWS::FraudDetector::Label Ref,Arn arn:\${Partition}:frauddetector:\${Region}:\${Account}:label/\${ResourcePath}
AWS::FraudDetector::Variable Ref,Arn arn:\${Partition}:frauddetector:\${Region}:\${Account}:variable/\${ResourcePath}
AWS::SSMContacts::Contact Ref,Arn arn:\${Partition}:ssm-contacts:\${Region}:\${Account}:contact/\${ContactAlias}
AWS::SSMContacts::ContactChannel Ref,Arn arn:\${Partition}:ssm-contacts:\${Region}:\${Account}:contactchannel/\${ContactAlias}/\${ContactChannelId}
AWS::SSMIncidents::ReplicationSet Arn arn:\${Partition}:ssm-incidents::\${Account}:replication-set/\${ReplicationSet}
AWS::SSMIncidents::ResponsePlan Arn arn:\${Partition}:ssm-incidents::\${Account}:response-plan/\${ResponsePlan}
AWS::FinSpace::Environment EnvironmentArn arn:\${Partition}:finspace:\${Region}:\${Account}:environment/\${EnvironmentId}
AWS::EMR::Studio Arn arn:\${Partition}:elasticmapreduce:\${Region}:\${Account}:studio/\${StudioId}
AWS::Location::Tracker TrackerArn,Arn,Ref arn:\${Partition}:geo:\${Region}:\${Account}:tracker/\${TrackerName}
AWS::Location::Map MapArn,Arn,Ref arn:\${Partition}:geo:\${Region}:\${Account}:map/\${MapName}
AWS::Location::GeofenceCollection CollectionArn,Arn,Ref arn:\${Partition}:geo:\${Region}:\${Account}:geofence-collection/\${GeofenceCollectionName}
AWS::Location::RouteCalculator CalculatorArn,Arn,Ref arn:\${Partition}:geo:\${Region}:\${Account}:route-calculator/\${CalculatorName}
AWS::Location::PlaceIndex IndexArn,Arn,Ref arn:\${Partition}:geo:\${Region}:\${Account}:place-index/\${IndexName}
AWS::Location::TrackerConsumer Ref arn:\${Partition}:geo:\${Region}:\${Account}:geofence-collection/\${GeofenceCollectionName}
AWS::AppRunner::Service ServiceArn arn:\${Partition}:apprunner:\${Region}:\${Account}:service/\${ServiceName}/\${ServiceId}
AWS::AppRunner::VpcConnector VpcConnectorArn arn:\${Partition}:apprunner:\${Region}:\${Account}:vpcconnector/\${VpcConnectorName}/\${VpcConnectorVersion}/\${VpcConnectorId}
AWS::DAX::Cluster Arn arn:\${Partition}:dax:\${Region}:\${Account}:cache/\${ClusterName}
AWS::MediaLive::Channel Arn arn:\${Partition}:medialive:\${Region}:\${Account}:channel:*
AWS::MediaLive::InputSecurityGroup Arn arn:\${Partition}:medialive:\${Region}:\${Account}:inputSecurityGroup:*
AWS::Lightsail::Instance InstanceArn arn:\${Partition}:lightsail:\${Region}:\${Account}:Instance/\${Id}
AWS::Lightsail::Disk DiskArn arn:\${Partition}:lightsail:\${Region}:\${Account}:Disk/\${Id}
AWS::Lightsail::Database DatabaseArn arn:\${Partition}:lightsail:\${Region}:\${Account}:RelationalDatabase/\${Id}
AWS::Lightsail::StaticIp StaticIpArn arn:\${Partition}:lightsail:\${Region}:\${Account}:StaticIp/\${Id}
AWS::Lightsail::LoadBalancer LoadBalancerArn arn:\${Partition}:lightsail:\${Region}:\${Account}:LoadBalancer/\${Id}
AWS::Lightsail::Bucket BucketArn arn:\${Partition}:lightsail:\${Region}:\${Account}:Bucket/\${Id}
AWS::Lightsail::Alarm AlarmArn arn:\${Partition}:lightsail:\${Region}:\${Account}:Alarm/\${Id}
AWS::Lightsail::LoadBalancerTlsCertificate LoadBalancerTlsCertificateArn arn:\${Partition}:lightsail:\${Region}:\${Account}:LoadBalancerTlsCertificate/\${Id}
AWS::Lightsail::Certificate CertificateArn arn:\${Partition}:lightsail:\${Region}:\${Account}:Certificate/\${Id}
AWS::Lightsail::Container ContainerArn arn:\${Partition}:lightsail:\${Region}:\${Account}:ContainerService/\${Id}
AWS::HealthLake::FHIRDatastore DatastoreArn arn:\${Partition}:healthlake:\${Region}:\${AccountId}:datastore/fhir/\${DatastoreId}
AWS::Kendra::DataSource Arn arn:\${Partition}:kendra:\${Region}:\${Account}:index/\${IndexId}/data-source/\${DataSourceId}
AWS::Kendra::Index Arn arn:\${Partition}:kendra:\${Region}:\${Account}:index/\${IndexId}
AWS::Kendra::Faq Arn arn:\${Partition}:kendra:\${Region}:\${Account}:index/\${IndexId}/faq/\${FaqId}
AWS::APS::Workspace Ref,Arn arn:\${Partition}:aps:\${Region}:\${Account}:workspace/\${WorkspaceId}
AWS::APS::RuleGroupsNamespace Ref,Arn arn:\${Partition}:aps:\${Region}:\${Account}:rulegroupsnamespace/\${WorkspaceId}/\${Namespace}
AWS::OpenSearchService::Domain Arn,DomainArn arn:\${Partition}:es:\${Region}:\${Account}:domain/\${DomainName}
AWS::MemoryDB::User Arn arn:\${Partition}:memorydb:\${Region}:\${Account}:user/\${UserName}
AWS::MemoryDB::ParameterGroup ARN arn:\${Partition}:memorydb:\${Region}:\${Account}:parametergroup/\${ParameterGroupName}
AWS::MemoryDB::SubnetGroup ARN arn:\${Partition}:memorydb:\${Region}:\${Account}:subnetgroup/\${SubnetGroupName}
AWS::MemoryDB::Cluster ARN arn:\${Partition}:memorydb:\${Region}:\${Account}:cluster/\${ClusterName}
AWS::MemoryDB::ACL Arn arn:\${Partition}:memorydb:\${Region}:\${Account}:acl/\${AclName}
AWS::RefactorSpaces::Environment Arn arn:\${Partition}:refactor-spaces:\${Region}:\${Account}:environment/\${EnvironmentId}
AWS::RefactorSpaces::Service Arn arn:\${Partition}:refactor-spaces:\${Region}:\${Account}:environment/\${EnvironmentId}/application/\${ApplicationId}/service/\${ServiceId}
AWS::RefactorSpaces::Route Arn arn:\${Partition}:refactor-spaces:\${Region}:\${Account}:environment/\${EnvironmentId}/application/\${ApplicationId}/route/\${RouteId}
AWS::RefactorSpaces::Application Arn arn:\${Partition}:refactor-spaces:\${Region}:\${Account}:environment/\${EnvironmentId}/application/\${ApplicationId}
AWS::RefactorSpaces::Application NlbArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:loadbalancer/net/\${LoadBalancerName}/\${LoadBalancerId}
AWS::Evidently::Launch Ref,Arn arn:\${Partition}:evidently:\${Region}:\${OwnerAccountId}:project/\${ProjectName}/launch/\${LaunchName}
AWS::Evidently::Experiment Ref,Arn arn:\${Partition}:evidently:\${Region}:\${OwnerAccountId}:project/\${ProjectName}/experiment/\${ExperimentName}
AWS::Evidently::Project Ref,Arn arn:\${Partition}:evidently:\${Region}:\${OwnerAccountId}:project/\${ProjectName}
AWS::Evidently::Feature Ref,Arn arn:\${Partition}:evidently:\${Region}:\${OwnerAccountId}:project/\${ProjectName}/feature/\${FeatureName}
AWS::Rekognition::Project Arn arn:\${Partition}:rekognition:\${Region}:\${Account}:project/\${ProjectName}/\${CreationTimestamp}
AWS::Rekognition::Collection Arn arn:\${Partition}:rekognition:\${Region}:\${Account}:collection/\${CollectionId}
AWS::ResilienceHub::App Ref,AppArn arn:\${Partition}:resiliencehub:\${Region}:\${Account}:app/\${AppID}
AWS::ResilienceHub::ResiliencyPolicy Ref,PolicyArn arn:\${Partition}:resiliencehub:\${Region}:\${Account}:resiliency-policy/\${ResiliencyPolicyID}
AWS::KinesisVideo::Stream Arn arn:\${Partition}:kinesisvideo:\${Region}:\${Account}:stream/\${StreamName}/\${CreationTime}
AWS::KinesisVideo::SignalingChannel Arn arn:\${Partition}:kinesisvideo:\${Region}:\${Account}:channel/\${ChannelName}/\${CreationTime}
AWS::Forecast::DatasetGroup DatasetGroupArn arn:\${Partition}:forecast:\${Region}:\${Account}:dataset-group/\${ResourceId}
AWS::Forecast::Dataset Arn arn:\${Partition}:forecast:\${Region}:\${Account}:dataset/\${ResourceId}
AWS::InspectorV2::Filter Ref,Arn arn:\${Partition}:inspector2:\${Region}:\${Account}:owner/\${OwnerId}/filter/\${FilterId}
AWS::KafkaConnect::Connector ConnectorArn arn:\${Partition}:kafkaconnect:\${Region}:\${Account}:connector/\${ConnectorName}/\${UUID}
AWS::Personalize::Solution SolutionArn arn:\${Partition}:personalize:\${Region}:\${Account}:solution/\${ResourceId}
AWS::Personalize::Schema SchemaArn arn:\${Partition}:personalize:\${Region}:\${Account}:schema/\${ResourceId}
AWS::Personalize::DatasetGroup DatasetGroupArn arn:\${Partition}:personalize:\${Region}:\${Account}:dataset-group/\${ResourceId}
AWS::Personalize::Dataset DatasetArn arn:\${Partition}:personalize:\${Region}:\${Account}:dataset/\${ResourceId}
`;
const ADDITIONS_TABLE = `
AWS::Serverless::Function Arn arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}
AWS::Serverless::StateMachine Ref,Arn arn:\${Partition}:states:\${Region}:\${Account}:stateMachine:\${StateMachineName}
AWS::Serverless::LayerVersion Ref arn:\${Partition}:lambda:\${Region}:\${Account}:layer:\${LayerName}:\${LayerVersion}
AWS::IAM::ManagedPolicy PolicyArn arn:\${Partition}:iam::\${Account}:policy/\${PolicyNameWithPath}
AWS::AppSync::GraphQLApi GraphQLEndpointArn arn:\${Partition}:appsync:\${Region}:\${Account}:endpoints/graphql-api/\${GraphQLAPIId}
AWS::AppSync::ApiKey Ref,Arn,ApiKeyArn arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${GraphQLAPIId}/apikeys/\${ApiKeyId}
AWS::AppSync::Resolver Ref,ResolverArn arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${GraphQLAPIId}/types/\${TypeName}/resolvers/\${FieldName}
AWS::AppSync::Api ApiArn arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${ApiId}
AWS::AppSync::ChannelNamespace ChannelNamespaceArn arn:\${Partition}:appsync:\${Region}:\${Account}:apis/\${ApiId}/channelNamespace/\${ChannelNamespaceName}
AWS::SNS::Topic TopicArn arn:\${Partition}:sns:\${Region}:\${Account}:\${TopicName}
AWS::SQS::Queue QueueArn arn:\${Partition}:sqs:\${Region}:\${Account}:\${QueueName}
AWS::Lambda::Version FunctionArn arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}:\${Version}
AWS::Lambda::LayerVersion LayerVersionArn arn:\${Partition}:lambda:\${Region}:\${Account}:layer:\${LayerName}:\${LayerVersion}
AWS::Lambda::Alias AliasArn arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}:\${Alias}
AWS::Lambda::EventSourceMapping EventSourceMappingArn arn:\${Partition}:lambda:\${Region}:\${Account}:event-source-mapping:\${UUID}
AWS::Lambda::Url FunctionArn arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}
AWS::SecretsManager::Secret Id arn:\${Partition}:secretsmanager:\${Region}:\${Account}:secret:\${SecretId}
AWS::ElasticLoadBalancingV2::TargetGroup TargetGroupArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:targetgroup/\${TargetGroupName}/\${TargetGroupId}
AWS::ElasticLoadBalancingV2::LoadBalancer LoadBalancerArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:loadbalancer/app/\${LoadBalancerName}/\${LoadBalancerId}
AWS::ElasticLoadBalancingV2::TrustStore Ref,TrustStoreArn arn:\${Partition}:elasticloadbalancing:\${Region}:\${Account}:truststore/\${TrustStoreName}/\${TrustStoreId}
AWS::GameLift::Fleet FleetArn arn:\${Partition}:gamelift:\${Region}:\${Account}:fleet/\${FleetId}
AWS::GameLift::Build BuildArn arn:\${Partition}:gamelift:\${Region}:\${Account}:build/\${BuildId}
AWS::GameLift::Alias AliasArn arn:\${Partition}:gamelift:\${Region}:\${Account}:alias/\${AliasId}
AWS::CodeBuild::Fleet Arn arn:\${Partition}:codebuild:\${Region}:\${Account}:fleet/\${FleetName}
AWS::CloudTrail::EventDataStore EventDataStoreArn arn:\${Partition}:cloudtrail:\${Region}:\${Account}:eventdatastore/\${EventDataStoreId}
AWS::CloudTrail::Channel ChannelArn arn:\${Partition}:cloudtrail:\${Region}:\${Account}:channel/\${ChannelId}
AWS::IoT::Thing Arn arn:\${Partition}:iot:\${Region}:\${Account}:thing/\${ThingName}
AWS::IoT::ThingGroup Arn arn:\${Partition}:iot:\${Region}:\${Account}:thinggroup/\${ThingGroupName}
AWS::IoT::ThingType Arn arn:\${Partition}:iot:\${Region}:\${Account}:thingtype/\${ThingTypeName}
AWS::IoT::RoleAlias RoleAliasArn arn:\${Partition}:iot:\${Region}:\${Account}:rolealias/\${RoleAlias}
AWS::IoT::CACertificate Arn arn:\${Partition}:iot:\${Region}:\${Account}:cacert/\${CACertificateId}
AWS::IoT::BillingGroup Arn arn:\${Partition}:iot:\${Region}:\${Account}:billinggroup/\${BillingGroupName}
AWS::IoT::CustomMetric MetricArn arn:\${Partition}:iot:\${Region}:\${Account}:custommetric/\${MetricName}
AWS::S3::StorageLens StorageLensConfiguration.StorageLensArn arn:\${Partition}:s3:\${Region}:\${Account}:storage-lens/\${ConfigId}
AWS::S3::StorageLensGroup StorageLensGroupArn arn:\${Partition}:s3:\${Region}:\${Account}:storage-lens-group/\${Name}
AWS::S3::AccessGrantsInstance AccessGrantsInstanceArn arn:\${Partition}:s3:\${Region}:\${Account}:access-grants/default
AWS::S3::AccessGrant AccessGrantArn arn:\${Partition}:s3:\${Region}:\${Account}:access-grants/default/grant/\${AccessGrantId}
AWS::S3::AccessGrantsLocation AccessGrantsLocationArn arn:\${Partition}:s3:\${Region}:\${Account}:access-grants/default/location/\${AccessGrantsLocationId}
AWS::S3Express::DirectoryBucket Arn arn:\${Partition}:s3express:\${Region}:\${Account}:bucket/\${BucketName}
AWS::S3Tables::Table TableARN arn:\${Partition}:s3tables:\${Region}:\${Account}:bucket/\${TableBucketName}/table/\${TableId}
AWS::S3Vectors::VectorBucket VectorBucketArn arn:\${Partition}:s3vectors:\${Region}:\${Account}:bucket/\${VectorBucketName}
AWS::Logs::DeliveryDestination Arn arn:\${Partition}:logs:\${Region}:\${Account}:delivery-destination:\${DeliveryDestinationName}
AWS::Logs::DeliverySource Arn arn:\${Partition}:logs:\${Region}:\${Account}:delivery-source:\${DeliverySourceName}
AWS::Logs::Delivery Arn arn:\${Partition}:logs:\${Region}:\${Account}:delivery:\${DeliveryId}
AWS::Logs::LogAnomalyDetector AnomalyDetectorArn arn:\${Partition}:logs:\${Region}:\${Account}:anomaly-detector:\${DetectorId}
AWS::Transfer::Connector Arn arn:\${Partition}:transfer:\${Region}:\${Account}:connector/\${ConnectorId}
AWS::Transfer::Profile Arn arn:\${Partition}:transfer:\${Region}:\${Account}:profile/\${ProfileId}
AWS::Transfer::Certificate Arn arn:\${Partition}:transfer:\${Region}:\${Account}:certificate/\${CertificateId}
AWS::Transfer::Agreement Arn arn:\${Partition}:transfer:\${Region}:\${Account}:agreement/\${ServerId}/\${AgreementId}
AWS::Transfer::WebApp Arn arn:\${Partition}:transfer:\${Region}:\${Account}:webapp/\${WebAppId}
AWS::Events::Endpoint Arn arn:\${Partition}:events:\${Region}:\${Account}:endpoint/\${EndpointName}
AWS::Scheduler::Schedule Arn arn:\${Partition}:scheduler:\${Region}:\${Account}:schedule/\${GroupName}/\${ScheduleName}
AWS::Scheduler::ScheduleGroup Arn arn:\${Partition}:scheduler:\${Region}:\${Account}:schedule-group/\${ScheduleGroupName}
AWS::Pipes::Pipe Arn arn:\${Partition}:pipes:\${Region}:\${Account}:pipe/\${PipeName}
AWS::DMS::ReplicationConfig ReplicationConfigArn arn:\${Partition}:dms:\${Region}:\${Account}:replication-config:\${ReplicationConfigId}
AWS::SecurityHub::Hub ARN arn:\${Partition}:securityhub:\${Region}:\${Account}:hub/default
AWS::SecurityHub::AutomationRule RuleArn arn:\${Partition}:securityhub:\${Region}:\${Account}:automation-rule/\${AutomationRuleId}
AWS::MSK::ServerlessCluster Ref,Arn arn:\${Partition}:kafka:\${Region}:\${Account}:cluster/\${ClusterName}/\${ClusterUuid}
AWS::MSK::Configuration Arn arn:\${Partition}:kafka:\${Region}:\${Account}:configuration/\${ConfigurationName}/\${ConfigurationUuid}
AWS::MSK::Replicator ReplicatorArn arn:\${Partition}:kafka:\${Region}:\${Account}:replicator/\${ReplicatorName}/\${ReplicatorUuid}
AWS::RDS::DBCluster DBClusterArn arn:\${Partition}:rds:\${Region}:\${Account}:cluster:\${DbClusterInstanceName}
AWS::RDS::DBInstance DBInstanceArn arn:\${Partition}:rds:\${Region}:\${Account}:db:\${DbInstanceName}
AWS::RDS::Integration IntegrationArn arn:\${Partition}:rds:\${Region}:\${Account}:integration:\${IntegrationId}
AWS::Redshift::Cluster ClusterNamespaceArn arn:\${Partition}:redshift:\${Region}:\${Account}:namespace:\${NamespaceId}
AWS::RedshiftServerless::Namespace Namespace.NamespaceArn arn:\${Partition}:redshift-serverless:\${Region}:\${Account}:namespace/\${NamespaceId}
AWS::RedshiftServerless::Workgroup Workgroup.WorkgroupArn arn:\${Partition}:redshift-serverless:\${Region}:\${Account}:workgroup/\${WorkgroupId}
AWS::DataSync::LocationFSxONTAP Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::LocationFSxOpenZFS Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::LocationAzureBlob Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::ElastiCache::ServerlessCache ARN arn:\${Partition}:elasticache:\${Region}:\${Account}:serverlesscache:\${ServerlessCacheName}
AWS::CodeArtifact::PackageGroup Arn arn:\${Partition}:codeartifact:\${Region}:\${Account}:package-group/\${DomainName}/\${PackageGroupName}
AWS::Chatbot::SlackChannelConfiguration Arn arn:\${Partition}:chatbot::\${Account}:chat-configuration/slack-channel/\${ConfigurationName}
AWS::Chatbot::MicrosoftTeamsChannelConfiguration Ref,Arn arn:\${Partition}:chatbot::\${Account}:chat-configuration/microsoft-teams-channel/\${ConfigurationName}
AWS::XRay::Group Ref arn:\${Partition}:xray:\${Region}:\${Account}:group/\${GroupName}/\${Id}
AWS::XRay::SamplingRule Ref arn:\${Partition}:xray:\${Region}:\${Account}:sampling-rule/\${SamplingRuleName}
AWS::StepFunctions::StateMachineVersion Ref,Arn arn:\${Partition}:states:\${Region}:\${Account}:stateMachine:\${StateMachineName}:\${Version}
AWS::StepFunctions::StateMachineAlias Ref,Arn arn:\${Partition}:states:\${Region}:\${Account}:stateMachine:\${StateMachineName}:\${AliasName}
AWS::MediaLive::Input Arn arn:\${Partition}:medialive:\${Region}:\${Account}:input:\${InputId}
AWS::OpenSearchServerless::Collection Arn arn:\${Partition}:aoss:\${Region}:\${Account}:collection/\${CollectionId}
AWS::OpenSearchService::Application Arn arn:\${Partition}:opensearch:\${Region}:\${Account}:application/\${ApplicationId}
AWS::Organizations::Organization Arn arn:\${Partition}:organizations::\${Account}:organization/\${OrganizationId}
AWS::Organizations::OrganizationalUnit Arn arn:\${Partition}:organizations::\${Account}:ou/\${OrganizationId}/\${OrganizationalUnitId}
AWS::Organizations::Account Arn arn:\${Partition}:organizations::\${Account}:account/\${OrganizationId}/\${AccountId}
AWS::Organizations::Policy Arn arn:\${Partition}:organizations::\${Account}:policy/\${OrganizationId}/\${PolicyType}/\${PolicyId}
AWS::Organizations::ResourcePolicy Arn arn:\${Partition}:organizations::\${Account}:resourcepolicy/\${OrganizationId}/rp-\${ResourcePolicyId}
AWS::SSO::Instance InstanceArn arn:\${Partition}:sso:::instance/\${InstanceId}
AWS::SSO::Application ApplicationArn arn:\${Partition}:sso::\${Account}:application/\${InstanceId}/\${ApplicationId}
AWS::GuardDuty::MalwareProtectionPlan Arn arn:\${Partition}:guardduty:\${Region}:\${Account}:malware-protection-plan/\${MalwareProtectionPlanId}
AWS::AppConfig::Extension Arn arn:\${Partition}:appconfig:\${Region}:\${Account}:extension/\${ExtensionId}/\${ExtensionVersion}
AWS::AppConfig::ExtensionAssociation Arn arn:\${Partition}:appconfig:\${Region}:\${Account}:extensionassociation/\${ExtensionAssociationId}
AWS::Backup::RestoreTestingPlan RestoreTestingPlanArn arn:\${Partition}:backup:\${Region}:\${Account}:restore-testing-plan:\${RestoreTestingPlanName}-\${RestoreTestingPlanId}
AWS::Backup::LogicallyAirGappedBackupVault BackupVaultArn arn:\${Partition}:backup:\${Region}:\${Account}:backup-vault:\${BackupVaultName}
AWS::BackupGateway::Hypervisor HypervisorArn arn:\${Partition}:backup-gateway:\${Region}:\${Account}:hypervisor/\${HypervisorId}
AWS::Batch::JobDefinition JobDefinitionArn arn:\${Partition}:batch:\${Region}:\${Account}:job-definition/\${JobDefinitionName}:\${Revision}
AWS::Batch::ConsumableResource ConsumableResourceArn arn:\${Partition}:batch:\${Region}:\${Account}:consumable-resource/\${ConsumableResourceName}
AWS::SageMaker::ModelPackage ModelPackageArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:model-package/\${ModelPackageGroupName}/\${ModelPackageVersion}
AWS::SageMaker::InferenceComponent InferenceComponentArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:inference-component/\${InferenceComponentName}
AWS::SageMaker::Space SpaceArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:space/\${DomainId}/\${SpaceName}
AWS::SageMaker::Cluster ClusterArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:cluster/\${ClusterId}
AWS::SageMaker::MlflowTrackingServer TrackingServerArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:mlflow-tracking-server/\${TrackingServerName}
AWS::SageMaker::InferenceExperiment Arn arn:\${Partition}:sagemaker:\${Region}:\${Account}:inference-experiment/\${InferenceExperimentName}
AWS::SageMaker::ModelCard ModelCardArn arn:\${Partition}:sagemaker:\${Region}:\${Account}:model-card/\${ModelCardName}
AWS::EKS::AccessEntry AccessEntryArn arn:\${Partition}:eks:\${Region}:\${Account}:access-entry/\${ClusterName}/\${PrincipalType}/\${Account}/\${PrincipalName}/\${UUID}
AWS::EKS::PodIdentityAssociation AssociationArn arn:\${Partition}:eks:\${Region}:\${Account}:podidentityassociation/\${ClusterName}/\${AssociationId}
AWS::ApiGateway::DomainNameV2 DomainNameArn arn:\${Partition}:apigateway:\${Region}::/domainnames/\${DomainName}+\${DomainNameId}
AWS::CodeConnections::Connection Ref,ConnectionArn arn:\${Partition}:codeconnections:\${Region}:\${Account}:connection/\${ConnectionId}
AWS::CodeStarConnections::RepositoryLink RepositoryLinkArn arn:\${Partition}:codestar-connections:\${Region}:\${Account}:repository-link/\${RepositoryLinkId}
AWS::SES::MailManagerArchive ArchiveArn arn:\${Partition}:ses:\${Region}:\${Account}:mailmanager-archive/\${ArchiveId}
AWS::Timestream::InfluxDBInstance Arn arn:\${Partition}:timestream-influxdb:\${Region}:\${Account}:db-instance/\${InstanceId}
AWS::MemoryDB::MultiRegionCluster ARN arn:\${Partition}:memorydb::\${Account}:multiregioncluster/\${MultiRegionClusterName}
AWS::Bedrock::Agent AgentArn arn:\${Partition}:bedrock:\${Region}:\${Account}:agent/\${AgentId}
AWS::Bedrock::AgentAlias AgentAliasArn arn:\${Partition}:bedrock:\${Region}:\${Account}:agent-alias/\${AgentId}/\${AgentAliasId}
AWS::Bedrock::KnowledgeBase KnowledgeBaseArn arn:\${Partition}:bedrock:\${Region}:\${Account}:knowledge-base/\${KnowledgeBaseId}
AWS::Bedrock::Guardrail GuardrailArn arn:\${Partition}:bedrock:\${Region}:\${Account}:guardrail/\${GuardrailId}
AWS::Bedrock::Flow Arn arn:\${Partition}:bedrock:\${Region}:\${Account}:flow/\${FlowId}
AWS::Bedrock::ApplicationInferenceProfile InferenceProfileArn arn:\${Partition}:bedrock:\${Region}:\${Account}:application-inference-profile/\${InferenceProfileId}
AWS::Bedrock::Prompt Arn arn:\${Partition}:bedrock:\${Region}:\${Account}:prompt/\${PromptId}
AWS::EntityResolution::MatchingWorkflow WorkflowArn arn:\${Partition}:entityresolution:\${Region}:\${Account}:matchingworkflow/\${WorkflowName}
AWS::SSMQuickSetup::ConfigurationManager ManagerArn arn:\${Partition}:ssm-quicksetup:\${Region}:\${Account}:configuration-manager/\${ManagerId}
AWS::Route53Profiles::Profile Arn arn:\${Partition}:route53profiles:\${Region}:\${Account}:profile/\${ProfileId}
AWS::Route53RecoveryControl::Cluster Ref,ClusterArn arn:\${Partition}:route53-recovery-control::\${Account}:cluster/\${ClusterId}
AWS::Route53RecoveryControl::ControlPanel Ref,ControlPanelArn arn:\${Partition}:route53-recovery-control::\${Account}:controlpanel/\${ControlPanelId}
AWS::Route53RecoveryControl::RoutingControl Ref,RoutingControlArn arn:\${Partition}:route53-recovery-control::\${Account}:controlpanel/\${ControlPanelId}/routingcontrol/\${RoutingControlId}
AWS::Route53RecoveryControl::SafetyRule Ref,SafetyRuleArn arn:\${Partition}:route53-recovery-control::\${Account}:controlpanel/\${ControlPanelId}/safetyrule/\${SafetyRuleId}
AWS::Route53RecoveryReadiness::Cell CellArn arn:\${Partition}:route53-recovery-readiness::\${Account}:cell/\${CellName}
AWS::IVS::Channel Ref,Arn arn:\${Partition}:ivs:\${Region}:\${Account}:channel/\${ChannelId}
AWS::IVS::PlaybackKeyPair Ref,Arn arn:\${Partition}:ivs:\${Region}:\${Account}:playback-key/\${PlaybackKeyPairId}
AWS::IVS::RecordingConfiguration Ref,Arn arn:\${Partition}:ivs:\${Region}:\${Account}:recording-configuration/\${RecordingConfigurationId}
AWS::IVS::StreamKey Ref,Arn arn:\${Partition}:ivs:\${Region}:\${Account}:stream-key/\${StreamKeyId}
AWS::IVS::Stage Ref,Arn arn:\${Partition}:ivs:\${Region}:\${Account}:stage/\${StageId}
AWS::CE::AnomalyMonitor Ref,MonitorArn arn:\${Partition}:ce::\${Account}:anomalymonitor/\${MonitorId}
AWS::CE::AnomalySubscription Ref,SubscriptionArn arn:\${Partition}:ce::\${Account}:anomalysubscription/\${SubscriptionId}
AWS::CE::CostCategory Ref,Arn arn:\${Partition}:ce::\${Account}:costcategory/\${CostCategoryId}
AWS::ApplicationAutoScaling::ScalingPolicy Ref,Arn arn:\${Partition}:autoscaling:\${Region}:\${Account}:scalingPolicy:\${PolicyId}:resource/\${ServiceNamespace}/\${ResourceId}:policyName/\${PolicyName}
AWS::AutoScaling::ScalingPolicy Ref,Arn arn:\${Partition}:autoscaling:\${Region}:\${Account}:scalingPolicy:\${PolicyId}:autoScalingGroupName/\${GroupName}:policyName/\${PolicyName}
AWS::ApplicationInsights::Application Ref,ApplicationARN arn:\${Partition}:applicationinsights:\${Region}:\${Account}:application/resource-group/\${ResourceGroupName}
AWS::Inspector::AssessmentTarget Ref,Arn arn:\${Partition}:inspector:\${Region}:\${Account}:target/\${TargetId}
AWS::Inspector::AssessmentTemplate Ref,Arn arn:\${Partition}:inspector:\${Region}:\${Account}:target/\${TargetId}/template/\${TemplateId}
AWS::Inspector::ResourceGroup Ref,Arn arn:\${Partition}:inspector:\${Region}:\${Account}:resourcegroup/\${ResourceGroupId}
AWS::OpsWorksCM::Server Ref,Arn arn:\${Partition}:opsworks-cm:\${Region}:\${Account}:server/\${ServerName}/\${UniqueId}
AWS::CloudFormation::ModuleDefaultVersion Ref arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/module/\${ModuleName}
AWS::CloudFormation::ModuleVersion Ref,Arn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/module/\${ModuleName}/\${Version}
AWS::CloudFormation::GuardHook HookArn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/hook/\${HookName}
AWS::CloudFormation::LambdaHook HookArn arn:\${Partition}:cloudformation:\${Region}:\${Account}:type/hook/\${HookName}
AWS::AppSync::SourceApiAssociation AssociationArn arn:\${Partition}:appsync:\${Region}:\${Account}:sourceApiAssociations/\${MergedApiId}/\${AssociationId}
AWS::AppRunner::AutoScalingConfiguration AutoScalingConfigurationArn arn:\${Partition}:apprunner:\${Region}:\${Account}:autoscalingconfiguration/\${Name}/\${Revision}/\${Id}
AWS::AppRunner::ObservabilityConfiguration ObservabilityConfigurationArn arn:\${Partition}:apprunner:\${Region}:\${Account}:observabilityconfiguration/\${Name}/\${Revision}/\${Id}
AWS::AppRunner::VpcIngressConnection VpcIngressConnectionArn arn:\${Partition}:apprunner:\${Region}:\${Account}:vpcingressconnection/\${Name}/\${Id}
AWS::Athena::CapacityReservation Arn arn:\${Partition}:athena:\${Region}:\${Account}:capacity-reservation/\${CapacityReservationName}
AWS::EMRServerless::Application Arn arn:\${Partition}:emr-serverless:\${Region}:\${Account}:/applications/\${ApplicationId}
AWS::DataZone::Domain Arn arn:\${Partition}:datazone:\${Region}:\${Account}:domain/\${DomainId}
AWS::VerifiedPermissions::PolicyStore Arn arn:\${Partition}:verifiedpermissions::\${Account}:policy-store/\${PolicyStoreId}
AWS::ResourceExplorer2::Index Arn arn:\${Partition}:resource-explorer-2:\${Region}:\${Account}:index/\${IndexId}
AWS::ResourceExplorer2::View ViewArn arn:\${Partition}:resource-explorer-2:\${Region}:\${Account}:view/\${ViewName}/\${ViewId}
AWS::RolesAnywhere::TrustAnchor TrustAnchorArn arn:\${Partition}:rolesanywhere:\${Region}:\${Account}:trust-anchor/\${TrustAnchorId}
AWS::RolesAnywhere::Profile ProfileArn arn:\${Partition}:rolesanywhere:\${Region}:\${Account}:profile/\${ProfileId}
AWS::RolesAnywhere::CRL CrlArn arn:\${Partition}:rolesanywhere:\${Region}:\${Account}:crl/\${CrlId}
AWS::Oam::Sink Arn arn:\${Partition}:oam:\${Region}:\${Account}:sink/\${SinkId}
AWS::Oam::Link Arn arn:\${Partition}:oam:\${Region}:\${Account}:link/\${LinkId}
AWS::CloudFront::KeyValueStore Arn arn:\${Partition}:cloudfront::\${Account}:key-value-store/\${KeyValueStoreId}
AWS::EC2::IPAMResourceDiscovery IpamResourceDiscoveryArn arn:\${Partition}:ec2::\${Account}:ipam-resource-discovery/\${IpamResourceDiscoveryId}
AWS::NetworkFirewall::TLSInspectionConfiguration Ref,TLSInspectionConfigurationArn arn:\${Partition}:network-firewall:\${Region}:\${Account}:tls-configuration/\${Name}
AWS::Shield::Protection ProtectionArn arn:\${Partition}:shield::\${Account}:protection/\${ProtectionId}
AWS::Shield::ProtectionGroup ProtectionGroupArn arn:\${Partition}:shield::\${Account}:protection-group/\${ProtectionGroupId}
AWS::SecurityLake::DataLake Arn arn:\${Partition}:securitylake:\${Region}:\${Account}:data-lake/default
AWS::SecurityLake::Subscriber SubscriberArn arn:\${Partition}:securitylake:\${Region}:\${Account}:subscriber/\${SubscriberId}
AWS::Macie::AllowList Arn arn:\${Partition}:macie2:\${Region}:\${Account}:allow-list/\${AllowListId}
AWS::Pinpoint::App Arn arn:\${Partition}:mobiletargeting:\${Region}:\${Account}:apps/\${AppId}
AWS::IoTSiteWise::Asset AssetArn arn:\${Partition}:iotsitewise:\${Region}:\${Account}:asset/\${AssetId}
AWS::IoTSiteWise::Portal PortalArn arn:\${Partition}:iotsitewise:\${Region}:\${Account}:portal/\${PortalId}
AWS::M2::Environment EnvironmentArn arn:\${Partition}:m2:\${Region}:\${Account}:env/\${EnvironmentId}
AWS::Connect::Instance Arn arn:\${Partition}:connect:\${Region}:\${Account}:instance/\${InstanceId}
AWS::Panorama::Package Arn arn:\${Partition}:panorama:\${Region}:\${Account}:package/\${PackageId}
AWS::NeptuneGraph::Graph GraphArn arn:\${Partition}:neptune-graph:\${Region}:\${Account}:graph/\${GraphId}
AWS::DocDBElastic::Cluster ClusterArn arn:\${Partition}:docdb-elastic:\${Region}:\${Account}:cluster/\${ClusterId}
AWS::Deadline::Farm Arn arn:\${Partition}:deadline:\${Region}:\${Account}:farm/\${FarmId}
AWS::PCAConnectorAD::Connector ConnectorArn arn:\${Partition}:pca-connector-ad:\${Region}:\${Account}:connector/\${ConnectorId}
AWS::MediaPackageV2::Channel Arn arn:\${Partition}:mediapackagev2:\${Region}:\${Account}:channelGroup/\${ChannelGroupName}/channel/\${ChannelName}
AWS::MediaPackageV2::ChannelGroup Arn arn:\${Partition}:mediapackagev2:\${Region}:\${Account}:channelGroup/\${ChannelGroupName}
AWS::FSx::FileSystem ResourceARN arn:\${Partition}:fsx:\${Region}:\${Account}:file-system/\${FileSystemId}
AWS::FSx::Volume ResourceARN arn:\${Partition}:fsx:\${Region}:\${Account}:volume/\${FileSystemId}/\${VolumeId}
AWS::FSx::StorageVirtualMachine ResourceARN arn:\${Partition}:fsx:\${Region}:\${Account}:storage-virtual-machine/\${FileSystemId}/\${StorageVirtualMachineId}
AWS::FSx::Snapshot ResourceARN arn:\${Partition}:fsx:\${Region}:\${Account}:snapshot/\${VolumeId}/\${SnapshotId}
AWS::FSx::DataRepositoryAssociation ResourceARN arn:\${Partition}:fsx:\${Region}:\${Account}:association/\${FileSystemId}/\${AssociationId}
`;
const CORRECTIONS_TABLE = `
AWS::ACMPCA::Certificate Arn arn:\${Partition}:acm-pca:\${Region}:\${Account}:certificate-authority/\${CertificateAuthorityId}/certificate/\${CertificateId}
AWS::Kinesis::StreamConsumer Ref,ConsumerARN arn:\${Partition}:kinesis:\${Region}:\${Account}:stream/\${StreamName}/consumer/\${ConsumerName}:\${ConsumerCreationTimestamp}
AWS::Lambda::Version Ref arn:\${Partition}:lambda:\${Region}:\${Account}:function:\${FunctionName}:\${Version}
AWS::GameLift::Script Arn arn:\${Partition}:gamelift:\${Region}:\${Account}:script/\${ScriptId}
AWS::AmazonMQ::Broker Arn arn:\${Partition}:mq:\${Region}:\${Account}:broker:\${BrokerName}:\${BrokerId}
AWS::AmazonMQ::Configuration Arn arn:\${Partition}:mq:\${Region}:\${Account}:configuration:\${ConfigurationId}
AWS::Logs::LogGroup Arn arn:\${Partition}:logs:\${Region}:\${Account}:log-group:\${LogGroupName}:*
AWS::Transfer::Server Ref,Arn arn:\${Partition}:transfer:\${Region}:\${Account}:server/\${ServerId}
AWS::Transfer::User Arn arn:\${Partition}:transfer:\${Region}:\${Account}:user/\${ServerId}/\${UserName}
AWS::Transfer::Workflow Arn arn:\${Partition}:transfer:\${Region}:\${Account}:workflow/\${WorkflowId}
AWS::Events::Rule Arn arn:\${Partition}:events:\${Region}:\${Account}:rule/\${RuleName}
AWS::DMS::Certificate Ref arn:\${Partition}:dms:\${Region}:\${Account}:cert:\${CertificateId}
AWS::DMS::Endpoint Ref arn:\${Partition}:dms:\${Region}:\${Account}:endpoint:\${EndpointId}
AWS::DMS::ReplicationTask Ref arn:\${Partition}:dms:\${Region}:\${Account}:task:\${TaskId}
AWS::DMS::ReplicationInstance Ref arn:\${Partition}:dms:\${Region}:\${Account}:rep:\${ReplicationInstanceId}
AWS::DynamoDB::GlobalTable Arn arn:\${Partition}:dynamodb:\${Region}:\${Account}:table/\${TableName}
AWS::DataSync::LocationNFS Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::LocationFSxWindows Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::LocationS3 Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::Task Ref,TaskArn arn:\${Partition}:datasync:\${Region}:\${Account}:task/\${TaskId}
AWS::DataSync::LocationObjectStorage Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::Agent Ref,AgentArn arn:\${Partition}:datasync:\${Region}:\${Account}:agent/\${AgentId}
AWS::DataSync::LocationEFS Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::LocationSMB Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::LocationHDFS Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::DataSync::LocationFSxLustre Ref,LocationArn arn:\${Partition}:datasync:\${Region}:\${Account}:location/\${LocationId}
AWS::Chatbot::SlackChannelConfiguration Ref arn:\${Partition}:chatbot::\${Account}:chat-configuration/slack-channel/\${ConfigurationName}
AWS::Glue::Schema Arn arn:\${Partition}:glue:\${Region}:\${Account}:schema/\${RegistryName}/\${SchemaName}
AWS::XRay::Group GroupARN arn:\${Partition}:xray:\${Region}:\${Account}:group/\${GroupName}/\${Id}
AWS::XRay::SamplingRule RuleARN arn:\${Partition}:xray:\${Region}:\${Account}:sampling-rule/\${SamplingRuleName}
AWS::HealthLake::FHIRDatastore DatastoreArn arn:\${Partition}:healthlake:\${Region}:\${Account}:datastore/fhir/\${DatastoreId}
AWS::Evidently::Launch Ref,Arn arn:\${Partition}:evidently:\${Region}:\${Account}:project/\${ProjectName}/launch/\${LaunchName}
AWS::Evidently::Experiment Ref,Arn arn:\${Partition}:evidently:\${Region}:\${Account}:project/\${ProjectName}/experiment/\${ExperimentName}
AWS::Evidently::Project Ref,Arn arn:\${Partition}:evidently:\${Region}:\${Account}:project/\${ProjectName}
AWS::Evidently::Feature Ref,Arn arn:\${Partition}:evidently:\${Region}:\${Account}:project/\${ProjectName}/feature/\${FeatureName}
AWS::MediaLive::Channel Arn arn:\${Partition}:medialive:\${Region}:\${Account}:channel:\${ChannelId}
AWS::MediaLive::InputSecurityGroup Arn arn:\${Partition}:medialive:\${Region}:\${Account}:inputSecurityGroup:\${InputSecurityGroupId}
AWS::CodeGuruProfiler::ProfilingGroup Arn arn:\${Partition}:codeguru-profiler:\${Region}:\${Account}:profilingGroup/\${ProfilingGroupName}
AWS::CloudFront::Function FunctionARN arn:\${Partition}:cloudfront::\${Account}:function/\${FunctionName}
`;
/**
 * Types whose `Ref` the reference treats as an ARN (its list; a type listed here without a `Ref`
 * pattern makes the reference return null).
 */
const REFERENCE_REF_RETURNS_ARN = new Set(`
AWS::AccessAnalyzer::Analyzer AWS::ACMPCA::Certificate AWS::ACMPCA::CertificateAuthority
AWS::ACMPCA::CertificateAuthorityActivation AWS::ApplicationAutoScaling::ScalingPolicy
AWS::ApplicationInsights::Application AWS::AppMesh::GatewayRoute AWS::AppMesh::Mesh
AWS::AppMesh::Route AWS::AppMesh::VirtualGateway AWS::AppMesh::VirtualNode
AWS::AppMesh::VirtualRouter AWS::AppMesh::VirtualService AWS::AppSync::ApiKey
AWS::AppSync::DataSource AWS::AppSync::FunctionConfiguration AWS::AppSync::GraphQLApi
AWS::AppSync::Resolver AWS::AutoScalingPlans::ScalingPlan AWS::AutoScaling::ScalingPolicy
AWS::Batch::ComputeEnvironment AWS::Batch::JobDefinition AWS::Batch::JobQueue
AWS::CertificateManager::Certificate AWS::Chatbot::SlackChannelConfiguration
AWS::CloudFormation::ModuleDefaultVersion AWS::CloudFormation::ModuleVersion
AWS::CloudFormation::PublicTypeVersion AWS::CloudFormation::ResourceDefaultVersion
AWS::CloudFormation::ResourceVersion AWS::CloudFormation::TypeActivation
AWS::CloudFront::RealtimeLogConfig AWS::CloudWatch::InsightRule AWS::CodeArtifact::Domain
AWS::CodeArtifact::Repository AWS::CodeBuild::ReportGroup
AWS::CodeGuruReviewer::RepositoryAssociation AWS::CodeStarConnections::Connection
AWS::CodeStarNotifications::NotificationRule AWS::Config::AggregationAuthorization
AWS::CE::AnomalyMonitor AWS::CE::AnomalySubscription AWS::CE::CostCategory AWS::DataSync::Agent
AWS::DataSync::LocationEFS AWS::DataSync::LocationFSxWindows AWS::DataSync::LocationNFS
AWS::DataSync::LocationObjectStorage AWS::DataSync::LocationS3 AWS::DataSync::LocationSMB
AWS::DataSync::Task AWS::Detective::Graph AWS::Detective::MemberInvitation
AWS::DevOpsGuru::NotificationChannel AWS::DevOpsGuru::ResourceCollection AWS::DMS::Certificate
AWS::DMS::Endpoint AWS::DMS::ReplicationInstance AWS::DMS::ReplicationTask AWS::ECS::Service
AWS::ECS::TaskDefinition AWS::ElasticLoadBalancingV2::Listener
AWS::ElasticLoadBalancingV2::ListenerRule AWS::ElasticLoadBalancingV2::LoadBalancer
AWS::ElasticLoadBalancingV2::TargetGroup AWS::EventSchemas::Discoverer
AWS::EventSchemas::Registry AWS::EventSchemas::Schema AWS::FMS::NotificationChannel
AWS::FraudDetector::Detector AWS::FraudDetector::EntityType AWS::FraudDetector::EventType
AWS::FraudDetector::Label AWS::FraudDetector::Outcome AWS::FraudDetector::Variable
AWS::GlobalAccelerator::Accelerator AWS::GlobalAccelerator::EndpointGroup
AWS::GlobalAccelerator::Listener AWS::GreengrassV2::ComponentVersion AWS::GroundStation::Config
AWS::GroundStation::DataflowEndpointGroup AWS::GroundStation::MissionProfile
AWS::IAM::ManagedPolicy AWS::IAM::OIDCProvider AWS::IAM::SAMLProvider
AWS::ImageBuilder::Component AWS::ImageBuilder::ContainerRecipe
AWS::ImageBuilder::DistributionConfiguration AWS::ImageBuilder::Image
AWS::ImageBuilder::ImagePipeline AWS::ImageBuilder::ImageRecipe
AWS::ImageBuilder::InfrastructureConfiguration AWS::Inspector::AssessmentTarget
AWS::Inspector::AssessmentTemplate AWS::Inspector::ResourceGroup AWS::IoT1Click::Device
AWS::IoT1Click::Project AWS::Greengrass::ConnectorDefinitionVersion
AWS::Greengrass::CoreDefinitionVersion AWS::Greengrass::DeviceDefinitionVersion
AWS::Greengrass::FunctionDefinitionVersion AWS::Greengrass::GroupVersion
AWS::Greengrass::LoggerDefinitionVersion AWS::Greengrass::ResourceDefinitionVersion
AWS::Greengrass::SubscriptionDefinitionVersion AWS::IVS::Channel AWS::IVS::PlaybackKeyPair
AWS::IVS::RecordingConfiguration AWS::IVS::StreamKey AWS::Kinesis::StreamConsumer
AWS::Lambda::Alias AWS::Lambda::LayerVersion AWS::Lambda::LayerVersionPermission
AWS::Lambda::Version AWS::MediaConnect::Flow AWS::MediaConnect::FlowEntitlement
AWS::MediaConnect::FlowOutput AWS::MediaConnect::FlowSource AWS::MediaConnect::FlowVpcInterface
AWS::MSK::Cluster AWS::NetworkFirewall::Firewall AWS::NetworkFirewall::FirewallPolicy
AWS::NetworkFirewall::LoggingConfiguration AWS::NetworkFirewall::RuleGroup
AWS::NetworkManager::CustomerGatewayAssociation AWS::NetworkManager::TransitGatewayRegistration
AWS::OpsWorks::UserProfile AWS::OpsWorksCM::Server AWS::QLDB::Stream
AWS::RDS::DBProxyTargetGroup AWS::RoboMaker::Fleet AWS::RoboMaker::Robot
AWS::RoboMaker::RobotApplication AWS::RoboMaker::RobotApplicationVersion
AWS::RoboMaker::SimulationApplication AWS::RoboMaker::SimulationApplicationVersion
AWS::Route53RecoveryControl::Cluster AWS::Route53RecoveryControl::ControlPanel
AWS::Route53RecoveryControl::RoutingControl AWS::Route53RecoveryControl::SafetyRule
AWS::S3Outposts::AccessPoint AWS::S3Outposts::Bucket AWS::S3Outposts::BucketPolicy
AWS::S3Outposts::Endpoint AWS::SageMaker::CodeRepository AWS::SageMaker::Endpoint
AWS::SageMaker::EndpointConfig AWS::SageMaker::Image AWS::SageMaker::ImageVersion
AWS::SageMaker::Model AWS::SageMaker::MonitoringSchedule AWS::SageMaker::NotebookInstance
AWS::SageMaker::NotebookInstanceLifecycleConfig AWS::SecretsManager::ResourcePolicy
AWS::SecretsManager::RotationSchedule AWS::SecretsManager::Secret
AWS::SecretsManager::SecretTargetAttachment AWS::SecurityHub::Hub AWS::SSMContacts::Contact
AWS::SSMContacts::ContactChannel AWS::SNS::Topic AWS::SSO::PermissionSet
AWS::StepFunctions::Activity AWS::StepFunctions::StateMachine AWS::Transfer::Server
`
    .split(/\s+/)
    .filter((t) => t !== ''));
function addLines(table, text) {
    for (const line of text.split('\n')) {
        const trimmed = line.trim();
        if (trimmed === '')
            continue;
        const [type, attributes, pattern] = trimmed.split(/\s+/);
        if (!type || !attributes || !pattern)
            continue;
        let byAttribute = table.get(type);
        if (!byAttribute) {
            byAttribute = new Map();
            table.set(type, byAttribute);
        }
        for (const attribute of attributes.split(','))
            byAttribute.set(attribute, pattern);
    }
}
function buildTable(texts) {
    const table = new Map();
    for (const text of texts)
        addLines(table, text);
    return table;
}
/** The reference tool's table (parity mode). */
const REFERENCE_ARN_PATTERNS = buildTable([REFERENCE_TABLE]);
/** Default mode: the reference's table plus the pairs it cannot resolve. */
const ARN_PATTERNS = buildTable([REFERENCE_TABLE, ADDITIONS_TABLE]);
/** `documentedArns`: our table with the reference's wrong formats corrected. */
const DOCUMENTED_ARN_PATTERNS = buildTable([
    REFERENCE_TABLE,
    ADDITIONS_TABLE,
    CORRECTIONS_TABLE,
]);
/** Types our additions give a `Ref` ARN to (the reference returns their name or logical id). */
const ADDED_REF_TYPES = new Set([...buildTable([ADDITIONS_TABLE]).entries()]
    .filter(([, byAttribute]) => byAttribute.has('Ref'))
    .map(([type]) => type));
function tableFor(mode) {
    if (mode === 'reference')
        return REFERENCE_ARN_PATTERNS;
    return mode === 'extended' ? ARN_PATTERNS : DOCUMENTED_ARN_PATTERNS;
}
/**
 * Whether `Ref` to this type returns an ARN. Reference mode: the reference's list (even when it
 * has no pattern for it, where it returns null). Otherwise: the reference's listed types that have
 * a pattern, and the types our additions give a `Ref` pattern.
 */
function refReturnsArn(type, mode = 'extended') {
    if (mode === 'reference')
        return REFERENCE_REF_RETURNS_ARN.has(type);
    if (!(tableFor(mode).get(type)?.has('Ref') ?? false))
        return false;
    return REFERENCE_REF_RETURNS_ARN.has(type) || ADDED_REF_TYPES.has(type);
}
function arnPattern(type, attribute, mode = 'extended') {
    return tableFor(mode).get(type)?.get(attribute);
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/extract/lookups.ts
class LookupNotFoundError extends Error {
    code;
    constructor(code, message) {
        super(message ?? code);
        this.code = code;
        this.name = 'LookupNotFoundError';
    }
}
/**
 * In-memory lookups following the corpus mock semantics: a missing SSM name is ParameterNotFound,
 * a missing version of a known name is ParameterVersionNotFound, a missing managed policy ARN is
 * NoSuchEntity. An absent mock key means the API must not be needed: calling it throws.
 */
function lookupsFromMocks(mocks) {
    const m = mocks ?? {};
    const calls = [];
    const clone = (v) => structuredClone(v);
    return {
        calls,
        listExports() {
            calls.push('cloudformation:ListExports');
            if (!m.exports)
                return Promise.reject(new Error('cloudformation:ListExports is not mocked for this case'));
            return Promise.resolve(m.exports.map((e) => ({ Name: e.Name, Value: e.Value })));
        },
        getSsmParameter(name) {
            calls.push(`ssm:GetParameter ${name}`);
            const params = m.ssm_parameters ?? {};
            const value = params[name];
            if (value !== undefined)
                return Promise.resolve(value);
            const colon = name.lastIndexOf(':');
            const base = colon > 0 && /^\d+$/.test(name.slice(colon + 1)) ? name.slice(0, colon) : undefined;
            const known = Object.keys(params).some((k) => k === base || (base !== undefined && k.startsWith(`${base}:`)));
            if (base !== undefined && known) {
                return Promise.reject(new LookupNotFoundError('ParameterVersionNotFound', `Version not found: ${name}`));
            }
            return Promise.reject(new LookupNotFoundError('ParameterNotFound', `Parameter not found: ${name}`));
        },
        getManagedPolicy(arn) {
            calls.push(`iam:GetPolicy ${arn}`);
            const policy = m.managed_policies?.[arn];
            if (!policy)
                return Promise.reject(new LookupNotFoundError('NoSuchEntity', `Policy ${arn} was not found.`));
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

;// CONCATENATED MODULE: ./packages/cfn-policies/src/extract/py-repr.ts
/**
 * Python `repr` of a JSON-ish value. The reference's schema messages embed values this way
 * (`['arn:'] is not of type 'string'`); we keep that spelling for message parity.
 */
function pyRepr(value) {
    if (value === null || value === undefined)
        return 'None';
    if (typeof value === 'string')
        return pyString(value);
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return Number.isInteger(value) ? String(value) : String(value);
    if (typeof value === 'symbol')
        return 'None';
    if (Array.isArray(value))
        return `[${value.map(pyRepr).join(', ')}]`;
    if (typeof value === 'object') {
        const entries = Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyRepr(v)}`);
        return `{${entries.join(', ')}}`;
    }
    return typeof value === 'bigint' ? value.toString() : 'None';
}
function pyString(s) {
    const escaped = s
        .replace(/\\/g, '\\\\')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t');
    if (s.includes("'") && !s.includes('"'))
        return `"${escaped}"`;
    return `'${escaped.replace(/'/g, "\\'")}'`;
}
/** Python `str()`: what the reference compares in Fn::Equals. */
function pyStr(value) {
    return typeof value === 'string' ? value : pyRepr(value);
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/extract/evaluator.ts





const NO_VALUE = Symbol('AWS::NoValue');
const BASE_FUNCTIONS = new Set([
    'Ref',
    'Fn::GetAtt',
    'Fn::Sub',
    'Fn::ImportValue',
    'Fn::Split',
    'Fn::Join',
    'Fn::Select',
    'Fn::FindInMap',
    'Fn::If',
]);
const EXTRA_FUNCTIONS = new Set(['Fn::Base64', 'Fn::Length', 'Fn::ToJsonString']);
const NETWORK_FUNCTIONS = new Set(['Fn::GetAZs', 'Fn::Cidr']);
/** Property that holds a resource's name (what Ref returns / what ARNs are built from). */
const NAME_HINTS = {
    'AWS::S3::Bucket': 'BucketName',
    'AWS::Lambda::Function': 'FunctionName',
    'AWS::IAM::Role': 'RoleName',
    'AWS::IAM::User': 'UserName',
    'AWS::IAM::Group': 'GroupName',
    'AWS::SQS::Queue': 'QueueName',
    'AWS::SSM::Parameter': 'Name',
    'AWS::Backup::BackupVault': 'BackupVaultName',
    'AWS::S3Tables::TableBucket': 'TableBucketName',
    'AWS::ApiGateway::RestApi': 'Name',
    'AWS::CloudTrail::EventDataStore': 'Name',
    'AWS::CloudTrail::Dashboard': 'Name',
    'AWS::S3Express::AccessPoint': 'Name',
};
/**
 * SAM resources (the reference ignores every `AWS::Serverless::*` type): their name property names
 * the generated resource, in default mode too.
 */
const SAM_NAME_HINTS = {
    'AWS::Serverless::Function': 'FunctionName',
    'AWS::Serverless::StateMachine': 'Name',
    'AWS::Serverless::LayerVersion': 'LayerName',
    'AWS::Serverless::SimpleTable': 'TableName',
};
/**
 * More name properties, used in default mode so that generated ARNs carry the name the resource
 * will really have (what a `check-access-not-granted --resources` list names), and `Ref` returns
 * the name CloudFormation returns.
 */
const EXTENDED_NAME_HINTS = {
    ...NAME_HINTS,
    ...SAM_NAME_HINTS,
    'AWS::DynamoDB::Table': 'TableName',
    'AWS::DynamoDB::GlobalTable': 'TableName',
    'AWS::Kinesis::Stream': 'Name',
    'AWS::KinesisFirehose::DeliveryStream': 'DeliveryStreamName',
    'AWS::SNS::Topic': 'TopicName',
    'AWS::StepFunctions::StateMachine': 'StateMachineName',
    'AWS::StepFunctions::Activity': 'Name',
    'AWS::Logs::LogGroup': 'LogGroupName',
    'AWS::Logs::Destination': 'DestinationName',
    'AWS::ECR::Repository': 'RepositoryName',
    'AWS::ECS::Cluster': 'ClusterName',
    'AWS::ECS::Service': 'ServiceName',
    'AWS::EKS::Cluster': 'Name',
    'AWS::Events::Rule': 'Name',
    'AWS::Events::EventBus': 'Name',
    'AWS::Events::Archive': 'ArchiveName',
    'AWS::Events::Connection': 'Name',
    'AWS::Events::ApiDestination': 'Name',
    'AWS::Scheduler::Schedule': 'Name',
    'AWS::Scheduler::ScheduleGroup': 'Name',
    'AWS::Pipes::Pipe': 'Name',
    'AWS::SecretsManager::Secret': 'Name',
    'AWS::CodeBuild::Project': 'Name',
    'AWS::CodeCommit::Repository': 'RepositoryName',
    'AWS::CodeArtifact::Domain': 'DomainName',
    'AWS::CodeArtifact::Repository': 'RepositoryName',
    'AWS::CodePipeline::Pipeline': 'Name',
    'AWS::CloudWatch::Alarm': 'AlarmName',
    'AWS::CloudWatch::CompositeAlarm': 'AlarmName',
    'AWS::CloudTrail::Trail': 'TrailName',
    'AWS::Glue::Registry': 'Name',
    'AWS::Athena::WorkGroup': 'Name',
    'AWS::Batch::JobQueue': 'JobQueueName',
    'AWS::Batch::ComputeEnvironment': 'ComputeEnvironmentName',
    'AWS::OpenSearchService::Domain': 'DomainName',
    'AWS::Elasticsearch::Domain': 'DomainName',
    'AWS::IAM::InstanceProfile': 'InstanceProfileName',
    'AWS::IAM::ServerCertificate': 'ServerCertificateName',
    'AWS::MSK::Cluster': 'ClusterName',
    'AWS::Lambda::LayerVersion': 'LayerName',
    'AWS::Timestream::Database': 'DatabaseName',
    'AWS::Timestream::Table': 'TableName',
    'AWS::MemoryDB::Cluster': 'ClusterName',
    'AWS::S3::AccessPoint': 'Name',
    'AWS::S3Express::DirectoryBucket': 'BucketName',
    'AWS::KMS::Alias': 'AliasName',
    'AWS::SSM::Document': 'Name',
    'AWS::IoT::Thing': 'ThingName',
    'AWS::SageMaker::Model': 'ModelName',
    'AWS::SageMaker::Endpoint': 'EndpointName',
    'AWS::SageMaker::NotebookInstance': 'NotebookInstanceName',
    'AWS::ElastiCache::ServerlessCache': 'ServerlessCacheName',
    'AWS::RDS::DBInstance': 'DBInstanceIdentifier',
    'AWS::RDS::DBCluster': 'DBClusterIdentifier',
    'AWS::AmazonMQ::Broker': 'BrokerName',
    'AWS::WAFv2::WebACL': 'Name',
    'AWS::WAFv2::IPSet': 'Name',
    'AWS::WAFv2::RuleGroup': 'Name',
    'AWS::WAFv2::RegexPatternSet': 'Name',
};
/** Types of EXTENDED_NAME_HINTS whose `Ref` returns an id (or a compound value), not the name. */
const REF_RETURNS_ID = new Set([
    'AWS::CodeCommit::Repository',
    'AWS::Glue::Registry',
    'AWS::AmazonMQ::Broker',
    'AWS::WAFv2::WebACL',
    'AWS::WAFv2::IPSet',
    'AWS::WAFv2::RuleGroup',
    'AWS::WAFv2::RegexPatternSet',
]);
function evaluator_isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isCustomResourceType(type) {
    return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
}
/**
 * Evaluates CloudFormation intrinsic functions and pseudo parameters lazily: callers evaluate only
 * the properties they need, as the reference does, so unrelated unresolvable values never fail a
 * run. Every produced object/array remembers the template path it came from (`originOf`), which is
 * how statements are mapped back to source lines after Fn::If / NoValue pruning.
 */
class Evaluator {
    init;
    origins = new WeakMap();
    resources;
    parameters;
    mappings;
    conditions;
    conditionCache = new Map();
    ssmCache = new Map();
    exportsCache;
    restApisCache;
    canonicalCache;
    constructor(init) {
        this.init = init;
        const t = init.template;
        this.resources = t.Resources;
        this.parameters = evaluator_isPlainObject(t.Parameters) ? t.Parameters : {};
        this.mappings = evaluator_isPlainObject(t.Mappings) ? t.Mappings : {};
        this.conditions = evaluator_isPlainObject(t.Conditions) ? t.Conditions : {};
    }
    get account() {
        return this.init.account;
    }
    get behaviour() {
        return this.init.behaviour;
    }
    get arnMode() {
        if (this.behaviour.referenceArnTable)
            return 'reference';
        return this.behaviour.documentedArns ? 'documented' : 'extended';
    }
    /** The property naming a resource of this type, if any. */
    nameHint(type) {
        const mode = this.arnMode;
        const hints = mode === 'documented' ? EXTENDED_NAME_HINTS : NAME_HINTS;
        if (Object.hasOwn(hints, type))
            return hints[type];
        return mode === 'extended' && Object.hasOwn(SAM_NAME_HINTS, type)
            ? SAM_NAME_HINTS[type]
            : undefined;
    }
    originOf(value) {
        return typeof value === 'object' && value !== null ? this.origins.get(value) : undefined;
    }
    fail(kind, message, path) {
        throw new TemplateError(kind, message, { location: this.init.positions.locate(path) });
    }
    /** A jsonschema-style message with the reference's `, Path: <relative path>` suffix. */
    schemaFail(message, relativePath, path) {
        return this.fail('schema', `${message}, Path: ${relativePath}`, path);
    }
    /** Evaluates a resource property (`Resources.<id>.Properties.<name>`); NoValue reads as absent. */
    async property(logicalId, name, visited = []) {
        const props = this.resources[logicalId]?.Properties;
        if (!evaluator_isPlainObject(props) || !(name in props))
            return undefined;
        const value = await this.eval(props[name], joinPath(joinPath(joinPath('Resources', logicalId), 'Properties'), name), visited);
        return value === NO_VALUE ? undefined : value;
    }
    async eval(value, path, visited = []) {
        let result;
        if (Array.isArray(value)) {
            const out = [];
            for (let i = 0; i < value.length; i++)
                out.push(await this.eval(value[i], joinPath(path, i), visited));
            this.origins.set(out, path);
            result = out;
        }
        else if (evaluator_isPlainObject(value)) {
            const keys = Object.keys(value);
            const first = keys[0];
            if (first !== undefined && this.isFunction(first)) {
                result = await this.evalFunction(first, value[first], joinPath(path, first), visited);
            }
            else {
                if (first !== undefined && this.behaviour.strictFunctions && first.startsWith('Fn::')) {
                    this.fail('unsupported_function', `Unsupported intrinsic function ${first}: it cannot be resolved before deployment, so the policy cannot be validated.`, joinPath(path, first));
                }
                const out = {};
                for (const key of keys) {
                    Object.defineProperty(out, key, {
                        value: await this.eval(value[key], joinPath(path, key), visited),
                        enumerable: true,
                        writable: true,
                        configurable: true,
                    });
                }
                this.origins.set(out, path);
                result = out;
            }
        }
        else {
            result = value;
        }
        if (typeof result === 'string' && result.includes('{{resolve:ssm:')) {
            result = await this.resolveDynamicReferences(result, path);
        }
        return pruneNoValue(result);
    }
    isFunction(name) {
        return (BASE_FUNCTIONS.has(name) ||
            (this.behaviour.strictFunctions && EXTRA_FUNCTIONS.has(name)) ||
            (this.behaviour.networkFunctions && NETWORK_FUNCTIONS.has(name)));
    }
    async evalFunction(name, arg, path, visited) {
        switch (name) {
            case 'Ref':
                return this.ref(arg, path, visited);
            case 'Fn::GetAtt':
                return this.getAtt(arg, path, visited);
            case 'Fn::Sub':
                return this.sub(arg, path, visited);
            case 'Fn::ImportValue':
                return this.importValue(arg, path, visited);
            case 'Fn::Split':
                return this.split(arg, path, visited);
            case 'Fn::Join':
                return this.join(arg, path, visited);
            case 'Fn::Select':
                return this.select(arg, path, visited);
            case 'Fn::FindInMap':
                return this.findInMap(arg, path, visited);
            case 'Fn::If':
                return this.fnIf(arg, path, visited);
            case 'Fn::Base64': {
                const s = await this.eval(arg, path, visited);
                if (typeof s !== 'string')
                    this.schemaFail(`${pyRepr(s)} is not of type 'string'`, 'Fn::Base64', path);
                return Buffer.from(s, 'utf8').toString('base64');
            }
            case 'Fn::Length': {
                const list = await this.eval(arg, path, visited);
                if (!Array.isArray(list))
                    this.schemaFail(`${pyRepr(list)} is not of type 'array'`, 'Fn::Length', path);
                return list.length;
            }
            case 'Fn::ToJsonString': {
                const v = await this.eval(arg, path, visited);
                return JSON.stringify(v);
            }
            case 'Fn::GetAZs': {
                const region = await this.eval(arg, path, visited);
                if (typeof region !== 'string')
                    return this.schemaFail(`${pyRepr(region)} is not of type 'string'`, 'Fn::GetAZs', path);
                const zones = availabilityZones(region === '' ? this.account.region : region, this.init);
                const out = [...zones];
                this.origins.set(out, path);
                return out;
            }
            case 'Fn::Cidr': {
                const args = await this.eval(arg, path, visited);
                if (!Array.isArray(args) || args.length !== 3)
                    return this.schemaFail(`${pyRepr(args)} is not valid under any of the given schemas`, 'Fn::Cidr', path);
                const [block, count, bits] = args;
                const result = cidrSubnets(block, count, bits);
                if (typeof result === 'string')
                    return this.fail('invalid_value', `Fn::Cidr: ${result}`, path);
                this.origins.set(result, path);
                return result;
            }
            default:
                return this.fail('unsupported_function', `Unsupported intrinsic function ${name}`, path);
        }
    }
    // ---------------------------------------------------------------- Ref
    async ref(arg, path, visited) {
        if (typeof arg !== 'string')
            this.schemaFail(`${pyRepr(arg)} is not of type 'string'`, 'Ref', path);
        const { accountId, partition, region } = this.account;
        switch (arg) {
            case 'AWS::AccountId':
                return accountId;
            case 'AWS::Partition':
                return partition;
            case 'AWS::Region':
                return region;
            case 'AWS::StackName':
                return 'StackName';
            case 'AWS::StackId':
                return `arn:${partition}:cloudformation:${region}:${accountId}:stack/StackName/00000000-0000-0000-0000-000000000000`;
            case 'AWS::URLSuffix':
                return region === 'cn-north-1' || region === 'cn-northwest-1'
                    ? 'amazonaws.com.cn'
                    : 'amazonaws.com';
            case 'AWS::NoValue':
                return NO_VALUE;
            case 'AWS::NotificationARNs':
                if (this.behaviour.notificationArnsEmpty)
                    return [];
                break;
            default:
                break;
        }
        const resource = Object.hasOwn(this.resources, arg) ? this.resources[arg] : undefined;
        if (resource)
            return this.refResource(arg, resource, path, visited);
        if (Object.hasOwn(this.parameters, arg))
            return this.parameterValue(arg, path);
        return this.fail('unresolved_reference', `Unable to find a referenced resource or parameter in template: ${arg}`, path);
    }
    async refResource(logicalId, resource, path, visited) {
        const type = resource.Type;
        const mode = this.arnMode;
        if (refReturnsArn(type, mode)) {
            // The reference names a Ref-generated ARN after the logical id; CloudFormation (and our
            // default) after the resource's name property.
            let name = logicalId;
            const hint = mode === 'documented' ? this.nameHint(type) : undefined;
            if (hint) {
                const hinted = await this.nameProperty(logicalId, hint, path, visited);
                if (typeof hinted === 'string')
                    name = hinted;
            }
            const arn = await this.generateArn(name, logicalId, resource, 'Ref', path, visited);
            // The reference returns None (null in the policy) for listed types it has no pattern for.
            if (arn !== undefined || mode === 'reference')
                return arn ?? null;
        }
        if (type === 'AWS::SQS::Queue') {
            const name = await this.nameProperty(logicalId, 'QueueName', path, visited);
            return `https://sqs.${this.account.region}.amazonaws.com/${this.account.accountId}/${name === undefined ? logicalId : pyStr(name)}`;
        }
        if (type === 'AWS::ApiGateway::RestApi') {
            const name = (await this.nameProperty(logicalId, 'Name', path, visited)) ?? logicalId;
            const api = (await this.restApis(path)).find((a) => a.name === name);
            if (!api)
                this.fail('lookup_failed', `No rest api found with logical name: ${pyStr(name)}`, path);
            return api.id;
        }
        const hint = REF_RETURNS_ID.has(type) ? NAME_HINTS[type] : this.nameHint(type);
        // (nameHint is the reference's list unless documentedArns is set.)
        if (hint) {
            const name = await this.nameProperty(logicalId, hint, path, visited);
            if (name !== undefined)
                return name;
        }
        return logicalId;
    }
    /** Evaluates a name-hint property of another resource, guarding against reference cycles. */
    async nameProperty(logicalId, property, path, visited) {
        const props = this.resources[logicalId]?.Properties;
        if (!evaluator_isPlainObject(props) || props[property] === undefined)
            return undefined;
        const next = this.enter(logicalId, property, path, visited);
        const value = await this.eval(props[property], `Resources.${logicalId}.Properties.${property}`, next);
        return value === NO_VALUE ? undefined : value;
    }
    enter(logicalId, property, path, visited) {
        const key = `${logicalId}\u0000${property}`;
        if (visited.includes(key))
            this.fail('cycle', `Cycle detected for ${logicalId} and ${property}.`, path);
        return [...visited, key];
    }
    async parameterValue(name, path) {
        const declared = this.parameters[name];
        let value = Object.hasOwn(this.init.parameterValues, name)
            ? this.init.parameterValues[name]
            : undefined;
        if (value === undefined &&
            this.behaviour.useParameterDefaults &&
            evaluator_isPlainObject(declared) &&
            'Default' in declared) {
            const d = declared.Default;
            value = typeof d === 'number' || typeof d === 'boolean' ? String(d) : d;
        }
        if (value === undefined || value === null) {
            this.fail('missing_parameter', `No value passed for referenced parameter: ${name}.\nParameters are passed using the --parameters flag.`, path);
        }
        if (Array.isArray(value))
            return [...value];
        if (!this.behaviour.honourParameterTypes ||
            !evaluator_isPlainObject(declared) ||
            typeof declared.Type !== 'string')
            return value;
        const type = declared.Type;
        const ssm = /^AWS::SSM::Parameter::Value<(.+)>$/.exec(type);
        if (ssm && typeof value === 'string') {
            const resolved = await this.ssm(value, path, `SSM parameter type of template parameter ${name}`);
            return /^(List<|CommaDelimitedList)/.test(ssm[1] ?? '') ? resolved.split(',') : resolved;
        }
        if ((type === 'CommaDelimitedList' || type.startsWith('List<')) && typeof value === 'string')
            return value.split(',');
        return value;
    }
    // ---------------------------------------------------------------- GetAtt / ARNs
    async getAtt(arg, path, visited) {
        validateGetAttShape(arg, path, this);
        const [logicalId, rawAttribute] = arg;
        let attribute = rawAttribute;
        if (typeof attribute !== 'string') {
            attribute = await this.eval(attribute, joinPath(path, 1), visited);
            if (typeof attribute !== 'string')
                this.schemaFail(`${pyRepr(attribute)} is not of type 'string'`, 'Fn::GetAtt.1', path);
        }
        const attr = attribute;
        const resource = Object.hasOwn(this.resources, logicalId)
            ? this.resources[logicalId]
            : undefined;
        if (!resource) {
            this.fail('unresolved_reference', `Unable to find referenced resource for GetAtt reference to ${logicalId}.${attr}`, path);
        }
        const type = resource.Type;
        if (isCustomResourceType(type)) {
            this.fail('custom_resource', `Unable to resolve Fn::GetAtt for custom resource: ${logicalId}.${attr}. Custom resource return values are defined by the backing Lambda function and cannot be resolved. If this resource is referenced in an IAM policy, you can exclude it from validation using --exclude-resource-types ${type}`, path);
        }
        const hint = this.nameHint(type);
        const hinted = hint ? await this.nameProperty(logicalId, hint, path, visited) : undefined;
        const resourceName = hinted === undefined ? logicalId : pyStr(hinted);
        const arn = await this.generateArn(resourceName, logicalId, resource, attr, path, visited);
        if (arn !== undefined)
            return arn;
        const special = await this.specialAttribute(logicalId, resource, attr, path, visited);
        if (special !== undefined)
            return special;
        const props = evaluator_isPlainObject(resource.Properties) ? resource.Properties : {};
        if (props[attr] !== undefined) {
            const next = this.enter(logicalId, attr, path, visited);
            return this.eval(props[attr], `Resources.${logicalId}.Properties.${attr}`, next);
        }
        if (attr.includes('.')) {
            let node = props;
            for (const segment of attr.split('.'))
                node = evaluator_isPlainObject(node) ? node[segment] : undefined;
            if (node !== undefined) {
                const next = this.enter(logicalId, attr, path, visited);
                return this.eval(node, `Resources.${logicalId}.Properties.${attr}`, next);
            }
        }
        return this.fail('unsupported_getatt', `Call to GetAtt not supported for: ${logicalId}.${attr}`, path);
    }
    async specialAttribute(logicalId, resource, attr, path, visited) {
        const type = resource.Type;
        if (this.init.nestedStackOutput &&
            (type === 'AWS::CloudFormation::Stack' || type === 'AWS::Serverless::Application') &&
            attr.startsWith('Outputs.')) {
            const value = await this.init.nestedStackOutput(logicalId, attr.slice(8), path);
            if (value !== undefined)
                return value;
        }
        if (type === 'AWS::CloudFront::CloudFrontOriginAccessIdentity' &&
            attr === 'S3CanonicalUserId') {
            this.canonicalCache ??= this.init.lookups.getCanonicalUserId();
            try {
                return await this.canonicalCache;
            }
            catch (error) {
                return this.lookupFailure(error, 'Unable to look up the canonical user id of the account', path);
            }
        }
        if (type === 'AWS::ApiGateway::RestApi' &&
            (attr === 'RestApiId' || attr === 'RootResourceId')) {
            const name = (await this.nameProperty(logicalId, 'Name', path, visited)) ?? logicalId;
            const api = (await this.restApis(path)).find((a) => a.name === name);
            if (!api)
                this.fail('lookup_failed', `No rest api found with logical name: ${pyStr(name)}`, path);
            return attr === 'RestApiId' ? api.id : api.rootResourceId;
        }
        if (type === 'AWS::CodeArtifact::Domain' && (attr === 'Name' || attr === 'Owner')) {
            if (attr === 'Owner')
                return this.account.accountId;
            return (await this.nameProperty(logicalId, 'DomainName', path, visited)) ?? logicalId;
        }
        if (type === 'AWS::S3Express::AccessPoint' && attr === 'NetworkOrigin') {
            const vpc = await this.nameProperty(logicalId, 'VpcConfiguration', path, visited);
            return vpc === undefined ? 'Internet' : 'VPC';
        }
        return undefined;
    }
    /**
     * Builds an ARN from the pattern table. Undefined when the type/attribute has no pattern.
     * Throws for malformed types and CloudFormation modules, as the reference does.
     */
    async generateArn(resourceName, logicalId, resource, attribute, path, visited) {
        const type = resource.Type;
        const parts = type.split('::');
        if (parts.length !== 3) {
            if (parts.length === 4 && parts[3]?.toLowerCase() === 'module') {
                this.fail('unsupported_type', `Unable to resolve ${type}. CloudFormation modules are not yet supported.`, path);
            }
            this.fail('unsupported_type', `Invalid resource type: ${type}`, path);
        }
        let pattern = arnPattern(type, attribute, this.arnMode);
        if (pattern === undefined)
            return undefined;
        const { accountId, partition, region } = this.account;
        pattern = pattern
            .replaceAll('${Partition}', partition)
            .replaceAll('${Region}', region)
            .replaceAll('${Account}', accountId);
        const str = async (prop) => {
            const v = await this.nameProperty(logicalId, prop, path, visited);
            if (v === undefined)
                return undefined;
            if (typeof v !== 'string') {
                this.schemaFail(`${pyRepr(v)} is not of type 'string'`, `Resources.${logicalId}.Properties.${prop}`, path);
            }
            return v;
        };
        const withPath = async (nameProp, placeholder) => {
            const p = (await str('Path')) ?? '/';
            const name = (await str(nameProp)) ?? logicalId;
            pattern = pattern.replace(placeholder, p.slice(1) + name);
        };
        switch (type) {
            case 'AWS::IAM::Role':
                await withPath('RoleName', '${RoleNameWithPath}');
                break;
            case 'AWS::IAM::User':
                await withPath('UserName', '${UserNameWithPath}');
                break;
            case 'AWS::IAM::ManagedPolicy':
                await withPath('ManagedPolicyName', '${PolicyNameWithPath}');
                break;
            case 'AWS::ElasticLoadBalancingV2::LoadBalancer': {
                const lbType = (await str('Type')) ?? 'application';
                if (lbType === 'network')
                    pattern = pattern.replace('loadbalancer/app/', 'loadbalancer/net/');
                else if (lbType === 'gateway')
                    pattern = pattern.replace('loadbalancer/app/', 'loadbalancer/gwy/');
                break;
            }
            case 'AWS::ElasticLoadBalancingV2::Listener': {
                const protocol = await str('Protocol');
                if (protocol === undefined)
                    pattern = pattern.replace('listener/app/', 'listener/gwy/');
                else if (protocol !== 'HTTP' && protocol !== 'HTTPS')
                    pattern = pattern.replace('listener/app/', 'listener/net/');
                break;
            }
            case 'AWS::ElasticLoadBalancingV2::TargetGroup': {
                const protocol = await str('Protocol');
                if (protocol === 'GENEVE')
                    pattern = pattern.replace('loadbalancer/app/', 'loadbalancer/gwy/');
                else if (protocol !== undefined && protocol !== 'HTTP' && protocol !== 'HTTPS') {
                    pattern = pattern.replace('loadbalancer/app/', 'loadbalancer/net/');
                }
                break;
            }
            case 'AWS::NetworkFirewall::RuleGroup': {
                const kind = await str('Type');
                if (kind !== 'STATEFUL')
                    pattern = pattern.replace(':stateful-rulegroup/', ':stateless-rulegroup/');
                break;
            }
            default:
                if (this.arnMode !== 'reference')
                    pattern = await this.extendedArnParts(type, pattern, str, this.arnMode === 'documented');
                break;
        }
        return pattern.replace(/\$\{[^}]*\}/g, () => resourceName);
    }
    /** Property-dependent parts of ARNs that only our extended table knows about. */
    async extendedArnParts(type, pattern, str, documented) {
        // Schedules are not in the reference's table: their group is always part of the ARN.
        if (type === 'AWS::Scheduler::Schedule')
            return pattern.replace('${GroupName}', (await str('GroupName')) ?? 'default');
        // The others correct ARNs the reference also produces, so only with documentedArns.
        if (!documented)
            return pattern;
        const withPath = async (nameProp, placeholder) => {
            const p = (await str('Path')) ?? '/';
            const name = await str(nameProp);
            return name === undefined ? pattern : pattern.replace(placeholder, p.slice(1) + name);
        };
        switch (type) {
            case 'AWS::IAM::Group':
                return withPath('GroupName', '${GroupNameWithPath}');
            case 'AWS::IAM::InstanceProfile':
                return withPath('InstanceProfileName', '${InstanceProfileNameWithPath}');
            case 'AWS::IAM::ServerCertificate':
                return withPath('ServerCertificateName', '${CertificateNameWithPath}');
            case 'AWS::WAFv2::WebACL':
            case 'AWS::WAFv2::IPSet':
            case 'AWS::WAFv2::RuleGroup':
            case 'AWS::WAFv2::RegexPatternSet': {
                // CloudFront-scoped WAF resources live in us-east-1 under "global".
                const scope = await str('Scope');
                if (scope === 'CLOUDFRONT') {
                    return pattern
                        .replace('${Scope}', 'global')
                        .replace(/^(arn:[^:]*:wafv2:)[^:]*:/, '$1us-east-1:');
                }
                return pattern.replace('${Scope}', 'regional');
            }
            case 'AWS::Events::Rule': {
                // Rules on a custom bus are named `rule/<bus>/<rule>`; the bus may be given by ARN.
                const bus = await str('EventBusName');
                const busName = bus?.slice(bus.lastIndexOf('/') + 1);
                if (busName && busName !== 'default')
                    return pattern.replace('rule/${RuleName}', `rule/${busName}/\${RuleName}`);
                return pattern;
            }
            default:
                return pattern;
        }
    }
    // ---------------------------------------------------------------- Sub, Join, Split, Select, FindInMap, If
    async sub(arg, path, visited) {
        let text;
        let variables = {};
        if (typeof arg === 'string')
            text = arg;
        else if (Array.isArray(arg) &&
            arg.length === 2 &&
            typeof arg[0] === 'string' &&
            evaluator_isPlainObject(arg[1])) {
            text = arg[0];
            variables = arg[1];
        }
        else {
            return this.schemaFail(`${pyRepr(arg)} is not valid under any of the given schemas`, 'Fn::Sub', path);
        }
        const matches = [...text.matchAll(/\$\{([^}]*)\}/g)];
        const replacements = [];
        for (const match of matches) {
            const name = match[1] ?? '';
            if (name.startsWith('!')) {
                replacements.push(this.behaviour.unescapeSubLiterals ? `\${${name.slice(1)}}` : match[0]);
                continue;
            }
            let value;
            if (Object.hasOwn(variables, name)) {
                value = await this.eval(variables[name], joinPath(joinPath(path, 1), name), visited);
            }
            else if (name.includes('.')) {
                const dot = name.indexOf('.');
                const parts = this.behaviour.subDottedAttributes
                    ? [name.slice(0, dot), name.slice(dot + 1)]
                    : name.split('.');
                value = await this.getAtt(parts, joinPath(path, 'Fn::GetAtt'), visited);
            }
            else {
                value = await this.ref(name, path, visited);
            }
            if (typeof value !== 'string')
                this.schemaFail(`${pyRepr(value)} is not of type 'string'`, 'Fn::Sub', path);
            replacements.push(value);
        }
        let out = '';
        let last = 0;
        matches.forEach((match, i) => {
            out += text.slice(last, match.index) + (replacements[i] ?? '');
            last = (match.index ?? 0) + match[0].length;
        });
        return out + text.slice(last);
    }
    async join(arg, path, visited) {
        if (!Array.isArray(arg))
            return this.schemaFail(`${pyRepr(arg)} is not of type 'array'`, 'Fn::Join', path);
        if (arg.length !== 2)
            return this.schemaFail(`${pyRepr(arg)} does not have exactly 2 items`, 'Fn::Join', path);
        const [delimiter, list] = arg;
        if (typeof delimiter !== 'string')
            this.schemaFail(`${pyRepr(delimiter)} is not of type 'string'`, 'Fn::Join.0', path);
        const values = await this.eval(list, joinPath(path, 1), visited);
        if (!Array.isArray(values))
            return this.schemaFail(`${pyRepr(values)} is not of type 'array'`, 'Fn::Join.1', path);
        values.forEach((v, i) => {
            if (typeof v !== 'string')
                this.schemaFail(`${pyRepr(v)} is not of type 'string'`, `Fn::Join.1.${i}`, joinPath(joinPath(path, 1), i));
        });
        return values.join(delimiter);
    }
    async split(arg, path, visited) {
        if (!Array.isArray(arg) || arg.length !== 2) {
            return this.schemaFail(`${pyRepr(arg)} is not valid under any of the given schemas`, 'Fn::Split', path);
        }
        const [delimiter, source] = arg;
        if (typeof delimiter !== 'string')
            this.schemaFail(`${pyRepr(delimiter)} is not of type 'string'`, 'Fn::Split.0', path);
        const value = await this.eval(source, joinPath(path, 1), visited);
        if (typeof value !== 'string')
            this.schemaFail(`${pyRepr(value)} is not of type 'string'`, 'Fn::Split.1', path);
        const out = value.split(delimiter);
        this.origins.set(out, path);
        return out;
    }
    async select(arg, path, visited) {
        if (!Array.isArray(arg) || arg.length !== 2) {
            return this.schemaFail(`${pyRepr(arg)} is not valid under any of the given schemas`, 'Fn::Select', path);
        }
        const rawIndex = await this.eval(arg[0], joinPath(path, 0), visited);
        let index;
        if (typeof rawIndex === 'number' && Number.isFinite(rawIndex))
            index = Math.trunc(rawIndex);
        else if (typeof rawIndex === 'string' && /^\s*[+-]?\d+\s*$/.test(rawIndex))
            index = Number.parseInt(rawIndex, 10);
        else {
            return this.fail('schema', `The first value for Fn::Select must be an integer. Invalid value: ${pyStr(rawIndex)}`, path);
        }
        const list = await this.eval(arg[1], joinPath(path, 1), visited);
        if (!Array.isArray(list))
            return this.schemaFail(`${pyRepr(list)} is not of type 'array'`, 'Fn::Select.1', path);
        if (index < 0 || index >= list.length) {
            return this.fail('out_of_bounds', `Fn::Select index is out of bounds of the list.  Invalid value: ${pyRepr(arg)}`, path);
        }
        return list[index];
    }
    async findInMap(arg, path, visited) {
        if (!Array.isArray(arg))
            return this.schemaFail(`${pyRepr(arg)} is not of type 'array'`, 'Fn::FindInMap', path);
        let defaultValue;
        if (arg.length === 4 &&
            this.behaviour.findInMapDefault &&
            evaluator_isPlainObject(arg[3]) &&
            'DefaultValue' in arg[3]) {
            defaultValue = { value: arg[3].DefaultValue };
        }
        else if (arg.length > 3) {
            return this.schemaFail(`Additional items are not allowed (${arg.slice(3).map(pyRepr).join(', ')} was unexpected)`, 'Fn::FindInMap', path);
        }
        else if (arg.length < 3) {
            return this.schemaFail(`${pyRepr(arg)} is too short`, 'Fn::FindInMap', path);
        }
        const keys = [];
        for (let i = 0; i < 3; i++) {
            const v = await this.eval(arg[i], joinPath(path, i), visited);
            if (typeof v !== 'string')
                this.schemaFail(`${pyRepr(v)} is not of type 'string'`, `Fn::FindInMap.${i}`, path);
            keys.push(v);
        }
        const [m, k1, k2] = keys;
        const level1 = Object.hasOwn(this.mappings, m) ? this.mappings[m] : undefined;
        const level2 = evaluator_isPlainObject(level1) && Object.hasOwn(level1, k1) ? level1[k1] : undefined;
        const found = evaluator_isPlainObject(level2) && Object.hasOwn(level2, k2) ? level2[k2] : undefined;
        if (found === undefined) {
            if (defaultValue)
                return this.eval(defaultValue.value, joinPath(path, 3), visited);
            return this.fail('lookup_failed', `Fn::FindInMap lookup failed. Unable to find value in Mappings.  Value: ${pyRepr(keys)}`, path);
        }
        return this.eval(found, `Mappings.${m}.${k1}.${k2}`, visited);
    }
    async fnIf(arg, path, visited) {
        if (!Array.isArray(arg) || arg.length !== 3) {
            return this.schemaFail(`${pyRepr(arg)} is not valid under any of the given schemas`, 'Fn::If', path);
        }
        if (typeof arg[0] !== 'string')
            this.schemaFail(`${pyRepr(arg[0])} is not of type 'string'`, 'Fn::If.0', path);
        const chosen = (await this.condition(arg[0], path)) ? 1 : 2;
        return this.eval(arg[chosen], joinPath(path, chosen), visited);
    }
    async importValue(arg, path, visited) {
        const name = await this.eval(arg, path, visited);
        if (typeof name !== 'string')
            return this.schemaFail(`${pyRepr(name)} is not of type 'string'`, 'Fn::ImportValue', path);
        this.exportsCache ??= this.init.lookups.listExports();
        let exports;
        try {
            exports = await this.exportsCache;
        }
        catch (error) {
            return this.lookupFailure(error, 'Unable to list CloudFormation exports', path);
        }
        const found = exports.find((e) => e.Name === name);
        if (!found) {
            return this.fail('lookup_failed', `Unable to resolve Fn::ImportValue. Could not find a stack export to import with value ${name}.`, path);
        }
        return found.Value;
    }
    // ---------------------------------------------------------------- Conditions
    /** Evaluates a named condition (cached; cycles are errors). */
    async condition(name, path, stack = []) {
        if (!Object.hasOwn(this.conditions, name)) {
            this.fail('unresolved_condition', `Unable to find referenced condition in template: ${name}`, path);
        }
        if (stack.includes(name))
            this.fail('cycle', `Cycle detected for condition ${name}.`, path);
        let cached = this.conditionCache.get(name);
        if (!cached) {
            cached = this.conditionExpression(this.conditions[name], `Conditions.${name}`, [
                ...stack,
                name,
            ]);
            this.conditionCache.set(name, cached);
        }
        return cached;
    }
    async conditionExpression(expr, path, stack) {
        if (typeof expr === 'boolean')
            return expr;
        if (evaluator_isPlainObject(expr)) {
            const fn = Object.keys(expr)[0];
            const args = fn === undefined ? undefined : expr[fn];
            const fnPath = fn === undefined ? path : joinPath(path, fn);
            switch (fn) {
                case 'Fn::Equals': {
                    if (!Array.isArray(args) || args.length !== 2) {
                        return this.schemaFail(`${pyRepr(args)} is not valid under any of the given schemas`, 'Fn::Equals', fnPath);
                    }
                    const a = await this.eval(args[0], joinPath(fnPath, 0));
                    const b = await this.eval(args[1], joinPath(fnPath, 1));
                    return this.equalsText(a) === this.equalsText(b);
                }
                case 'Fn::And':
                case 'Fn::Or': {
                    const short = fn.slice(4);
                    if (!Array.isArray(args) || args.length < 2 || args.length > 10) {
                        return this.fail('schema', `Could not evaluate ${fn}. ${short} must have between 2 and 10 operands. Invalid value: ${pyRepr(args)}`, fnPath);
                    }
                    const values = [];
                    for (let i = 0; i < args.length; i++) {
                        const v = await this.conditionOperand(args[i], joinPath(fnPath, i), stack);
                        if (v === undefined) {
                            return this.fail('schema', `Could not evaluate ${fn}. The evaluated value of every ${short} operand must be a boolean. Value does not evaluate to a boolean: ${pyRepr(args)}`, fnPath);
                        }
                        values.push(v);
                    }
                    return fn === 'Fn::And' ? values.every(Boolean) : values.some(Boolean);
                }
                case 'Fn::Not': {
                    const operand = Array.isArray(args) && args.length === 1
                        ? await this.conditionOperand(args[0], joinPath(fnPath, 0), stack)
                        : undefined;
                    if (operand === undefined) {
                        return this.fail('schema', `Could not evaluate Fn::Not. The evaluated value of a Not function must be a boolean. Value does not evaluate to a boolean: ${pyRepr(args)}`, fnPath);
                    }
                    return !operand;
                }
                case 'Condition':
                    if (typeof args !== 'string')
                        return this.schemaFail(`${pyRepr(args)} is not of type 'string'`, 'Condition', fnPath);
                    return this.condition(args, fnPath, stack);
                default:
                    break;
            }
        }
        const v = await this.conditionOperand(expr, path, stack);
        if (v === undefined)
            return this.fail('schema', `Condition does not evaluate to a boolean: ${pyRepr(expr)}`, path);
        return v;
    }
    /** A condition operand: a nested condition function, a boolean, or (ours) "true"/"false". */
    async conditionOperand(operand, path, stack) {
        if (typeof operand === 'boolean')
            return operand;
        if (evaluator_isPlainObject(operand)) {
            const fn = Object.keys(operand)[0];
            if (fn === 'Fn::Equals' ||
                fn === 'Fn::And' ||
                fn === 'Fn::Or' ||
                fn === 'Fn::Not' ||
                fn === 'Condition') {
                return this.conditionExpression(operand, path, stack);
            }
            const v = await this.eval(operand, path);
            if (typeof v === 'boolean')
                return v;
            if (this.behaviour.cfnEquals && (v === 'true' || v === 'false'))
                return v === 'true';
            return undefined;
        }
        if (this.behaviour.cfnEquals && (operand === 'true' || operand === 'false'))
            return operand === 'true';
        return undefined;
    }
    equalsText(value) {
        if (this.behaviour.cfnEquals && typeof value === 'boolean')
            return value ? 'true' : 'false';
        return pyStr(value);
    }
    // ---------------------------------------------------------------- lookups
    async resolveDynamicReferences(text, path) {
        const pattern = /\{\{resolve:ssm:([a-zA-Z0-9_./-]+)(?::(\d+))?\}\}/g;
        const matches = [...text.matchAll(pattern)];
        if (matches.length === 0)
            return text;
        const values = [];
        for (const match of matches) {
            const name = match[1] ?? '';
            const version = match[2];
            if (version === undefined && !this.behaviour.allowDynamicRefWithoutVersion) {
                this.fail('dynamic_ref_version', `Dynamic references to SSM parameters must include a version number to ensure the value does not change between validation and deployment. Use the --allow-dynamic-ref-without-version flag if you want to disable this check for a version number. Invalid dynamic reference: ${match[0]}`, path);
            }
            values.push(await this.ssm(version === undefined ? name : `${name}:${version}`, path, 'dynamic reference'));
        }
        let out = '';
        let last = 0;
        matches.forEach((match, i) => {
            out += text.slice(last, match.index) + (values[i] ?? '');
            last = (match.index ?? 0) + match[0].length;
        });
        return out + text.slice(last);
    }
    async ssm(key, path, what) {
        let cached = this.ssmCache.get(key);
        if (!cached) {
            cached = this.init.lookups.getSsmParameter(key);
            this.ssmCache.set(key, cached);
        }
        try {
            return await cached;
        }
        catch (error) {
            const region = this.account.region;
            if (error instanceof LookupNotFoundError && error.code === 'ParameterVersionNotFound') {
                const colon = key.lastIndexOf(':');
                return this.fail('lookup_failed', `Could not find version ${key.slice(colon + 1)} of SSM parameter ${key.slice(0, colon)} referenced by ${what} in region ${region}.`, path);
            }
            if (error instanceof LookupNotFoundError) {
                return this.fail('lookup_failed', `Could not find SSM parameter referenced by ${what} in region ${region}: ${key}`, path);
            }
            return this.lookupFailure(error, `Unable to read SSM parameter ${key}`, path);
        }
    }
    async restApis(path) {
        this.restApisCache ??= this.init.lookups.getRestApis();
        try {
            return await this.restApisCache;
        }
        catch (error) {
            return this.lookupFailure(error, 'Unable to list API Gateway REST APIs', path);
        }
    }
    lookupFailure(error, what, path) {
        if (error instanceof TemplateError)
            throw error;
        const detail = error instanceof Error ? error.message : String(error);
        return this.fail('lookup_failed', `${what}: ${detail}`, path);
    }
}
/** The shape the reference accepts for Fn::GetAtt: [string, attribute]. */
function validateGetAttShape(arg, path, evaluator) {
    if (!Array.isArray(arg))
        evaluator.schemaFail(`${pyRepr(arg)} is not of type 'array'`, 'Fn::GetAtt', path);
    const list = arg;
    if (list.length > 2) {
        evaluator.schemaFail(`Additional items are not allowed (${list.slice(2).map(pyRepr).join(', ')} was unexpected)`, 'Fn::GetAtt', path);
    }
    if (list.length < 2)
        evaluator.schemaFail(`${pyRepr(list)} is too short`, 'Fn::GetAtt', path);
    if (typeof list[0] !== 'string')
        evaluator.schemaFail(`${pyRepr(list[0])} is not of type 'string'`, 'Fn::GetAtt.0', path);
}
function pruneNoValue(value) {
    if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--)
            if (value[i] === NO_VALUE)
                value.splice(i, 1);
    }
    else if (evaluator_isPlainObject(value)) {
        for (const key of Object.keys(value))
            if (value[key] === NO_VALUE)
                delete value[key];
    }
    return value;
}
function availabilityZones(region, init) {
    const injected = init.availabilityZones?.[region];
    return injected ?? [`${region}a`, `${region}b`, `${region}c`];
}
/**
 * Fn::Cidr [ipBlock, count, cidrBits]: the first `count` subnets of `ipBlock` whose host part is
 * `cidrBits` bits wide (`/24` for cidrBits 8 in IPv4), in address order, as CloudFormation returns
 * them. IPv4 and IPv6. Returns an error sentence for invalid arguments.
 */
function cidrSubnets(block, count, bits) {
    const toInt = (v) => {
        if (typeof v === 'number' && Number.isInteger(v))
            return v;
        if (typeof v === 'string' && /^\d+$/.test(v.trim()))
            return Number(v.trim());
        return undefined;
    };
    const n = toInt(count);
    const hostBits = toInt(bits);
    if (typeof block !== 'string')
        return `ipBlock must be a string, got ${pyRepr(block)}`;
    if (n === undefined || n < 1 || n > 256)
        return `count must be an integer from 1 to 256, got ${pyRepr(count)}`;
    const slash = block.indexOf('/');
    const address = slash < 0 ? block : block.slice(0, slash);
    const prefix = slash < 0 ? undefined : toInt(block.slice(slash + 1));
    const v6 = address.includes(':');
    const width = v6 ? 128 : 32;
    const parsed = v6 ? parseIpv6(address) : parseIpv4(address);
    if (parsed === undefined || prefix === undefined || prefix > width)
        return `${block} is not a valid CIDR block`;
    if (hostBits === undefined || hostBits < 0 || hostBits > width - prefix)
        return `cidrBits must be an integer from 0 to ${width - prefix} for ${block}, got ${pyRepr(bits)}`;
    const newPrefix = width - hostBits;
    const available = 1n << BigInt(newPrefix - prefix);
    if (BigInt(n) > available)
        return `${block} has room for ${available} subnets of /${newPrefix}, not ${n}`;
    const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - prefix)) - 1n);
    const network = parsed & mask;
    const step = 1n << BigInt(hostBits);
    const out = [];
    for (let i = 0n; i < BigInt(n); i++) {
        const a = network + i * step;
        out.push(`${v6 ? formatIpv6(a) : formatIpv4(a)}/${newPrefix}`);
    }
    return out;
}
function parseIpv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let value = 0n;
    for (const p of parts) {
        if (!/^\d{1,3}$/.test(p) || Number(p) > 255)
            return undefined;
        value = (value << 8n) | BigInt(Number(p));
    }
    return value;
}
function formatIpv4(value) {
    return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.');
}
function parseIpv6(text) {
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const groups = (h) => (h === '' ? [] : h.split(':'));
    const head = groups(halves[0] ?? '');
    const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
    const missing = 8 - head.length - tail.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1)
        return undefined;
    const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
    let value = 0n;
    for (const g of all) {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            return undefined;
        value = (value << 16n) | BigInt(Number.parseInt(g, 16));
    }
    return value;
}
/** RFC 5952 text form (lowercase, longest run of zero groups compressed). */
function formatIpv6(value) {
    const groups = [];
    for (let s = 112n; s >= 0n; s -= 16n)
        groups.push(Number((value >> s) & 0xffffn));
    let bestStart = -1;
    let bestLen = 0;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/extract/nested-stacks.ts


/** `https://...`, `s3://...`: templates we cannot read without fetching them. */
function isRemoteTemplateLocation(location) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}
/**
 * The default resolver: a local path relative to the parent template's directory (as
 * `aws cloudformation package` and `sam build` expect them), read from the file system.
 */
const fileSystemNestedTemplates = async (location, parentFile) => {
    if (isRemoteTemplateLocation(location))
        return undefined;
    const file = (0,external_node_path_.normalize)((0,external_node_path_.isAbsolute)(location) ? location : (0,external_node_path_.join)((0,external_node_path_.dirname)(parentFile), location));
    try {
        return { file, text: await (0,promises_.readFile)(file, 'utf8') };
    }
    catch {
        return undefined;
    }
};
/** Nested stack parameters are strings; lists are passed comma-joined as CloudFormation does. */
function nestedParameterValues(value) {
    if (value === undefined || value === null)
        return { values: {} };
    if (typeof value !== 'object' || Array.isArray(value))
        return { problem: 'Parameters must be a mapping of parameter names to values' };
    const values = {};
    for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string')
            values[key] = v;
        else if (typeof v === 'number' || typeof v === 'boolean')
            values[key] = String(v);
        else if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            values[key] = v.join(',');
        else
            return { problem: `parameter ${key} does not resolve to a string` };
    }
    return { values };
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/extract/extract.ts







const ROLE_NAME_PATTERN = /^[\w+=,.@-]+$/;
/** Nested stacks within nested stacks are followed this deep. */
const MAX_NESTING = 10;
function resolveOptions(input) {
    const o = input.options ?? {};
    const better = !(o.referenceParity ?? false);
    const defaults = o.useParameterDefaults ?? better;
    return {
        behaviour: {
            allowDynamicRefWithoutVersion: o.allowDynamicRefWithoutVersion ?? false,
            useParameterDefaults: defaults,
            honourParameterTypes: defaults,
            unescapeSubLiterals: better,
            subDottedAttributes: better,
            cfnEquals: better,
            findInMapDefault: better,
            notificationArnsEmpty: better,
            strictFunctions: better,
            referenceArnTable: !better,
            documentedArns: o.documentedArns ?? false,
            networkFunctions: better,
        },
        skipFalseConditions: o.skipResourcesWithFalseCondition ?? better,
        extraTypes: o.extractExtraTypes ?? better,
        followNestedStacks: (o.followNestedStacks ?? better) && (o.extractExtraTypes ?? better),
        exclude: new Set((o.excludeResourceTypes ?? []).map((t) => t.trim()).filter((t) => t !== '')),
    };
}
/**
 * Parses a CloudFormation template and extracts every identity, trust and resource policy, with
 * intrinsic functions resolved, in both the reference `parse` JSON shape and a flat list carrying
 * source locations. Everything that is not extracted but bears a policy is listed in `notChecked`.
 * Throws TemplateError only.
 */
async function parseAndExtract(input) {
    const loaded = loadTemplate({
        text: input.text,
        file: input.file,
        ...(input.format ? { format: input.format } : {}),
    });
    return extractFromTemplate(loaded, input);
}
async function extractFromTemplate(loaded, input) {
    const options = resolveOptions(input);
    // The extractor owns nested-stack templates; the evaluator asks it for their Outputs.
    const owner = {};
    const evaluator = new Evaluator({
        template: loaded.template,
        positions: loaded.positions,
        account: { accountId: input.accountId, region: input.region, partition: input.partition },
        parameterValues: input.parameters ?? {},
        lookups: input.lookups,
        behaviour: options.behaviour,
        ...(input.options?.availabilityZones
            ? { availabilityZones: input.options.availabilityZones }
            : {}),
        ...(options.followNestedStacks
            ? {
                nestedStackOutput: (id, output, path) => owner.extractor
                    ? owner.extractor.nestedStackOutput(id, output, path)
                    : Promise.resolve(undefined),
            }
            : {}),
    });
    owner.extractor = new Extractor(loaded, evaluator, options, input);
    return owner.extractor.run();
}
class Extractor {
    loaded;
    ev;
    options;
    input;
    principals = [];
    resources = [];
    managedPolicies = [];
    policyAttachments = [];
    pendingManagedArns = [];
    bucketAcls = [];
    lambdaPermissions = new Map();
    layerPermissions = new Map();
    statementOrigins = new WeakMap();
    notChecked = [];
    skipped = [];
    /** Policies and parse output of followed nested stacks, appended after this template's own. */
    nestedPolicies = [];
    nestedOutputs = [];
    constructor(loaded, ev, options, input) {
        this.loaded = loaded;
        this.ev = ev;
        this.options = options;
        this.input = input;
    }
    async run() {
        const resources = this.loaded.template.Resources;
        this.precheckShapes(resources);
        for (const [logicalId, resource] of Object.entries(resources)) {
            if (this.options.exclude.has(resource.Type))
                continue;
            if (this.options.skipFalseConditions && typeof resource.Condition === 'string') {
                const created = await this.ev.condition(resource.Condition, joinPath(this.resPath(logicalId), 'Condition'));
                if (!created) {
                    this.skipped.push({
                        resource: logicalId,
                        type: resource.Type,
                        reason: `Condition ${resource.Condition} is false for the given parameters, so the resource is not created`,
                        location: this.loaded.positions.locate(this.resPath(logicalId)),
                    });
                    continue;
                }
            }
            try {
                await this.parseResource(logicalId, resource);
            }
            catch (error) {
                if (error instanceof TemplateError)
                    throw error.locate(undefined, logicalId);
                throw error;
            }
        }
        await this.resolveManagedPolicyArns();
        this.attachPolicies();
        this.mergeBucketAcls();
        this.flushGroupedPermissions();
        return this.output();
    }
    // ------------------------------------------------------------------ helpers
    resPath(logicalId) {
        return joinPath('Resources', logicalId);
    }
    propPath(logicalId, prop) {
        return joinPath(joinPath(this.resPath(logicalId), 'Properties'), prop);
    }
    async prop(logicalId, name) {
        return this.ev.property(logicalId, name);
    }
    fail(kind, message, path) {
        return this.ev.fail(kind, message, path);
    }
    async str(logicalId, name, required = false) {
        const v = await this.prop(logicalId, name);
        if (v === undefined) {
            if (required)
                this.required(logicalId, name);
            return undefined;
        }
        if (typeof v !== 'string') {
            this.fail('schema', `${pyRepr(v)} is not of type 'string', Path: ${this.propPath(logicalId, name)}`, this.propPath(logicalId, name));
        }
        return v;
    }
    required(logicalId, name) {
        const at = joinPath(this.resPath(logicalId), 'Properties');
        return this.fail('schema', `'${name}' is a required property, Path: ${at}`, at);
    }
    async strList(logicalId, name, minItems = 0) {
        const v = await this.prop(logicalId, name);
        const path = this.propPath(logicalId, name);
        if (v === undefined)
            return [];
        if (!Array.isArray(v))
            return this.fail('schema', `${pyRepr(v)} is not of type 'array', Path: ${path}`, path);
        if (v.length < minItems)
            return this.fail('schema', `${pyRepr(v)} is too short, Path: ${path}`, path);
        v.forEach((item, i) => {
            if (typeof item !== 'string')
                this.fail('schema', `${pyRepr(item)} is not of type 'string', Path: ${path}.${i}`, joinPath(path, i));
        });
        return v;
    }
    /** A policy document: must be an object (ours: a JSON string is parsed, as CloudFormation allows). */
    async document(logicalId, name, required) {
        const path = this.propPath(logicalId, name);
        const v = await this.prop(logicalId, name);
        if (v === undefined) {
            if (required)
                this.required(logicalId, name);
            return undefined;
        }
        return this.checkDocument(v, path);
    }
    checkDocument(v, path) {
        if (typeof v === 'string' && this.options.extraTypes) {
            try {
                const parsed = JSON.parse(v);
                if (evaluator_isPlainObject(parsed))
                    return parsed;
            }
            catch {
                return this.fail('invalid_value', `Invalid policy document: the string is not valid JSON, Path: ${path}`, path);
            }
        }
        if (!evaluator_isPlainObject(v))
            return this.fail('schema', `${pyRepr(v)} is not of type 'object', Path: ${path}`, path);
        return v;
    }
    record(name, document, logicalId, docPath, path = '/', isAwsManaged = false) {
        return { name, document, path, isAwsManaged, logicalId, docPath };
    }
    addResource(logicalId, name, type, policyName, document, docPath, configuration) {
        const r = {
            name,
            type,
            policy: this.record(policyName, document, logicalId, docPath),
            logicalId,
        };
        if (configuration && Object.keys(configuration).length > 0)
            r.configuration = configuration;
        this.resources.push(r);
    }
    addNotChecked(logicalId, type, reason, path) {
        const item = {
            resource: logicalId,
            type,
            reason,
            location: this.loaded.positions.locate(path ?? this.resPath(logicalId)),
        };
        const cdk = this.cdkPath(logicalId);
        if (cdk)
            item.cdkPath = cdk;
        this.notChecked.push(item);
    }
    cdkPath(logicalId) {
        const meta = this.loaded.template.Resources[logicalId]?.Metadata;
        const p = evaluator_isPlainObject(meta) ? meta['aws:cdk:path'] : undefined;
        return typeof p === 'string' ? p : undefined;
    }
    /**
     * The reference shape-checks every Fn::GetAtt / Fn::Sub / Ref in Resources up front (its dependency
     * sort walks them), so a malformed one fails the run even outside policies.
     */
    precheckShapes(resources) {
        const walk = (node, path, depth) => {
            if (depth > 200)
                return;
            if (Array.isArray(node)) {
                node.forEach((item, i) => walk(item, joinPath(path, i), depth + 1));
                return;
            }
            if (!evaluator_isPlainObject(node))
                return;
            const first = Object.keys(node)[0];
            if (first === 'Fn::GetAtt')
                validateGetAttShape(node[first], joinPath(path, first), this.ev);
            if (first === 'Ref' && typeof node.Ref !== 'string') {
                this.ev.schemaFail(`${pyRepr(node.Ref)} is not of type 'string'`, 'Ref', joinPath(path, 'Ref'));
            }
            if (first === 'Fn::Sub') {
                const a = node[first];
                const ok = typeof a === 'string' ||
                    (Array.isArray(a) && a.length === 2 && typeof a[0] === 'string' && evaluator_isPlainObject(a[1]));
                if (!ok)
                    this.ev.schemaFail(`${pyRepr(a)} is not valid under any of the given schemas`, 'Fn::Sub', joinPath(path, first));
            }
            for (const [k, v] of Object.entries(node))
                walk(v, joinPath(path, k), depth + 1);
        };
        for (const [id, r] of Object.entries(resources)) {
            if (this.options.exclude.has(r.Type))
                continue;
            walk(r, this.resPath(id), 0);
        }
    }
    // ------------------------------------------------------------------ dispatch
    async parseResource(id, r) {
        switch (r.Type) {
            case 'AWS::IAM::Role':
                return this.principal(id, 'Role');
            case 'AWS::IAM::User':
                return this.principal(id, 'User');
            case 'AWS::IAM::Group':
                return this.principal(id, 'Group');
            case 'AWS::SSO::PermissionSet':
                return this.permissionSet(id);
            case 'AWS::IAM::ManagedPolicy':
                return this.managedPolicy(id);
            case 'AWS::IAM::Policy':
                return this.inlinePolicy(id);
            case 'AWS::IAM::RolePolicy':
                return this.principalPolicy(id, 'RoleName', 'roles');
            case 'AWS::IAM::UserPolicy':
                return this.principalPolicy(id, 'UserName', 'users');
            case 'AWS::IAM::GroupPolicy':
                return this.principalPolicy(id, 'GroupName', 'groups');
            case 'AWS::S3::Bucket':
                return this.bucket(id);
            case 'AWS::S3::BucketPolicy': {
                const bucket = (await this.str(id, 'Bucket', true));
                const doc = await this.document(id, 'PolicyDocument', true);
                return this.addResource(id, bucket, 'AWS::S3::Bucket', 'BucketPolicy', doc, this.propPath(id, 'PolicyDocument'));
            }
            case 'AWS::S3::AccessPoint':
                return this.accessPoint(id, 'AWS::S3::AccessPoint', 'AccessPointPolicy');
            case 'AWS::S3Express::AccessPoint':
                return this.accessPoint(id, 'AWS::S3Express::AccessPoint', 'Policy');
            case 'AWS::S3::MultiRegionAccessPointPolicy': {
                const name = (await this.str(id, 'MrapName', true));
                const doc = await this.document(id, 'Policy', true);
                return this.addResource(id, name, 'AWS::S3::MultiRegionAccessPoint', 'MultiRegionAccessPointPolicy', doc, this.propPath(id, 'Policy'));
            }
            case 'AWS::S3Tables::TableBucketPolicy':
                return this.tableBucketPolicy(id);
            case 'AWS::SQS::QueuePolicy': {
                const queues = await this.strList(id, 'Queues', 1);
                if (queues.length === 0)
                    this.required(id, 'Queues');
                const doc = await this.document(id, 'PolicyDocument', true);
                for (const url of queues) {
                    this.addResource(id, this.queueName(url, this.propPath(id, 'Queues')), 'AWS::SQS::Queue', 'QueuePolicy', doc, this.propPath(id, 'PolicyDocument'));
                }
                return;
            }
            case 'AWS::SNS::TopicPolicy': {
                const topics = await this.strList(id, 'Topics', 1);
                if (topics.length === 0)
                    this.required(id, 'Topics');
                const doc = await this.document(id, 'PolicyDocument', true);
                for (const arn of topics) {
                    this.addResource(id, arn.split(':').at(-1) ?? arn, 'AWS::SNS::Topic', 'TopicPolicy', doc, this.propPath(id, 'PolicyDocument'));
                }
                return;
            }
            case 'AWS::KMS::Key': {
                const doc = await this.document(id, 'KeyPolicy', !this.options.extraTypes);
                if (doc === undefined)
                    return;
                return this.addResource(id, id, 'AWS::KMS::Key', 'KeyPolicy', doc, this.propPath(id, 'KeyPolicy'));
            }
            case 'AWS::Lambda::Permission':
                return this.lambdaPermission(id);
            case 'AWS::Lambda::LayerVersionPermission':
                return this.layerPermission(id);
            case 'AWS::SecretsManager::ResourcePolicy':
                return this.secretPolicy(id);
            case 'AWS::ApiGateway::RestApi': {
                if ((await this.prop(id, 'Policy')) === undefined)
                    return;
                const name = (await this.str(id, 'Name', true));
                const doc = await this.document(id, 'Policy', true);
                return this.addResource(id, name, 'AWS::ApiGateway::RestApi', 'Policy', doc, this.propPath(id, 'Policy'));
            }
            case 'AWS::CodeArtifact::Domain': {
                const doc = await this.document(id, 'PermissionsPolicyDocument', false);
                if (doc === undefined)
                    return;
                const name = (await this.str(id, 'DomainName', true));
                return this.addResource(id, name, 'AWS::CodeArtifact::Domain', 'PermissionsPolicyDocument', doc, this.propPath(id, 'PermissionsPolicyDocument'));
            }
            case 'AWS::Backup::BackupVault': {
                const doc = await this.document(id, 'AccessPolicy', false);
                if (doc === undefined)
                    return;
                const name = (await this.str(id, 'BackupVaultName', true));
                return this.addResource(id, name, 'AWS::Backup::BackupVault', 'AccessPolicy', doc, this.propPath(id, 'AccessPolicy'));
            }
            case 'AWS::CloudTrail::ResourcePolicy':
                return this.cloudTrailPolicy(id);
            default:
                return this.parseOtherResource(id, r);
        }
    }
    // ------------------------------------------------------------------ identity
    async inlinePolicies(id, principal) {
        const v = await this.prop(id, 'Policies');
        const path = this.propPath(id, 'Policies');
        if (v === undefined)
            return;
        if (!Array.isArray(v))
            this.fail('schema', `${pyRepr(v)} is not of type 'array', Path: ${path}`, path);
        for (let i = 0; i < v.length; i++) {
            const item = v[i];
            const itemPath = this.ev.originOf(item) ?? joinPath(path, i);
            if (!evaluator_isPlainObject(item))
                this.fail('schema', `${pyRepr(item)} is not of type 'object', Path: ${path}.${i}`, itemPath);
            if (item.PolicyName === undefined)
                this.fail('schema', `'PolicyName' is a required property, Path: ${path}.${i}`, itemPath);
            if (item.PolicyDocument === undefined)
                this.fail('schema', `'PolicyDocument' is a required property, Path: ${path}.${i}`, itemPath);
            if (typeof item.PolicyName !== 'string') {
                this.fail('schema', `${pyRepr(item.PolicyName)} is not of type 'string', Path: ${path}.${i}.PolicyName`, itemPath);
            }
            const docPath = joinPath(itemPath, 'PolicyDocument');
            const doc = this.checkDocument(item.PolicyDocument, docPath);
            principal.policies.push(this.record(item.PolicyName, doc, id, docPath));
        }
    }
    async principal(id, kind) {
        const nameProp = `${kind}Name`;
        const path = (await this.str(id, 'Path')) ?? '/';
        let trust;
        if (kind === 'Role') {
            if (!evaluator_isPlainObject(this.loaded.template.Resources[id]?.Properties)) {
                this.fail('schema', `'Properties' is a required property, Path: ${this.resPath(id)}`, this.resPath(id));
            }
            const doc = await this.document(id, 'AssumeRolePolicyDocument', true);
            trust = this.record('TrustPolicy', doc, id, this.propPath(id, 'AssumeRolePolicyDocument'));
        }
        const name = (await this.str(id, nameProp)) ?? id;
        if (kind === 'Role' && !ROLE_NAME_PATTERN.test(name)) {
            const p = this.propPath(id, nameProp);
            this.fail('schema', `${pyRepr(name)} does not match '^([\\\\w+=,.@-]+)$', Path: ${p}`, p);
        }
        const principal = { kind, logicalId: id, name, path, policies: [] };
        if (trust)
            principal.trust = trust;
        await this.inlinePolicies(id, principal);
        const arns = await this.prop(id, 'ManagedPolicyArns');
        if (arns !== undefined) {
            const p = this.propPath(id, 'ManagedPolicyArns');
            if (!Array.isArray(arns))
                this.fail('schema', `${pyRepr(arns)} is not of type 'array', Path: ${p}`, p);
            this.pendingManagedArns.push({ principal, arns, path: p });
        }
        this.principals.push(principal);
        if (this.options.extraTypes && (await this.prop(id, 'PermissionsBoundary')) !== undefined) {
            this.addNotChecked(id, this.loaded.template.Resources[id]?.Type ?? kind, 'Permissions boundary is not validated here (it limits, not grants, permissions); validate the boundary policy itself', this.propPath(id, 'PermissionsBoundary'));
        }
    }
    async permissionSet(id) {
        const name = (await this.str(id, 'Name', true));
        const principal = {
            kind: 'PermissionSet',
            logicalId: id,
            name,
            path: '/',
            policies: [],
        };
        const doc = await this.document(id, 'InlinePolicy', false);
        if (doc !== undefined)
            principal.policies.push(this.record('InlinePolicy', doc, id, this.propPath(id, 'InlinePolicy')));
        const arns = await this.prop(id, 'ManagedPolicies');
        if (arns !== undefined) {
            const p = this.propPath(id, 'ManagedPolicies');
            if (!Array.isArray(arns))
                this.fail('schema', `${pyRepr(arns)} is not of type 'array', Path: ${p}`, p);
            this.pendingManagedArns.push({ principal, arns, path: p });
        }
        this.principals.push(principal);
        if (this.options.extraTypes) {
            for (const prop of ['CustomerManagedPolicyReferences', 'PermissionsBoundary']) {
                if ((await this.prop(id, prop)) !== undefined) {
                    this.addNotChecked(id, 'AWS::SSO::PermissionSet', `${prop} of a permission set refers to policies outside this template and is not validated`, this.propPath(id, prop));
                }
            }
        }
    }
    async targets(id, record) {
        return {
            record,
            roles: await this.strList(id, 'Roles'),
            users: await this.strList(id, 'Users'),
            groups: await this.strList(id, 'Groups'),
        };
    }
    async managedPolicy(id) {
        const name = (await this.str(id, 'ManagedPolicyName')) ?? id;
        const path = (await this.str(id, 'Path')) ?? '/';
        const doc = await this.document(id, 'PolicyDocument', true);
        const record = this.record(name, doc, id, this.propPath(id, 'PolicyDocument'), path);
        const resource = this.loaded.template.Resources[id];
        const arn = (await this.ev.generateArn(name, id, resource, 'Ref', this.resPath(id), []));
        this.managedPolicies.push({ arn, targets: await this.targets(id, record) });
    }
    async inlinePolicy(id) {
        const name = (await this.str(id, 'PolicyName', true));
        const doc = await this.document(id, 'PolicyDocument', true);
        this.policyAttachments.push(await this.targets(id, this.record(name, doc, id, this.propPath(id, 'PolicyDocument'))));
    }
    async principalPolicy(id, nameProp, kind) {
        const name = (await this.str(id, 'PolicyName', true));
        const doc = await this.document(id, 'PolicyDocument', true);
        const target = (await this.str(id, nameProp, true));
        const t = {
            record: this.record(name, doc, id, this.propPath(id, 'PolicyDocument')),
            roles: [],
            users: [],
            groups: [],
        };
        t[kind].push(target);
        this.policyAttachments.push(t);
    }
    /** Principal-side ManagedPolicyArns: in-template managed policies first, else fetched from IAM. */
    async resolveManagedPolicyArns() {
        const byArn = new Map();
        for (const m of this.managedPolicies)
            if (!byArn.has(m.arn))
                byArn.set(m.arn, m);
        for (const pending of this.pendingManagedArns) {
            for (let i = 0; i < pending.arns.length; i++) {
                const arn = pending.arns[i];
                const p = joinPath(pending.path, i);
                if (typeof arn !== 'string')
                    this.fail('schema', `${pyRepr(arn)} is not of type 'string', Path: ${p}`, p);
                const local = byArn.get(arn);
                if (local) {
                    pending.principal.policies.push(local.targets.record);
                    continue;
                }
                try {
                    const fetched = await this.input.lookups.getManagedPolicy(arn);
                    const account = arn.split(':')[4];
                    pending.principal.policies.push(this.record(fetched.PolicyName, fetched.Document, pending.principal.logicalId, p, fetched.Path, account === 'aws'));
                }
                catch (error) {
                    if (error instanceof LookupNotFoundError) {
                        this.fail('lookup_failed', `Could not find managed policy with ${arn} in template or in environment.`, p);
                    }
                    this.ev.lookupFailure(error, `Unable to read managed policy ${arn}`, p);
                }
            }
        }
    }
    /** Policy-side attachments by principal name; policies attached to nothing become orphaned. */
    attachPolicies() {
        const index = new Map();
        for (const p of this.principals)
            if (!index.has(`${p.kind}:${p.name}`))
                index.set(`${p.kind}:${p.name}`, p);
        const find = (kind, name) => index.get(`${kind}:${name}`);
        const attach = (t) => {
            let attached = false;
            const pairs = [
                ['Role', t.roles],
                ['User', t.users],
                ['Group', t.groups],
            ];
            for (const [kind, names] of pairs) {
                for (const name of names) {
                    const principal = find(kind, name);
                    if (principal) {
                        principal.policies.push(t.record);
                        attached = true;
                    }
                }
            }
            return attached;
        };
        const attachedManaged = new Set();
        for (const p of this.principals)
            for (const r of p.policies)
                attachedManaged.add(r);
        this.orphans = [];
        const order = [...this.managedPolicies.map((m) => m.targets), ...this.policyAttachments].sort((a, b) => this.resourceIndex(a.record.logicalId) - this.resourceIndex(b.record.logicalId));
        for (const t of order) {
            const attached = attach(t);
            if (!attached && !attachedManaged.has(t.record))
                this.orphans.push(t.record);
        }
    }
    orphans = [];
    indexCache;
    resourceIndex(id) {
        this.indexCache ??= new Map(Object.keys(this.loaded.template.Resources).map((k, i) => [k, i]));
        return this.indexCache.get(id) ?? -1;
    }
    // ------------------------------------------------------------------ resource policies
    async bucket(id) {
        const acl = await this.prop(id, 'AccessControl');
        if (acl === undefined)
            return;
        const name = (await this.str(id, 'BucketName')) ?? id;
        this.bucketAcls.push({ bucket: name, accessControl: acl, logicalId: id });
    }
    mergeBucketAcls() {
        for (const acl of this.bucketAcls) {
            const match = this.resources.find((r) => r.type === 'AWS::S3::Bucket' && r.name === acl.bucket && r.policy.name === 'BucketPolicy');
            if (match) {
                match.configuration = { ...match.configuration, AccessControl: acl.accessControl };
            }
            else {
                this.resources.push({
                    name: acl.bucket,
                    type: 'AWS::S3::Bucket',
                    policy: this.record('BucketAcl', null, acl.logicalId, this.propPath(acl.logicalId, 'AccessControl')),
                    configuration: { AccessControl: acl.accessControl },
                    logicalId: acl.logicalId,
                });
            }
        }
    }
    async accessPoint(id, type, policyName) {
        const doc = await this.document(id, 'Policy', false);
        if (doc === undefined)
            return;
        const name = (await this.str(id, 'Name')) ?? id;
        const vpc = await this.prop(id, 'VpcConfiguration');
        const configuration = {};
        if (evaluator_isPlainObject(vpc) && vpc.VpcId !== undefined)
            configuration.VpcId = vpc.VpcId;
        this.addResource(id, name, type, policyName, doc, this.propPath(id, 'Policy'), configuration);
    }
    async tableBucketPolicy(id) {
        const arn = (await this.str(id, 'TableBucketARN', true));
        const doc = await this.document(id, 'ResourcePolicy', true);
        const m = /^arn:[^:]+:s3tables:[^:]*:[^:]*:bucket\/(.+)$/.exec(arn);
        if (!m) {
            const p = this.propPath(id, 'TableBucketARN');
            this.fail('invalid_value', `Invalid value for ${p}. Must be a valid TableBucket ARN. TableBucketARN value: ${arn}`, p);
        }
        this.addResource(id, m[1], 'AWS::S3Tables::TableBucket', 'TableBucketPolicy', doc, this.propPath(id, 'ResourcePolicy'));
    }
    queueName(url, path) {
        const parts = url.split('/');
        const name = parts.length >= 5 && /^https?:$/.test(parts[0] ?? '') ? parts[4] : undefined;
        if (!name)
            this.fail('invalid_value', `Invalid queue URL. Unable to parse name from URL. Invalid value: "${url}"`, path);
        return name;
    }
    async secretPolicy(id) {
        const secretId = (await this.str(id, 'SecretId', true));
        const doc = await this.document(id, 'ResourcePolicy', true);
        const idx = secretId.indexOf('secret:');
        let name;
        if (secretId.startsWith('arn:') && idx >= 0)
            name = secretId.slice(idx + 'secret:'.length);
        else if (this.options.extraTypes)
            name = secretId;
        else {
            const p = this.propPath(id, 'SecretId');
            return this.fail('invalid_value', `Invalid value for ${p}. Must be a valid Secret ARN. SecretId value: ${secretId}`, p);
        }
        this.addResource(id, name, 'AWS::SecretsManager::Secret', 'ResourcePolicy', doc, this.propPath(id, 'ResourcePolicy'));
    }
    async cloudTrailPolicy(id) {
        const arn = (await this.str(id, 'ResourceArn', true));
        const doc = await this.document(id, 'ResourcePolicy', true);
        const partition = this.options.extraTypes ? '[^:]+' : 'aws';
        const m = new RegExp(`^arn:${partition}:cloudtrail:[^:]*:[^:]*:([^/]+)/(.+)$`).exec(arn);
        const p = this.propPath(id, 'ResourceArn');
        if (!m)
            return this.fail('invalid_value', `Invalid value for ${p}. Must be a valid CloudTrail ARN. ResourceArn value: ${arn}`, p);
        const types = {
            dashboard: 'AWS::CloudTrail::Dashboard',
            eventdatastore: 'AWS::CloudTrail::EventDataStore',
        };
        const type = Object.hasOwn(types, m[1]) ? types[m[1]] : undefined;
        if (!type)
            return this.fail('unsupported_type', `Unsupported resource type ${m[1]}`, p);
        this.addResource(id, m[2], type, 'ResourcePolicy', doc, this.propPath(id, 'ResourcePolicy'));
    }
    async lambdaPermission(id) {
        const action = (await this.str(id, 'Action', true));
        const functionName = (await this.str(id, 'FunctionName', true));
        const principal = (await this.str(id, 'Principal', true));
        const sourceAccount = await this.str(id, 'SourceAccount');
        const sourceArn = await this.str(id, 'SourceArn');
        const { partition, region, accountId } = this.ev.account;
        const statement = { Effect: 'Allow', Action: action };
        statement.Principal = principal.includes('amazonaws')
            ? { Service: principal }
            : { AWS: principal };
        let resource;
        if (functionName.startsWith('arn:'))
            resource = functionName;
        else if (functionName.includes('function:')) {
            const parts = functionName.split(':');
            const before = [];
            for (const part of parts) {
                if (part.toLowerCase() === 'function')
                    break;
                before.push(part);
            }
            const full = ['arn', partition, 'lambda', region, accountId];
            resource = `${full.slice(0, full.length - before.length).join(':')}:${functionName}`;
        }
        else
            resource = `arn:${partition}:lambda:${region}:${accountId}:function:${functionName}`;
        statement.Resource = resource;
        const condition = {};
        if (sourceAccount !== undefined)
            condition.StringEquals = { 'AWS:SourceAccount': sourceAccount };
        if (sourceArn !== undefined)
            condition.ArnLike = { 'AWS:SourceArn': sourceArn };
        if (this.options.extraTypes) {
            const org = await this.str(id, 'PrincipalOrgID');
            const auth = await this.str(id, 'FunctionUrlAuthType');
            if (org !== undefined)
                condition.StringEquals = { ...condition.StringEquals, 'aws:PrincipalOrgID': org };
            if (auth !== undefined)
                condition.StringEquals = { ...condition.StringEquals, 'lambda:FunctionUrlAuthType': auth };
        }
        if (Object.keys(condition).length > 0)
            statement.Condition = condition;
        this.statementOrigins.set(statement, this.resPath(id));
        const group = this.lambdaPermissions.get(resource) ?? { statements: [], logicalId: id };
        group.statements.push(statement);
        this.lambdaPermissions.set(resource, group);
    }
    async layerPermission(id) {
        const action = (await this.str(id, 'Action', true));
        const arn = (await this.str(id, 'LayerVersionArn', true));
        const principal = (await this.str(id, 'Principal', true));
        const org = await this.str(id, 'OrganizationId');
        const statement = {
            Effect: 'Allow',
            Action: action,
            Resource: arn,
            Principal: { AWS: principal },
        };
        if (org !== undefined)
            statement.Condition = { StringEquals: { 'aws:PrincipalOrgID': org } };
        this.statementOrigins.set(statement, this.resPath(id));
        const group = this.layerPermissions.get(arn) ?? { statements: [], logicalId: id };
        group.statements.push(statement);
        this.layerPermissions.set(arn, group);
    }
    flushGroupedPermissions() {
        for (const [arn, group] of this.lambdaPermissions) {
            const parts = arn.split(':');
            const i = parts.indexOf('function');
            const name = i >= 0 ? (parts[i + 1] ?? arn) : arn;
            const doc = { Version: '2012-10-17', Statement: group.statements };
            this.addResource(group.logicalId, name, 'AWS::Lambda::Function', 'PermissionsPolicy', doc, this.resPath(group.logicalId));
        }
        for (const [arn, group] of this.layerPermissions) {
            const parts = arn.split(':');
            const i = parts.indexOf('layer');
            const name = i >= 0 ? parts.slice(i + 1).join(':') : arn;
            const doc = { Version: '2012-10-17', Statement: group.statements };
            this.addResource(group.logicalId, name, 'AWS::Lambda::LayerVersion', 'LayerVersionPermission', doc, this.resPath(group.logicalId));
        }
    }
    // ------------------------------------------------------------------ nested stacks
    /**
     * Follows a nested stack whose template is a local file next to the parent template: the child
     * is parsed and extracted with the parameters the parent passes, and its policies are reported
     * with the nested stack's logical id and the child file. Anything else is listed as not checked.
     */
    async nestedStack(id, type, locationProp) {
        const found = await this.nestedChild(id, type, locationProp);
        if ('notChecked' in found) {
            return this.addNotChecked(id, type, found.notChecked, this.propPath(id, locationProp));
        }
        const result = await parseAndExtract({
            ...this.input,
            text: found.text,
            file: found.file,
            format: undefined,
            parameters: found.parameters,
            nestedChain: [...(this.input.nestedChain ?? []), this.input.file],
        });
        const prefix = (inner) => (inner ? `${id}/${inner}` : id);
        for (const policy of result.policies)
            this.nestedPolicies.push({ ...policy, nestedStack: prefix(policy.nestedStack) });
        for (const n of result.notChecked)
            this.notChecked.push({ ...n, nestedStack: prefix(n.nestedStack) });
        for (const n of result.skipped)
            this.skipped.push({ ...n, nestedStack: prefix(n.nestedStack) });
        this.nestedOutputs.push(result.parseOutput);
    }
    nestedChildren = new Map();
    /** The child template of a nested stack and the parameters passed to it (once per stack). */
    nestedChild(id, type, locationProp) {
        let cached = this.nestedChildren.get(id);
        if (!cached) {
            cached = this.findNestedChild(id, type, locationProp);
            this.nestedChildren.set(id, cached);
        }
        return cached;
    }
    async findNestedChild(id, type, locationProp) {
        if (!this.options.followNestedStacks)
            return {
                notChecked: 'Nested stack: its template is not followed; validate the child template separately',
            };
        const location = await this.prop(id, locationProp);
        if (typeof location !== 'string') {
            return {
                notChecked: type === 'AWS::Serverless::Application'
                    ? 'Serverless application from the Serverless Application Repository: its template is not available before deployment and is not validated'
                    : `Nested stack: ${locationProp} does not resolve to a string, so its template cannot be read`,
            };
        }
        if (isRemoteTemplateLocation(location))
            return {
                notChecked: `Nested stack template ${location} is remote: validate the child template separately`,
            };
        const chain = this.input.nestedChain ?? [];
        if (chain.length >= MAX_NESTING)
            return { notChecked: `Nested stacks deeper than ${MAX_NESTING} levels are not followed` };
        const resolver = this.input.resolveNestedTemplate ?? fileSystemNestedTemplates;
        const child = await resolver(location, this.input.file);
        if (!child) {
            return {
                notChecked: `Nested stack template ${location} was not found next to ${this.input.file}: validate the child template separately`,
            };
        }
        if (chain.includes(child.file) || child.file === this.input.file)
            return { notChecked: `Nested stack template ${child.file} includes itself` };
        // Parameters may use other nested stacks' outputs, but not this stack's own.
        this.resolvingParameters.add(id);
        let passed;
        try {
            passed = await this.prop(id, 'Parameters');
        }
        finally {
            this.resolvingParameters.delete(id);
        }
        const params = nestedParameterValues(passed);
        if ('problem' in params) {
            return this.fail('invalid_value', `Nested stack ${id}: ${params.problem}`, this.propPath(id, 'Parameters'));
        }
        return { file: child.file, text: child.text, parameters: params.values };
    }
    resolvingParameters = new Set();
    /**
     * `Fn::GetAtt <NestedStack>.Outputs.<Name>`: evaluates the child's `Outputs.<Name>.Value` with
     * the parameters the parent passes. Undefined when the stack is not followed or has no such
     * output (the GetAtt then fails as unsupported).
     */
    async nestedStackOutput(id, output, path) {
        const resource = this.loaded.template.Resources[id];
        if (!resource)
            return undefined;
        const locationProp = resource.Type === 'AWS::Serverless::Application' ? 'Location' : 'TemplateURL';
        if (this.resolvingParameters.has(id)) {
            return this.ev.fail('cycle', `Cycle detected: the parameters of nested stack ${id} depend on its own outputs`, path);
        }
        const found = await this.nestedChild(id, resource.Type, locationProp);
        if ('notChecked' in found)
            return undefined;
        const child = loadTemplate({ text: found.text, file: found.file });
        const outputs = child.template.Outputs;
        const entry = evaluator_isPlainObject(outputs) ? outputs[output] : undefined;
        if (!evaluator_isPlainObject(entry) || !('Value' in entry))
            return undefined;
        const evaluator = new Evaluator({
            template: child.template,
            positions: child.positions,
            account: {
                accountId: this.input.accountId,
                region: this.input.region,
                partition: this.input.partition,
            },
            parameterValues: found.parameters,
            lookups: this.input.lookups,
            behaviour: this.options.behaviour,
            ...(this.input.options?.availabilityZones
                ? { availabilityZones: this.input.options.availabilityZones }
                : {}),
        });
        return await evaluator.eval(entry.Value, `Outputs.${output}.Value`);
    }
    // ------------------------------------------------------------------ types the reference ignores
    async parseOtherResource(id, r) {
        if (!this.options.extraTypes)
            return;
        const type = r.Type;
        const resourcePolicy = async (prop, resourceType, policyName, nameProp) => {
            const doc = await this.document(id, prop, false);
            if (doc === undefined)
                return;
            const name = (nameProp ? await this.str(id, nameProp) : undefined) ?? id;
            this.addResource(id, name, resourceType, policyName, doc, this.propPath(id, prop));
        };
        switch (type) {
            case 'AWS::SQS::QueueInlinePolicy': {
                const url = (await this.str(id, 'Queue', true));
                const doc = await this.document(id, 'PolicyDocument', true);
                return this.addResource(id, this.queueName(url, this.propPath(id, 'Queue')), 'AWS::SQS::Queue', 'QueuePolicy', doc, this.propPath(id, 'PolicyDocument'));
            }
            case 'AWS::SNS::TopicInlinePolicy': {
                const arn = (await this.str(id, 'TopicArn', true));
                const doc = await this.document(id, 'PolicyDocument', true);
                return this.addResource(id, arn.split(':').at(-1) ?? arn, 'AWS::SNS::Topic', 'TopicPolicy', doc, this.propPath(id, 'PolicyDocument'));
            }
            case 'AWS::ECR::Repository':
                return resourcePolicy('RepositoryPolicyText', type, 'RepositoryPolicyText', 'RepositoryName');
            case 'AWS::ECR::RegistryPolicy':
                return resourcePolicy('PolicyText', type, 'PolicyText');
            case 'AWS::Events::EventBus':
                return resourcePolicy('Policy', type, 'Policy', 'Name');
            case 'AWS::Events::EventBusPolicy': {
                const statement = await this.prop(id, 'Statement');
                if (statement === undefined) {
                    return this.addNotChecked(id, type, 'Legacy EventBusPolicy form (Action/Principal) is not validated; use the Statement property');
                }
                const sPath = this.propPath(id, 'Statement');
                if (!evaluator_isPlainObject(statement))
                    return void this.fail('schema', `${pyRepr(statement)} is not of type 'object', Path: ${sPath}`, sPath);
                const bus = (await this.str(id, 'EventBusName')) ?? 'default';
                return this.addResource(id, bus, 'AWS::Events::EventBus', 'EventBusPolicy', { Version: '2012-10-17', Statement: [statement] }, sPath);
            }
            case 'AWS::Logs::ResourcePolicy':
                return resourcePolicy('PolicyDocument', type, 'PolicyDocument', 'PolicyName');
            case 'AWS::Logs::Destination':
                return resourcePolicy('DestinationPolicy', type, 'DestinationPolicy', 'DestinationName');
            case 'AWS::OpenSearchService::Domain':
            case 'AWS::Elasticsearch::Domain':
                return resourcePolicy('AccessPolicies', type, 'AccessPolicies', 'DomainName');
            case 'AWS::Serverless::Function':
                return this.samFunction(id);
            case 'AWS::Organizations::Policy':
            case 'AWS::Organizations::ResourcePolicy':
                return this.addNotChecked(id, type, 'Organizations policy (SCP/RCP/resource policy) is not an identity, trust or resource policy of this account and is not validated', this.propPath(id, 'Content'));
            case 'AWS::CloudFormation::Stack':
                return this.nestedStack(id, type, 'TemplateURL');
            case 'AWS::Serverless::Application':
                return this.nestedStack(id, type, 'Location');
            case 'AWS::Lambda::Url': {
                const auth = await this.prop(id, 'AuthType');
                if (auth === 'NONE')
                    this.addNotChecked(id, type, 'Function URL with AuthType NONE is publicly invokable; its implicit resource policy is not validated');
                return;
            }
            default:
                break;
        }
        const props = evaluator_isPlainObject(r.Properties) ? r.Properties : {};
        const policyProps = Object.keys(props).filter((k) => /polic(y|ies)|AccessPolicies|KeyPolicy/i.test(k));
        if (policyProps.length > 0) {
            this.addNotChecked(id, type, `Resource type ${type} is not supported: its ${policyProps.join(', ')} ${policyProps.length > 1 ? 'are' : 'is'} not validated`, this.propPath(id, policyProps[0]));
        }
    }
    /** SAM function Policies: inline statements become identity policies of the generated role. */
    async samFunction(id) {
        const raw = await this.prop(id, 'Policies');
        if (raw === undefined)
            return;
        const basePath = this.propPath(id, 'Policies');
        if ((await this.prop(id, 'Role')) !== undefined) {
            return this.addNotChecked(id, 'AWS::Serverless::Function', 'Policies are ignored by SAM because Role is set', basePath);
        }
        const items = Array.isArray(raw) ? raw : [raw];
        const role = {
            kind: 'Role',
            logicalId: id,
            name: `${id}Role`,
            path: '/',
            trust: this.record('TrustPolicy', {
                Version: '2012-10-17',
                Statement: [
                    {
                        Effect: 'Allow',
                        Principal: { Service: 'lambda.amazonaws.com' },
                        Action: 'sts:AssumeRole',
                    },
                ],
            }, id, this.resPath(id)),
            policies: [],
        };
        items.forEach((item, i) => {
            const p = Array.isArray(raw) ? joinPath(basePath, i) : basePath;
            if (evaluator_isPlainObject(item) && 'Statement' in item) {
                role.policies.push(this.record(`${id}RolePolicy${i}`, item, id, this.ev.originOf(item) ?? p));
            }
            else if (typeof item === 'string') {
                this.addNotChecked(id, 'AWS::Serverless::Function', `Managed policy ${item} of a SAM function is not validated (expand the template with sam build / a change set)`, p);
            }
            else {
                const name = evaluator_isPlainObject(item) ? Object.keys(item)[0] : undefined;
                this.addNotChecked(id, 'AWS::Serverless::Function', `SAM policy template ${name ?? pyRepr(item)} is not expanded or validated`, p);
            }
        });
        if (role.policies.length > 0)
            this.principals.push(role);
    }
    // ------------------------------------------------------------------ output
    toParsePolicy(r) {
        return { Name: r.name, Policy: r.document, Path: r.path, IsAWSManagedPolicy: r.isAwsManaged };
    }
    locate(r) {
        const positions = this.loaded.positions;
        const docPath = this.ev.originOf(r.document) ?? r.docPath;
        const statements = evaluator_isPlainObject(r.document) ? r.document.Statement : undefined;
        const list = Array.isArray(statements)
            ? statements
            : statements === undefined
                ? []
                : [statements];
        const statementLocations = list.map((s, i) => {
            const origin = (typeof s === 'object' && s !== null
                ? (this.statementOrigins.get(s) ?? this.ev.originOf(s))
                : undefined) ??
                (Array.isArray(statements)
                    ? joinPath(joinPath(docPath, 'Statement'), i)
                    : joinPath(docPath, 'Statement'));
            return positions.locate(origin);
        });
        return { location: positions.locate(docPath), statementLocations };
    }
    item(r, base) {
        const out = {
            ...base,
            policy_name: r.name,
            document: r.document,
            ...this.locate(r),
            logicalId: r.logicalId,
        };
        const cdk = this.cdkPath(r.logicalId);
        if (cdk)
            out.cdkPath = cdk;
        return out;
    }
    output() {
        const byName = (key) => (a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
        const kind = (k) => this.principals.filter((p) => p.kind === k);
        const roles = kind('Role');
        const users = kind('User');
        const groups = kind('Group');
        const sets = kind('PermissionSet');
        const parseOutput = {
            Region: this.input.region,
            Account: this.input.accountId,
            Partition: this.input.partition,
            Roles: roles
                .map((p) => ({
                RoleName: p.name,
                RolePath: p.path,
                TrustPolicy: p.trust?.document,
                Policies: p.policies.map((r) => this.toParsePolicy(r)),
            }))
                .sort(byName((x) => x.RoleName)),
            PermissionSets: sets
                .map((p) => ({ Name: p.name, Policies: p.policies.map((r) => this.toParsePolicy(r)) }))
                .sort(byName((x) => x.Name)),
            Users: users
                .map((p) => ({
                UserName: p.name,
                UserPath: p.path,
                Policies: p.policies.map((r) => this.toParsePolicy(r)),
            }))
                .sort(byName((x) => x.UserName)),
            Groups: groups
                .map((p) => ({
                GroupName: p.name,
                GroupPath: p.path,
                Policies: p.policies.map((r) => this.toParsePolicy(r)),
            }))
                .sort(byName((x) => x.GroupName)),
            Resources: this.resources
                .map((r) => ({
                ResourceName: r.name,
                ResourceType: r.type,
                Policy: this.toParsePolicy(r.policy),
                ...(r.configuration ? { Configuration: r.configuration } : {}),
            }))
                .sort(byName((x) => x.ResourceName)),
            OrphanedPolicies: this.orphans.map((r) => this.toParsePolicy(r)).sort(byName((x) => x.Name)),
        };
        const policies = [];
        for (const r of this.orphans) {
            policies.push(this.item(r, {
                policy_type: 'identity',
                attached_to: { type: null, name: null, path: null },
                policy_path: r.path,
                is_aws_managed: r.isAwsManaged,
            }));
        }
        for (const p of [...roles, ...users, ...groups, ...sets]) {
            const attached = {
                type: p.kind,
                name: p.name,
                path: p.kind === 'PermissionSet' ? null : p.path,
            };
            if (p.trust)
                policies.push(this.item(p.trust, { policy_type: 'trust', attached_to: attached }));
            for (const r of p.policies) {
                policies.push(this.item(r, {
                    policy_type: 'identity',
                    attached_to: attached,
                    policy_path: r.path,
                    is_aws_managed: r.isAwsManaged,
                }));
            }
        }
        for (const r of this.resources) {
            const resource = { name: r.name, type: r.type };
            if (r.configuration)
                resource.configuration = r.configuration;
            policies.push(this.item(r.policy, { policy_type: 'resource', resource }));
        }
        policies.push(...this.nestedPolicies);
        for (const child of this.nestedOutputs) {
            parseOutput.Roles.push(...child.Roles);
            parseOutput.PermissionSets.push(...child.PermissionSets);
            parseOutput.Users.push(...child.Users);
            parseOutput.Groups.push(...child.Groups);
            parseOutput.Resources.push(...child.Resources);
            parseOutput.OrphanedPolicies.push(...child.OrphanedPolicies);
        }
        return {
            file: this.loaded.file,
            format: this.loaded.format,
            parseOutput,
            policies,
            notChecked: this.notChecked,
            skipped: this.skipped,
        };
    }
}
/** Drops the location extras so an item can be compared with the corpus `expected.policies`. */
function toComparablePolicy(p) {
    const { location: _l, statementLocations: _s, logicalId: _id, cdkPath: _c, ...rest } = p;
    return rest;
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/extract/index.ts







;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/types.ts
const FINDING_TYPES = [
    'ERROR',
    'SECURITY_WARNING',
    'WARNING',
    'SUGGESTION',
];

;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/report.ts

const DEFAULT_BLOCKING_TYPES = ['ERROR', 'SECURITY_WARNING'];
const BLOCKING_CHOICES = [...FINDING_TYPES, 'NONE'];
class InvalidOptionError extends Error {
    name = 'InvalidOptionError';
}
/**
 * `--treat-finding-type-as-blocking`: trimmed, upper-cased, each item one of the four finding
 * types or NONE. NONE anywhere makes every finding non-blocking, as in the reference.
 */
function parseBlockingTypes(values) {
    if (values === undefined || values.length === 0)
        return new Set(DEFAULT_BLOCKING_TYPES);
    const items = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim().toUpperCase())
        .filter(Boolean);
    for (const item of items) {
        if (!BLOCKING_CHOICES.includes(item)) {
            throw new InvalidOptionError(`Invalid finding type '${item}' in treat-finding-type-as-blocking. Choose from ${BLOCKING_CHOICES.join(', ')}.`);
        }
    }
    if (items.includes('NONE'))
        return new Set();
    if (items.length === 0)
        return new Set(DEFAULT_BLOCKING_TYPES);
    return new Set(items);
}
/** `X.Y` (split at the first dot) = resource X and code Y; a bare value matches resource or code. */
function parseIgnoreRules(values) {
    const rules = [];
    for (const raw of (values ?? []).flatMap((v) => v.split(','))) {
        const value = raw.trim().toLowerCase();
        if (!value)
            continue;
        const dot = value.indexOf('.');
        if (dot === -1)
            rules.push({ either: value });
        else
            rules.push({ resource: value.slice(0, dot), code: value.slice(dot + 1) });
    }
    return rules;
}
function isIgnored(finding, rules) {
    const resource = finding.resourceName.toLowerCase();
    const code = finding.code.toLowerCase();
    return rules.some((r) => r.either !== undefined
        ? r.either === resource || r.either === code
        : r.resource === resource && r.code === code);
}
const ARN_RULE = /^arn:aws[a-z0-9-]*:/;
/** The principal of an access-preview finding, as the reference picks it. */
function previewPrincipal(details) {
    if (typeof details !== 'object' || details === null)
        return undefined;
    const principal = details.principal;
    if (!principal || typeof principal !== 'object')
        return undefined;
    for (const key of ['AWS', 'Federated', 'CanonicalUser']) {
        const value = principal[key];
        if (typeof value === 'string')
            return value;
    }
    return undefined;
}
/**
 * `--allow-external-principals`: ARN-shaped items must equal the principal ARN; other items are
 * account ids (matching the account field of an ARN principal) or exact non-ARN principals
 * (`*` allows anonymous access). Only EXTERNAL_PRINCIPAL findings are affected.
 */
function isAllowedExternalPrincipal(finding, allowed) {
    if (finding.code !== 'EXTERNAL_PRINCIPAL' || allowed.length === 0)
        return false;
    const principal = previewPrincipal(finding.details);
    if (principal === undefined)
        return false;
    const arnRules = allowed.filter((a) => ARN_RULE.test(a));
    const valueRules = allowed.filter((a) => !ARN_RULE.test(a));
    if (principal.startsWith('arn:')) {
        if (arnRules.includes(principal))
            return true;
        const account = principal.split(':')[4];
        return account !== undefined && valueRules.includes(account);
    }
    return valueRules.includes(principal);
}
/** Splits findings the way the reference reporter does; ignored findings go to neither list. */
function buildReport(findings, options) {
    const rules = parseIgnoreRules(options.ignoreFinding);
    const allowed = (options.allowExternalPrincipals ?? [])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    const report = { BlockingFindings: [], NonBlockingFindings: [] };
    for (const type of FINDING_TYPES) {
        for (const finding of findings) {
            if (finding.findingType !== type)
                continue;
            if (isIgnored(finding, rules))
                continue;
            if (isAllowedExternalPrincipal(finding, allowed))
                continue;
            if (options.blockingTypes.has(type))
                report.BlockingFindings.push(finding);
            else
                report.NonBlockingFindings.push(finding);
        }
    }
    return report;
}
function exitCodeFor(report) {
    return report.BlockingFindings.length > 0 ? 2 : 0;
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/concurrency.ts
/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
}
/** A counting semaphore, for calls made from several places that share one concurrency budget. */
class Limiter {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
    }
    async run(fn) {
        // A released slot is handed straight to the next waiter, so a newcomer cannot overtake it.
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        try {
            return await fn();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/analyzer-context.ts

/** Default number of Access Analyzer calls in flight (the reference makes them one at a time). */
const DEFAULT_CONCURRENCY = 10;
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function limiterFor(ctx) {
    return new Limiter(ctx.concurrency ?? DEFAULT_CONCURRENCY);
}
/** A stable key for "the same document": key order does not matter, array order does. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
/** SDK output as plain JSON: no `$metadata`, Dates as ISO strings, undefined members dropped. */
function plainJson(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(plainJson);
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (k === '$metadata' || v === undefined)
                continue;
            out[k] = plainJson(v);
        }
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/preview-config.ts
/** Raised when a preview configuration cannot be built; reported as FAILED_ACCESS_PREVIEW_CREATION. */
class PreviewConfigurationError extends Error {
}
/** Raised for a canned ACL the reference does not know; the run aborts like the reference. */
class UnsupportedAclError extends Error {
}
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
/** The canonical id AWS documents for the `aws-exec-read` canned ACL (EC2 reading AMI bundles). */
const EC2_CANONICAL_ID = '6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c';
/** What the reference previews: role trust, SQS, KMS, S3 buckets / access points / MRAPs, secrets. */
function isPreviewed(policy) {
    if (policy.policy_type === 'trust')
        return true;
    if (policy.policy_type !== 'resource' || !policy.resource)
        return false;
    return PREVIEWED_TYPES.has(policy.resource.type);
}
const PREVIEWED_TYPES = new Set([
    'AWS::SQS::Queue',
    'AWS::KMS::Key',
    'AWS::S3::Bucket',
    'AWS::S3::AccessPoint',
    'AWS::S3::MultiRegionAccessPoint',
    'AWS::SecretsManager::Secret',
]);
function policyText(document) {
    return JSON.stringify(document);
}
async function cannedAclGrants(acl, env) {
    const owner = await env.canonicalUserId();
    const full = {
        permission: 'FULL_CONTROL',
        grantee: { id: owner },
    };
    switch (acl) {
        case 'Private':
        case 'BucketOwnerRead':
        case 'BucketOwnerFullControl':
            return [full];
        case 'PublicRead':
            return [full, { permission: 'READ', grantee: { uri: ALL_USERS } }];
        case 'PublicReadWrite':
            return [
                full,
                { permission: 'READ', grantee: { uri: ALL_USERS } },
                { permission: 'WRITE', grantee: { uri: ALL_USERS } },
            ];
        case 'AuthenticatedRead':
            return [full, { permission: 'READ', grantee: { uri: AUTHENTICATED_USERS } }];
        case 'LogDeliveryWrite':
            return [
                full,
                { permission: 'WRITE', grantee: { uri: LOG_DELIVERY } },
                { permission: 'READ_ACP', grantee: { uri: LOG_DELIVERY } },
            ];
        case 'AwsExecRead':
            return [full, { permission: 'READ', grantee: { id: EC2_CANONICAL_ID } }];
        default:
            throw new UnsupportedAclError(`Unsupported AccessControl value '${acl}' on S3 bucket. Use one of Private, PublicRead, PublicReadWrite, ` +
                'AuthenticatedRead, LogDeliveryWrite, BucketOwnerRead, BucketOwnerFullControl, AwsExecRead.');
    }
}
/** A bucket policy that delegates access control to the account's access points (AWS docs pattern). */
function delegatingBucketPolicy(bucketArn, accountId) {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Effect: 'Allow',
                Principal: { AWS: '*' },
                Action: '*',
                Resource: [bucketArn, `${bucketArn}/*`],
                Condition: { StringEquals: { 's3:DataAccessPointAccount': accountId } },
            },
        ],
    });
}
function networkOrigin(configuration) {
    const vpcId = configuration?.['VpcId'];
    if (typeof vpcId === 'string' && vpcId)
        return { vpcConfiguration: { vpcId } };
    return { internetConfiguration: {} };
}
const MRAP_ARN = /^arn:[a-z0-9-]+:s3::(\d{12}):accesspoint\/([^/]+)/;
function firstResourceOfFirstStatement(document) {
    const statements = document?.Statement;
    const first = Array.isArray(statements) ? statements[0] : statements;
    const resource = first?.Resource;
    return Array.isArray(resource) ? resource[0] : resource;
}
/** The access-preview configuration the reference builds for a policy (undefined = not previewed). */
async function previewTarget(policy, env) {
    const { accountId: acct, region, partition: p } = env;
    if (policy.policy_type === 'trust') {
        const name = policy.attached_to?.name ?? policy.policy_name;
        return {
            configurationArn: `arn:${p}:iam::${acct}:role/${name.slice(0, 64)}`,
            configuration: { iamRole: { trustPolicy: policyText(policy.document) } },
            name,
            kind: 'trust',
        };
    }
    const resource = policy.resource;
    if (policy.policy_type !== 'resource' || !resource)
        return undefined;
    const name = resource.name;
    const doc = policy.document;
    switch (resource.type) {
        case 'AWS::SQS::Queue':
            return {
                configurationArn: `arn:${p}:sqs:${region}:${acct}:${name}`,
                configuration: { sqsQueue: { queuePolicy: policyText(doc) } },
                name,
                kind: 'resource',
            };
        case 'AWS::KMS::Key':
            return {
                configurationArn: `arn:${p}:kms:${region}:${acct}:key/${name}`,
                configuration: { kmsKey: { keyPolicies: { default: policyText(doc) } } },
                name,
                kind: 'resource',
            };
        case 'AWS::SecretsManager::Secret':
            return {
                // Access Analyzer wants a full secret ARN; the reference appends a fixed random suffix.
                configurationArn: `arn:${p}:secretsmanager:${region}:${acct}:secret:${name}-3xyxqI`,
                configuration: { secretsManagerSecret: { secretPolicy: policyText(doc) } },
                name,
                kind: 'resource',
            };
        case 'AWS::S3::Bucket': {
            const acl = resource.configuration?.['AccessControl'];
            const grants = typeof acl === 'string' ? await cannedAclGrants(acl, env) : undefined;
            return {
                configurationArn: `arn:${p}:s3:::${name}`,
                configuration: {
                    s3Bucket: {
                        ...(doc === null || doc === undefined ? {} : { bucketPolicy: policyText(doc) }),
                        ...(grants ? { bucketAclGrants: grants } : {}),
                    },
                },
                name,
                kind: 'resource',
            };
        }
        case 'AWS::S3::AccessPoint':
        case 'AWS::S3::MultiRegionAccessPoint': {
            let accessPointArn;
            if (resource.type === 'AWS::S3::AccessPoint') {
                accessPointArn = `arn:${p}:s3:${region}:${acct}:accesspoint/${name}`;
            }
            else {
                const first = firstResourceOfFirstStatement(doc);
                const match = typeof first === 'string' ? MRAP_ARN.exec(first) : null;
                if (!match) {
                    throw new PreviewConfigurationError('The first Resource of the first statement must be a multi-region access point ARN ' +
                        `(arn:${p}:s3::<account>:accesspoint/<alias>...). Policy:\n${JSON.stringify(doc, null, 4)}`);
                }
                accessPointArn = `arn:${p}:s3::${match[1]}:accesspoint/${match[2]}`;
            }
            // Access points are previewed through a made-up bucket that delegates to them.
            const bucketArn = `arn:${p}:s3:::${env.randomUuid()}`;
            return {
                configurationArn: bucketArn,
                configuration: {
                    s3Bucket: {
                        bucketPolicy: delegatingBucketPolicy(bucketArn, acct),
                        accessPoints: {
                            [accessPointArn]: {
                                accessPointPolicy: policyText(doc),
                                networkOrigin: networkOrigin(resource.configuration),
                            },
                        },
                    },
                },
                name,
                kind: 'resource',
            };
        }
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-cjs/index.js
var dist_cjs = __webpack_require__(3925);
;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/errors.ts
/**
 * A run that cannot produce a trustworthy verdict (the reference exits 1): an Access Analyzer
 * call failed in a way that is not a finding, a preview failed for an unexpected reason, a
 * preview timed out. Gates fail closed on it.
 */
class AnalysisError extends Error {
    name = 'AnalysisError';
}
/** The code, message and HTTP status of an AWS SDK v3 service exception, if it is one. */
function serviceErrorInfo(error) {
    if (typeof error !== 'object' || error === null || !('$metadata' in error))
        return undefined;
    const e = error;
    return {
        code: e.name ?? 'UnknownError',
        message: e.message ?? '',
        httpStatus: e.$metadata?.httpStatusCode,
    };
}
/** botocore's wording, which the reference embeds in FAILED_ACCESS_PREVIEW_CREATION messages. */
function botocoreMessage(info, operation) {
    return `An error occurred (${info.code}) when calling the ${operation} operation: ${info.message}`;
}
function errorText(error) {
    if (error instanceof Error)
        return error.message || error.name;
    return String(error);
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/locate.ts
/** The template location of statement `index` of a policy, else of the policy itself. */
function statementLocation(policy, index) {
    if (index !== undefined && Number.isInteger(index)) {
        const found = policy.statementLocations?.[index];
        if (found)
            return found;
    }
    return policy.location;
}
/**
 * The statement a ValidatePolicy finding points at: its first location's path starts
 * `[{value: 'Statement'}, {index: n}]` (or just `Statement` for a single-object statement).
 */
function statementIndexOfFinding(finding) {
    const path = finding.locations?.[0]?.path;
    if (!Array.isArray(path) || path.length === 0)
        return undefined;
    const first = path[0];
    if (first?.value !== 'Statement')
        return undefined;
    const second = path[1];
    return typeof second?.index === 'number' ? second.index : 0;
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/policy-size.ts
/** ValidatePolicy's empirical request limit, as the reference enforces it (issue #23). */
const VALIDATE_POLICY_MAX_CHARS = 32_768;
/**
 * The size the reference measures: Python `json.dumps` (ASCII-escaped, `", "` / `": "`
 * separators) with every space removed. Separators vanish with the spaces, so compact JSON with
 * non-ASCII escaped and spaces dropped gives the same count.
 */
function referencePolicySize(document) {
    const json = JSON.stringify(document) ?? 'null';
    let size = 0;
    for (let i = 0; i < json.length; i++) {
        const code = json.charCodeAt(i);
        if (code === 0x20)
            continue;
        size += code > 0x7f ? 6 : 1;
    }
    return size;
}
function policySizeMessage(size) {
    return (`The ${size} characters in the policy, excluding whitespace, exceed the character maximum ` +
        'for the ValidatePolicy API. We recommend that you use multiple granular policies.');
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/validate.ts








const ANALYZER_NAME = 'AnalyzerCreatedByCfnIAMPolicyValidator';
const NO_RESOURCE = 'No resource attached';
/** Which ValidatePolicy parameters a policy gets (reference section 7). */
function validatePolicyParameters(policy) {
    if (policy.policy_type === 'identity')
        return { policyType: 'IDENTITY_POLICY' };
    if (policy.policy_type === 'trust') {
        return {
            policyType: 'RESOURCE_POLICY',
            validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument',
        };
    }
    const type = policy.resource?.type;
    if (type === 'AWS::S3::Bucket' ||
        type === 'AWS::S3::AccessPoint' ||
        type === 'AWS::S3::MultiRegionAccessPoint') {
        return { policyType: 'RESOURCE_POLICY', validatePolicyResourceType: type };
    }
    return { policyType: 'RESOURCE_POLICY' };
}
/** The principal or resource a finding is reported against, as the reference names it. */
function resourceNameOf(policy) {
    if (policy.policy_type === 'resource')
        return policy.resource?.name ?? NO_RESOURCE;
    return policy.attached_to?.name ?? NO_RESOURCE;
}
function syntheticFinding(policy, findingType, code, message) {
    return {
        findingType,
        code,
        message,
        resourceName: resourceNameOf(policy),
        policyName: policy.policy_name,
        details: { findingType, findingDetails: message, issueCode: code },
        ...(policy.location ? { location: policy.location } : {}),
    };
}
/**
 * The reference `validate` command over extracted policies: ValidatePolicy for every policy
 * (identical documents once) and access previews for the previewed resource kinds, with bounded
 * concurrency. Throws AnalysisError where the reference exits 1.
 */
async function validatePolicies(policies, ctx, options = {}) {
    const blockingTypes = parseBlockingTypes(options.treatFindingTypeAsBlocking);
    const limiter = limiterFor(ctx);
    const notChecked = [...(options.notChecked ?? [])];
    const validator = new PolicyValidator(ctx, limiter);
    const previews = new PreviewRunner(ctx, limiter);
    const perPolicy = await Promise.all(policies.map(async (policy) => {
        const findings = [];
        const previewPromise = isPreviewed(policy) ? previews.start(policy) : undefined;
        // Don't let a failed preview go unobserved while ValidatePolicy is still running.
        previewPromise?.catch(() => undefined);
        let hadError = false;
        if (policy.document !== null && policy.document !== undefined) {
            const size = referencePolicySize(policy.document);
            if (size >= VALIDATE_POLICY_MAX_CHARS) {
                if (policy.is_aws_managed) {
                    notChecked.push({
                        resource: resourceNameOf(policy),
                        type: 'AWS managed policy',
                        reason: `AWS managed policy ${policy.policy_name} (${size} characters) is too large for ValidatePolicy and was not validated.`,
                        ...(policy.location ? { location: policy.location } : {}),
                    });
                }
                else {
                    findings.push(syntheticFinding(policy, 'ERROR', 'POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM', policySizeMessage(size)));
                    hadError = true;
                }
            }
            else {
                const raw = await validator.validate(policy);
                for (const f of raw) {
                    const location = statementLocation(policy, statementIndexOfFinding(f));
                    findings.push({
                        findingType: f.findingType,
                        code: f.issueCode ?? 'UNKNOWN',
                        message: f.findingDetails ?? null,
                        resourceName: resourceNameOf(policy),
                        policyName: policy.policy_name,
                        details: plainJson(f),
                        ...(location ? { location } : {}),
                    });
                    if (f.findingType === 'ERROR')
                        hadError = true;
                }
            }
        }
        if (previewPromise)
            findings.push(...(await previews.finish(policy, await previewPromise, hadError)));
        return findings;
    }));
    const report = buildReport(perPolicy.flat(), {
        blockingTypes,
        ...(options.ignoreFinding ? { ignoreFinding: options.ignoreFinding } : {}),
        ...(options.allowExternalPrincipals
            ? { allowExternalPrincipals: options.allowExternalPrincipals }
            : {}),
    });
    return {
        command: 'validate',
        report,
        exitCode: exitCodeFor(report),
        policiesChecked: policies.length,
        apiCalls: validator.calls + previews.calls,
        notChecked,
    };
}
/** ValidatePolicy with pagination, one request chain per distinct (type, resource type, document). */
class PolicyValidator {
    ctx;
    limiter;
    calls = 0;
    cache = new Map();
    constructor(ctx, limiter) {
        this.ctx = ctx;
        this.limiter = limiter;
    }
    validate(policy) {
        const params = validatePolicyParameters(policy);
        const key = `${params.policyType}|${params.validatePolicyResourceType ?? ''}|${canonicalJson(policy.document)}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.fetch(params, JSON.stringify(policy.document), policy);
            this.cache.set(key, pending);
        }
        return pending;
    }
    async fetch(params, policyDocument, policy) {
        const findings = [];
        let nextToken;
        do {
            this.calls++;
            const token = nextToken;
            const page = await this.limiter
                .run(() => this.ctx.client.send(new dist_cjs/* ValidatePolicyCommand */.SJv({
                ...params,
                policyDocument,
                ...(token ? { nextToken: token } : {}),
            })))
                .catch((error) => {
                throw new AnalysisError(`ValidatePolicy failed for policy ${policy.policy_name} of ${resourceNameOf(policy)}: ${errorText(error)}`, { cause: error });
            });
            findings.push(...(page.findings ?? []));
            nextToken = page.nextToken;
        } while (nextToken);
        return findings;
    }
}
/** Access previews: the analyzer is looked up (or created) once, when the first preview needs it. */
class PreviewRunner {
    ctx;
    limiter;
    calls = 0;
    analyzerArn;
    constructor(ctx, limiter) {
        this.ctx = ctx;
        this.limiter = limiter;
    }
    send(fn) {
        this.calls++;
        return this.limiter.run(fn);
    }
    analyzer() {
        this.analyzerArn ??= this.findOrCreateAnalyzer();
        return this.analyzerArn;
    }
    async findOrCreateAnalyzer() {
        const { client } = this.ctx;
        try {
            let nextToken;
            do {
                const token = nextToken;
                const page = await this.send(() => client.send(new dist_cjs/* ListAnalyzersCommand */.Vq7({ type: 'ACCOUNT', ...(token ? { nextToken: token } : {}) })));
                const active = page.analyzers?.find((a) => a.status === 'ACTIVE');
                if (active?.arn)
                    return active.arn;
                nextToken = page.nextToken;
            } while (nextToken);
            const created = await this.send(() => client.send(new dist_cjs/* CreateAnalyzerCommand */.q0Q({ analyzerName: ANALYZER_NAME, type: 'ACCOUNT' })));
            if (!created.arn)
                throw new Error('CreateAnalyzer returned no ARN');
            return created.arn;
        }
        catch (error) {
            throw new AnalysisError(`Could not find or create an account analyzer for access previews: ${errorText(error)}. ` +
                'The role needs access-analyzer:ListAnalyzers (and CreateAnalyzer plus iam:CreateServiceLinkedRole when none is active).', { cause: error });
        }
    }
    async start(policy) {
        let target;
        try {
            target = await previewTarget(policy, {
                accountId: this.ctx.accountId,
                region: this.ctx.region,
                partition: this.ctx.partition,
                canonicalUserId: this.ctx.getCanonicalUserId ??
                    (() => Promise.reject(new Error('no S3 owner lookup configured'))),
                randomUuid: this.ctx.randomUuid ?? external_node_crypto_.randomUUID,
            });
        }
        catch (error) {
            if (error instanceof PreviewConfigurationError) {
                return { status: 'create-failed', message: error.message, target: undefined };
            }
            throw error;
        }
        if (!target)
            throw new Error(`no access preview configuration for ${policy.resource?.type ?? policy.policy_type}`);
        const analyzerArn = await this.analyzer();
        const t = target;
        try {
            const created = await this.send(() => this.ctx.client.send(new dist_cjs/* CreateAccessPreviewCommand */.GXr({
                analyzerArn,
                configurations: { [t.configurationArn]: t.configuration },
            })));
            if (!created.id)
                throw new AnalysisError('CreateAccessPreview returned no id');
            return { status: 'created', id: created.id, target: t };
        }
        catch (error) {
            const info = serviceErrorInfo(error);
            if (!info)
                throw error;
            return {
                status: 'create-failed',
                message: botocoreMessage(info, 'CreateAccessPreview'),
                target: t,
            };
        }
    }
    async finish(policy, start, validationHadError) {
        const name = start.target?.name ?? resourceNameOf(policy);
        if (start.status === 'create-failed') {
            return [
                failedPreview(policy, `Failed to create access preview for ${name}. Reason: ${start.message}`),
            ];
        }
        const analyzerArn = await this.analyzer();
        const sleep = this.ctx.sleep ?? defaultSleep;
        const maxPolls = this.ctx.maxPolls ?? 150;
        for (let attempt = 1;; attempt++) {
            const { accessPreview } = await this.send(() => this.ctx.client.send(new dist_cjs/* GetAccessPreviewCommand */.m4C({ accessPreviewId: start.id, analyzerArn })));
            const status = accessPreview?.status;
            if (status === 'COMPLETED')
                break;
            if (status === 'FAILED') {
                const reason = accessPreview?.statusReason?.code;
                if (reason === 'INVALID_CONFIGURATION') {
                    // ValidatePolicy already explains an invalid policy; a second finding would be noise.
                    if (validationHadError)
                        return [];
                    return [
                        failedPreview(policy, `Failed to create access preview for ${name}. Reason: ${reason}`),
                    ];
                }
                throw new AnalysisError(`Access preview for ${name} failed: ${reason ?? 'unknown reason'}.`);
            }
            if (attempt >= maxPolls) {
                throw new AnalysisError(`Timed out after 5 minutes waiting for the access preview of ${name} to complete.`);
            }
            // Previews usually finish within seconds: poll quickly first, then every pollIntervalMs.
            const interval = this.ctx.pollIntervalMs ?? 2000;
            await sleep(Math.min(interval, 250 * 2 ** (attempt - 1)));
        }
        const active = [];
        let nextToken;
        do {
            const token = nextToken;
            const page = await this.send(() => this.ctx.client.send(new dist_cjs/* ListAccessPreviewFindingsCommand */.mYR({
                accessPreviewId: start.id,
                analyzerArn,
                ...(token ? { nextToken: token } : {}),
            })));
            active.push(...(page.findings ?? []).filter((f) => f.status === 'ACTIVE'));
            nextToken = page.nextToken;
        } while (nextToken);
        const message = start.target.kind === 'trust'
            ? 'Trust policy allows access from external principals.'
            : 'Resource policy allows access from external principals.';
        return active.map((f) => {
            const location = statementLocation(policy, statementGranting(policy.document, f.principal));
            return {
                findingType: 'SECURITY_WARNING',
                code: 'EXTERNAL_PRINCIPAL',
                message,
                resourceName: resourceNameOf(policy),
                policyName: policy.policy_name,
                details: plainJson(f),
                ...(location ? { location } : {}),
            };
        });
    }
}
/**
 * The first Allow statement whose Principal names the preview finding's principal, so an
 * external-access finding points at the statement that grants it (else the whole policy).
 */
function statementGranting(document, principal) {
    const values = Object.values(principal ?? {});
    if (values.length === 0)
        return undefined;
    const raw = document?.Statement;
    const statements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const index = statements.findIndex((st) => {
        const s = st;
        if (s.Effect !== 'Allow' || s.Principal === undefined)
            return false;
        const named = typeof s.Principal === 'string'
            ? [s.Principal]
            : Object.values(s.Principal).flat();
        return named.some((n) => typeof n === 'string' && (values.includes(n) || n === '*'));
    });
    return index === -1 ? undefined : index;
}
function failedPreview(policy, message) {
    return syntheticFinding(policy, 'ERROR', 'FAILED_ACCESS_PREVIEW_CREATION', message);
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/checks.ts






const ALL_TYPES = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'];
/** The resource types check-no-public-access covers (the reference list), plus trust policies. */
const PUBLIC_ACCESS_RESOURCE_TYPES = new Set([
    'AWS::KMS::Key',
    'AWS::Lambda::Function',
    'AWS::S3::Bucket',
    'AWS::S3::AccessPoint',
    'AWS::SecretsManager::Secret',
    'AWS::SNS::Topic',
    'AWS::SQS::Queue',
    'AWS::S3Tables::TableBucket',
    'AWS::ApiGateway::RestApi',
    'AWS::CodeArtifact::Domain',
    'AWS::CloudTrail::Dashboard',
    'AWS::CloudTrail::EventDataStore',
    'AWS::S3Express::AccessPoint',
    'AWS::Backup::BackupVault',
]);
const hasDocument = (p) => p.document !== null && p.document !== undefined;
/** Identity checks skip orphaned policies, as the reference does (see DECISIONS.md). */
const attachedIdentity = (p) => p.policy_type === 'identity' && !!p.attached_to?.type;
class CheckRunner {
    ctx;
    operation;
    calls = 0;
    cache = new Map();
    limiter;
    constructor(ctx, operation) {
        this.ctx = ctx;
        this.operation = operation;
        this.limiter = limiterFor(ctx);
    }
    call(key, send) {
        let pending = this.cache.get(key);
        if (!pending) {
            this.calls++;
            pending = this.limiter.run(send).then((response) => ({
                ok: true,
                response: plainJson(response),
            }), (error) => {
                const info = serviceErrorInfo(error);
                // 4xx = this policy cannot be checked (an ERROR finding); anything else aborts the run.
                if (info &&
                    info.httpStatus !== undefined &&
                    info.httpStatus >= 400 &&
                    info.httpStatus < 500) {
                    return { ok: false, code: info.code, message: info.message };
                }
                throw new AnalysisError(`${this.operation} failed: ${errorText(error)}`, {
                    cause: error,
                });
            });
            this.cache.set(key, pending);
        }
        return pending;
    }
    get client() {
        return this.ctx.client;
    }
}
function failFinding(operation, policy, response) {
    const location = statementLocation(policy, response.reasons?.[0]?.statementIndex);
    return {
        findingType: 'SECURITY_WARNING',
        code: `policy-analysis-${operation}`,
        message: response.message ?? null,
        resourceName: resourceNameOf(policy),
        policyName: policy.policy_name,
        details: response,
        ...(location ? { location } : {}),
    };
}
function errorFinding(operation, policy, code, details) {
    return {
        findingType: 'ERROR',
        code: `policy-analysis-${operation}${code}`,
        message: null,
        resourceName: resourceNameOf(policy),
        policyName: policy.policy_name,
        details,
        ...(policy.location ? { location: policy.location } : {}),
    };
}
function finish(command, findings, checked, calls, options) {
    const report = buildReport(findings, {
        blockingTypes: new Set(options.treatFindingsAsNonBlocking ? [] : ALL_TYPES),
        ...(options.ignoreFinding ? { ignoreFinding: options.ignoreFinding } : {}),
    });
    return {
        command,
        report,
        exitCode: exitCodeFor(report),
        policiesChecked: checked,
        apiCalls: calls,
        notChecked: options.notChecked ?? [],
    };
}
async function simpleCheck(runner, operation, selected) {
    const outcomes = await Promise.all(selected.map((s) => runner.call(s.key, s.send)));
    const findings = [];
    selected.forEach(({ policy }, i) => {
        const outcome = outcomes[i];
        if (!outcome.ok) {
            findings.push(errorFinding(operation, policy, outcome.code, {
                Error: { Code: outcome.code, Message: outcome.message },
            }));
        }
        else if (outcome.response.result !== 'PASS') {
            findings.push(failFinding(operation, policy, outcome.response));
        }
    });
    return findings;
}
function parseReferencePolicyType(value) {
    const lower = value.trim().toLowerCase();
    if (lower === 'identity' || lower === 'resource')
        return lower;
    throw new InvalidOptionError("Invalid reference policy type specified. Please specify 'identity' or 'resource'");
}
/**
 * check-no-new-access: `identity` compares every attached identity policy, `resource` every
 * resource and trust policy, against the reference policy text (sent verbatim).
 */
async function checkNoNewAccess(policies, ctx, options) {
    const type = parseReferencePolicyType(options.referencePolicyType);
    const policyType = type === 'identity' ? 'IDENTITY_POLICY' : 'RESOURCE_POLICY';
    const selected = policies.filter((p) => type === 'identity'
        ? attachedIdentity(p)
        : (p.policy_type === 'resource' || p.policy_type === 'trust') && hasDocument(p));
    const runner = new CheckRunner(ctx, 'CheckNoNewAccess');
    const findings = await simpleCheck(runner, 'CheckNoNewAccess', selected.map((policy) => ({
        policy,
        key: canonicalJson(policy.document),
        send: () => runner.client.send(new dist_cjs/* CheckNoNewAccessCommand */.hS0({
            policyType,
            existingPolicyDocument: options.referencePolicy,
            newPolicyDocument: JSON.stringify(policy.document),
        })),
    })));
    return finish('check-no-new-access', findings, selected.length, runner.calls, options);
}
/** check-no-public-access over the supported resource types and role trust policies. */
async function checkNoPublicAccess(policies, ctx, options = {}) {
    const selected = [];
    for (const policy of policies) {
        if (!hasDocument(policy))
            continue;
        if (policy.policy_type === 'trust')
            selected.push({ policy, resourceType: 'AWS::IAM::AssumeRolePolicyDocument' });
        else if (policy.policy_type === 'resource' &&
            policy.resource &&
            PUBLIC_ACCESS_RESOURCE_TYPES.has(policy.resource.type)) {
            selected.push({ policy, resourceType: policy.resource.type });
        }
    }
    const runner = new CheckRunner(ctx, 'CheckNoPublicAccess');
    const findings = await simpleCheck(runner, 'CheckNoPublicAccess', selected.map(({ policy, resourceType }) => ({
        policy,
        key: `${resourceType}|${canonicalJson(policy.document)}`,
        send: () => runner.client.send(new dist_cjs/* CheckNoPublicAccessCommand */.MVw({
            policyDocument: JSON.stringify(policy.document),
            resourceType,
        })),
    })));
    return finish('check-no-public-access', findings, selected.length, runner.calls, options);
}
const MAX_ACCESS_ITEMS = 100;
/** Validates `--actions` / `--resources` the way the reference CLI does before any call. */
function accessInputs(actions = [], resources = []) {
    if (actions.length === 0 && resources.length === 0) {
        throw new InvalidOptionError('At least one of --actions or --resources must be specified.');
    }
    if (resources.length > MAX_ACCESS_ITEMS) {
        throw new InvalidOptionError(`--resources accepts at most ${MAX_ACCESS_ITEMS} resources, got ${resources.length}.`);
    }
    // CheckAccessNotGranted takes at most 100 actions per call, so larger lists are split (the
    // reference repeats the whole list instead, which the service rejects).
    if (actions.length <= MAX_ACCESS_ITEMS) {
        return [
            {
                ...(actions.length ? { actions: [...actions] } : {}),
                ...(resources.length ? { resources: [...resources] } : {}),
            },
        ];
    }
    const batches = [];
    for (let i = 0; i < actions.length; i += MAX_ACCESS_ITEMS) {
        batches.push({
            actions: actions.slice(i, i + MAX_ACCESS_ITEMS),
            ...(resources.length ? { resources: [...resources] } : {}),
        });
    }
    return batches;
}
/** check-access-not-granted over attached identity, resource and trust policies. */
async function checkAccessNotGranted(policies, ctx, options) {
    const batches = accessInputs(options.actions, options.resources);
    const selected = policies.filter((p) => attachedIdentity(p) ||
        ((p.policy_type === 'resource' || p.policy_type === 'trust') && hasDocument(p)));
    const runner = new CheckRunner(ctx, 'CheckAccessNotGranted');
    const op = 'CheckAccessNotGranted';
    const perPolicy = await Promise.all(selected.map(async (policy) => {
        const findings = [];
        const policyType = policy.policy_type === 'identity' ? 'IDENTITY_POLICY' : 'RESOURCE_POLICY';
        const docKey = canonicalJson(policy.document);
        const outcomes = await Promise.all(batches.map((access) => runner.call(`${policyType}|${docKey}|${canonicalJson(access)}`, () => runner.client.send(new dist_cjs/* CheckAccessNotGrantedCommand */.QKI({
            policyDocument: JSON.stringify(policy.document),
            policyType,
            access: [access],
        })))));
        const failedReasons = [];
        let failMessage;
        outcomes.forEach((outcome, i) => {
            const accessInput = [batches[i]];
            if (!outcome.ok) {
                findings.push(errorFinding(op, policy, outcome.code, {
                    Error: { Code: outcome.code, Message: outcome.message },
                    accessInput,
                }));
            }
            else if (outcome.response.result !== 'PASS') {
                failMessage ??= outcome.response.message;
                for (const reason of outcome.response.reasons ?? [])
                    failedReasons.push({ ...reason, accessInput });
            }
        });
        if (failMessage !== undefined || failedReasons.length > 0) {
            findings.push(failFinding(op, policy, { result: 'FAIL', reasons: failedReasons, message: failMessage }));
        }
        return findings;
    }));
    return finish('check-access-not-granted', perPolicy.flat(), selected.length, runner.calls, options);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-api-gateway@3.1142.0/node_modules/@aws-sdk/client-api-gateway/dist-cjs/index.js
var client_api_gateway_dist_cjs = __webpack_require__(1130);
// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-cloudformation@3.1169.0/node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(7767);
// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-iam@3.1169.0/node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(2177);
// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-s3@3.1175.0/node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(74);
// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-ssm@3.1169.0/node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(2785);
// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-sts@3.1174.0/node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(6775);
;// CONCATENATED MODULE: ./packages/cfn-policies/src/aws/clients.ts







const DEFAULT_MAX_ATTEMPTS = 10;
/**
 * One client per service with the same region, credentials and retry policy. `adaptive` retry
 * adds client-side rate limiting on top of the standard back-off, which is what keeps a burst of
 * parallel ValidatePolicy calls from failing on ThrottlingException.
 */
function createAwsClients(options) {
    const base = (service) => {
        const endpoint = options.endpoints?.[service] ?? options.endpoints?.['*'];
        return {
            region: options.region,
            maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
            retryMode: options.retryMode ?? 'adaptive',
            ...(options.credentials ? { credentials: options.credentials } : {}),
            ...(options.profile ? { profile: options.profile } : {}),
            ...(endpoint ? { endpoint } : {}),
        };
    };
    const clients = {
        accessAnalyzer: new dist_cjs/* AccessAnalyzerClient */.eXW(base('accessanalyzer')),
        cloudFormation: new client_cloudformation_dist_cjs/* CloudFormationClient */.m1N(base('cloudformation')),
        ssm: new client_ssm_dist_cjs/* SSMClient */.jBj(base('ssm')),
        iam: new client_iam_dist_cjs/* IAMClient */.h8v(base('iam')),
        s3: new client_s3_dist_cjs/* S3Client */.YxF({ ...base('s3'), forcePathStyle: true }),
        apiGateway: new client_api_gateway_dist_cjs/* APIGatewayClient */.UR2(base('apigateway')),
        sts: new client_sts_dist_cjs/* STSClient */.iM(base('sts')),
    };
    return {
        ...clients,
        destroy: () => {
            for (const client of Object.values(clients))
                client.destroy();
        },
    };
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/aws/caller-identity.ts

/** Account and partition of the caller, as the reference takes them (partition = ARN field 2). */
async function getCallerIdentity(sts) {
    const out = await sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
    const partition = out.Arn?.split(':')[1];
    if (!out.Account || !partition) {
        throw new Error('STS GetCallerIdentity returned no account or ARN; pass the account id and partition explicitly.');
    }
    return { accountId: out.Account, partition };
}

;// CONCATENATED MODULE: ./packages/cfn-policies/src/aws/lookups.ts






function errorName(error) {
    return typeof error === 'object' && error !== null && 'name' in error
        ? String(error.name)
        : undefined;
}
/**
 * The live lookups extraction needs (exports, SSM parameters, managed policies, S3 owner, REST
 * APIs), backed by the SDK. Each answer is fetched once per run and shared.
 */
function createAwsLookups(clients) {
    let exports;
    let canonicalId;
    let restApis;
    const parameters = new Map();
    const policies = new Map();
    return {
        listExports: () => {
            exports ??= (async () => {
                const out = [];
                let NextToken;
                do {
                    const page = await clients.cloudFormation.send(new client_cloudformation_dist_cjs/* ListExportsCommand */.xKf(NextToken ? { NextToken } : {}));
                    for (const e of page.Exports ?? [])
                        if (e.Name !== undefined)
                            out.push({ Name: e.Name, Value: e.Value ?? '' });
                    NextToken = page.NextToken;
                } while (NextToken);
                return out;
            })();
            return exports;
        },
        getSsmParameter: (name) => {
            let pending = parameters.get(name);
            if (!pending) {
                pending = clients.ssm.send(new client_ssm_dist_cjs/* GetParameterCommand */.lhy({ Name: name })).then((out) => out.Parameter?.Value ?? '', (error) => {
                    const code = errorName(error);
                    if (code === 'ParameterNotFound' || code === 'ParameterVersionNotFound') {
                        throw new LookupNotFoundError(code, `SSM parameter ${name} not found (${code}).`);
                    }
                    throw error;
                });
                parameters.set(name, pending);
            }
            return pending;
        },
        getManagedPolicy: (arn) => {
            let pending = policies.get(arn);
            if (!pending) {
                pending = (async () => {
                    try {
                        const { Policy } = await clients.iam.send(new client_iam_dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: arn }));
                        const { PolicyVersion } = await clients.iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: arn, VersionId: Policy?.DefaultVersionId }));
                        // IAM returns policy documents URL-encoded (RFC 3986).
                        const text = decodeURIComponent(PolicyVersion?.Document ?? '');
                        return {
                            PolicyName: Policy?.PolicyName ?? '',
                            Path: Policy?.Path ?? '/',
                            Document: JSON.parse(text),
                        };
                    }
                    catch (error) {
                        if (errorName(error) === 'NoSuchEntityException' ||
                            errorName(error) === 'NoSuchEntity') {
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
            canonicalId ??= clients.s3.send(new client_s3_dist_cjs/* ListBucketsCommand */.$Lo({})).then((out) => {
                if (!out.Owner?.ID)
                    throw new Error('S3 ListBuckets returned no owner id.');
                return out.Owner.ID;
            });
            return canonicalId;
        },
        getRestApis: () => {
            restApis ??= (async () => {
                const out = [];
                let position;
                do {
                    const page = await clients.apiGateway.send(new client_api_gateway_dist_cjs/* GetRestApisCommand */.hwD({ limit: 500, ...(position ? { position } : {}) }));
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

;// CONCATENATED MODULE: ./packages/cfn-policies/src/aws/index.ts




;// CONCATENATED MODULE: ./packages/cfn-policies/src/validate/index.ts











;// CONCATENATED MODULE: ./packages/cfn-policies/src/index.ts




// EXTERNAL MODULE: ./packages/github-report/src/index.ts + 11 modules
var github_report_src = __webpack_require__(6729);
;// CONCATENATED MODULE: ./actions/cfn-policy-validate/src/inputs.ts



const CHECK_TYPES = [
    'validate',
    'check-no-new-access',
    'check-access-not-granted',
    'check-no-public-access',
];
const DEFAULT_BLOCKING = 'ERROR,SECURITY_WARNING';
/** Space-separated `K=V` tokens on a line are split, as the reference's `--parameters A=1 B=2`. */
function parameterItems(lines) {
    return lines.flatMap((line) => {
        const tokens = line.split(/\s+/).filter(Boolean);
        return tokens.length > 1 && tokens.every((t) => t.indexOf('=') > 0) ? tokens : [line];
    });
}
function readInputs(p) {
    const treatFindingTypeAsBlocking = p
        .withDefault('treat-finding-type-as-blocking', DEFAULT_BLOCKING)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    try {
        parseBlockingTypes(treatFindingTypeAsBlocking);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Input 'treat-finding-type-as-blocking': ${error.message}`);
    }
    const accountId = p.string('account-id');
    if (accountId !== undefined && !/^\d{12}$/.test(accountId)) {
        throw new src/* ConfigurationError */.j1(`Input 'account-id' must be a 12-digit AWS account id, got '${accountId}'.`);
    }
    const partition = p.string('partition');
    if (partition !== undefined && !/^aws(-[a-z]+)*$/.test(partition)) {
        throw new src/* ConfigurationError */.j1(`Input 'partition' must be an AWS partition such as aws, aws-cn or aws-us-gov, got '${partition}'.`);
    }
    const policyCheckType = p.oneOf('policy-check-type', CHECK_TYPES, 'validate');
    const referencePolicy = p.string('reference-policy');
    const referencePolicyType = p.oneOf('reference-policy-type', ['identity', 'resource']);
    if (policyCheckType === 'check-no-new-access' && (!referencePolicy || !referencePolicyType)) {
        throw new src/* ConfigurationError */.j1("policy-check-type 'check-no-new-access' needs the inputs 'reference-policy' and 'reference-policy-type'.");
    }
    const actions = p.list('actions');
    const resources = p.list('resources');
    if (policyCheckType === 'check-access-not-granted' &&
        actions.length === 0 &&
        resources.length === 0) {
        throw new src/* ConfigurationError */.j1("policy-check-type 'check-access-not-granted' needs at least one of the inputs 'actions' or 'resources'.");
    }
    return {
        policyCheckType,
        referencePolicy,
        referencePolicyType,
        actions,
        resources,
        treatFindingsAsNonBlocking: p.boolean('treat-findings-as-non-blocking', false),
        templatePaths: p.multiline('template-path').length > 0
            ? p.multiline('template-path')
            : [p.required('template-path')],
        parameters: parameterItems(p.multiline('parameters')),
        templateConfigurationFile: p.string('template-configuration-file'),
        ignoreFinding: p.list('ignore-finding'),
        treatFindingTypeAsBlocking,
        allowExternalPrincipals: p.list('allow-external-principals'),
        excludeResourceTypes: p.list('exclude-resource-types'),
        allowDynamicRefWithoutVersion: p.boolean('allow-dynamic-ref-without-version', false),
        concurrency: p.integer('concurrency', { min: 1, max: 50, fallback: DEFAULT_CONCURRENCY }),
        accountId,
        partition,
        aws: (0,src/* readAwsInputs */.d1)(p),
        reporting: (0,src/* readReportingInputs */.yu)(p),
        upload: (0,src/* readUploadInputs */.J8)(p),
    };
}

;// CONCATENATED MODULE: ./actions/cfn-policy-validate/src/parameters.ts

/**
 * `--parameters K=V ...`: each item is split on its FIRST `=` only (so `A=1,B=2` gives A =
 * `1,B=2`, as in the reference). Unlike the reference, an item without `=` is a clear error.
 */
function parseParameterItems(items, source = '--parameters') {
    const out = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0) {
            throw new src/* ConfigurationError */.j1(`${source}: '${item}' is not KEY=VALUE.`, {
                hint: 'Write each parameter as Name=Value, e.g. Environment=prod.',
            });
        }
        out[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return out;
}
/**
 * A template-configuration file in any of the three shapes the reference accepts (decided by the
 * first element / top-level shape): CodePipeline `{"Parameters": {...}}`, CloudFormation CLI
 * `[{"ParameterKey","ParameterValue"}]`, or `["K=V", ...]`.
 */
function parseTemplateConfiguration(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Template configuration file ${file} is not valid JSON: ${error.message}.`);
    }
    const fail = (what) => {
        throw new src/* ConfigurationError */.j1(`Template configuration file ${file}: ${what}`, {
            hint: 'Use {"Parameters": {"Name": "Value"}}, [{"ParameterKey": "Name", "ParameterValue": "Value"}] or ["Name=Value"].',
        });
    };
    if (Array.isArray(data)) {
        if (data.length === 0)
            return {};
        if (typeof data[0] === 'string') {
            return parseParameterItems(data.map((item, i) => typeof item === 'string' ? item : fail(`item ${i} must be a "Name=Value" string.`)), `Template configuration file ${file}`);
        }
        const out = {};
        data.forEach((item, i) => {
            const entry = item;
            if (!entry ||
                typeof entry !== 'object' ||
                typeof entry.ParameterKey !== 'string' ||
                entry.ParameterValue === undefined) {
                fail(`item ${i} must be an object with ParameterKey and ParameterValue.`);
            }
            out[entry.ParameterKey] = String(entry.ParameterValue);
        });
        return out;
    }
    if (data && typeof data === 'object') {
        const parameters = data.Parameters;
        if (parameters === undefined)
            return {};
        if (!parameters || typeof parameters !== 'object' || Array.isArray(parameters))
            fail('"Parameters" must be an object.');
        return Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, String(v)]));
    }
    return fail('expected an object or a list.');
}

;// CONCATENATED MODULE: ./actions/cfn-policy-validate/src/render.ts
const ICON = {
    ERROR: '🛑',
    SECURITY_WARNING: '🔒',
    WARNING: '⚠️',
    SUGGESTION: '💡',
};
/** Markdown table cells: no pipes or newlines, bounded length. */
function cell(text, max = 300) {
    const flat = (text ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function where(f) {
    return f.location ? `\`${f.location.file}:${f.location.line}\`` : '';
}
function findingsTable(findings) {
    const rows = findings.map((f) => `| ${ICON[f.findingType]} ${f.findingType} | \`${cell(f.code, 80)}\` | ${cell(f.resourceName, 80)} | ${cell(f.policyName, 80)} | ${where(f)} | ${cell(f.message)} |`);
    return [
        '| Type | Code | Resource | Policy | Location | Message |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
    ].join('\n');
}
function notCheckedList(items) {
    const lines = items.map((n) => {
        const at = n.location ? ` (\`${n.location.file}:${n.location.line}\`)` : '';
        return `- **${cell(n.resource, 120)}** \`${cell(n.type, 80)}\`${at}: ${cell(n.reason)}`;
    });
    return [
        '> [!WARNING]',
        `> ${items.length} polic${items.length === 1 ? 'y was' : 'ies were'} found but **not checked** by IAM Access Analyzer. A clean result says nothing about them.`,
        '',
        ...lines,
    ].join('\n');
}
function headline(result) {
    const blocking = result.report.BlockingFindings.length;
    const other = result.report.NonBlockingFindings.length;
    const unchecked = result.notChecked.length;
    const checked = `${result.policiesChecked} polic${result.policiesChecked === 1 ? 'y' : 'ies'} checked`;
    const tail = unchecked > 0 ? `; ⚠️ ${unchecked} not checked` : '';
    if (blocking > 0) {
        return `❌ ${blocking} blocking finding${blocking === 1 ? '' : 's'}${other ? ` and ${other} non-blocking` : ''} (${checked}${tail})`;
    }
    if (unchecked > 0)
        return `⚠️ No blocking findings, but ${unchecked} polic${unchecked === 1 ? 'y was' : 'ies were'} not checked (${checked})`;
    return `✅ No blocking findings${other ? ` (${other} non-blocking)` : ''} (${checked})`;
}
function render_buildReport(input) {
    const { result } = input;
    const sections = [];
    if (input.banner)
        sections.push({ title: 'Simulated run', markdown: `> [!NOTE]\n> ${input.banner}` });
    if (result.notChecked.length > 0)
        sections.push({ title: 'Not checked', markdown: notCheckedList(result.notChecked) });
    if (result.report.BlockingFindings.length > 0) {
        sections.push({
            title: `Blocking findings (${result.report.BlockingFindings.length})`,
            markdown: findingsTable(result.report.BlockingFindings),
        });
    }
    if (result.report.NonBlockingFindings.length > 0) {
        sections.push({
            title: `Non-blocking findings (${result.report.NonBlockingFindings.length})`,
            markdown: findingsTable(result.report.NonBlockingFindings),
        });
    }
    if (input.skipped && input.skipped.length > 0) {
        const lines = input.skipped.map((n) => {
            const at = n.location ? ` (\`${n.location.file}:${n.location.line}\`)` : '';
            return `- **${cell(n.resource, 120)}** \`${cell(n.type, 80)}\`${at}: ${cell(n.reason)}`;
        });
        sections.push({
            title: `Skipped resources (${input.skipped.length})`,
            markdown: lines.join('\n'),
        });
    }
    sections.push({
        title: 'Details',
        markdown: [
            `Command: \`${result.command}\` · templates: ${input.templates.map((t) => `\`${t}\``).join(', ')} · Access Analyzer calls: ${result.apiCalls}`,
            '',
            'Suppress a finding with `ignore-finding: <Resource>.<CODE>` (or a bare resource name or code); change what blocks with `treat-finding-type-as-blocking`.',
        ].join('\n'),
    });
    return {
        action: input.action,
        ...(input.category ? { category: input.category } : {}),
        headline: headline(result),
        sections,
        annotations: annotations(result),
        sarif: toSarif(result),
    };
}
function annotations(result) {
    const out = [];
    const rank = {
        ERROR: 4,
        SECURITY_WARNING: 3,
        WARNING: 2,
        SUGGESTION: 1,
    };
    const add = (f, blocking) => {
        out.push({
            level: blocking ? 'error' : f.findingType === 'SUGGESTION' ? 'notice' : 'warning',
            rank: rank[f.findingType],
            title: `${f.findingType} ${f.code}`,
            message: `${f.message ?? f.code} (resource ${f.resourceName}, policy ${f.policyName})`,
            ...(f.location
                ? { file: f.location.file, startLine: f.location.line, startColumn: f.location.column }
                : {}),
        });
    };
    for (const f of result.report.BlockingFindings)
        add(f, true);
    for (const f of result.report.NonBlockingFindings)
        add(f, false);
    for (const n of result.notChecked) {
        out.push({
            level: 'warning',
            rank: 0,
            title: 'Policy not checked',
            message: `${n.resource} (${n.type}): ${n.reason}`,
            ...(n.location ? { file: n.location.file, startLine: n.location.line } : {}),
        });
    }
    return out;
}
const SECURITY_SEVERITY = {
    ERROR: '8.0',
    SECURITY_WARNING: '7.0',
    WARNING: '4.0',
    SUGGESTION: '2.0',
};
function learnMoreLink(f) {
    const link = f.details?.learnMoreLink;
    return typeof link === 'string' ? link : undefined;
}
/** SARIF 2.1.0 with one result per finding, located at the policy statement in the template. */
function toSarif(result) {
    const all = [
        ...result.report.BlockingFindings.map((f) => ({ f, blocking: true })),
        ...result.report.NonBlockingFindings.map((f) => ({ f, blocking: false })),
    ];
    const rules = new Map();
    for (const { f } of all) {
        if (rules.has(f.code))
            continue;
        const help = learnMoreLink(f);
        rules.set(f.code, {
            id: f.code,
            name: f.code.replace(/(^|[_-])([a-zA-Z])/g, (_m, _s, c) => c.toUpperCase()),
            shortDescription: { text: `IAM Access Analyzer ${f.code}` },
            ...(help ? { helpUri: help } : {}),
            properties: {
                tags: ['security', 'iam', 'cloudformation'],
                'security-severity': SECURITY_SEVERITY[f.findingType],
            },
        });
    }
    const results = all.map(({ f, blocking }) => ({
        ruleId: f.code,
        level: blocking ? 'error' : f.findingType === 'SUGGESTION' ? 'note' : 'warning',
        message: {
            text: `${f.message ?? f.code} (resource ${f.resourceName}, policy ${f.policyName})`,
        },
        ...(f.location
            ? {
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: f.location.file.split('\\').join('/') },
                            region: {
                                startLine: Math.max(1, f.location.line),
                                startColumn: Math.max(1, f.location.column),
                            },
                        },
                        logicalLocations: [{ name: `${f.resourceName}/${f.policyName}`, kind: 'resource' }],
                    },
                ],
            }
            : {}),
        properties: {
            findingType: f.findingType,
            blocking,
            resourceName: f.resourceName,
            policyName: f.policyName,
        },
    }));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'cfn-policy-validate',
                        informationUri: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-validation.html',
                        rules: [...rules.values()],
                    },
                },
                results,
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: result.notChecked.map((n) => ({
                            level: 'warning',
                            message: { text: `Not checked: ${n.resource} (${n.type}): ${n.reason}` },
                            ...(n.location
                                ? {
                                    locations: [
                                        {
                                            physicalLocation: {
                                                artifactLocation: { uri: n.location.file },
                                                region: { startLine: Math.max(1, n.location.line) },
                                            },
                                        },
                                    ],
                                }
                                : {}),
                        })),
                    },
                ],
            },
        ],
    };
}

;// CONCATENATED MODULE: ./actions/cfn-policy-validate/src/run-command.ts

const COMMANDS = [
    'parse',
    'validate',
    'check-no-new-access',
    'check-access-not-granted',
    'check-no-public-access',
];
/** Option errors the reference reports before any Access Analyzer call. */
function checkOptions(request) {
    const o = request.options;
    if (request.command === 'validate')
        parseBlockingTypes(o.treatFindingTypeAsBlocking);
    if (request.command === 'check-access-not-granted')
        accessInputs(o.actions, o.resources);
    if (request.command === 'check-no-new-access')
        parseReferencePolicyType(o.referencePolicyType ?? '');
}
/**
 * Extracts every template, then runs one command over all their policies together (so a
 * document shared by several templates is sent once). Throws TemplateError / InvalidOptionError
 * / AnalysisError where the reference exits 1.
 */
async function runCommand(request) {
    const { options: o } = request;
    const extractOptions = {
        ...(o.excludeResourceTypes ? { excludeResourceTypes: o.excludeResourceTypes } : {}),
        ...(o.allowDynamicRefWithoutVersion ? { allowDynamicRefWithoutVersion: true } : {}),
        ...(o.referenceParity ? { referenceParity: true } : {}),
    };
    const extractions = [];
    for (const template of request.templates) {
        extractions.push(await parseAndExtract({
            text: template.text,
            file: template.file,
            parameters: request.parameters,
            accountId: request.accountId,
            region: request.region,
            partition: request.partition,
            options: extractOptions,
            lookups: request.lookups,
        }));
    }
    const notChecked = extractions.flatMap((e) => e.notChecked);
    const skipped = extractions.flatMap((e) => e.skipped);
    if (request.command === 'parse')
        return { command: 'parse', extractions, notChecked, skipped };
    checkOptions(request);
    if (!request.analyzer)
        throw new Error(`${request.command} needs an Access Analyzer client`);
    const ctx = {
        ...request.analyzer,
        accountId: request.accountId,
        region: request.region,
        partition: request.partition,
    };
    const policies = extractions.flatMap((e) => e.policies);
    const reporting = {
        ...(o.ignoreFinding ? { ignoreFinding: o.ignoreFinding } : {}),
        notChecked,
    };
    let result;
    switch (request.command) {
        case 'validate':
            result = await validatePolicies(policies, ctx, {
                ...reporting,
                ...(o.treatFindingTypeAsBlocking
                    ? { treatFindingTypeAsBlocking: o.treatFindingTypeAsBlocking }
                    : {}),
                ...(o.allowExternalPrincipals
                    ? { allowExternalPrincipals: o.allowExternalPrincipals }
                    : {}),
            });
            break;
        case 'check-no-new-access':
            result = await checkNoNewAccess(policies, ctx, {
                ...reporting,
                referencePolicy: o.referencePolicy ?? '',
                referencePolicyType: o.referencePolicyType ?? '',
                ...(o.treatFindingsAsNonBlocking ? { treatFindingsAsNonBlocking: true } : {}),
            });
            break;
        case 'check-access-not-granted':
            result = await checkAccessNotGranted(policies, ctx, {
                ...reporting,
                ...(o.actions ? { actions: o.actions } : {}),
                ...(o.resources ? { resources: o.resources } : {}),
                ...(o.treatFindingsAsNonBlocking ? { treatFindingsAsNonBlocking: true } : {}),
            });
            break;
        case 'check-no-public-access':
            result = await checkNoPublicAccess(policies, ctx, {
                ...reporting,
                ...(o.treatFindingsAsNonBlocking ? { treatFindingsAsNonBlocking: true } : {}),
            });
            break;
    }
    return { command: request.command, extractions, result, notChecked: result.notChecked, skipped };
}
/** The reference CLI's stdout JSON: the parse output, or the report. */
function referenceJson(outcome, options = {}) {
    if (outcome.command === 'parse') {
        const outputs = outcome.extractions.map((e) => e.parseOutput);
        return outputs.length === 1 ? outputs[0] : outputs;
    }
    const strip = (f) => {
        if (options.locations)
            return f;
        const { location: _location, ...rest } = f;
        return rest;
    };
    const report = outcome.result.report;
    return {
        BlockingFindings: report.BlockingFindings.map(strip),
        NonBlockingFindings: report.NonBlockingFindings.map(strip),
    };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3572);
;// CONCATENATED MODULE: ./actions/cfn-policy-validate/src/templates.ts




/**
 * Resolves `template-path` entries (files or globs, relative to the workspace) to template
 * texts, in a stable order without duplicates. A literal path that does not exist, or a glob
 * that matches nothing, is an error: a gate must not pass because it looked at nothing.
 */
async function loadTemplates(patterns, workspace) {
    const files = [];
    for (const pattern of patterns) {
        if ((0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern)) {
            const matched = (await (0,tinyglobby_dist/* glob */.TI)(pattern, { cwd: workspace, onlyFiles: true, absolute: true, dot: false })).sort();
            if (matched.length === 0) {
                throw new src/* ConfigurationError */.j1(`template-path '${pattern}' matched no files in ${workspace}.`, {
                    hint: 'Check the glob, or run after the step that synthesizes the templates (e.g. cdk synth).',
                });
            }
            files.push(...matched);
        }
        else {
            files.push((0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(workspace, pattern));
        }
    }
    const unique = [...new Set(files)];
    return Promise.all(unique.map(async (path) => {
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch {
            throw new src/* ConfigurationError */.j1(`CloudFormation template not found: ${path}`, {
                hint: 'Fix template-path.',
            });
        }
        const rel = (0,external_node_path_.relative)(workspace, path);
        const file = rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split('\\').join('/') : path;
        return { file, text };
    }));
}

;// CONCATENATED MODULE: ./actions/cfn-policy-validate/src/main.ts













const ACTION_NAME = 'cfn-policy-validate';
const ENDPOINT_ENV = {
    accessanalyzer: 'AWS_ENDPOINT_URL_ACCESSANALYZER',
    cloudformation: 'AWS_ENDPOINT_URL_CLOUDFORMATION',
    ssm: 'AWS_ENDPOINT_URL_SSM',
    iam: 'AWS_ENDPOINT_URL_IAM',
    s3: 'AWS_ENDPOINT_URL_S3',
    apigateway: 'AWS_ENDPOINT_URL_API_GATEWAY',
    sts: 'AWS_ENDPOINT_URL_STS',
};
/** The SDK's endpoint variables, read from the runtime's env so the CLI and tests can set them. */
function endpointsFrom(env) {
    const out = {};
    if (env.AWS_ENDPOINT_URL)
        out['*'] = env.AWS_ENDPOINT_URL;
    for (const [key, name] of Object.entries(ENDPOINT_ENV)) {
        const value = env[name];
        if (value)
            out[key] = value;
    }
    return out;
}
/** Template and option problems are the user's to fix: report them without a stack. */
function asUserError(error) {
    if (isTemplateError(error))
        return new src/* ConfigurationError */.j1(error.message, { cause: error });
    if (error instanceof InvalidOptionError)
        return new src/* ConfigurationError */.j1(error.message, { cause: error });
    return error;
}
/** Parameters from the template configuration file, overridden by the `parameters` input. */
async function collectParameters(items, configFile, workspace) {
    const parameters = {};
    if (configFile) {
        const path = (0,external_node_path_.resolve)(workspace, configFile);
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch {
            throw new src/* ConfigurationError */.j1(`Template configuration file not found: ${path}`, {
                hint: 'Fix template-configuration-file.',
            });
        }
        Object.assign(parameters, parseTemplateConfiguration(text, configFile));
    }
    return Object.assign(parameters, parseParameterItems(items, "input 'parameters'"));
}
/** check-no-new-access sends the reference policy verbatim, so it must at least be JSON. */
async function readReferencePolicy(file, workspace) {
    try {
        const text = await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, file), 'utf8');
        JSON.parse(text);
        return text;
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`reference-policy ${file} must be a readable JSON policy file: ${(0,src/* getErrorMessage */.u1)(error)}`);
    }
}
/** The action's boundary: the runner passes nothing, the CLI and tests pass their runtime. */
async function run(rt = (0,actions_runtime/* actionsRuntime */.I)(), deps = {}) {
    return (0,src/* runAction */.Cs)(ACTION_NAME, rt, async () => {
        const inputs = readInputs(new src/* InputParser */.YF(rt.readInput));
        if (inputs.reporting.githubToken)
            rt.logger.mask(inputs.reporting.githubToken);
        const context = (0,src/* readGitHubContext */.L7)(rt.env);
        const workspace = (0,external_node_path_.resolve)(context.workspace);
        const templates = await loadTemplates(inputs.templatePaths, workspace);
        const parameters = await collectParameters(inputs.parameters, inputs.templateConfigurationFile, workspace);
        const credentials = await (0,aws_oidc_src.resolveActionAwsCredentials)({
            inputs: inputs.aws,
            env: rt.env,
            logger: rt.logger,
            exportVariable: (name, value) => rt.exportVariable(name, value),
            github: context,
            ...(deps.resolveCredentials ? { resolve: deps.resolveCredentials } : {}),
        });
        if (credentials.status === 'unavailable') {
            return {
                verdict: { status: 'skipped', reason: `no AWS credentials: ${credentials.reason}` },
                outputs: {
                    'blocking-findings': 0,
                    'non-blocking-findings': 0,
                    'report-path': '',
                    'sarif-path': '',
                },
            };
        }
        const clients = createAwsClients({
            region: credentials.region,
            credentials: credentials.credentials,
            endpoints: endpointsFrom(rt.env),
        });
        try {
            let accountId = inputs.accountId ?? credentials.accountId;
            let partition = inputs.partition ?? credentials.principalArn?.split(':')[1];
            if (!accountId || !partition) {
                const caller = await getCallerIdentity(clients.sts);
                accountId ??= caller.accountId;
                partition ??= caller.partition;
            }
            const lookups = createAwsLookups(clients);
            const referencePolicy = inputs.policyCheckType === 'check-no-new-access' && inputs.referencePolicy
                ? await readReferencePolicy(inputs.referencePolicy, workspace)
                : undefined;
            const outcome = await runCommand({
                command: inputs.policyCheckType,
                templates,
                parameters,
                accountId,
                region: credentials.region,
                partition,
                options: {
                    excludeResourceTypes: inputs.excludeResourceTypes,
                    allowDynamicRefWithoutVersion: inputs.allowDynamicRefWithoutVersion,
                    ignoreFinding: inputs.ignoreFinding,
                    treatFindingTypeAsBlocking: inputs.treatFindingTypeAsBlocking,
                    allowExternalPrincipals: inputs.allowExternalPrincipals,
                    treatFindingsAsNonBlocking: inputs.treatFindingsAsNonBlocking,
                    actions: inputs.actions,
                    resources: inputs.resources,
                    ...(referencePolicy !== undefined ? { referencePolicy } : {}),
                    ...(inputs.referencePolicyType
                        ? { referencePolicyType: inputs.referencePolicyType }
                        : {}),
                },
                lookups,
                analyzer: {
                    client: clients.accessAnalyzer,
                    concurrency: inputs.concurrency,
                    getCanonicalUserId: () => lookups.getCanonicalUserId(),
                    ...(deps.pollIntervalMs !== undefined ? { pollIntervalMs: deps.pollIntervalMs } : {}),
                },
            }).catch((error) => {
                throw asUserError(error);
            });
            const result = outcome.result;
            const outDir = (0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), ACTION_NAME, inputs.upload.category ?? 'default');
            await (0,promises_.mkdir)(outDir, { recursive: true });
            const reportPath = (0,external_node_path_.join)(outDir, 'report.json');
            const sarifPath = (0,external_node_path_.join)(outDir, 'results.sarif');
            const report = render_buildReport({
                action: ACTION_NAME,
                result,
                templates: templates.map((t) => t.file),
                ...(inputs.upload.category ? { category: inputs.upload.category } : {}),
                ...(deps.banner ? { banner: deps.banner } : {}),
                skipped: outcome.skipped,
            });
            await (0,promises_.writeFile)(reportPath, `${JSON.stringify(referenceJson(outcome, { locations: true }), null, 4)}\n`);
            await (0,promises_.writeFile)(sarifPath, `${JSON.stringify(report.sarif, null, 2)}\n`);
            for (const item of outcome.skipped)
                rt.logger.info(`Skipped: ${item.resource} (${item.type}): ${item.reason}`);
            for (const item of result.notChecked) {
                rt.logger.warning(`Not checked: ${item.resource} (${item.type}): ${item.reason}`);
            }
            rt.logger.info(`${report.headline}. Report: ${reportPath}; SARIF: ${sarifPath}`);
            await (deps.publish ?? github_report_src/* publishReport */.S3)(report, {
                reporting: inputs.reporting,
                upload: inputs.upload,
                context,
                logger: rt.logger,
                appendSummary: (markdown) => rt.appendSummary(markdown),
            });
            const blocking = result.report.BlockingFindings.length;
            return {
                verdict: blocking > 0
                    ? {
                        status: 'fail',
                        reason: `${blocking} blocking finding${blocking === 1 ? '' : 's'} (see the job summary)`,
                    }
                    : { status: 'pass' },
                outputs: {
                    'blocking-findings': blocking,
                    'non-blocking-findings': result.report.NonBlockingFindings.length,
                    'report-path': reportPath,
                    'sarif-path': sarifPath,
                },
            };
        }
        finally {
            clients.destroy();
        }
    });
}

;// CONCATENATED MODULE: ./actions/cfn-policy-validate/src/reference-cli.ts
/**
 * `devsecops-gates cfn-policy-validate <command> [flags]`: a drop-in for the reference CLI
 * (`cfn-policy-validator`): same commands and flags (unambiguous prefixes accepted, as argparse
 * does), JSON on stdout with 4-space indentation, exit 0 / 2 (blocking findings) / 1 (error,
 * `ERROR: <message>` on stderr). Differences: usage errors exit 1, not 2; `--account-id` and
 * `--partition` skip the STS lookup; `--template-path` may repeat and take globs; our improvements
 * over the reference (packages/cfn-policies/DECISIONS.md) are on unless `--reference-parity`.
 */







const COMMON = {
    'template-path': 'list',
    region: 'value',
    parameters: 'list',
    'template-configuration-file': 'value',
    profile: 'value',
    'enable-logging': 'switch',
    'allow-dynamic-ref-without-version': 'switch',
    'exclude-resource-types': 'value',
    'account-id': 'value',
    partition: 'value',
    concurrency: 'value',
    locations: 'switch',
    // Reproduce cfn-policy-validator exactly, quirks included (packages/cfn-policies/DECISIONS.md).
    'reference-parity': 'switch',
};
const CHECKS = {
    'ignore-finding': 'value',
    'treat-findings-as-non-blocking': 'switch',
};
const PER_COMMAND = {
    parse: {},
    validate: {
        'ignore-finding': 'value',
        'treat-finding-type-as-blocking': 'value',
        'allow-external-principals': 'value',
    },
    'check-no-new-access': {
        ...CHECKS,
        'reference-policy': 'value',
        'reference-policy-type': 'value',
    },
    'check-access-not-granted': { ...CHECKS, actions: 'value', resources: 'value' },
    'check-no-public-access': { ...CHECKS },
};
class UsageError extends Error {
}
/** argparse-like parsing: `--flag value`, `--flag=value`, nargs+ lists, unambiguous prefixes. */
function parseReferenceArgs(argv) {
    const [command, ...rest] = argv;
    if (!command || !COMMANDS.includes(command)) {
        throw new UsageError(`argument command: invalid choice: '${command ?? ''}' (choose from ${COMMANDS.join(', ')})`);
    }
    const known = { ...COMMON, ...PER_COMMAND[command] };
    const args = {
        command: command,
        values: {},
        lists: {},
        switches: new Set(),
    };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!arg.startsWith('--'))
            throw new UsageError(`unrecognized arguments: ${arg}`);
        const eq = arg.indexOf('=');
        const typed = arg.slice(2, eq === -1 ? undefined : eq);
        const candidates = typed in known ? [typed] : Object.keys(known).filter((k) => k.startsWith(typed));
        if (candidates.length === 0)
            throw new UsageError(`unrecognized arguments: ${arg}`);
        if (candidates.length > 1)
            throw new UsageError(`ambiguous option: --${typed} could match ${candidates.map((c) => `--${c}`).join(', ')}`);
        const name = candidates[0];
        const kind = known[name];
        if (kind === 'switch') {
            if (eq !== -1)
                throw new UsageError(`argument --${name}: ignored explicit argument '${arg.slice(eq + 1)}'`);
            args.switches.add(name);
            continue;
        }
        const values = [];
        if (eq !== -1)
            values.push(arg.slice(eq + 1));
        else {
            while (i + 1 < rest.length && !rest[i + 1].startsWith('--')) {
                values.push(rest[++i]);
                if (kind === 'value')
                    break;
            }
        }
        if (values.length === 0)
            throw new UsageError(`argument --${name}: expected ${kind === 'list' ? 'at least one argument' : 'one argument'}`);
        if (kind === 'list')
            args.lists[name] = [...(args.lists[name] ?? []), ...values];
        else
            args.values[name] = values[0];
    }
    if (!args.lists['template-path'])
        throw new UsageError('the following arguments are required: --template-path');
    if (command === 'check-no-new-access') {
        for (const required of ['reference-policy', 'reference-policy-type']) {
            if (!args.values[required])
                throw new UsageError(`the following arguments are required: --${required}`);
        }
    }
    return args;
}
const reference_cli_BLOCKING_CHOICES = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION', 'NONE'];
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const commaList = (value) => value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
const reference_cli_ENDPOINT_ENV = {
    accessanalyzer: 'AWS_ENDPOINT_URL_ACCESSANALYZER',
    cloudformation: 'AWS_ENDPOINT_URL_CLOUDFORMATION',
    ssm: 'AWS_ENDPOINT_URL_SSM',
    iam: 'AWS_ENDPOINT_URL_IAM',
    s3: 'AWS_ENDPOINT_URL_S3',
    apigateway: 'AWS_ENDPOINT_URL_API_GATEWAY',
    sts: 'AWS_ENDPOINT_URL_STS',
};
/** Runs one reference command; resolves to the exit code. */
async function referenceCli(argv, io) {
    let args;
    try {
        args = parseReferenceArgs(argv);
    }
    catch (error) {
        io.stderr(`usage: devsecops-gates cfn-policy-validate {${COMMANDS.join(',')}} --template-path PATH [--region R] ...\n`);
        io.stderr(`ERROR: ${(0,src/* getErrorMessage */.u1)(error)}\n`);
        return 1;
    }
    try {
        const v = args.values;
        const region = v['region'] ?? (io.env.AWS_REGION || io.env.AWS_DEFAULT_REGION || undefined);
        if (!region)
            throw new Error('No region provided. Specify --region or set the AWS_REGION or AWS_DEFAULT_REGION environment variable.');
        if (!REGION.test(region))
            throw new Error(`Invalid region name: ${region}`);
        const treat = commaList(v['treat-finding-type-as-blocking'])?.map((s) => s.toUpperCase());
        for (const t of treat ?? []) {
            if (!reference_cli_BLOCKING_CHOICES.includes(t))
                throw new Error(`argument --treat-finding-type-as-blocking: invalid choice: '${t}' (choose from ${reference_cli_BLOCKING_CHOICES.join(', ')})`);
        }
        const concurrency = v['concurrency'] === undefined ? DEFAULT_CONCURRENCY : Number(v['concurrency']);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 50)
            throw new Error('--concurrency must be a whole number between 1 and 50.');
        const templates = await loadTemplates(args.lists['template-path'], io.cwd);
        const parameters = {};
        if (v['template-configuration-file']) {
            const path = (0,external_node_path_.resolve)(io.cwd, v['template-configuration-file']);
            let text;
            try {
                text = await (0,promises_.readFile)(path, 'utf8');
            }
            catch {
                throw new Error(`Template configuration file not found: ${v['template-configuration-file']}`);
            }
            Object.assign(parameters, parseTemplateConfiguration(text, v['template-configuration-file']));
        }
        Object.assign(parameters, parseParameterItems(args.lists['parameters'] ?? []));
        let referencePolicy;
        if (args.command === 'check-no-new-access') {
            const path = (0,external_node_path_.resolve)(io.cwd, v['reference-policy']);
            try {
                referencePolicy = await (0,promises_.readFile)(path, 'utf8');
            }
            catch {
                throw new Error(`Reference policy file not found: ${v['reference-policy']}`);
            }
            try {
                JSON.parse(referencePolicy);
            }
            catch {
                throw new Error(`Reference policy file ${v['reference-policy']} is not valid JSON.`);
            }
        }
        const endpoints = {};
        if (io.env.AWS_ENDPOINT_URL)
            endpoints['*'] = io.env.AWS_ENDPOINT_URL;
        for (const [key, name] of Object.entries(reference_cli_ENDPOINT_ENV)) {
            if (io.env[name])
                endpoints[key] = io.env[name];
        }
        // Credentials in the CLI's environment are used as given (the SDK's own chain reads
        // process.env, which is not the environment the CLI was handed); otherwise the default chain.
        const envKeys = !v['profile'] && io.env.AWS_ACCESS_KEY_ID && io.env.AWS_SECRET_ACCESS_KEY
            ? {
                accessKeyId: io.env.AWS_ACCESS_KEY_ID,
                secretAccessKey: io.env.AWS_SECRET_ACCESS_KEY,
                ...(io.env.AWS_SESSION_TOKEN ? { sessionToken: io.env.AWS_SESSION_TOKEN } : {}),
            }
            : undefined;
        const clients = createAwsClients({
            region,
            endpoints,
            ...(envKeys ? { credentials: envKeys } : {}),
            ...(v['profile'] ? { profile: v['profile'] } : {}),
        });
        try {
            let accountId = v['account-id'];
            let partition = v['partition'];
            if (!accountId || !partition) {
                const caller = await getCallerIdentity(clients.sts);
                accountId ??= caller.accountId;
                partition ??= caller.partition;
            }
            const lookups = createAwsLookups(clients);
            const options = {};
            const set = (key, value) => {
                if (value !== undefined)
                    options[key] = value;
            };
            set('referenceParity', args.switches.has('reference-parity') || undefined);
            set('excludeResourceTypes', commaList(v['exclude-resource-types']));
            set('allowDynamicRefWithoutVersion', args.switches.has('allow-dynamic-ref-without-version') || undefined);
            set('ignoreFinding', commaList(v['ignore-finding']));
            set('treatFindingTypeAsBlocking', treat);
            set('allowExternalPrincipals', commaList(v['allow-external-principals']));
            set('treatFindingsAsNonBlocking', args.switches.has('treat-findings-as-non-blocking') || undefined);
            set('referencePolicy', referencePolicy);
            set('referencePolicyType', v['reference-policy-type']);
            set('actions', commaList(v['actions']));
            set('resources', commaList(v['resources']));
            const outcome = await runCommand({
                command: args.command,
                templates,
                parameters,
                accountId,
                region,
                partition,
                options,
                lookups,
                analyzer: {
                    client: clients.accessAnalyzer,
                    concurrency,
                    getCanonicalUserId: () => lookups.getCanonicalUserId(),
                },
            });
            for (const item of outcome.notChecked)
                io.stderr(`WARNING: not checked: ${item.resource} (${item.type}): ${item.reason}\n`);
            io.stdout(`${JSON.stringify(referenceJson(outcome, { locations: args.switches.has('locations') }), null, 4)}\n`);
            return outcome.result?.exitCode ?? 0;
        }
        finally {
            clients.destroy();
        }
    }
    catch (error) {
        io.stderr(`ERROR: ${isTemplateError(error) ? error.message : (0,src/* getErrorMessage */.u1)(error)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./actions/cfn-policy-validate/src/cli.ts










const cli = {
    name: ACTION_NAME,
    description: 'Validate the IAM policies in CloudFormation templates with IAM Access Analyzer',
    run: (argv, io) => {
        if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
            io.stdout(USAGE);
            return Promise.resolve(argv.length === 0 ? 1 : 0);
        }
        if (argv[0] === 'demo')
            return demo(io);
        if (argv[0] !== undefined && COMMANDS.includes(argv[0]))
            return referenceCli(argv, io);
        return (0,src/* runActionCli */.av)(argv, io, run, (path, text) => (0,promises_.writeFile)(path, text));
    },
    demo,
};
const USAGE = `Usage: devsecops-gates ${ACTION_NAME} <command> --template-path PATH [flags]

Commands (a drop-in for awslabs' cfn-policy-validator; JSON on stdout; exit 0 ok, 2 blocking
findings, 1 error):
  parse                      print the extracted policies
  validate                   ValidatePolicy + access previews
                             [--ignore-finding L] [--treat-finding-type-as-blocking L] [--allow-external-principals L]
  check-no-new-access        --reference-policy FILE --reference-policy-type identity|resource
  check-access-not-granted   --actions a,b and/or --resources arn,arn
  check-no-public-access
  demo                       run the action on samples/ (AWS simulated)
Common flags: --region R --parameters K=V [K=V ...] --template-configuration-file F --profile P
  --exclude-resource-types T1,T2 --allow-dynamic-ref-without-version --account-id ID --partition P
  --concurrency N --locations; check commands: --ignore-finding L --treat-findings-as-non-blocking
Without a command, flags are the action's inputs (--template-path, --aws-region, ...; see README).
`;
const SIMULATED = 'AWS simulated: IAM Access Analyzer answers come from an in-process AWS fake (samples/demo-aws.json), not from AWS.';
/**
 * Runs the action on samples/app.yaml with the real SDK clients against an in-process AWS fake.
 * Expected: 2 blocking findings, 1 non-blocking, 1 policy not checked; exit 0 means exactly that.
 */
async function demo(io) {
    const samples = findSamples(io.cwd);
    if (!samples) {
        io.stderr(`${ACTION_NAME} demo: actions/${ACTION_NAME}/samples not found (run it from a checkout of the repository).\n`);
        return 1;
    }
    io.stdout(`${SIMULATED}\n\n`);
    const mocks = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(samples, 'demo-aws.json'), 'utf8'));
    const { fake } = await startMockAws(mocks);
    try {
        const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `${ACTION_NAME}-demo-`));
        const env = {
            GITHUB_WORKSPACE: samples,
            RUNNER_TEMP: temp,
            AWS_ENDPOINT_URL: fake.url,
        };
        const flags = (0,src/* parseFlags */.bQ)([
            '--template-path',
            'app.yaml',
            '--template-configuration-file',
            'template-configuration.json',
            '--allow-external-principals',
            '444455556666',
            '--account-id',
            '111222333444',
            '--partition',
            'aws',
            '--aws-region',
            'us-east-1',
            '--comment',
            'false',
            '--upload',
            'false',
        ]);
        const rt = (0,src/* cliRuntime */.Fv)(flags, { ...io, env });
        const outcome = await run(rt, {
            banner: SIMULATED,
            pollIntervalMs: 10,
            resolveCredentials: (options) => Promise.resolve({
                status: 'ok',
                credentials: () => Promise.resolve({ accessKeyId: 'AKIDDEMO', secretAccessKey: 'demo-secret' }),
                region: options.inputs.region ?? 'us-east-1',
                accountId: undefined,
                principalArn: undefined,
                source: 'default-chain',
            }),
        });
        io.stdout(`${rt.summary.join('\n')}\n\nOutputs: ${JSON.stringify(rt.outputs, null, 2)}\n`);
        const expected = outcome?.verdict.status === 'fail' &&
            rt.outputs['blocking-findings'] === '2' &&
            rt.outputs['non-blocking-findings'] === '1';
        io.stdout(`\n${ACTION_NAME} demo (AWS simulated): ${expected ? 'blocked the sample as expected' : 'UNEXPECTED outcome'}\n`);
        return expected ? 0 : (0,src/* exitCodeOf */.FO)(outcome, rt) || 1;
    }
    finally {
        await fake.close();
    }
}
function findSamples(cwd) {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [
        (0,external_node_path_.resolve)(here, '..', 'samples'),
        (0,external_node_path_.resolve)(here, '..', '..', 'actions', ACTION_NAME, 'samples'),
        (0,external_node_path_.resolve)(cwd, 'actions', ACTION_NAME, 'samples'),
    ];
    return candidates.find((c) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(c, 'demo-aws.json')));
}


/***/ })

};
