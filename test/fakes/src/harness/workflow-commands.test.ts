import { describe, expect, it } from 'vitest';
import {
  annotationsOf,
  maskedValuesOf,
  parseCommandLine,
  parseWorkflowCommands,
  unescapeData,
  unescapeProperty,
} from './workflow-commands.js';

describe('parseCommandLine', () => {
  it('parses the annotation @actions/core emits for escaped properties and data (contracts §3.1)', () => {
    const c = parseCommandLine(
      '::error title=T%3A a%2Cb,file=dir/a%2Cb.tf,line=3,endLine=5,col=2::multi%0Aline 100%25 done',
    );
    expect(c).toMatchObject({
      command: 'error',
      properties: { title: 'T: a,b', file: 'dir/a,b.tf', line: '3', endLine: '5', col: '2' },
      message: 'multi\nline 100% done',
    });
  });

  it('matches command and property names case-insensitively, as the runner does', () => {
    const c = parseCommandLine('::WARNING FILE=a.tf,ENDLINE=4,EndColumn=7::careful');
    expect(c).toMatchObject({
      command: 'warning',
      properties: { file: 'a.tf', endLine: '4', endColumn: '7' },
    });
  });

  it('ignores leading whitespace but not other text before the command', () => {
    expect(parseCommandLine('   ::notice::hi')?.message).toBe('hi');
    expect(parseCommandLine('x ::notice::hi')).toBeUndefined();
  });

  it('treats unknown commands and lines without a second :: as plain text', () => {
    expect(parseCommandLine('::frobnicate::x')).toBeUndefined();
    expect(parseCommandLine('::error file=a')).toBeUndefined();
    expect(parseCommandLine('plain text')).toBeUndefined();
  });

  it('drops properties without a key or value, as C# Split(RemoveEmptyEntries) does', () => {
    const c = parseCommandLine('::error file=,=x,line=2,,title::m');
    expect(c?.properties).toEqual({ line: '2' });
  });

  it('keeps :: inside the data and = inside property values', () => {
    const c = parseCommandLine('::error title=a=b::x::y');
    expect(c).toMatchObject({ properties: { title: 'a=b' }, message: 'x::y' });
  });

  it('takes the data after the first :: even when a property was not escaped', () => {
    // An unescaped ':' in a property cuts the command short, which is why core escapes it.
    const c = parseCommandLine('::error title=a::b::msg');
    expect(c).toMatchObject({ properties: { title: 'a' }, message: 'b::msg' });
  });
});

describe('unescaping order', () => {
  it('undoes %25 last, so an escaped escape stays literal', () => {
    expect(unescapeData('100%250A')).toBe('100%0A');
    expect(unescapeData('a%0Db%0Ac')).toBe('a\rb\nc');
    expect(unescapeProperty('x%253A')).toBe('x%3A');
    expect(unescapeProperty('%3A%2C')).toBe(':,');
  });

  it('does not unescape : and , in data', () => {
    expect(unescapeData('a%3Ab%2Cc')).toBe('a%3Ab%2Cc');
  });
});

describe('parseWorkflowCommands', () => {
  const log = [
    'starting',
    '::add-mask::s3cr3t-value',
    '::group::Details',
    '::debug::x',
    '::endgroup::',
    '::stop-commands::pause-token',
    '::error::not a command while stopped',
    '::pause-token::',
    '::warning file=a.tf,line=1::after resume',
    '::add-mask::  ',
  ].join('\n');

  it('returns commands in order with their line numbers, honouring stop-commands', () => {
    const commands = parseWorkflowCommands(log);
    expect(commands.map((c) => [c.command, c.lineNumber])).toEqual([
      ['add-mask', 2],
      ['group', 3],
      ['debug', 4],
      ['endgroup', 5],
      ['warning', 9],
      ['add-mask', 10],
    ]);
    expect(maskedValuesOf(commands)).toEqual(['s3cr3t-value']);
    expect(annotationsOf(commands)).toEqual([
      { level: 'warning', message: 'after resume', file: 'a.tf', line: 1 },
    ]);
  });

  it('reads CRLF logs', () => {
    expect(parseWorkflowCommands('::notice::a\r\n::notice::b\r\n').map((c) => c.message)).toEqual([
      'a',
      'b',
    ]);
  });
});
