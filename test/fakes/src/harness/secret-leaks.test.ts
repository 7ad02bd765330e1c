import { describe, expect, it } from 'vitest';
import { findSecretLeaks, redact, searchableSecrets, SecretLeakError } from './secret-leaks.js';

describe('findSecretLeaks', () => {
  const secret = 'p@ss word/42';

  it('finds raw, JSON-escaped and URL-encoded forms, skipping the given lines', () => {
    const leaks = findSecretLeaks(
      [secret],
      [
        {
          name: 'stdout',
          text: `::add-mask::${secret}\nok\nurl=https://x/?t=${encodeURIComponent(secret)}`,
          skipLines: new Set([0]),
        },
        { name: 'summary', text: `a\n${secret}` },
      ],
    );
    expect(leaks.map((l) => [l.surface, l.line, l.form])).toEqual([
      ['stdout', 3, 'url'],
      ['summary', 2, 'raw'],
    ]);
  });

  it('never repeats the secret in its report', () => {
    const leaks = findSecretLeaks([secret], [{ name: 'stdout', text: `value: ${secret}` }]);
    const error = new SecretLeakError(leaks, 1);
    expect(error.message).toContain('secret #1 (raw) in stdout, line 1: value: <secret #1>');
    expect(error.message).not.toContain(secret);
  });

  it('ignores values too short to search and splits multi-line secrets', () => {
    expect(searchableSecrets(['ab', '', 'line-one\nline-two'])).toEqual([
      'line-one\nline-two',
      'line-one',
      'line-two',
    ]);
    expect(findSecretLeaks(searchableSecrets(['ab']), [{ name: 'x', text: 'ab ab' }])).toEqual([]);
  });

  it('redacts a longer secret before a shorter one it contains', () => {
    expect(redact('abcd-efgh', ['abcd', 'abcd-efgh'])).toBe('<secret #2>');
  });
});
