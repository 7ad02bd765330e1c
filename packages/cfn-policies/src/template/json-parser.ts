import { joinPath } from './positions.js';

/** A JSON syntax error with the offset it was found at. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/**
 * Strict JSON (RFC 8259) parser that records the source offset of every value under its dotted
 * template path. Duplicate keys: the last one wins, like `JSON.parse` and the reference.
 * Iterative-enough for deep templates: recursion depth equals nesting depth, capped to fail cleanly.
 */
export function parseJsonWithPositions(text: string): {
  value: unknown;
  offsets: Map<string, number>;
} {
  const offsets = new Map<string, number>();
  let i = 0;
  const maxDepth = 2000;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipWs = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  // A leading byte-order mark is common in files saved by Windows editors.
  if (text.charCodeAt(0) === 0xfeff) i = 1;

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let simple = true;
    for (;;) {
      if (i >= text.length) fail('Unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) fail('Control character in string');
      if (c === 92) {
        simple = false;
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('Invalid unicode escape');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail('Invalid escape character');
        i += 2;
        continue;
      }
      i++;
    }
    i++; // closing quote
    const raw = text.slice(start, i);
    return simple ? raw.slice(1, -1) : (JSON.parse(raw) as string);
  };

  const parseNumber = (): number => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail('Unexpected character');
    i += m[0].length;
    return Number(m[0]);
  };

  const parseValue = (path: string, depth: number): unknown => {
    skipWs();
    if (depth > maxDepth) fail('Template nesting is too deep');
    offsets.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skipWs();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (text[i] !== '"') fail('Expected a property name in double quotes');
        const key = parseString();
        skipWs();
        if (text[i] !== ':') fail("Expected ':' after property name");
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
      const arr: unknown[] = [];
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
    if (c === '"') return parseString();
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
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    return fail(i >= text.length ? 'Unexpected end of JSON input' : 'Unexpected character');
  };

  const value = parseValue('', 0);
  skipWs();
  if (i < text.length) fail('Unexpected content after the JSON value');
  return { value, offsets };
}
