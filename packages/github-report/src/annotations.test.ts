import { ActionsLogger } from '@devsecops-gates/action-kit/actions';
import { RecordingLogger } from '@devsecops-gates/action-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emitAnnotations, sortAnnotations } from './annotations.js';
import type { Annotation, AnnotationLevel } from './types.js';

function many(level: AnnotationLevel, n: number, rank = 0): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    level,
    message: `${level} ${rank} ${i}`,
    rank,
    file: 'main.tf',
    startLine: i + 1,
  }));
}

describe('emitAnnotations', () => {
  it('emits at most 10 per level, most severe first, and counts the rest', () => {
    const logger = new RecordingLogger();
    const input = [
      ...many('notice', 15),
      ...many('warning', 12, 1),
      ...many('error', 8, 2),
      ...many('error', 8, 4),
      ...many('warning', 3, 3),
    ];
    const out = emitAnnotations(input, logger);
    expect(out).toEqual({
      emitted: 30,
      dropped: 16,
      droppedByLevel: { error: 6, warning: 5, notice: 5 },
    });
    const errors = logger.entries.filter((e) => e.level === 'error').map((e) => e.message);
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 8).every((m) => m.startsWith('error 4 '))).toBe(true);
    expect(errors.slice(8).every((m) => m.startsWith('error 2 '))).toBe(true);
    const warnings = logger.entries.filter((e) => e.level === 'warning').map((e) => e.message);
    expect(warnings.slice(0, 3)).toEqual(['warning 3 0', 'warning 3 1', 'warning 3 2']);
    // Emission order is errors, then warnings, then notices.
    const levels = logger.entries.map((e) => e.level);
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.lastIndexOf('error'));
  });

  it('respects the 50-per-job total and per-level overrides', () => {
    const logger = new RecordingLogger();
    const out = emitAnnotations([...many('error', 30), ...many('warning', 30)], logger, {
      perLevel: 40,
      total: 50,
    });
    expect(out).toMatchObject({ emitted: 50, dropped: 10 });
    expect(logger.entries.filter((e) => e.level === 'error')).toHaveLength(30);
    const reserved = emitAnnotations(many('warning', 12), new RecordingLogger(), {
      perLevel: { warning: 7 },
    });
    expect(reserved.emitted).toBe(7);
  });

  it('leaves out column ranges that span lines and non-positive lines', () => {
    const logger = new RecordingLogger();
    emitAnnotations(
      [
        {
          level: 'error',
          message: 'a',
          file: './a.tf',
          startLine: 3,
          endLine: 5,
          startColumn: 2,
          endColumn: 9,
        },
        { level: 'error', message: 'b', file: 'b.tf', startLine: 0, startColumn: 4 },
      ],
      logger,
    );
    expect(logger.entries.map((e) => e.properties)).toEqual([
      { file: 'a.tf', startLine: 3, endLine: 5 },
      { file: 'b.tf' },
    ]);
  });

  it('keeps the input order stable for equal keys', () => {
    const a: Annotation = { level: 'warning', message: 'first' };
    const b: Annotation = { level: 'warning', message: 'second' };
    expect(sortAnnotations([a, b]).map((x) => x.message)).toEqual(['first', 'second']);
  });
});

describe('through the real @actions/core workflow commands', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // The runner's decoding of a workflow command (actions/runner ActionCommand.Unescape...).
  function parse(line: string): {
    command: string;
    props: Record<string, string>;
    message: string;
  } {
    const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) throw new Error(`not a command: ${line}`);
    const unData = (s: string): string =>
      s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    const unProp = (s: string): string => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = unProp(kv.slice(i + 1));
    }
    return { command: m[1] ?? '', props, message: unData(m[3] ?? '') };
  }

  it('delivers messages and titles with %, CR, LF, colon and comma intact', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split(/\r?\n/).filter(Boolean));
      return true;
    });
    const message = 'Policy grants s3:* on arn:aws:s3:::bucket, 100% public\r\nline two: done';
    const title = 'CKV_AWS_70: S3 bucket, policy 50%';
    emitAnnotations(
      [
        {
          level: 'error',
          message,
          title,
          file: 'infra/a,b.tf',
          startLine: 12,
          startColumn: 3,
          endColumn: 8,
        },
        { level: 'notice', message: 'plain' },
      ],
      new ActionsLogger(),
    );
    const commands = lines.filter((l) => l.startsWith('::')).map(parse);
    expect(commands).toHaveLength(2);
    expect(commands[0]).toEqual({
      command: 'error',
      props: { title, file: 'infra/a,b.tf', line: '12', col: '3', endColumn: '8' },
      message,
    });
    // Each command is one physical line: the CR/LF were escaped, not emitted.
    expect(lines[0]).toContain('%0D%0A');
    expect(lines[0]).toContain('title=CKV_AWS_70%3A S3 bucket%2C policy 50%25');
    expect(commands[1]).toEqual({ command: 'notice', props: {}, message: 'plain' });
  });
});
