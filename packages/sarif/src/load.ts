import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { SarifError, jsonPointer } from './errors.js';
import { jsonErrorOffset, jsonErrorReason, lineColumnAt } from './json-position.js';
import type { SarifLog } from './types.js';

/** File names a directory input contributes. */
export const SARIF_FILE_GLOBS = ['**/*.sarif', '**/*.sarif.json'];

/**
 * Files, directories and globs (one per entry) to the SARIF files they name, in input order,
 * each once. A glob or directory that matches nothing is an error: a gate that silently
 * evaluates zero files would pass every build.
 */
export async function resolveSarifInputs(
  patterns: readonly string[],
  cwd: string,
): Promise<string[]> {
  if (patterns.length === 0) {
    throw new SarifError('empty-glob', 'No SARIF input was given.', {
      hint: 'Set `sarif` to a file, a directory or a glob such as `results/**/*.sarif`.',
    });
  }
  const out = new Set<string>();
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    let files: string[];
    if (info?.isFile()) files = [absolute];
    else if (info?.isDirectory()) {
      files = await glob(SARIF_FILE_GLOBS, { cwd: absolute, absolute: true, dot: true });
    } else {
      files = await glob(pattern, { cwd, absolute: true, dot: true, onlyFiles: true });
    }
    if (files.length === 0) {
      const what = info?.isDirectory()
        ? `directory '${pattern}' contains no *.sarif files`
        : `'${pattern}' matches no file`;
      throw new SarifError('empty-glob', `SARIF input ${what} (relative to ${cwd}).`, {
        file: pattern,
        hint: 'Check the path, or that the scanning step wrote its SARIF before this step.',
      });
    }
    for (const f of files.sort()) out.add(f);
  }
  return [...out];
}

/** A path as the user wrote it or relative to the workspace, for messages. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export interface LoadedSarif {
  file: string;
  log: SarifLog;
  bytes: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Parses SARIF text from bytes: strips a UTF-8 BOM, reports syntax errors with line:column. */
export function parseSarifBuffer(buffer: Buffer, file: string): SarifLog {
  const start =
    buffer[0] === UTF8_BOM[0] && buffer[1] === UTF8_BOM[1] && buffer[2] === UTF8_BOM[2] ? 3 : 0;
  const text = buffer.toString('utf8', start);
  return parseSarifText(text, file);
}

export function parseSarifText(text: string, file: string): SarifLog {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = lineColumnAt(body, jsonErrorOffset(message, body));
    throw new SarifError(
      'json',
      `${file}:${position.line}:${position.column}: not valid JSON: ${jsonErrorReason(message)}.`,
      { file, position, hint: 'Fix the tool output or exclude this file from `sarif`.' },
    );
  }
  checkSarifShape(value, file);
  return value;
}

/**
 * The minimum the gate needs before it can count anything: an object with `version: "2.1.0"`
 * and a `runs` array of objects. Anything else is not a SARIF 2.1.0 log.
 */
export function checkSarifShape(value: unknown, file: string): asserts value is SarifLog {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SarifError(
      'not-sarif',
      `${file}: not a SARIF log (the document is ${describe(value)}, not an object).`,
      {
        file,
        pointer: '',
      },
    );
  }
  const log = value as Record<string, unknown>;
  if (!('version' in log) && !('runs' in log)) {
    throw new SarifError('not-sarif', `${file}: not a SARIF log (no "version" and no "runs").`, {
      file,
      pointer: '',
    });
  }
  checkVersion(log.version, file);
  checkRuns(log.runs, file);
}

export function checkVersion(version: unknown, file: string): void {
  if (version !== '2.1.0') {
    throw new SarifError(
      'version',
      `${file}: SARIF version ${version === undefined ? 'is missing' : JSON.stringify(version)} at /version; only "2.1.0" is supported.`,
      { file, pointer: '/version', hint: 'Ask the tool for SARIF 2.1.0 output.' },
    );
  }
}

function checkRuns(runs: unknown, file: string): void {
  if (!Array.isArray(runs)) {
    throw new SarifError('not-sarif', `${file}: /runs must be an array, found ${describe(runs)}.`, {
      file,
      pointer: '/runs',
    });
  }
  runs.forEach((run: unknown, i) => checkRun(run, i, file));
}

export function checkRun(run: unknown, index: number, file: string): void {
  const pointer = jsonPointer(['runs', index]);
  if (run === null || typeof run !== 'object' || Array.isArray(run)) {
    throw new SarifError(
      'not-sarif',
      `${file}: ${pointer} must be an object, found ${describe(run)}.`,
      { file, pointer },
    );
  }
  const results = (run as Record<string, unknown>).results;
  if (results !== undefined && results !== null && !Array.isArray(results)) {
    throw new SarifError(
      'not-sarif',
      `${file}: ${pointer}/results must be an array, found ${describe(results)}.`,
      {
        file,
        pointer: `${pointer}/results`,
      },
    );
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'missing';
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}

/** Reads and parses one file that fits in memory. */
export async function loadSarifFile(file: string, display: string = file): Promise<LoadedSarif> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    throw new SarifError(
      'read',
      `${display}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      {
        file: display,
        cause: error,
      },
    );
  }
  return { file: display, log: parseSarifBuffer(buffer, display), bytes: buffer.length };
}
