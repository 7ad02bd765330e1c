import {
  LineCounter,
  parseDocument,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { joinPath } from './positions.js';

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
  if (!tag.startsWith('!') || tag.startsWith('!!')) return undefined;
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return name;
  return `Fn::${name}`;
}

/**
 * Parses CloudFormation YAML into plain values with long-form intrinsics, recording the source
 * offset of every node under its template path. YAML 1.1 scalars (`yes` -> true) as the reference
 * (PyYAML) does, except timestamps which stay strings (`Version: 2012-10-17`). Duplicate keys: last
 * wins.
 */
export function parseYamlWithPositions(text: string): {
  value: unknown;
  offsets: Map<string, number>;
} {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    version: '1.1',
    schema: 'yaml-1.1',
    uniqueKeys: false,
    lineCounter,
    prettyErrors: false,
    customTags: (tags) =>
      tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
  });
  const firstError = doc.errors[0];
  if (firstError)
    throw new YamlSyntaxError(
      firstError.message.split('\n')[0] ?? 'Invalid YAML',
      firstError.pos[0],
    );

  const offsets = new Map<string, number>();
  const seen = new Set<YamlNode>();

  const convert = (node: unknown, path: string, depth: number): unknown => {
    if (depth > 2000) throw new YamlSyntaxError('Template nesting is too deep', 0);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target)
        throw new YamlSyntaxError(`Unresolved alias ${node.source}`, node.range?.[0] ?? 0);
      // Aliases to ancestors would recurse forever.
      if (seen.has(target)) throw new YamlSyntaxError('Recursive YAML alias', node.range?.[0] ?? 0);
      offsets.set(path, node.range?.[0] ?? 0);
      seen.add(target);
      try {
        return convertNode(target, path, depth, false);
      } finally {
        seen.delete(target);
      }
    }
    return convertNode(node as YamlNode, path, depth, true);
  };

  const convertNode = (node: YamlNode, path: string, depth: number, record: boolean): unknown => {
    if (record) offsets.set(path, node.range?.[0] ?? 0);
    const fn = typeof node.tag === 'string' ? longFormName(node.tag) : undefined;
    if (fn) {
      const argPath = joinPath(path, fn);
      if (record) offsets.set(argPath, node.range?.[0] ?? 0);
      let arg: unknown = convertPlain(node, argPath, depth);
      // `!GetAtt A.B.C` is [A, "B.C"]: split on the first dot only.
      if (fn === 'Fn::GetAtt' && typeof arg === 'string') {
        const dot = arg.indexOf('.');
        arg = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
      }
      if (isScalar(node) && arg === null) arg = '';
      return { [fn]: arg };
    }
    return convertPlain(node, path, depth);
  };

  const convertPlain = (node: YamlNode, path: string, depth: number): unknown => {
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
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        let key: string;
        if (isScalar(keyNode)) key = scalarKey(keyNode.value);
        else if (keyNode === null || keyNode === undefined) key = 'null';
        else
          throw new YamlSyntaxError(
            'Complex mapping keys are not supported in templates',
            (keyNode as YamlNode).range?.[0] ?? 0,
          );
        const childPath = joinPath(path, key);
        // Merge keys (`<<: *base`) copy the aliased mapping's entries, not a literal "<<" key.
        if (key === '<<' && (isAlias(pair.value) || isMap(pair.value))) {
          const merged = convert(pair.value, path, depth + 1);
          if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
            for (const [k, v] of Object.entries(merged)) if (!(k in obj)) setKey(obj, k, v);
          }
          continue;
        }
        setKey(obj, key, convert(pair.value, childPath, depth + 1));
        // Point at the key line ("PolicyDocument:"), which is where a reader looks for the node.
        if (isScalar(keyNode) && keyNode.range) offsets.set(childPath, keyNode.range[0]);
      }
      return obj;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => convert(item, joinPath(path, index), depth + 1));
    }
    return null;
  };

  offsets.set('', doc.contents?.range?.[0] ?? 0);
  const value = convert(doc.contents, '', 0);
  return { value, offsets };
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Mapping keys as PyYAML would turn them into dict keys for a template (always strings here). */
function scalarKey(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? 'null';
}
