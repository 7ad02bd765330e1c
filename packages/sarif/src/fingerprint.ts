import { readFile } from 'node:fs/promises';

const BLOCK_SIZE = 100;
const MOD = 37n;
const MASK = (1n << 64n) - 1n;
const EOF_MARK = 65535;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const FIRST_MOD = (() => {
  let m = 1n;
  for (let i = 0; i < BLOCK_SIZE; i++) m = (m * MOD) & MASK;
  return m;
})();

/**
 * `primaryLocationLineHash` values for every line of a file, computed exactly as
 * github/codeql-action `fingerprints.ts` does: a rolling 64-bit hash (base 37) over a window of
 * 100 UTF-16 code units that skips spaces, tabs and the LF of a CRLF, attributed to the line the
 * window starts on, with `:<n>` counting repeats of the same hash. Index 0 is line 1.
 */
export function lineHashes(text: string): string[] {
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  const lineNumbers = new Array<number>(BLOCK_SIZE).fill(-1);
  const counts = new Map<string, number>();
  const out: string[] = [];
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;

  const outputHash = (): void => {
    const value = hash.toString(16);
    const n = (counts.get(value) ?? 0) + 1;
    counts.set(value, n);
    out[lineNumbers[index]! - 1] = `${value}:${n}`;
    lineNumbers[index] = -1;
  };
  const update = (current: number): void => {
    const begin = window[index]!;
    window[index] = current;
    hash = (MOD * hash + BigInt(current) - FIRST_MOD * BigInt(begin)) & MASK;
    index = (index + 1) % BLOCK_SIZE;
  };
  const processChar = (code: number): void => {
    let current = code;
    if (current === SPACE || current === TAB || (prevCR && current === LF)) {
      prevCR = false;
      return;
    }
    if (current === CR) {
      current = LF;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineNumbers[index] !== -1) outputHash();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === LF) lineStart = true;
    update(current);
  };

  for (let i = 0; i < text.length; i++) processChar(text.charCodeAt(i));
  processChar(EOF_MARK);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) outputHash();
    update(0);
  }
  return out;
}

/** Caches line hashes per file; a file that cannot be read yields none (codeql-action skips it). */
export class LineHashCache {
  private readonly files = new Map<string, Promise<string[] | undefined>>();

  constructor(
    private readonly read: (path: string) => Promise<string> = (p) => readFile(p, 'utf8'),
  ) {}

  async hashAt(absolutePath: string, line: number): Promise<string | undefined> {
    let hashes = this.files.get(absolutePath);
    if (!hashes) {
      hashes = this.read(absolutePath).then(lineHashes, () => undefined);
      this.files.set(absolutePath, hashes);
    }
    return (await hashes)?.[line - 1];
  }
}
