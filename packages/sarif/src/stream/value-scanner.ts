const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Finds where one JSON value ends, across chunk boundaries, without decoding it: strings are
 * skipped with `indexOf` (native, so most bytes are never touched by JS), brackets are counted.
 * It does not validate the value; whoever needs the value parses the captured bytes with
 * `JSON.parse`, which does.
 */
export class ValueScanner {
  private started = false;
  private scalar = false;
  private depth = 0;
  private inString = false;
  private stringOnly = false;
  private escape = false;
  private bsBuffer: Buffer | undefined;
  private bsPos = -1;

  /** True while inside a number or literal, which only a delimiter or the end of input ends. */
  get inScalar(): boolean {
    return this.scalar;
  }

  reset(): void {
    this.started = false;
    this.scalar = false;
    this.depth = 0;
    this.inString = false;
    this.stringOnly = false;
    this.escape = false;
  }

  /**
   * Scans from `from` (the value's first byte on the first call, 0 on later chunks). Returns the
   * index just past the value, or -1 when the chunk ended first.
   */
  scan(buf: Buffer, from: number): number {
    let i = from;
    const n = buf.length;
    if (!this.started) {
      this.started = true;
      const c = buf[i];
      if (c === QUOTE) {
        this.inString = true;
        this.stringOnly = true;
        i++;
      } else if (c === LBRACE || c === LBRACKET) {
        this.depth = 1;
        i++;
      } else {
        this.scalar = true;
      }
    }
    if (this.scalar) {
      for (; i < n; i++) {
        const c = buf[i];
        if (
          c === COMMA ||
          c === RBRACE ||
          c === RBRACKET ||
          c === SPACE ||
          c === LF ||
          c === CR ||
          c === TAB
        )
          return i;
      }
      return -1;
    }
    while (i < n) {
      if (this.inString) {
        if (this.escape) {
          this.escape = false;
          i++;
          continue;
        }
        const q = buf.indexOf(QUOTE, i);
        const bs = this.nextBackslash(buf, i);
        if (bs !== -1 && (q === -1 || bs < q)) {
          i = bs + 1;
          if (i >= n) {
            this.escape = true;
            return -1;
          }
          i++;
          continue;
        }
        if (q === -1) return -1;
        i = q + 1;
        this.inString = false;
        if (this.stringOnly) return i;
        continue;
      }
      for (; i < n; i++) {
        const c = buf[i];
        if (c === QUOTE) {
          this.inString = true;
          i++;
          break;
        }
        if (c === LBRACE || c === LBRACKET) this.depth++;
        else if (c === RBRACE || c === RBRACKET) {
          if (--this.depth === 0) return i + 1;
        }
      }
    }
    return -1;
  }

  /** The next backslash at or after `i`, cached so long strings are searched once. */
  private nextBackslash(buf: Buffer, i: number): number {
    if (this.bsBuffer !== buf || (this.bsPos !== -1 && this.bsPos < i)) {
      this.bsBuffer = buf;
      this.bsPos = buf.indexOf(BACKSLASH, i);
    }
    return this.bsPos;
  }
}
