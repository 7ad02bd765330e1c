import { readFileSync } from 'node:fs';

/** The protocols the fake speaks, named as the Smithy protocol traits name them. */
export type AwsProtocol = 'restJson1' | 'awsJson1_0' | 'awsJson1_1' | 'awsQuery';

export type Traits = Record<string, unknown>;

export interface MemberRef {
  target: string;
  traits?: Traits;
}

/** One shape of a Smithy JSON AST (only the parts the fake reads). */
export interface SmithyShape {
  type: string;
  version?: string;
  members?: Record<string, MemberRef>;
  member?: MemberRef;
  key?: MemberRef;
  value?: MemberRef;
  traits?: Traits;
  input?: { target: string };
  output?: { target: string };
  errors?: { target: string }[];
  operations?: { target: string }[];
  resources?: { target: string }[];
  collectionOperations?: { target: string }[];
  create?: { target: string };
  put?: { target: string };
  read?: { target: string };
  update?: { target: string };
  delete?: { target: string };
  list?: { target: string };
}

export interface SmithyModelJson {
  smithy: string;
  shapes: Record<string, SmithyShape>;
}

export interface HttpBinding {
  method: string;
  uri: string;
  code: number;
}

export interface OperationModel {
  name: string;
  id: string;
  input: string;
  output: string;
  errors: string[];
  http: HttpBinding | undefined;
  /** `@auth([])` or `@optionalAuth`: AWS accepts the request unsigned (STS AssumeRoleWithWebIdentity). */
  authOptional: boolean;
}

/** Prelude shapes are referenced by id but never defined in a model file. */
const PRELUDE: Record<string, SmithyShape> = Object.fromEntries(
  [
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
    type === 'structure' ? { type, members: {} } : { type: type! },
  ]),
);

const PROTOCOL_TRAITS: Record<string, AwsProtocol> = {
  'aws.protocols#restJson1': 'restJson1',
  'aws.protocols#awsJson1_0': 'awsJson1_0',
  'aws.protocols#awsJson1_1': 'awsJson1_1',
  'aws.protocols#awsQuery': 'awsQuery',
};

/** A Smithy service model indexed for serving requests. */
export class ServiceModel {
  readonly serviceId: string;
  /** The service shape's name, the prefix of awsJson `X-Amz-Target` values. */
  readonly serviceName: string;
  readonly protocol: AwsProtocol;
  readonly signingName: string;
  readonly sdkId: string;
  readonly endpointPrefix: string;
  readonly version: string;
  readonly xmlNamespace: string | undefined;
  readonly operations = new Map<string, OperationModel>();
  readonly serviceErrors: string[];
  /** Every error shape in the model by name and by awsQuery wire code. */
  readonly errorShapes = new Map<string, string>();

  constructor(readonly json: SmithyModelJson) {
    const entry = Object.entries(json.shapes).find(([, s]) => s.type === 'service');
    if (!entry) throw new Error('Smithy model has no service shape');
    const [id, service] = entry;
    this.serviceId = id;
    this.serviceName = id.slice(id.indexOf('#') + 1);
    const traits = service.traits ?? {};
    const protocol = Object.keys(traits)
      .map((t) => PROTOCOL_TRAITS[t])
      .find((p) => p !== undefined);
    if (!protocol) throw new Error(`Service ${id} uses a protocol the AWS fake does not speak`);
    this.protocol = protocol;
    const api = (traits['aws.api#service'] ?? {}) as {
      sdkId?: string;
      endpointPrefix?: string;
      arnNamespace?: string;
    };
    const sigv4 = traits['aws.auth#sigv4'] as { name?: string } | undefined;
    this.sdkId = api.sdkId ?? this.serviceName;
    this.signingName = sigv4?.name ?? api.arnNamespace ?? this.sdkId.toLowerCase();
    this.endpointPrefix = api.endpointPrefix ?? this.signingName;
    this.version = service.version ?? '';
    this.xmlNamespace = (traits['smithy.api#xmlNamespace'] as { uri?: string } | undefined)?.uri;
    this.serviceErrors = (service.errors ?? []).map((e) => e.target);
    this.collectOperations(service, new Set());
    for (const [shapeId, shape] of Object.entries(json.shapes)) {
      if (!shape.traits?.['smithy.api#error']) continue;
      this.errorShapes.set(shortName(shapeId), shapeId);
      const queryError = shape.traits['aws.protocols#awsQueryError'] as
        { code?: string } | undefined;
      if (queryError?.code) this.errorShapes.set(queryError.code, shapeId);
    }
  }

