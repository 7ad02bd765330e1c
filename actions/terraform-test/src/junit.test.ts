import { describe, expect, it } from 'vitest';
import { corpusFile } from '../test/fixture-paths.js';
import { checkXml } from '../test/xml-well-formed.js';
import { junitDocument, junitForModule, terraformJunitSuites } from './junit.js';
import type { Diagnostic, TestFileResult, TestRunResult, TestStatus } from './model.js';
import type { ModuleOutcome } from './module-outcome.js';
import { parseTestStream } from './stream-parser.js';
import { scanTestFile } from './test-file-scan.js';

function run(
  name: string,
  status: TestStatus,
  diagnostics: Diagnostic[] = [],
  extra: Partial<TestRunResult> = {},
): TestRunResult {
  return { file: 'file1.tftest.hcl', name, status, diagnostics, ...extra };
}
function file(
  path: string,
  status: TestStatus,
  runs: TestRunResult[],
  diagnostics: Diagnostic[] = [],
): TestFileResult {
  return { path, status, runs, diagnostics, teardownDiagnostics: [], leftovers: [] };
}
function moduleWith(
  files: TestFileResult[],
  opts: { interrupted?: boolean; blocks?: ModuleOutcome['runBlocks'] } = {},
): ModuleOutcome {
  return {
    dir: '.',
    tool: 'terraform',
    version: '1.15.9',
    init: undefined,
    validate: undefined,
    test: {
      exitCode: 1,
      junitFile: undefined,
      stream: {
        tool: 'terraform',
        version: '1.15.9',
        uiVersion: '1.3',
        files,
        summary: undefined,
        diagnostics: [],
        interrupted: opts.interrupted ?? false,
        droppedDiagnostics: 0,
        textLines: [],
        lineCount: 0,
      },
    },
    runBlocks: opts.blocks ?? {},
    leftovers: [],
  };
}
const xmlOf = (m: ModuleOutcome) => junitDocument(junitForModule(m, { prefixModule: false }));

describe('JUnit XML equals terraform’s own writer byte for byte (junit-unit-cases)', () => {
  it('skipped after an interrupt', () => {
    const m = moduleWith([file('file1.tftest.hcl', 'fail', [run('my_test', 'skip')])], {
      interrupted: true,
    });
    expect(xmlOf(m)).toBe(corpusFile('junit-unit-cases', 'skipped-interrupt.xml'));
  });
  it('skipped after a previous error', () => {
    const m = moduleWith([
      file('file1.tftest.hcl', 'error', [run('my_test_1', 'error'), run('my_test_2', 'skip')]),
    ]);
    expect(xmlOf(m)).toBe(corpusFile('junit-unit-cases', 'skipped-after-error.xml'));
  });
  it('skipped without context', () => {
    const m = moduleWith([file('file1.tftest.hcl', 'pending', [run('my_test', 'skip')])]);
    expect(xmlOf(m)).toBe(corpusFile('junit-unit-cases', 'skipped-bare.xml'));
  });
  it('skipped because of file-level errors, with the suite-level system-err', () => {
    const diag: Diagnostic = {
      severity: 'error',
      summary: 'Invalid reference',
      detail: 'You can only reference global variables within the test file variables block.',
    };
    const m = moduleWith([file('file1.tftest.hcl', 'error', [run('my_test', 'skip')], [diag])]);
    expect(xmlOf(m)).toBe(corpusFile('junit-unit-cases', 'skipped-file-level-error.xml'));
  });
});

