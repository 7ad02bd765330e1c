import { ExtractError, NeedMoreInput, ResultExtractor } from './result-extractor.js';
import { ValueScanner } from './value-scanner.js';

const QUOTE = 0x22;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Receives the pieces of a SARIF log in document order. Values arrive parsed. */
export interface SarifStreamHandlers {
  /** A top-level property other than `runs` (`version`, `$schema`, …). */
  rootProperty(key: string, value: unknown): void;
  /** `runs` is an array (its runs follow). */
  runsStart(): void;
  /** `runs` is not an array: the value as found. */
  runsNotArray(value: unknown): void;
  runStart(runIndex: number): void;
  /** A run property other than `results` (`tool`, `artifacts`, …), or `results` when not an array. */
  runProperty(runIndex: number, key: string, value: unknown): void;
  /** A run that is not an object: the value as found. */
  runNotObject(runIndex: number, value: unknown): void;
  result(runIndex: number, resultIndex: number, value: unknown): void;
  runEnd(runIndex: number): void;
}

/** A syntax error at a byte offset of the input, or inside a value starting there. */
export class StreamSyntaxError extends Error {
  constructor(
    message: string,
    /** Byte offset of the error in the whole input. */
    readonly offset: number,
  ) {
    super(message);
  }
}

type Frame =
  | { kind: 'root'; state: ObjState; key: string }
  | { kind: 'runs'; state: ArrState; index: number }
  | { kind: 'run'; state: ObjState; key: string; index: number }
  | { kind: 'results'; state: ArrState; index: number; run: number };

type ObjState = 'first-key' | 'key' | 'colon' | 'value' | 'comma';
type ArrState = 'first-value' | 'value' | 'comma';

type Capture =
  | { target: 'key' }
  | { target: 'root'; key: string }
  | { target: 'runs' }
  | { target: 'run'; key: string }
  | { target: 'result' }
  | { target: 'run-element' };

/**
 * A push parser for SARIF that never holds the whole document: it walks the containers the gate
 * cares about (the log object, `runs`, each run, each `results` array) byte by byte and hands
 * every other value, and each single result, to `JSON.parse` as a slice. Memory is bounded by
 * the largest single value (usually one result or a run's `tool`), not by the file.
 */
export class SarifStreamParser {
  private readonly stack: Frame[] = [];
  private started = false;
  private finished = false;
  /** Byte offset of the current chunk in the whole input. */
  private base = 0;
  private readonly scanner = new ValueScanner();
  private readonly extractor = new ResultExtractor();
  private capture: Capture | undefined;
  private pieces: Buffer[] = [];
  private captureStart = 0;
  private bomChecked = false;

  constructor(private readonly handlers: SarifStreamHandlers) {}

  /**
   * Parses the next bytes. Nothing refers to `chunk` once this returns (the part of a value that
   * continues in the next chunk is copied), so the caller may read into the same memory again.
   */
  push(chunk: Buffer): void {
    let buf = chunk;
    if (!this.bomChecked && buf.length > 0) {
      this.bomChecked = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        buf = buf.subarray(3);
        this.base += 3;
      }
    }
    let i = 0;
    const n = buf.length;
    while (i < n) {
      if (this.capture) {
        // A value that started in an earlier chunk continues here.
        const end = this.scanner.scan(buf, i);
        if (end === -1) {
          this.pieces.push(Buffer.from(buf.subarray(i)));
          break;
        }
        this.pieces.push(buf.subarray(i, end));
        this.deliver();
        i = end;
        continue;
      }
      const c = buf[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      i = this.structural(buf, i, c);
    }
    this.base += buf.length;
  }

  /** Call after the last chunk: anything still open is a truncated document. */
  end(): void {
    // A number or literal ends at the end of input without a delimiter.
    if (this.capture && this.scanner.inScalar) this.deliver();
    if (this.capture || !this.finished) {
      throw new StreamSyntaxError(
        this.started
          ? 'Unexpected end of JSON input (the document is truncated)'
          : 'Unexpected end of JSON input (the file is empty)',
        this.base,
      );
    }
  }

