/**
 * A validating JSON walker that materialises only the parts of a SARIF result the gate reads.
 * Every byte is still checked (JSON syntax, control characters in strings, escapes), so a
 * malformed file fails exactly as `JSON.parse` would make it fail, but snippets, code flows,
 * related locations and other bulk are never turned into JS objects.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Thrown with the byte offset (relative to the walked buffer) of the first bad byte. */
export class ExtractError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Thrown when the buffer ends inside the value: the caller supplies more bytes and retries. */
export class NeedMoreInput extends Error {
  constructor() {
    super('need more input');
  }
}

const NEED_MORE = new NeedMoreInput();

/** What to keep of an object: `parse` the whole value, descend into `object`, or the first array element. */
type Spec = { [key: string]: 'parse' | { object: Spec } | { first: Spec } };

// Leaves are parsed with fast paths for plain strings and numbers (see leaf()).

const REGION: Spec = {
  startLine: 'parse',
  startColumn: 'parse',
  endLine: 'parse',
  endColumn: 'parse',
};
const ARTIFACT: Spec = { uri: 'parse', uriBaseId: 'parse', index: 'parse' };
const LOCATION: Spec = {
  physicalLocation: {
    object: { artifactLocation: { object: ARTIFACT }, region: { object: REGION } },
  },
};
const MESSAGE: Spec = { text: 'parse', markdown: 'parse', id: 'parse' };
/** The fields of a result that severity, suppression, filters, baseline and reports use. */
export const RESULT_SPEC: Spec = {
  ruleId: 'parse',
  ruleIndex: 'parse',
  rule: 'parse',
  level: 'parse',
  kind: 'parse',
  message: { object: MESSAGE },
  locations: { first: LOCATION },
  suppressions: 'parse',
  baselineState: 'parse',
  partialFingerprints: 'parse',
};

export class ResultExtractor {
  private buf: Buffer = Buffer.alloc(0);
  private i = 0;
  /** Expected closers of the containers skipContainer is inside. */
  private stack: Uint8Array<ArrayBuffer> = new Uint8Array(64);

  /**
   * Walks one JSON value starting at `from` (whitespace allowed before it). Returns the
   * extracted object (or the parsed value when it is not an object) and the index after it.
   * Throws NeedMoreInput when `buf` ends inside the value, ExtractError on bad JSON.
   */
  extract(buf: Buffer, from: number, spec: Spec = RESULT_SPEC): { value: unknown; end: number } {
    this.buf = buf;
    this.i = from;
    const c = this.ws();
    let value: unknown;
    if (c === LBRACE) value = this.object(compiled(spec));
    else {
      const start = this.i;
      this.skipValue();
      value = this.parseSlice(start, this.i);
    }
    return { value, end: this.i };
  }

