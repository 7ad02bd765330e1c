import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { SarifError, jsonPointer } from '../errors.js';
import type { Evaluator, RunEvaluator } from '../evaluate.js';
import { checkRun, checkVersion, describe } from '../load.js';
import type { SarifLog, SarifResult, SarifRun } from '../types.js';
import type { SarifSchemaValidator, SchemaReport } from '../validate.js';
import { SarifStreamParser, StreamSyntaxError } from './sarif-stream-parser.js';

export interface StreamedFile {
  /** The log without its results (tool, artifacts, …), for validation and the merged output. */
  skeleton: SarifLog;
  results: number;
  schema: SchemaReport | undefined;
}

/**
 * Evaluates a SARIF file of any size by streaming it: each result is parsed, validated and
 * tallied on its own and then dropped. Results that come before their run's `tool` wait for it.
 */
export async function evaluateSarifStream(
  path: string,
  display: string,
  evaluator: Evaluator,
  validator: SarifSchemaValidator | undefined,
  options: {
    chunkSize?: number;
    onResult?: (run: number, result: SarifResult, kept: boolean) => void;
  } = {},
): Promise<StreamedFile> {
  const root: Record<string, unknown> = {};
  const runs: SarifRun[] = [];
  const contexts: (RunEvaluator | undefined)[] = [];
  const waiting: [number, SarifResult][][] = [];
  const schema: SchemaReport | undefined = validator
    ? { file: display, errors: [], tolerated: [], errorCount: 0, toleratedCount: 0 }
    : undefined;
  let results = 0;
  let sawRuns = false;

  const evaluate = (run: number, index: number, result: SarifResult): void => {
    const kept = contexts[run]!.add(result, index);
    options.onResult?.(run, result, kept);
  };

  const parser = new SarifStreamParser({
    rootProperty(key, value) {
      if (key === '') {
        throw new SarifError(
          'not-sarif',
          `${display}: not a SARIF log (the document is ${describe(value)}, not an object).`,
          {
            file: display,
            pointer: '',
          },
        );
      }
      root[key] = value;
      if (key === 'version') checkVersion(value, display);
    },
    runsNotArray(value) {
      throw new SarifError(
        'not-sarif',
        `${display}: /runs must be an array, found ${describe(value)}.`,
        {
          file: display,
          pointer: '/runs',
        },
      );
    },
    runsStart() {
      sawRuns = true;
    },
    runStart(index) {
      runs[index] = {};
      waiting[index] = [];
    },
    runNotObject(index, value) {
      checkRun(value, index, display);
    },
    runProperty(index, key, value) {
      if (key === 'results') checkRun({ results: value }, index, display);
      const run = runs[index]!;
      run[key] = value;
      if (key === 'tool' && !contexts[index]) contexts[index] = evaluator.run(display, index, run);
    },
    result(run, index, value) {
      results++;
      validator?.validateResult(value, () => jsonPointer(['runs', run, 'results', index]), schema!);
      const result = value as SarifResult;
      if (contexts[run]) evaluate(run, index, result);
      else waiting[run]!.push([index, result]);
    },
    runEnd(index) {
      const run = runs[index]!;
      run.results ??= [];
      contexts[index] ??= evaluator.run(display, index, run);
      for (const [i, result] of waiting[index]!) evaluate(index, i, result);
      waiting[index] = [];
    },
  });

  try {
    for await (const chunk of readChunks(path, options.chunkSize ?? DEFAULT_CHUNK))
      parser.push(chunk);
    parser.end();
  } catch (error) {
    if (error instanceof StreamSyntaxError) {
      const position = await lineColumnOfByte(path, error.offset);
      throw new SarifError(
        'json',
        `${display}:${position.line}:${position.column}: not valid JSON: ${error.message}.`,
        {
          file: display,
          position,
          hint: 'Fix the tool output or exclude this file from `sarif`.',
        },
      );
    }
    throw error;
  }
  if (!('version' in root) && !sawRuns && !('runs' in root)) {
    throw new SarifError('not-sarif', `${display}: not a SARIF log (no "version" and no "runs").`, {
      file: display,
      pointer: '',
    });
  }
  checkVersion(root.version, display);
  if (!sawRuns && !Array.isArray(root.runs)) {
    throw new SarifError(
      'not-sarif',
      `${display}: /runs must be an array, found ${describe(root.runs)}.`,
      { file: display, pointer: '/runs' },
    );
  }
  const skeleton: SarifLog = { ...root, runs };
  if (validator && schema) {
    const top = validator.validateLog(skeleton, display, { skipResults: true });
    schema.errors.unshift(...top.errors);
    schema.tolerated.unshift(...top.tolerated);
    schema.errorCount += top.errorCount;
    schema.toleratedCount += top.toleratedCount;
  }
  return { skeleton, results, schema };
}

/** Big reads: fewer trips through the event loop, and a result rarely straddles two. */
const DEFAULT_CHUNK = 4 << 20;

/**
 * The file's bytes, `size` at a time, read into two buffers in turn: the next read runs while
 * the current chunk is parsed, and no buffer is allocated per chunk (a fresh 4 MiB buffer per
 * chunk made V8 collect garbage for the external memory alone). This relies on the parser
 * keeping nothing of a chunk once `push` returns. Each chunk is a new view, so nothing keyed on
 * a buffer's identity can mistake one chunk for another.
 */
async function* readChunks(path: string, size: number): AsyncGenerator<Buffer> {
  const file = await open(path, 'r');
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)] as const;
  let turn = 0;
  let next: Promise<Buffer> | undefined;
  try {
    const read = async (buf: Buffer): Promise<Buffer> => {
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await file.read(buf, filled, size - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buf.subarray(0, filled);
    };
    next = read(buffers[turn]!);
    for (;;) {
      const chunk = await next;
      if (chunk.length === 0) return;
      turn ^= 1;
      // The other buffer's chunk was fully pushed before this one was asked for.
      next = read(buffers[turn]!);
      yield chunk;
    }
  } finally {
    // Stopped early (a syntax error): the read in flight is not wanted, nor its failure.
    next?.catch(() => undefined);
    await file.close();
  }
}

/** 1-based line and column (in characters) of a byte offset, read from the file. */
export async function lineColumnOfByte(
  path: string,
  offset: number,
): Promise<{ line: number; column: number; offset: number }> {
  let line = 1;
  let lineStartByte = 0;
  let seen = 0;
  let tail: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    const end = Math.min(buf.length, offset - seen);
    for (let i = buf.indexOf(0x0a); i !== -1 && i < end; i = buf.indexOf(0x0a, i + 1)) {
      line++;
      lineStartByte = seen + i + 1;
    }
    if (offset - seen <= buf.length) {
      tail = Buffer.concat([tail, buf.subarray(Math.max(0, lineStartByte - seen), end)]);
      break;
    }
    if (lineStartByte >= seen) tail = buf.subarray(lineStartByte - seen);
    else tail = Buffer.concat([tail, buf]);
    seen += buf.length;
  }
  return { line, column: tail.toString('utf8').replace(/^\uFEFF/, '').length + 1, offset };
}