  private structural(buf: Buffer, i: number, c: number): number {
    const at = this.base + i;
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      if (this.finished)
        throw new StreamSyntaxError(`Unexpected ${show(c)} after the end of the JSON document`, at);
      this.started = true;
      if (c !== LBRACE) {
        // Not an object: parse it whole so the caller can say what it is (it is small or invalid).
        return this.startCapture({ target: 'root', key: '' }, buf, i);
      }
      this.stack.push({ kind: 'root', state: 'first-key', key: '' });
      return i + 1;
    }
    if (top.kind === 'root' || top.kind === 'run') {
      switch (top.state) {
        case 'first-key':
        case 'key':
          if (c === RBRACE && top.state === 'first-key') return this.close(i);
          if (c !== QUOTE)
            throw new StreamSyntaxError(`Expected a property name but found ${show(c)}`, at);
          return this.startCapture({ target: 'key' }, buf, i);
        case 'colon':
          if (c !== COLON)
            throw new StreamSyntaxError(
              `Expected ':' after property name but found ${show(c)}`,
              at,
            );
          top.state = 'value';
          return i + 1;
        case 'value':
          top.state = 'comma';
          if (top.kind === 'root' && top.key === 'runs' && c === LBRACKET) {
            this.handlers.runsStart();
            this.stack.push({ kind: 'runs', state: 'first-value', index: 0 });
            return i + 1;
          }
          if (top.kind === 'run' && top.key === 'results' && c === LBRACKET) {
            this.stack.push({ kind: 'results', state: 'first-value', index: 0, run: top.index });
            return i + 1;
          }
          if (top.kind === 'root') {
            return this.startCapture(
              top.key === 'runs' ? { target: 'runs' } : { target: 'root', key: top.key },
              buf,
              i,
            );
          }
          return this.startCapture({ target: 'run', key: top.key }, buf, i);
        case 'comma':
          if (c === COMMA) {
            top.state = 'key';
            return i + 1;
          }
          if (c === RBRACE) return this.close(i);
          throw new StreamSyntaxError(
            `Expected ',' or '}' after a property value but found ${show(c)}`,
            at,
          );
      }
    }
    switch (top.state) {
      case 'first-value':
      case 'value':
        if (c === RBRACKET && top.state === 'first-value') return this.close(i);
        if (c === RBRACKET || c === COMMA || c === RBRACE || c === COLON) {
          throw new StreamSyntaxError(
            `Unexpected ${show(c)} where an array element was expected`,
            at,
          );
        }
        top.state = 'comma';
        if (top.kind === 'runs') {
          if (c === LBRACE) {
            this.handlers.runStart(top.index);
            this.stack.push({ kind: 'run', state: 'first-key', key: '', index: top.index });
            return i + 1;
          }
          return this.startCapture({ target: 'run-element' }, buf, i);
        }
        return this.result(top, buf, i);
      case 'comma':
        if (c === COMMA) {
          top.state = 'value';
          top.index++;
          return i + 1;
        }
        if (c === RBRACKET) return this.close(i);
        throw new StreamSyntaxError(
          `Expected ',' or ']' after an array element but found ${show(c)}`,
          at,
        );
    }
  }

  /**
   * A result is walked in place by the extractor; only one that straddles a chunk boundary is
   * first captured whole (and then walked).
   */
  private result(frame: Extract<Frame, { kind: 'results' }>, buf: Buffer, i: number): number {
    try {
      const { value, end } = this.extractor.extract(buf, i);
      this.handlers.result(frame.run, frame.index, value);
      return end;
    } catch (error) {
      if (error instanceof ExtractError)
        throw new StreamSyntaxError(error.message, this.base + error.offset);
      if (!(error instanceof NeedMoreInput)) throw error;
    }
    return this.startCapture({ target: 'result' }, buf, i);
  }

  private close(i: number): number {
    const frame = this.stack.pop()!;
    if (frame.kind === 'run') this.handlers.runEnd(frame.index);
    if (this.stack.length === 0) this.finished = true;
    return i + 1;
  }

  private startCapture(capture: Capture, buf: Buffer, i: number): number {
    this.capture = capture;
    this.captureStart = this.base + i;
    this.scanner.reset();
    this.pieces = [];
    const end = this.scanner.scan(buf, i);
    if (end === -1) {
      this.pieces.push(Buffer.from(buf.subarray(i)));
      return buf.length;
    }
    this.pieces.push(buf.subarray(i, end));
    this.deliver();
    return end;
  }

  private deliver(): void {
    const capture = this.capture!;
    const bytes = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces);
    this.capture = undefined;
    this.pieces = [];
    const top = this.stack[this.stack.length - 1];
    if (capture.target === 'result') {
      const frame = top as Extract<Frame, { kind: 'results' }>;
      let value: unknown;
      try {
        value = this.extractor.extract(bytes, 0).value;
      } catch (error) {
        if (error instanceof ExtractError)
          throw new StreamSyntaxError(error.message, this.captureStart + error.offset);
        if (!(error instanceof NeedMoreInput)) throw error;
        // A number or literal ends only at its delimiter, which the capture left out: such a
        // (schema-invalid) result is complete, so parse it as it is.
        try {
          value = JSON.parse(bytes.toString('utf8'));
        } catch {
          throw new StreamSyntaxError(
            'Unexpected end of a result',
            this.captureStart + bytes.length,
          );
        }
      }
      this.handlers.result(frame.run, frame.index, value);
      return;
    }
    const text = bytes.toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const m = /at position (\d+)/.exec(message);
      const inner = m ? Buffer.byteLength(text.slice(0, Number(m[1]))) : bytes.length;
      throw new StreamSyntaxError(
        message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s+in JSON at position \d+/, ''),
        this.captureStart + inner,
      );
    }
    switch (capture.target) {
      case 'key': {
        const frame = top as Extract<Frame, { kind: 'root' | 'run' }>;
        frame.key = value as string;
        frame.state = 'colon';
        return;
      }
      case 'root':
        if (!top) {
          this.finished = true;
          this.handlers.rootProperty('', value);
          return;
        }
        this.handlers.rootProperty(capture.key, value);
        return;
      case 'runs':
        this.handlers.runsNotArray(value);
        return;
      case 'run':
        this.handlers.runProperty(
          (top as Extract<Frame, { kind: 'run' }>).index,
          capture.key,
          value,
        );
        return;
      case 'run-element':
        this.handlers.runNotObject((top as Extract<Frame, { kind: 'runs' }>).index, value);
        return;
    }
  }
}

function show(c: number): string {
  return c >= 0x20 && c < 0x7f
    ? `'${String.fromCharCode(c)}'`
    : `byte 0x${c.toString(16).padStart(2, '0')}`;
}
