import {
  Composer,
  Parser,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode,
  type ParsedNode,
} from 'yaml';
import type { OffsetLookup } from './positions.js';
import { parseYamlFast } from './yaml-fast.js';

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

/**
 * Turns a CloudFormation short-form tag into its long form: `!Ref` -> `Ref`, `!Condition` ->
 * `Condition`, any other `!X` -> `Fn::X` (unknown tags pass through as `Fn::X`, like the reference).
 */
function longFormName(tag: string): string | undefined {
  if (tag.charCodeAt(0) !== 33 /* ! */ || tag.charCodeAt(1) === 33) return undefined;
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return name;
  return `Fn::${name}`;
}

const MAX_DEPTH = 2000;

const COMPOSE_OPTIONS = {
  version: '1.1',
  schema: 'yaml-1.1',
  uniqueKeys: false,
  prettyErrors: false,
  // Timestamps stay strings (`Version: 2012-10-17` unquoted), as the reference's loader keeps them.
  customTags: (tags: unknown[]) =>
    tags.filter(
      (t) => typeof t === 'string' || (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp',
    ),
} as const;

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
export function parseYamlWithPositions(text: string): {
  value: unknown;
  offsets: OffsetLookup;
} {
  return parseYamlFast(text) ?? parseYamlFull(text);
}

/** The full `yaml` pipeline: every YAML feature, and the error messages. */
export function parseYamlFull(text: string): {
  value: unknown;
  offsets: OffsetLookup;
} {
  const composer = new Composer(COMPOSE_OPTIONS as ConstructorParameters<typeof Composer>[0]);
  let doc: Document.Parsed | undefined;
  for (const d of composer.compose(new Parser().parse(text), true, text.length)) {
    // A template is one document; the reference (PyYAML `load`) rejects a stream of several.
    if (doc) throw new YamlSyntaxError('Expected a single document in the stream', d.range[0]);
    doc = d;
  }
  if (!doc) return { value: null, offsets: new Map([['', 0]]) };
  const firstError = doc.errors[0];
  if (firstError)
    throw new YamlSyntaxError(
      firstError.message.split('\n')[0] ?? 'Invalid YAML',
      firstError.pos[0],
    );
  const parsed = doc;
  const active = new Set<YamlNode>();

  const convert = (node: unknown, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new YamlSyntaxError('Template nesting is too deep', 0);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(parsed);
      if (!target)
        throw new YamlSyntaxError(`Unresolved alias ${node.source}`, node.range?.[0] ?? 0);
      // Aliases to ancestors would recurse forever.
      if (active.has(target))
        throw new YamlSyntaxError('Recursive YAML alias', node.range?.[0] ?? 0);
      active.add(target);
      try {
        return convertNode(target, depth);
      } finally {
        active.delete(target);
      }
    }
    return convertNode(node as YamlNode, depth);
  };

  const convertNode = (node: YamlNode, depth: number): unknown => {
    const tag = node.tag;
    const fn = tag === undefined ? undefined : longFormName(tag);
    if (fn) {
      let arg: unknown = convertPlain(node, depth);
      // `!GetAtt A.B.C` is [A, "B.C"]: split on the first dot only.
      if (fn === 'Fn::GetAtt' && typeof arg === 'string') {
        const dot = arg.indexOf('.');
        arg = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
      }
      if (arg === null && isScalar(node)) arg = '';
      const out: Record<string, unknown> = {};
      out[fn] = arg;
      return out;
    }
    return convertPlain(node, depth);
  };

  const convertPlain = (node: YamlNode, depth: number): unknown => {
    if (isScalar(node)) {
      const v = node.value;
      if (v === undefined) return null;
      if (typeof v === 'bigint') return Number(v);
      if (v instanceof Uint8Array) return String(node.source ?? '');
      return v;
    }
    if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = mapKey(pair.key);
        // Merge keys (`<<: *base`) copy the aliased mapping's entries, not a literal "<<" key.
        if (key === '<<' && (isAlias(pair.value) || isMap(pair.value))) {
          const merged = convert(pair.value, depth + 1);
          if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
            for (const k of Object.keys(merged))
              if (!Object.hasOwn(obj, k)) setKey(obj, k, (merged as Record<string, unknown>)[k]);
          }
          continue;
        }
        setKey(obj, key, convert(pair.value, depth + 1));
      }
      return obj;
    }
    if (isSeq(node)) {
      const items = node.items;
      const out = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) out[i] = convert(items[i], depth + 1);
      return out;
    }
    return null;
  };

  const value = convert(parsed.contents, 0);
  return { value, offsets: new YamlOffsets(parsed) };
}