  private object(spec: CompiledSpec): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++; // {
    if (this.ws() === RBRACE) {
      this.i++;
      return out;
    }
    for (;;) {
      if (this.ws() !== QUOTE) this.fail('Expected a property name');
      const keyStart = this.i;
      const simple = this.skipString();
      // Match the key bytes against the spec without decoding: most keys are skipped.
      const want = simple
        ? this.specKey(spec, keyStart + 1, this.i - 1)
        : spec.byName.get(this.parseSlice(keyStart, this.i) as string);
      if (this.ws() !== COLON) this.fail("Expected ':' after property name");
      this.i++;
      const v = this.ws();
      if (want === undefined) this.skipValue();
      else if (want.kind === PARSE) out[want.name] = this.leaf();
      else if (want.kind === OBJECT) {
        const key = want.name;
        if (v === LBRACE) out[key] = this.object(want.child!);
        else {
          const start = this.i;
          this.skipValue();
          out[key] = this.parseSlice(start, this.i);
        }
      } else if (v === LBRACKET) out[want.name] = this.firstOf(want.child!);
      else {
        const key = want.name;
        const start = this.i;
        this.skipValue();
        out[key] = this.parseSlice(start, this.i);
      }
      const c = this.ws();
      this.i++;
      if (c === COMMA) continue;
      if (c === RBRACE) return out;
      this.i--;
      this.fail("Expected ',' or '}' after a property value");
    }
  }

  /** An array of which only the first element is extracted (the rest validated and skipped). */
  private firstOf(spec: CompiledSpec): unknown[] {
    const out: unknown[] = [];
    this.i++; // [
    if (this.ws() === RBRACKET) {
      this.i++;
      return out;
    }
    let first = true;
    for (;;) {
      if (this.ws() === LBRACE && first) out.push(this.object(spec));
      else {
        const start = this.i;
        this.skipValue();
        if (first) out.push(this.parseSlice(start, this.i));
      }
      first = false;
      const c = this.ws();
      this.i++;
      if (c === COMMA) continue;
      if (c === RBRACKET) return out;
      this.i--;
      this.fail("Expected ',' or ']' after an array element");
    }
  }

  /** The spec key equal to bytes [start, end), or undefined. */
  private specKey(spec: CompiledSpec, start: number, end: number): SpecKey | undefined {
    const buf = this.buf;
    const length = end - start;
    const keys = spec.keys;
    const first = buf[start];
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      const bytes = key.bytes;
      if (bytes.length !== length || bytes[0] !== first) continue;
      let k = 1;
      while (k < length && buf[start + k] === bytes[k]) k++;
      if (k === length) return key;
    }
    return undefined;
  }

  /** Parses a value, without JSON.parse for plain strings and numbers (the common leaves). */
  private leaf(): unknown {
    const start = this.i;
    const c = this.peek();
    if (c === QUOTE) {
      const simple = this.skipString();
      return simple
        ? decodeSimple(this.buf, start + 1, this.i - 1)
        : this.parseSlice(start, this.i);
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.skipScalar();
      // Line numbers and indexes are small integers: no string needed.
      let value = 0;
      for (let k = start; k < this.i; k++) {
        const d = this.buf[k]! - 0x30;
        if (d < 0 || d > 9 || k - start > 14)
          return Number(this.buf.toString('latin1', start, this.i));
        value = value * 10 + d;
      }
      return value;
    }
    this.skipValue();
    return this.parseSlice(start, this.i);
  }

  /** Validates and skips any JSON value. */
  private skipValue(): void {
    const c = this.peek();
    if (c === QUOTE) {
      this.skipString();
      return;
    }
    if (c === LBRACE || c === LBRACKET) {
      this.skipContainer();
      return;
    }
    this.skipScalar();
  }

  /**
   * Skips nested containers, validating the grammar, in one tight loop: strings are skipped
   * inline (no call per string), the stack of open containers is a byte array.
   * States: 0 value (or a closer when `emptyOk`), 1 comma or closer, 2 key (or `}` when
   * `emptyOk`), 3 colon.
   */
  private skipContainer(): void {
    const buf = this.buf;
    const n = buf.length;
    let depth = 0;
    let state = 0;
    let emptyOk = false;
    let i = this.i;
    for (;;) {
      if (i >= n) throw NEED_MORE;
      const c = buf[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      if (c === QUOTE && (state === 0 || state === 2)) {
        let j = stringEnd(buf, i + 1, n);
        while (j < -1) {
          // Stopped at a byte stringEnd leaves to the careful path: a \u escape or a bad byte.
          const at = -2 - j;
          if (buf[at] !== BACKSLASH) {
            this.i = at;
            this.fail('Bad control character in string literal');
          }
          j = stringEnd(buf, this.escape(at), n);
        }
        if (j === -1) throw NEED_MORE;
        i = j;
        i++;
        state = state === 2 ? 3 : 1;
        emptyOk = false;
        continue;
      }
      switch (state) {
        case 0:
          if (c === LBRACE || c === LBRACKET) {
            if (depth === this.stack.length) this.stack = growStack(this.stack);
            this.stack[depth++] = c === LBRACE ? RBRACE : RBRACKET;
            i++;
            state = c === LBRACE ? 2 : 0;
            emptyOk = true;
            continue;
          }
          if (emptyOk && c === RBRACKET && depth > 0 && this.stack[depth - 1] === RBRACKET) break;
          if (depth === 0) {
            this.i = i;
            this.fail('Expected a value');
          }
          this.i = i;
          this.skipScalar();
          i = this.i;
          state = 1;
          emptyOk = false;
          continue;
        case 2:
          if (emptyOk && c === RBRACE) break;
          this.i = i;
          this.fail('Expected a property name');
          break;
        case 3:
          if (c !== COLON) {
            this.i = i;
            this.fail("Expected ':' after property name");
          }
          i++;
          state = 0;
          emptyOk = false;
          continue;
        default:
          if (c === COMMA) {
            i++;
            state = this.stack[depth - 1] === RBRACE ? 2 : 0;
            emptyOk = false;
            continue;
          }
          if (c !== this.stack[depth - 1]) {
            this.i = i;
            this.fail(`Expected ',' or '${String.fromCharCode(this.stack[depth - 1]!)}'`);
          }
      }
      // A closer that matches the innermost container.
      depth--;
      i++;
      if (depth === 0) {
        this.i = i;
        return;
      }
      state = 1;
      emptyOk = false;
    }
  }

  /**
   * Skips a string, rejecting raw control characters and bad escapes as JSON.parse does; true
   * when it had no escapes. A plain byte loop: V8 runs it at about a byte per nanosecond, and
   * escapes are too frequent in snippets for native `indexOf` calls to pay off.
   */
  private skipString(): boolean {
    const buf = this.buf;
    const n = buf.length;
    let i = this.i + 1;
    let simple = true;
    for (;;) {
      if (i >= n) throw NEED_MORE;
      const c = buf[i]!;
      if (c > QUOTE && c !== BACKSLASH) {
        i++;
        continue;
      }
      if (c === QUOTE) {
        this.i = i + 1;
        return simple;
      }
      if (c === BACKSLASH) {
        simple = false;
        if (i + 1 < n && SIMPLE_ESCAPE[buf[i + 1]!] === 1) i += 2;
        else i = this.escape(i);
        continue;
      }
      if (c < 0x20) {
        this.i = i;
        this.fail('Bad control character in string literal');
      }
      i++;
    }
  }

  /** Validates the escape at `at` (a backslash); returns the index after it. */
  private escape(at: number): number {
    const buf = this.buf;
    const n = buf.length;
    if (at + 1 >= n) throw NEED_MORE;
    const e = buf[at + 1]!;
    if (e === 0x75) {
      if (at + 5 >= n) throw NEED_MORE;
      for (let k = 2; k < 6; k++) {
        if (!isHex(buf[at + k]!)) {
          this.i = at;
          this.fail('Bad Unicode escape in string');
        }
      }
      return at + 6;
    }
    if (
      e === QUOTE ||
      e === BACKSLASH ||
      e === 0x2f ||
      e === 0x62 ||
      e === 0x66 ||
      e === 0x6e ||
      e === 0x72 ||
      e === 0x74
    ) {
      return at + 2;
    }
    this.i = at;
    this.fail('Bad escaped character in string');
  }

  private skipScalar(): void {
    const buf = this.buf;
    const n = buf.length;
    const start = this.i;
    let i = start;
    for (; i < n; i++) {
      const c = buf[i]!;
      if (
        c === COMMA ||
        c === RBRACE ||
        c === RBRACKET ||
        c === 0x20 ||
        c === 0x0a ||
        c === 0x0d ||
        c === 0x09
      )
        break;
    }
    if (i >= n) throw NEED_MORE;
    if (i === start) this.fail('Unexpected token');
    const c0 = buf[start]!;
    if (c0 === 0x74 || c0 === 0x66 || c0 === 0x6e) {
      const word = buf.toString('latin1', start, i);
      if (word !== 'true' && word !== 'false' && word !== 'null')
        this.fail(`Unexpected token '${word.slice(0, 20)}'`);
    } else if (!isPlainInteger(buf, start, i) && !NUMBER.test(buf.toString('latin1', start, i))) {
      this.fail(
        `Bad number or unexpected token '${buf.toString('latin1', start, Math.min(i, start + 20))}'`,
      );
    }
    this.i = i;
  }

  private parseSlice(start: number, end: number): unknown {
    return JSON.parse(utf8(this.buf, start, end));
  }

  /** Skips whitespace; returns the byte after it (not consumed). */
  private ws(): number {
    const buf = this.buf;
    const n = buf.length;
    let i = this.i;
    while (i < n) {
      const c = buf[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else {
        this.i = i;
        return c;
      }
    }
    this.i = i;
    throw NEED_MORE;
  }

  private peek(): number {
    if (this.i >= this.buf.length) throw NEED_MORE;
    return this.buf[this.i]!;
  }

  private fail(message: string): never {
    throw new ExtractError(message, this.i);
  }
}

/**
 * Where the string whose content starts at `i` closes (the index of its quote): -1 when the
 * buffer ends first, `-2 - k` when byte k needs the careful path (a `\u` escape, a bad escape or
 * a control character). A small function of its own so V8 compiles the loop that skips snippets,
 * most of a SARIF file's bytes, as tightly as it can.
 */
function stringEnd(buf: Buffer, i: number, n: number): number {
  for (;;) {
    if (i >= n) return -1;
    const c = buf[i]!;
    if (c > QUOTE && c !== BACKSLASH) {
      i++;
      continue;
    }
    if (c === QUOTE) return i;
    if (c === BACKSLASH) {
      if (i + 1 >= n) return -1;
      if (SIMPLE_ESCAPE[buf[i + 1]!] !== 1) return -2 - i;
      i += 2;
      continue;
    }
    if (c < 0x20) return -2 - i;
    i++;
  }
}

/** 1 for the bytes after a backslash that make a complete escape (`\\u` needs four hex digits). */
const SIMPLE_ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;

const PARSE = 0;
const OBJECT = 1;
const FIRST = 2;

/** A spec key with its bytes (matched without decoding) and what to do with its value. */
interface SpecKey {
  name: string;
  bytes: Uint8Array;
  kind: typeof PARSE | typeof OBJECT | typeof FIRST;
  child: CompiledSpec | undefined;
}

/** A spec turned into arrays once, so walking a key costs no property or map lookups. */
interface CompiledSpec {
  keys: SpecKey[];
  /** For keys written with escapes (decoded first); a Map, so `constructor` is not a key. */
  byName: Map<string, SpecKey>;
}

const COMPILED = new Map<Spec, CompiledSpec>();

function compiled(spec: Spec): CompiledSpec {
  let out = COMPILED.get(spec);
  if (out) return out;
  const keys = Object.entries(spec).map(([name, want]): SpecKey => {
    const bytes = Buffer.from(name);
    if (want === 'parse') return { name, bytes, kind: PARSE, child: undefined };
    if ('object' in want) return { name, bytes, kind: OBJECT, child: compiled(want.object) };
    return { name, bytes, kind: FIRST, child: compiled(want.first) };
  });
  out = { keys, byName: new Map(keys.map((k) => [k.name, k])) };
  COMPILED.set(spec, out);
  return out;
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * A string without escapes. Short ASCII ones (rule ids, levels, paths) are built in JS: a call
 * into the UTF-8 decoder costs more than the few bytes it decodes.
 */
function decodeSimple(buf: Buffer, start: number, end: number): string {
  if (end - start > 32) return utf8(buf, start, end);
  for (let k = start; k < end; k++) if (buf[k]! >= 0x80) return utf8(buf, start, end);
  return (buf as unknown as { latin1Slice(start: number, end: number): string }).latin1Slice(
    start,
    end,
  );
}

/**
 * `buf.toString('utf8', …)` without its argument normalisation, which costs more than decoding
 * a message text; `utf8Slice` is what it calls (present on every Node Buffer).
 */
function utf8(buf: Buffer, start: number, end: number): string {
  return (buf as unknown as { utf8Slice(start: number, end: number): string }).utf8Slice(
    start,
    end,
  );
}

function growStack(stack: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const bigger = new Uint8Array(stack.length * 2);
  bigger.set(stack);
  return bigger;
}

/** `0` or a digit run without a leading zero: the common case, checked without a regex. */
function isPlainInteger(buf: Buffer, start: number, end: number): boolean {
  if (buf[start] === 0x30) return end - start === 1;
  for (let k = start; k < end; k++) {
    const c = buf[k]!;
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