  static fromFile(path: string | URL): ServiceModel {
    return new ServiceModel(JSON.parse(readFileSync(path, 'utf8')) as SmithyModelJson);
  }

  shape(id: string): SmithyShape {
    const shape = this.json.shapes[id] ?? PRELUDE[id];
    if (!shape) throw new Error(`Smithy model ${this.serviceId} references unknown shape ${id}`);
    return shape;
  }

  /** Names this service answers to in `services`/`raw` options and fault matchers. */
  aliases(): string[] {
    const compact = this.sdkId.toLowerCase().replace(/\s+/g, '');
    const dashed = this.sdkId.toLowerCase().replace(/\s+/g, '-');
    return [...new Set([this.signingName, this.endpointPrefix, compact, dashed])];
  }

  private collectOperations(container: SmithyShape, seen: Set<string>): void {
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
      ].filter((r): r is { target: string } => r !== undefined),
    ];
    for (const { target } of refs) {
      if (seen.has(target)) continue;
      seen.add(target);
      const op = this.shape(target);
      const traits = op.traits ?? {};
      const http = traits['smithy.api#http'] as
        { method: string; uri: string; code?: number } | undefined;
      const auth = traits['smithy.api#auth'];
      this.operations.set(shortName(target), {
        name: shortName(target),
        id: target,
        input: op.input?.target ?? 'smithy.api#Unit',
        output: op.output?.target ?? 'smithy.api#Unit',
        errors: (op.errors ?? []).map((e) => e.target),
        http: http ? { method: http.method, uri: http.uri, code: http.code ?? 200 } : undefined,
        authOptional:
          'smithy.api#optionalAuth' in traits || (Array.isArray(auth) && auth.length === 0),
      });
    }
    for (const { target } of container.resources ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      this.collectOperations(this.shape(target), seen);
    }
  }
}

export function shortName(shapeId: string): string {
  return shapeId.slice(shapeId.indexOf('#') + 1);
}

/** Traits of a member merged over those of its target (member traits win, as in Smithy). */
export function memberTraits(model: ServiceModel, member: MemberRef): Traits {
  return { ...(model.shape(member.target).traits ?? {}), ...(member.traits ?? {}) };
}

/** The allowed values of an enum-like shape, or undefined when it is not one. */
export function enumValues(
  model: ServiceModel,
  shape: SmithyShape,
): (string | number)[] | undefined {
  if (shape.type === 'enum' || shape.type === 'intEnum') {
    return Object.entries(shape.members ?? {}).map(([name, m]) => {
      const v = m.traits?.['smithy.api#enumValue'];
      return typeof v === 'string' || typeof v === 'number' ? v : name;
    });
  }
  const legacy = shape.traits?.['smithy.api#enum'] as { value: string }[] | undefined;
  return legacy?.map((e) => e.value);
}

/** Smithy's shape types that hold numbers. */
export const NUMBER_TYPES = new Set([
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
export const INTEGER_TYPES = new Set(['byte', 'short', 'integer', 'long', 'bigInteger', 'intEnum']);

const cache = new Map<string, ServiceModel>();

// Each URL is spelled out in full (no template literal) so bundlers such as ncc can see and
// copy every model file; a computed path is copied under a mangled name and then not found.
const MODEL_URLS = {
  'accessanalyzer-2019-11-01.json': new URL(
    './testdata/models/accessanalyzer-2019-11-01.json',
    import.meta.url,
  ),
  'securityhub-2018-10-26.json': new URL(
    './testdata/models/securityhub-2018-10-26.json',
    import.meta.url,
  ),
  'sts-2011-06-15.json': new URL('./testdata/models/sts-2011-06-15.json', import.meta.url),
  'codeguru-reviewer-2019-09-19.json': new URL(
    './testdata/models/codeguru-reviewer-2019-09-19.json',
    import.meta.url,
  ),
} as const;

export const BUNDLED_MODEL_FILES = Object.keys(MODEL_URLS) as (keyof typeof MODEL_URLS)[];

/** The four models this repo ships (testdata/models), parsed once per process. */
export function bundledModel(file: string): ServiceModel {
  let model = cache.get(file);
  if (!model) {
    const url = MODEL_URLS[file as keyof typeof MODEL_URLS];
    if (!url) throw new Error(`No bundled Smithy model named ${file}`);
    model = ServiceModel.fromFile(url);
    cache.set(file, model);
  }
  return model;
}
