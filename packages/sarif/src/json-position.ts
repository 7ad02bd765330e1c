/** 1-based line and column of a UTF-16 offset in `text` (columns count UTF-16 code units). */
export function lineColumnAt(
  text: string,
  offset: number,
): { line: number; column: number; offset: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1, offset: at };
}

/**
 * Where `JSON.parse` stopped. V8 says "at position N" (Node 20) and adds "(line L column C)"
 * on newer versions; "Unexpected end of JSON input" means the text ended early.
 */
export function jsonErrorOffset(message: string, text: string): number {
  const match = /at position (\d+)/.exec(message);
  if (match) return Number(match[1]);
  return text.length;
}

/** The parser's message without V8's own position suffix, which we replace with line:column. */
export function jsonErrorReason(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s+in JSON at position \d+/, '')
    .replace(/^JSON\.parse: /, '');
}
