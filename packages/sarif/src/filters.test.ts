import { describe, expect, it } from 'vitest';
import { AllowlistMatcher, parseAllowlist } from './allowlist.js';
import { ResultFilter } from './filters.js';

describe('ResultFilter', () => {
  it('keeps results by rule, path and tool, with globs', () => {
    const f = new ResultFilter({
      includeRules: ['js/*', 'CKV_AWS_1'],
      excludeRules: ['js/xss'],
      paths: ['src/**'],
      pathsIgnore: ['src/vendor/**'],
      tools: ['codeql'],
    });
    expect(f.check('CodeQL', 'js/sql-injection', 'src/db.js').kept).toBe(true);
    expect(f.check('CodeQL', 'js/xss', 'src/db.js').kept).toBe(false);
    expect(f.check('CodeQL', 'py/xss', 'src/db.js').kept).toBe(false);
    expect(f.check('CodeQL', 'js/sql-injection', 'src/vendor/x.js').kept).toBe(false);
    expect(f.check('CodeQL', 'js/sql-injection', 'test/db.js').kept).toBe(false);
    expect(f.check('ESLint', 'js/sql-injection', 'src/db.js').kept).toBe(false);
    // A result without a location is not dropped by path filters (it could not be placed anywhere).
    expect(f.check('CodeQL', 'CKV_AWS_1', undefined).kept).toBe(true);
    expect(new ResultFilter().active).toBe(false);
  });
});

describe('allowlist', () => {
  it('reads YAML and JSON, and requires a reason and a valid date', () => {
    const yaml = parseAllowlist(
      'allow:\n  - rule: js/*\n    path: test/**\n    reason: fixtures\n    expires: 2026-12-31\n',
      'a.yml',
    );
    expect(yaml.entries).toEqual([
      { rule: 'js/*', path: 'test/**', reason: 'fixtures', expires: '2026-12-31' },
    ]);
    const json = parseAllowlist(
      '[{"rule":"CKV_AWS_20","reason":"public website bucket"}]',
      'a.json',
    );
    expect(json.entries[0]).toMatchObject({
      rule: 'CKV_AWS_20',
      path: undefined,
      expires: undefined,
    });
    expect(() => parseAllowlist('- rule: x\n', 'b.yml')).toThrow(
      /b\.yml: entry 1 \(x\) needs a reason/,
    );
    expect(() => parseAllowlist('- rule: x\n  reason: r\n  expires: someday\n', 'c.yml')).toThrow(
      /expires 'someday' is not a date/,
    );
    expect(() => parseAllowlist('allow: 3', 'd.yml')).toThrow(/expected a list of entries/);
    expect(() => parseAllowlist('allow: [', 'e.yml')).toThrow(/e\.yml: not valid YAML\/JSON/);
  });

  it('suppresses until the end of the expiry day, then matches without suppressing', () => {
    const list = parseAllowlist('- rule: js/xss\n  reason: r\n  expires: 2026-01-31\n', 'a.yml');
    const during = new AllowlistMatcher(list, new Date('2026-01-31T23:00:00Z'));
    expect(during.match('js/xss', 'a.js')).toMatchObject({ expired: false });
    const after = new AllowlistMatcher(list, new Date('2026-02-01T00:00:01Z'));
    expect(after.match('js/xss', 'a.js')).toMatchObject({ expired: true });
    expect(after.expiredEntries).toHaveLength(1);
    expect(after.match('js/other', 'a.js')).toBeUndefined();
  });
});
