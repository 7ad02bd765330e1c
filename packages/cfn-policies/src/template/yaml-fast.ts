import { Schema, isScalar } from 'yaml';
import { joinPath } from './positions.js';

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

class Unsupported extends Error {}

/** Why the fast path refuses a text (the stack of the refusal), for tests and debugging. */
export function explainFastYamlRefusal(input: string): string | undefined {
  try {
    new FastParser(input).parse();
    return undefined;
  } catch (error) {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
}

const unsupported = (): never => {
  throw new Unsupported();
};

interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character (before `\n` / `\r\n`). */
  end: number;
  /** Number of leading spaces. */
  indent: number;
  /** Blank or comment-only. */
  blank: boolean;
}

const SCHEMA = new Schema({
  schema: 'yaml-1.1',
  customTags: (tags) =>
    tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
});

interface TestedTag {
  test: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}

const TESTED_TAGS: TestedTag[] = (
  (SCHEMA as unknown as { tags: (TestedTag & { default?: unknown })[] }).tags ?? []
).filter((t) => t.default === true && t.test instanceof RegExp);

const plainCache = new Map<string, unknown>();

/** YAML 1.1 resolution of an untagged plain scalar, exactly as the `yaml` package's schema does. */
function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Strings that no scalar tag can match: skip the regex scan (most keys and values).
  const maybeTyped =
    text === '' ||
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 45 ||
    c === 46 ||
    c === 126 ||
    text.length <= 5;
  if (!maybeTyped) return text;
  if (plainCache.has(text)) return plainCache.get(text);
  let value: unknown = text;
  for (const tag of TESTED_TAGS) {
    if (!tag.test.test(text)) continue;
    let failed = false;
    const resolved = tag.resolve(text, () => (failed = true), { intAsBigInt: false });
    if (failed) unsupported();
    value = isScalar(resolved) ? resolved.value : resolved;
    break;
  }
  if (typeof value === 'bigint') value = Number(value);
  if (plainCache.size < 10_000) plainCache.set(text, value);
  return value;
}

function longFormName(tag: string): string {
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return name;
  return `Fn::${name}`;
}

function scalarKey(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return unsupported();
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else obj[key] = value;
}

const MAX_DEPTH = 2000;

