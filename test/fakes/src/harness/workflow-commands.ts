// Parses workflow commands out of a step's log the way the runner does
// (actions/runner src/Runner.Common/ActionCommand.cs TryParseV2 + ActionCommandManager), so a
// test sees exactly the annotations, masks and groups GitHub would, not what we hoped to print.

/** Commands the runner registers; any other `::x::` line is plain log text. */
const REGISTERED = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
]);

/** Property names the runner understands, by their lower-case spelling (they are case-insensitive). */
const CANONICAL_PROPERTIES: Record<string, string> = {
  file: 'file',
  line: 'line',
  endline: 'endLine',
  col: 'col',
  endcolumn: 'endColumn',
  title: 'title',
  name: 'name',
};

export interface WorkflowCommand {
  /** Lower-case command name (`error`, `add-mask`, ...); the runner matches names case-insensitively. */
  command: string;
  /** Unescaped properties; known keys use their canonical spelling (`endLine`, `endColumn`). */
  properties: Record<string, string>;
  /** Unescaped data (the part after the second `::`). */
  message: string;
  /** The raw log line, as printed. */
  raw: string;
  /** 1-based line number in the stream it came from. */
  lineNumber: number;
  stream: 'stdout' | 'stderr';
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

// The runner replaces escapes one mapping after another (String.Replace in list order), so the
// order below is part of the contract: `%25` is undone last.
const DATA_ESCAPES: ReadonlyArray<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: ReadonlyArray<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function unescape(text: string, mappings: ReadonlyArray<[string, string]>): string {
  let out = text;
  for (const [escaped, token] of mappings) out = out.split(escaped).join(token);
  return out;
}

export const unescapeData = (text: string): string => unescape(text, DATA_ESCAPES);
export const unescapeProperty = (text: string): string => unescape(text, PROPERTY_ESCAPES);

/** Parses one log line; `undefined` when the runner would treat it as plain text. */
export function parseCommandLine(
  line: string,
  position: { lineNumber: number; stream: 'stdout' | 'stderr' } = {
    lineNumber: 1,
    stream: 'stdout',
  },
): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!REGISTERED.has(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const item of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      if (item === '') continue;
      // C#'s Split('=', 2, RemoveEmptyEntries): `k=` and `=v` yield one part and are dropped.
      const eq = item.indexOf('=');
      const key = eq < 0 ? item : item.slice(0, eq);
      const value = eq < 0 ? '' : item.slice(eq + 1);
      if (key === '' || value === '') continue;
      properties[CANONICAL_PROPERTIES[key.toLowerCase()] ?? key] = unescapeProperty(value);
    }
  }
  return {
    command: name,
    properties,
    message: unescapeData(message.slice(end + 2)),
    raw: line,
    ...position,
  };
}

/**
 * Parses every command in a stream, honouring `::stop-commands::<token>` (commands are ignored
 * until a `::<token>::` line), which actions use to print untrusted text safely.
 */
export function parseWorkflowCommands(
  text: string,
  stream: 'stdout' | 'stderr' = 'stdout',
): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      return;
    }
    const stop = /^\s*::stop-commands::(.*)$/i.exec(line);
    if (stop && stop[1]) {
      stopToken = stop[1];
      return;
    }
    const command = parseCommandLine(line, { lineNumber: index + 1, stream });
    if (command) out.push(command);
  });
  return out;
}

function toInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/** The annotations a list of commands creates, in order. */
export function annotationsOf(commands: readonly WorkflowCommand[]): Annotation[] {
  const out: Annotation[] = [];
  for (const c of commands) {
    if (c.command !== 'error' && c.command !== 'warning' && c.command !== 'notice') continue;
    const p = c.properties;
    const annotation: Annotation = { level: c.command, message: c.message };
    if (p.title !== undefined) annotation.title = p.title;
    if (p.file !== undefined) annotation.file = p.file;
    const line = toInt(p.line);
    const endLine = toInt(p.endLine);
    const col = toInt(p.col);
    const endColumn = toInt(p.endColumn);
    if (line !== undefined) annotation.line = line;
    if (endLine !== undefined) annotation.endLine = endLine;
    if (col !== undefined) annotation.col = col;
    if (endColumn !== undefined) annotation.endColumn = endColumn;
    out.push(annotation);
  }
  return out;
}

/** Values registered with `::add-mask::`, in order, without empties. */
export function maskedValuesOf(commands: readonly WorkflowCommand[]): string[] {
  return commands
    .filter((c) => c.command === 'add-mask' && c.message.trim() !== '')
    .map((c) => c.message);
}
