import { EOL } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  FileCommandError,
  keyValuesToRecord,
  parseEnvFile,
  parseKeyValueFile,
  parsePathFile,
} from './file-commands.js';

describe('parseKeyValueFile', () => {
  it('reads the heredoc form @actions/core writes (contracts §3.3)', () => {
    const d = 'ghadelimiter_0b5e3c1a-1f6b-4c8e-9d51-d0b1f0b4a7c2';
    const text = `report<<${d}${EOL}line 1${EOL}line 2${EOL}${EOL}${d}${EOL}count<<${d}${EOL}3${EOL}${d}${EOL}`;
    expect(keyValuesToRecord(parseKeyValueFile(text))).toEqual({
      report: 'line 1\nline 2\n',
      count: '3',
    });
  });

  it('reads name=value lines, keeping later = signs, and lets later writes win', () => {
    expect(keyValuesToRecord(parseKeyValueFile('a=1\nb=x=y\n\na=2\n'))).toEqual({
      a: '2',
      b: 'x=y',
    });
  });

  it('uses whichever of = and << comes first', () => {
    expect(parseKeyValueFile('a=b<<c\n')).toEqual([['a', 'b<<c']]);
    expect(parseKeyValueFile('a<<EOF\nx=1\nEOF\n')).toEqual([['a', 'x=1']]);
  });

  it('gives an empty value for an empty heredoc', () => {
    expect(parseKeyValueFile('a<<EOF\nEOF\n')).toEqual([['a', '']]);
  });

  it('keeps CRLF inside values but not before the delimiter', () => {
    expect(parseKeyValueFile('a<<EOF\r\nx\r\ny\r\nEOF\r\n')).toEqual([['a', 'x\r\ny']]);
  });

  it('rejects a missing delimiter, a bad line and empty names with the runner messages', () => {
    expect(() => parseKeyValueFile('a<<EOF\nx\n', 'GITHUB_OUTPUT')).toThrow(
      "GITHUB_OUTPUT: Invalid value. Matching delimiter not found 'EOF'",
    );
    expect(() => parseKeyValueFile('just text\n')).toThrow("Invalid format 'just text'");
    expect(() => parseKeyValueFile('<<EOF\nEOF\n')).toThrow(FileCommandError);
    expect(() => parseKeyValueFile('=v\n')).toThrow('Name must not be empty');
  });
});

describe('parseEnvFile / parsePathFile', () => {
  it('refuses NODE_OPTIONS like the runner', () => {
    expect(() => parseEnvFile('NODE_OPTIONS=--require x\n')).toThrow("Can't store NODE_OPTIONS");
    expect(parseEnvFile('A=1\n')).toEqual({ A: '1' });
  });

  it('reads one path per non-empty line', () => {
    expect(parsePathFile('/a/bin\n\n/b bin\n')).toEqual(['/a/bin', '/b bin']);
  });
});
