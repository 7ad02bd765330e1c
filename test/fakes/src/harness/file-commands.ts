// Parses the runner's file commands ($GITHUB_OUTPUT, $GITHUB_ENV, $GITHUB_STATE, $GITHUB_PATH)
// as actions/runner's FileCommandManager does: `name=value` lines and the `name<<DELIMITER`
// heredoc form, with the same errors for a missing delimiter, so a malformed write fails the
// test here instead of silently losing an output on the real runner.

export class FileCommandError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'FileCommandError';
  }
}

interface Cursor {
  text: string;
  index: number;
}

/** Reads one line (without its `\n` or `\r\n`), or `undefined` at the end of the text. */
function readLine(cursor: Cursor): { line: string; newline: string } | undefined {
  const { text } = cursor;
  if (cursor.index >= text.length) return undefined;
  const nl = text.indexOf('\n', cursor.index);
  if (nl < 0) {
    const line = text.slice(cursor.index);
    cursor.index = text.length;
    return { line, newline: '' };
  }
  const cr = nl > cursor.index && text[nl - 1] === '\r';
  const line = text.slice(cursor.index, cr ? nl - 1 : nl);
  cursor.index = nl + 1;
  return { line, newline: cr ? '\r\n' : '\n' };
}

/**
 * Key/value pairs in file order (a later write of the same name wins when collected into an
 * object, as on the runner).
 */
export function parseKeyValueFile(text: string, file = 'file command'): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const cursor: Cursor = { text, index: 0 };
  for (let next = readLine(cursor); next !== undefined; next = readLine(cursor)) {
    const { line } = next;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (name === '')
        throw new FileCommandError(file, `Invalid format '${line}'. Name must not be empty`);
      out.push([name, line.slice(equals + 1)]);
    } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '') {
        throw new FileCommandError(
          file,
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        );
      }
      const start = cursor.index;
      let end = cursor.index;
      for (let body = readLine(cursor); ; body = readLine(cursor)) {
        if (body === undefined) {
          throw new FileCommandError(
            file,
            `Invalid value. Matching delimiter not found '${delimiter}'`,
          );
        }
        if (body.line === delimiter) break;
        if (body.newline === '') {
          throw new FileCommandError(file, 'Invalid value. EOF marker missing new line.');
        }
        end = cursor.index - body.newline.length;
      }
      out.push([name, end > start ? text.slice(start, end) : '']);
    } else {
      throw new FileCommandError(file, `Invalid format '${line}'`);
    }
  }
  return out;
}

/** Collects pairs into an object; later writes win. */
export function keyValuesToRecord(pairs: ReadonlyArray<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) out[k] = v;
  return out;
}

/**
 * `$GITHUB_ENV` pairs, with the runner's refusal to let a step set `NODE_OPTIONS` for later steps.
 */
export function parseEnvFile(text: string, file = 'GITHUB_ENV'): Record<string, string> {
  const pairs = parseKeyValueFile(text, file);
  for (const [name] of pairs) {
    if (name.toUpperCase() === 'NODE_OPTIONS') {
      throw new FileCommandError(
        file,
        "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
      );
    }
  }
  return keyValuesToRecord(pairs);
}

/** `$GITHUB_PATH`: one directory per non-empty line. */
export function parsePathFile(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l !== '');
}