describe('JUnit XML for failed assertions (junit-1pass-1fail inputs)', () => {
  const hcl = corpusFile('junit-1pass-1fail', 'input/main.tftest.hcl');
  const blocks = { 'main.tftest.hcl': scanTestFile('main.tftest.hcl', hcl) };
  const base = {
    severity: 'error' as const,
    summary: 'Test assertion failed',
    detail: "local variable 'number' has a value greater than zero, so assertion 2 will fail",
    range: {
      filename: 'main.tftest.hcl',
      start: { line: 7, column: 21 },
      end: { line: 7, column: 37 },
    },
  };
  const snippet = {
    context: 'run "failing_assertion"',
    code: '    condition     = local.number < 0',
    start_line: 7,
  };
  const timed = { durationMs: 2295, startedAt: '2025-01-13T19:23:16.123456Z' };
  const redact = (xml: string) =>
    xml
      .replace(/time="[^"]*"/g, 'time="TIME_REDACTED"')
      .replace(/timestamp="[^"]*"/g, 'timestamp="TIMESTAMP_REDACTED"');

  it('counts the assertions of the run block from the test file', () => {
    expect(blocks['main.tftest.hcl'].map((b) => [b.name, b.asserts, b.command])).toEqual([
      ['failing_assertion', 3, 'apply'],
      ['passing_assertion', 1, 'apply'],
    ]);
  });

  it.each([
    [
      'junit-1pass-1fail',
      {
        ...snippet,
        values: [],
        test_assertion_expr: { lhs: '10', rhs: '0', warning: '', show_verbose: false },
      },
    ],
    [
      'junit-1pass-1fail@v1.11.0',
      { ...snippet, values: [{ traversal: 'local.number', statement: 'is 10' }] },
    ],
  ])('%s', (fixture, snip) => {
    const m = moduleWith(
      [
        file('main.tftest.hcl', 'fail', [
          run('failing_assertion', 'fail', [{ ...base, snippet: snip }], {
            ...timed,
            file: 'main.tftest.hcl',
          }),
          run('passing_assertion', 'pass', [], { ...timed, file: 'main.tftest.hcl' }),
        ]),
      ],
      { blocks },
    );
    const xml = xmlOf(m);
    expect(xml).toMatch(/time="2\.295" timestamp="2025-01-13T19:23:16Z"/);
    expect(redact(xml)).toBe(corpusFile(fixture, 'junit.xml'));
  });
});

describe('JUnit XML is well-formed', () => {
  it('for the recorded terraform files', () => {
    for (const f of ['junit-1pass-1fail', 'junit-1pass-1fail@v1.11.0', 'junit-multiple-files']) {
      expect(checkXml(corpusFile(f, 'junit.xml')).errors).toEqual([]);
    }
  });

  it('for hostile text: CDATA terminators, quotes, control characters, markup in names', () => {
    const evil: Diagnostic = {
      severity: 'error',
      summary: 'x ]]> <y> & "z"',
      detail: 'a ]]> b\u0001c <![CDATA[ d',
    };
    const m = moduleWith([
      file('we<ird>&"file".tftest.hcl', 'fail', [
        run('r"<&>\'', 'fail', [evil]),
        run('e', 'error', [evil]),
      ]),
    ]);
    const xml = xmlOf(m);
    const { errors, root } = checkXml(xml);
    expect(errors).toEqual([]);
    const suite = root!.children[0]!;
    expect(suite.attrs.name).toBe('we<ird>&"file".tftest.hcl');
    expect(suite.children[0]!.attrs.name).toBe('r"<&>\'');
    expect(suite.children[0]!.children[0]!.text).toContain('a ]]> b');
  });

  it('for module-level failures and the walkthrough stream, prefixed per module when several', () => {
    const m = moduleWith(parseTestStream(corpusFile('cloud-test-verbose', 'stdout.json')).files);
    const failedInit: ModuleOutcome = {
      ...moduleWith([]),
      dir: 'modules/b',
      init: {
        exitCode: 1,
        ok: false,
        diagnostics: [],
        outputTail: ['Error: Failed to query available provider packages'],
      },
      test: undefined,
    };
    const xml = junitDocument([
      ...junitForModule({ ...m, dir: 'modules/a' }, { prefixModule: true }),
      ...junitForModule(failedInit, { prefixModule: true }),
    ]);
    const { errors, root } = checkXml(xml);
    expect(errors).toEqual([]);
    expect(root!.children.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.errors])).toEqual([
      ['modules/a/main.tftest.hcl', '2', '0'],
      ['modules/b', '1', '1'],
    ]);
    expect(root!.children[0]!.children[0]!.children.map((c) => c.name)).toEqual(['system-err']);
  });

  it('merges terraform’s own files with module prefixes', () => {
    const suites = terraformJunitSuites(
      corpusFile('junit-multiple-files', 'junit.xml'),
      'modules/x',
    )!;
    const { errors, root } = checkXml(junitDocument(suites));
    expect(errors).toEqual([]);
    expect(root!.children.map((s) => s.attrs.name)).toEqual([
      'modules/x/one.tftest.hcl',
      'modules/x/two.tftest.hcl',
    ]);
    expect(root!.children[0]!.children[0]!.attrs.classname).toBe('modules/x/one.tftest.hcl');
  });
});