/** Mapping keys as PyYAML would turn them into dict keys for a template (always strings here). */
function mapKey(keyNode: unknown): string {
  if (keyNode === null || keyNode === undefined) return 'null';
  if (isScalar(keyNode)) return scalarKey(keyNode.value);
  throw new YamlSyntaxError(
    'Complex mapping keys are not supported in templates',
    (keyNode as YamlNode).range?.[0] ?? 0,
  );
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  // Plain assignment is several times faster; only `__proto__` needs the defensive path.
  if (key === '__proto__')
    Object.defineProperty(obj, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else obj[key] = value;
}

function scalarKey(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? 'null';
}

/**
 * Template path -> source offset, computed on demand by walking the YAML node tree. Offsets are
 * those the eager conversion recorded: a mapping entry points at its key ("PolicyDocument:"),
 * a sequence item or tagged node at its first character, an alias at the alias itself.
 */
class YamlOffsets implements OffsetLookup {
  private readonly cache = new Map<string, number | undefined>();

  constructor(private readonly doc: Document.Parsed) {}

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  get(path: string): number | undefined {
    if (this.cache.has(path)) return this.cache.get(path);
    const result = this.walk(path === '' ? [] : path.split('.'));
    this.cache.set(path, result);
    return result;
  }

  /** Each mapping's entries by key, built on first use (last duplicate wins). */
  private readonly keyIndex = new WeakMap<
    object,
    Map<string, { keyOffset: number; value: unknown }>
  >();

  private entry(
    map: unknown,
    key: string,
    depth: number,
  ): { keyOffset: number; value: unknown } | undefined {
    if (depth > 50 || !isMap(map)) return undefined;
    let index = this.keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const name =
          k === null || k === undefined ? 'null' : isScalar(k) ? scalarKey(k.value) : undefined;
        if (name === undefined || name === '<<') continue;
        index.set(name, {
          keyOffset: rangeStart(k) ?? rangeStart(pair.value) ?? 0,
          value: pair.value,
        });
      }
      this.keyIndex.set(map, index);
    }
    const hit = index.get(key);
    if (hit) return hit;
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== '<<') continue;
      const merged = this.entry(this.resolve(pair.value), key, depth + 1);
      if (merged) return merged;
    }
    return undefined;
  }

  private resolve(node: unknown): unknown {
    return isAlias(node) ? (node.resolve(this.doc) ?? null) : node;
  }

  private walk(segments: string[]): number | undefined {
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    node = this.resolve(node);
    // The short-form tag of `node` that has not been stepped through yet (`!Sub` -> `Fn::Sub`).
    let pendingFn = tagName(node);
    // `!GetAtt A.B` is a scalar standing for the list [A, B].
    let getAttScalar = false;
    let i = 0;
    while (i < segments.length) {
      const segment = segments[i] as string;
      if (getAttScalar) {
        if (segment !== '0' && segment !== '1') return undefined;
        i++;
        getAttScalar = false;
        continue;
      }
      if (pendingFn !== undefined) {
        if (segment !== pendingFn) return undefined;
        offset = rangeStart(node) ?? offset;
        i++;
        getAttScalar = pendingFn === 'Fn::GetAtt' && isScalar(node);
        pendingFn = undefined;
        continue;
      }
      if (isMap(node)) {
        // Keys may themselves contain dots: the plain segment first, then longer runs.
        let found: { keyOffset: number; value: unknown; used: number } | undefined;
        for (let used = 1; used <= segments.length - i && !found; used++) {
          const key = used === 1 ? segment : segments.slice(i, i + used).join('.');
          const hit = this.entry(node, key, 0);
          if (hit) found = { ...hit, used };
        }
        if (!found) return undefined;
        i += found.used;
        offset = found.keyOffset;
        node = this.resolve(found.value);
        pendingFn = tagName(node);
        continue;
      }
      if (isSeq(node)) {
        const index = Number(segment);
        if (!Number.isInteger(index) || index < 0 || index >= node.items.length) return undefined;
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

function rangeStart(node: unknown): number | undefined {
  return (node as ParsedNode | null | undefined)?.range?.[0];
}

function tagName(node: unknown): string | undefined {
  const tag = (node as YamlNode | null | undefined)?.tag;
  return tag === undefined ? undefined : longFormName(tag);
}