export function parseYamlFast(
  input: string,
): { value: unknown; offsets: Map<string, number> } | undefined {
  try {
    return new FastParser(input).parse();
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

class FastParser {
  private readonly lines: Line[] = [];
  private readonly offsets = new Map<string, number>();
  /** Index of the next line to consume. */
  private li = 0;

  constructor(private readonly text: string) {}

  parse(): { value: unknown; offsets: Map<string, number> } {
    const text = this.text;
    if (text.includes('\t')) unsupported();
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const n = text.length;
    while (pos <= n) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = n;
      const next = end + 1;
      if (end > pos && text.charCodeAt(end - 1) === 13) end--;
      let i = pos;
      while (i < end && text.charCodeAt(i) === 32) i++;
      const c = i < end ? text.charCodeAt(i) : -1;
      if (c === 9) unsupported(); // tab in indentation
      this.lines.push({ start: pos, end, indent: i - pos, blank: c === -1 || c === 35 /* # */ });
      pos = next;
    }
    // Directives, document markers and stream-level oddities go to the full parser: only one
    // leading `---` line is accepted.
    let first = this.skipBlank(0);
    for (let k = first; k < this.lines.length; k++) {
      const l = this.lines[k] as Line;
      if (l.indent !== 0 || l.blank) continue;
      const head = text.slice(l.start, Math.min(l.end, l.start + 4));
      if (head.startsWith('%')) unsupported();
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
    if (this.skipBlank(this.li) < this.lines.length) unsupported();
    return { value, offsets: this.offsets };
  }

  private skipBlank(from: number): number {
    let i = from;
    while (i < this.lines.length && (this.lines[i] as Line).blank) i++;
    return i;
  }

  /**
   * A block node whose first character is at `at` (on line `this.li`, column `indent`); the node
   * may be a mapping, a sequence or a scalar. Consumes its lines.
   */
  private blockNode(indent: number, at: number, path: string, depth: number): unknown {
    if (depth > MAX_DEPTH) unsupported();
    const line = this.lines[this.li] as Line;
    const c = this.text.charCodeAt(at);
    if (c === 45 /* - */ && this.isSeqIndicator(at, line.end))
      return this.blockSeq(indent, path, depth, at);
    if (this.findMappingColon(at, line.end) >= 0) return this.blockMap(indent, path, depth, at);
    // A lone scalar / flow node / tagged node filling the rest of the line.
    const value = this.inlineValue(at, line.end, indent - 1, path, depth);
    return value;
  }

  private isSeqIndicator(at: number, end: number): boolean {
    if (this.text.charCodeAt(at) !== 45) return false;
    const next = at + 1 < end ? this.text.charCodeAt(at + 1) : -1;
    return next === -1 || next === 32;
  }

  /** Offset of the `:` ending an implicit key that starts at `at`, or -1 if not a mapping entry. */
  private findMappingColon(at: number, end: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(at, end);
      let j = close;
      while (j < end && text.charCodeAt(j) === 32) j++;
      if (j < end && text.charCodeAt(j) === 58) {
        const after = j + 1 < end ? text.charCodeAt(j + 1) : -1;
        if (after === -1 || after === 32) return j;
      }
      return -1;
    }
    // Flow collections and block scalars are values; a flow key (`[a]: b`) fails later.
    if (c === 91 || c === 123 || c === 124 || c === 62) return -1;
    if (c === 38 || c === 42 || c === 63) return unsupported();
    if (c === 33) {
      // `!Tag value` is a value; `!Tag key: value` (a tagged key) is left to the full parser.
      let t = at;
      while (t < end && text.charCodeAt(t) !== 32) t++;
      while (t < end && text.charCodeAt(t) === 32) t++;
      const d = text.charCodeAt(t);
      if (t >= end || d === 91 || d === 123 || d === 34 || d === 39 || d === 124 || d === 62)
        return -1;
      return this.plainLooksLikeKey(t, end) ? unsupported() : -1;
    }
    if (c === 35) return -1;
    if (',]}%@`'.includes(text[at] ?? '')) return unsupported();
    for (let j = at; j < end; j++) {
      const ch = text.charCodeAt(j);
      if (ch === 58) {
        const after = j + 1 < end ? text.charCodeAt(j + 1) : -1;
        if (after === -1 || after === 32) return j === at ? unsupported() : j;
      } else if (ch === 35 && text.charCodeAt(j - 1) === 32) return -1;
    }
    return -1;
  }

  /** `[a]: b`, `!Tag key: v`, `&a k: v`... are valid but rare: leave them to the full parser. */
  private plainLooksLikeKey(at: number, end: number): boolean {
    const s = this.text.slice(at, end);
    const hash = s.search(/ #/);
    return /:( |$)/.test(hash < 0 ? s : s.slice(0, hash));
  }

  private blockMap(
    indent: number,
    path: string,
    depth: number,
    firstAt: number,
  ): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    let at = firstAt;
    for (;;) {
      const line = this.lines[this.li] as Line;
      const colon = this.findMappingColon(at, line.end);
      if (colon < 0) unsupported();
      const key = this.keyText(at, colon);
      if (key === '<<') unsupported();
      const childPath = joinPath(path, key);
      let v = colon + 1;
      while (v < line.end && this.text.charCodeAt(v) === 32) v++;
      let value: unknown;
      if (v >= line.end || (this.text.charCodeAt(v) === 35 && v > colon + 1)) {
        // Value on the following lines (or null).
        this.li++;
        value = this.nestedBlock(indent, true, childPath, depth + 1);
      } else {
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
      if (nl.indent > indent) unsupported(); // multi-line plain scalar or bad indentation
      this.li = next;
      at = nl.start + nl.indent;
      if (this.isSeqIndicator(at, nl.end)) unsupported(); // sequence where an entry belongs
    }
    return obj;
  }

  /** The key text of an implicit key spanning [at, colon). */
  private keyText(at: number, colon: number): string {
    const c = this.text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(at, colon + 1);
      return scalarKey(this.quotedValue(at, close));
    }
    let e = colon;
    while (e > at && this.text.charCodeAt(e - 1) === 32) e--;
    const raw = this.text.slice(at, e);
    return scalarKey(resolvePlain(raw));
  }

  private blockSeq(indent: number, path: string, depth: number, firstAt: number): unknown[] {
    const out: unknown[] = [];
    let at = firstAt;
    for (;;) {
      const line = this.lines[this.li] as Line;
      const itemPath = joinPath(path, out.length);
      let v = at + 1;
      while (v < line.end && this.text.charCodeAt(v) === 32) v++;
      let value: unknown;
      if (v >= line.end || this.text.charCodeAt(v) === 35) {
        this.li++;
        this.offsets.set(itemPath, at);
        value = this.nestedBlock(indent, false, itemPath, depth + 1);
      } else {
        // Compact nested node: `- Effect: Allow` is a mapping at the column of `Effect`.
        const column = v - line.start;
        this.offsets.set(itemPath, v);
        if (this.isSeqIndicator(v, line.end) || this.findMappingColon(v, line.end) >= 0) {
          value = this.blockNode(column, v, itemPath, depth + 1);
        } else {
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
      if (nl.indent > indent) unsupported();
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
  private nestedBlock(parentIndent: number, inMap: boolean, path: string, depth: number): unknown {
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
  private inlineValue(
    at: number,
    end: number,
    ownerIndent: number,
    path: string,
    depth: number,
  ): unknown {
    const text = this.text;
    const c = text.charCodeAt(at);
    this.offsets.set(path, at);
    if (c === 33 /* ! */) {
      let t = at + 1;
      while (t < end && text.charCodeAt(t) !== 32) t++;
      const tag = text.slice(at, t);
      if (!/^![A-Za-z][A-Za-z0-9]*$/.test(tag)) unsupported();
      const fn = longFormName(tag);
      const fnPath = joinPath(path, fn);
      this.offsets.set(fnPath, at);
      let v = t;
      while (v < end && text.charCodeAt(v) === 32) v++;
      let arg: unknown;
      if (v >= end || text.charCodeAt(v) === 35) {
        this.li++;
        const next = this.skipBlank(this.li);
        const nl = this.lines[next];
        if (nl && nl.indent > ownerIndent) {
          arg = this.nestedBlock(ownerIndent, false, fnPath, depth + 1);
        } else {
          arg = '';
        }
      } else {
        const d = text.charCodeAt(v);
        if (d === 33 || d === 38 || d === 42) unsupported(); // nested tag / anchor / alias
        if (d === 91 || d === 123 || d === 34 || d === 39 || d === 124 || d === 62) {
          arg = this.inlineValue(v, end, ownerIndent, fnPath, depth + 1);
        } else {
          // Tagged plain scalars are strings (unknown tags are not type-resolved).
          arg = this.plainText(v, end);
          this.li++;
        }
      }
      if (fn === 'Fn::GetAtt' && typeof arg === 'string') {
        const dot = arg.indexOf('.');
        arg = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
      }
      const out: Record<string, unknown> = {};
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
        const l = this.lines[k] as Line;
        const closing = /[\]}]/.test(this.text[l.start + l.indent] ?? '');
        if (!l.blank && (closing ? l.indent < ownerIndent : l.indent <= ownerIndent)) unsupported();
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
    if (c === 124 || c === 62) return this.blockScalar(at, end, ownerIndent);
    if (c === 38 || c === 42 || c === 63 || c === 37 || c === 64 || c === 96) unsupported();
    if (c === 45 && this.isSeqIndicator(at, end)) unsupported();
    const raw = this.plainText(at, end);
    this.li++;
    return resolvePlain(raw);
  }

  /** A single-line plain scalar from `at` (comments stripped, trailing spaces trimmed). */
  private plainText(at: number, end: number): string {
    const text = this.text;
    // Indicators cannot start a plain scalar (`-`, `?`, `:` only when followed by a space).
    const c = text.charCodeAt(at);
    if (',[]{}#&*!|>\'"%@`'.includes(text[at] ?? '')) unsupported();
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
        if (after === -1 || after === 32) unsupported(); // `a: b: c` is an error
      }
    }
    while (e > at && text.charCodeAt(e - 1) === 32) e--;
    return text.slice(at, e);
  }

  private checkRestOfLine(from: number): void {
    const line = this.lines[this.lineIndexOf(from)];
    if (!line) return unsupported();
    let j = from;
    while (j < line.end && this.text.charCodeAt(j) === 32) j++;
    if (j < line.end && !(this.text.charCodeAt(j) === 35 && j > from)) unsupported();
  }

  lineIndexOf(offset: number): number {
    // Lines are consumed in order; search forward from the current one.
    let i = this.li;
    while (i < this.lines.length && (this.lines[i] as Line).end < offset) i++;
    return i;
  }

  /** Offset just past the closing quote of the quoted scalar at `at` (same line only). */
  quotedEnd(at: number, end: number): number {
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
        if (ch === 34) return j + 1;
      }
    }
    return unsupported(); // multi-line quoted scalar
  }

  quotedValue(at: number, close: number): string {
    const text = this.text;
    const body = text.slice(at + 1, close - 1);
    if (text.charCodeAt(at) === 39) return body.replaceAll("''", "'");
    if (!body.includes('\\')) return body;
    let out = '';
    for (let j = 0; j < body.length; j++) {
      const ch = body[j] as string;
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
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) unsupported();
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

  private blockScalar(at: number, end: number, ownerIndent: number): string {
    const text = this.text;
    const folded = text.charCodeAt(at) === 62;
    let j = at + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    const ind = text.charCodeAt(j);
    if (ind === 45) {
      chomp = 'strip';
      j++;
    } else if (ind === 43) {
      chomp = 'keep';
      j++;
    }
    this.checkRestOfLine(j);
    this.li++;
    // Content lines: blank lines and lines deeper than the owner.
    const contentLines: Line[] = [];
    let contentIndent = -1;
    while (this.li < this.lines.length) {
      const l = this.lines[this.li] as Line;
      const empty = l.indent === l.end - l.start;
      if (!empty) {
        if (l.indent <= ownerIndent) break;
        if (contentIndent < 0) contentIndent = l.indent;
        else if (l.indent < contentIndent) unsupported();
        if (folded && l.indent > contentIndent) unsupported(); // more-indented folded lines
      } else if (contentIndent >= 0 && l.indent > contentIndent) unsupported();
      else if (contentIndent < 0 && l.indent > ownerIndent + 1) unsupported();
      contentLines.push(l);
      this.li++;
    }
    if (contentIndent < 0) unsupported(); // only blank lines: leave the edge cases to `yaml`
    const texts = contentLines.map((l) =>
      l.indent === l.end - l.start ? '' : text.slice(l.start + contentIndent, l.end),
    );
    // Trailing blank lines are governed by chomping.
    let last = texts.length;
    while (last > 0 && texts[last - 1] === '') last--;
    const trailing = texts.length - last;
    const body = texts.slice(0, last);
    let value: string;
    if (!folded) value = body.join('\n');
    else {
      value = '';
      let prevText = false;
      for (const t of body) {
        if (t === '') {
          value += '\n';
          prevText = false;
          continue;
        }
        if (prevText) value += ' ';
        else if (value !== '' && !value.endsWith('\n')) value += '\n';
        value += t;
        prevText = true;
      }
      // A blank line between two text lines yields one newline, not a space + newline.
    }
    if (body.length === 0) return unsupported();
    if (chomp === 'strip') return value;
    if (chomp === 'clip') return `${value}\n`;
    return value + '\n'.repeat(trailing + 1);
  }
}

/** Flow collections (`[a, !Ref b]`, `{Ref: X}`), possibly over several lines. */
class FlowReader {
  private pos: number;

  constructor(
    private readonly p: FastParser,
    start: number,
    private readonly depth: number,
  ) {
    this.pos = start;
  }

  private get text(): string {
    return (this.p as unknown as { text: string }).text;
  }

  private ws(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13) this.pos++;
      else if (c === 9) this.pos++;
      else if (c === 35 && /[\s]/.test(text[this.pos - 1] ?? '')) {
        while (this.pos < text.length && text.charCodeAt(this.pos) !== 10) this.pos++;
      } else break;
    }
  }

  finish(): number {
    return this.pos;
  }

  node(path: string, depth = this.depth): unknown {
    if (depth > MAX_DEPTH) unsupported();
    const text = this.text;
    this.ws();
    const at = this.pos;
    const offsets = (this.p as unknown as { offsets: Map<string, number> }).offsets;
    offsets.set(path, at);
    const c = text.charCodeAt(at);
    if (c === 91) {
      this.pos++;
      const out: unknown[] = [];
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
        if (text.charCodeAt(this.pos) === 58) unsupported(); // `[a: b]` single-pair mappings
        const d = text.charCodeAt(this.pos);
        if (d === 44) this.pos++;
        else if (d !== 93) unsupported();
      }
    }
    if (c === 123) {
      this.pos++;
      const obj: Record<string, unknown> = {};
      for (;;) {
        this.ws();
        if (text.charCodeAt(this.pos) === 125) {
          this.pos++;
          return obj;
        }
        const keyAt = this.pos;
        const key = scalarKey(this.scalar(true));
        if (key === '<<') unsupported();
        this.ws();
        let value: unknown = null;
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
        if (d === 44) this.pos++;
        else if (d !== 125) unsupported();
      }
    }
    if (c === 33) {
      let t = this.pos + 1;
      while (t < text.length && /[A-Za-z0-9]/.test(text[t] ?? '')) t++;
      const tag = text.slice(this.pos, t);
      if (!/^![A-Za-z][A-Za-z0-9]*$/.test(tag)) unsupported();
      const next = text.charCodeAt(t);
      if (next !== 32 && next !== 10 && next !== 13) unsupported();
      this.pos = t;
      const fn = longFormName(tag);
      const fnPath = joinPath(path, fn);
      offsets.set(fnPath, at);
      this.ws();
      const d = text.charCodeAt(this.pos);
      let arg: unknown;
      if (d === 44 || d === 93 || d === 125) arg = '';
      else if (d === 91 || d === 123) arg = this.node(fnPath, depth + 1);
      else {
        arg = this.scalar(false, true);
        if (typeof arg !== 'string') arg = String(arg);
      }
      if (fn === 'Fn::GetAtt' && typeof arg === 'string') {
        const dot = arg.indexOf('.');
        arg = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
      }
      const out: Record<string, unknown> = {};
      out[fn] = arg;
      return out;
    }
    return this.scalar(false);
  }

  /** A quoted or single-line plain scalar inside a flow collection. */
  private scalar(isKey: boolean, raw = false): unknown {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === 34 || c === 39) {
      const lineEnd = text.indexOf('\n', this.pos);
      const close = this.p.quotedEnd(this.pos, lineEnd < 0 ? text.length : lineEnd);
      const value = this.p.quotedValue(this.pos, close);
      this.pos = close;
      return value;
    }
    if ('&*!|>?%@`[{#,]}'.includes(text[this.pos] ?? '')) unsupported();
    if (c === 45 || c === 58) {
      const after = text[this.pos + 1] ?? '';
      if (after === '' || ' \r\n,[]{}'.includes(after)) unsupported();
    }
    const start = this.pos;
    let j = start;
    for (; j < text.length; j++) {
      const ch = text.charCodeAt(j);
      if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === 10 || ch === 13)
        break;
      if (ch === 35 && text.charCodeAt(j - 1) === 32) break;
      if (ch === 58) {
        const after = text.charCodeAt(j + 1);
        if (
          after === 32 ||
          after === 44 ||
          after === 93 ||
          after === 125 ||
          after === 10 ||
          after === 13 ||
          Number.isNaN(after)
        )
          break;
      }
    }
    let e = j;
    while (e > start && text.charCodeAt(e - 1) === 32) e--;
    const s = text.slice(start, e);
    // A plain scalar continued on the next line inside a flow collection is legal but rare.
    const stop = text.charCodeAt(j);
    if (stop === 10 || stop === 13) {
      let k = j;
      while (k < text.length && /\s/.test(text[k] ?? '')) k++;
      const nextCh = text.charCodeAt(k);
      if (
        s !== '' &&
        nextCh !== 44 &&
        nextCh !== 93 &&
        nextCh !== 125 &&
        nextCh !== 58 &&
        nextCh !== 35
      )
        unsupported();
    }
    if (s === '') unsupported();
    void isKey;
    this.pos = e;
    if (raw) return s;
    return resolvePlain(s);
  }
}
