import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getErrorMessage, InputParser } from '@devsecops-gates/action-kit';
import { describe, expect, it } from 'vitest';
import { moduleAnnotations, isPseudoFile } from './annotations.js';
import { atLeast, capabilities, resolveBinary } from './binary.js';
import { readInputs } from './inputs.js';
import type { Diagnostic, TestFileResult } from './model.js';
import type { ModuleOutcome } from './module-outcome.js';
import {
  discoverModules,
  filterChanged,
  globToRegExp,
  selectModules,
  testFilesOf,
} from './modules.js';
import { idsFromState } from './state-ids.js';
import { scanTestFile } from './test-file-scan.js';
import { judgeModule } from './verdict.js';

function outcome(
  files: TestFileResult[],
  extra: Partial<ModuleOutcome> = {},
  stream: Partial<NonNullable<ModuleOutcome['test']>['stream']> = {},
  exitCode = 0,
): ModuleOutcome {
  return {
    dir: 'm',
    tool: 'terraform',
    version: '1.15.9',
    init: undefined,
    validate: undefined,
    test: {
      exitCode,
      junitFile: undefined,
      stream: {
        tool: 'terraform',
        version: '1.15.9',
        uiVersion: '1.3',
        files,
        summary: { status: 'pass', passed: 0, failed: 0, errored: 0, skipped: 0 },
        diagnostics: [],
        interrupted: false,
        textLines: [],
        lineCount: 0,
        droppedDiagnostics: 0,
        ...stream,
      },
    },
    runBlocks: {},
    leftovers: [],
    ...extra,
  };
}
const file = (
  status: TestFileResult['status'],
  runs: [string, TestFileResult['status']][],
  more: Partial<TestFileResult> = {},
): TestFileResult => ({
  path: 'a.tftest.hcl',
  status,
  runs: runs.map(([name, s]) => ({ file: 'a.tftest.hcl', name, status: s, diagnostics: [] })),
  diagnostics: [],
  teardownDiagnostics: [],
  leftovers: [],
  ...more,
});

describe('judgeModule (fail closed)', () => {
  const judge = (m: ModuleOutcome, failOnNoTests = true) => judgeModule(m, { failOnNoTests });
  it('passes only a clean, complete suite', () => {
    expect(judge(outcome([file('pass', [['a', 'pass']])]))).toEqual({
      dir: 'm',
      status: 'pass',
      reasons: [],
    });
  });
  it('fails fail and error runs separately', () => {
    expect(
      judge(
        outcome(
          [
            file('error', [
              ['a', 'fail'],
              ['b', 'error'],
              ['c', 'skip'],
            ]),
          ],
          {},
          {},
          1,
        ),
      ).reasons,
    ).toEqual(['1 run failed', '1 run errored']);
  });
  it('fails "N passed, 0 failed" when teardown failed, even with no leftovers reported', () => {
    const err: Diagnostic = {
      severity: 'error',
      summary: 'Failed to destroy resource',
      detail: 'destroy_fail is set to true',
    };
    expect(
      judge(
        outcome(
          [file('error', [['a', 'pass']], { teardownDiagnostics: [err], diagnostics: [err] })],
          {},
          {},
          1,
        ),
      ).reasons,
    ).toEqual(['cleanup failed with 1 error while destroying test resources']);
    expect(judge(outcome([file('error', [['a', 'pass']])], {}, {}, 1)).reasons[0]).toContain(
      'ended in error although every run passed',
    );
  });
  it('fails when every run was skipped, whatever fail-on-no-tests says', () => {
    expect(judge(outcome([file('skip', [['a', 'skip']])]), false).reasons).toEqual([
      'all 1 run was skipped, nothing was tested',
    ]);
  });
  it('fails on zero run blocks unless allowed', () => {
    expect(judge(outcome([])).status).toBe('fail');
    expect(judge(outcome([]), false).status).toBe('pass');
  });
  it('fails a missing summary and a bare non-zero exit', () => {
    expect(
      judge(outcome([file('pass', [['a', 'pass']])], {}, { summary: undefined })).reasons[0],
    ).toContain('ended without a summary');
    expect(judge(outcome([file('pass', [['a', 'pass']])], {}, {}, 1)).reasons).toEqual([
      'terraform test exited with code 1',
    ]);
  });
  it('reports config errors that stopped terraform before any run', () => {
    const d: Diagnostic = { severity: 'error', summary: 'Invalid testing directory', detail: '' };
    expect(judge(outcome([], {}, { diagnostics: [d], summary: undefined }, 1)).reasons).toContain(
      'terraform test stopped on 1 configuration error',
    );
  });
});

describe('annotations', () => {
  it('skips pseudo files but keeps the message, joins the module path, dedupes', () => {
    const pseudo: Diagnostic = {
      severity: 'error',
      summary: 'Invalid value for variable',
      detail: 'bad',
      range: {
        filename: '<value for var.input>',
        start: { line: 1, column: 1 },
        end: { line: 1, column: 4 },
      },
    };
    const multi: Diagnostic = {
      severity: 'warning',
      summary: 'W',
      detail: 'd',
      range: { filename: 'main.tf', start: { line: 3, column: 5 }, end: { line: 6, column: 2 } },
    };
    const f = file('error', [['a', 'error']]);
    f.runs[0]!.diagnostics.push(pseudo, pseudo, multi);
    const anns = moduleAnnotations(outcome([f]));
    expect(anns).toHaveLength(2);
    expect(anns[0]).toMatchObject({ level: 'error', title: 'Invalid value for variable' });
    expect(anns[0]!.file).toBeUndefined();
    expect(anns[1]).toMatchObject({
      level: 'warning',
      file: 'm/main.tf',
      startLine: 3,
      endLine: 6,
    });
    expect(anns[1]!.startColumn).toBeUndefined();
    expect(isPseudoFile('<input-variable>')).toBe(true);
  });
});

describe('scanTestFile', () => {
  it('reads commands, asserts, expect_failures and setup modules, ignoring comments and strings', () => {
    const text = [
      '# run "commented" {',
      'variables { x = "run \\"fake\\" {" }',
      'run "setup" {',
      '  module {',
      '    source = "./tests/setup"',
      '  }',
      '}',
      '/* run "block-comment" { } */',
      'run "check" {',
      '  command = plan // command = apply',
      '  variables {',
      '    v = <<EOT',
      'assert { } }',
      'EOT',
      '  }',
      '  assert {',
      '    condition     = length("}") == 1',
      '    error_message = "x"',
      '  }',
      '  expect_failures = [var.v]',
      '}',
    ].join('\n');
    expect(scanTestFile('t.tftest.hcl', text)).toEqual([
      {
        name: 'setup',
        command: 'apply',
        asserts: 0,
        expectFailures: false,
        moduleSource: './tests/setup',
        line: 3,
      },
      {
        name: 'check',
        command: 'plan',
        asserts: 1,
        expectFailures: true,
        moduleSource: undefined,
        line: 9,
      },
    ]);
  });
  it('reads .tftest.json', () => {
    expect(
      scanTestFile(
        't.tftest.json',
        JSON.stringify({ run: { a: { command: 'plan', assert: [{}, {}] } } }),
      ),
    ).toMatchObject([{ name: 'a', command: 'plan', asserts: 2 }]);
  });
  it('reads the walkthrough test files', async () => {
    const { readFileSync } = await import('node:fs');
    const { CODECOMMIT } = await import('../test/fixture-paths.js');
    const kms = scanTestFile(
      'x',
      readFileSync(join(CODECOMMIT, 'module/tests/with_kms.tftest.hcl'), 'utf8'),
    );
    expect(kms.map((r) => [r.name, r.command, r.moduleSource, r.asserts])).toEqual([
      ['setup', 'apply', './tests/setup', 0],
      ['codecommit_with_kms', 'apply', undefined, 1],
    ]);
  });
});

describe('module selection', () => {
  const repo = mkdtempSync(join(tmpdir(), 'tf-mods-'));
  const touch = (p: string) => {
    mkdirSync(join(repo, p, '..'), { recursive: true });
    writeFileSync(join(repo, p), '');
  };
  for (const p of [
    'a/main.tf',
    'a/tests/x.tftest.hcl',
    'b/main.tf',
    'b/b.tftest.hcl',
    'c/main.tf',
    'nested/d/main.tf',
    'nested/d/unit/y.tofutest.hcl',
    'node_modules/z/z.tftest.hcl',
    'tests/root.tftest.hcl',
  ])
    touch(p);

  it('discovers modules by their test files (root and test directory)', () => {
    expect(discoverModules(repo, '.', 'tests')).toEqual(['.', 'a', 'b', 'nested/d/unit']);
    expect(discoverModules(repo, 'nested', 'unit')).toEqual(['nested/d']);
    expect(testFilesOf(join(repo, 'a'), 'tests')).toEqual(['tests/x.tftest.hcl']);
  });
  it('expands globs and reports unmatched patterns', () => {
    expect(
      selectModules({
        workspace: repo,
        patterns: ['*', 'nope/*'],
        discover: false,
        testDirectory: 'tests',
      }),
    ).toEqual({ modules: ['a', 'b', 'c', 'nested', 'tests'], unmatched: ['nope/*'] });
    expect(
      selectModules({
        workspace: repo,
        patterns: ['{a,c}'],
        discover: false,
        testDirectory: 'tests',
      }).modules,
    ).toEqual(['a', 'c']);
    expect(globToRegExp('stacks/**/main').test('stacks/x/y/main')).toBe(true);
    expect(globToRegExp('stacks/*').test('stacks/x/y')).toBe(false);
  });
  it('rejects paths outside the repository', () => {
    expect(() =>
      selectModules({
        workspace: repo,
        patterns: ['../x'],
        discover: false,
        testDirectory: 'tests',
      }),
    ).toThrow(/outside the repository/);
  });
  it('keeps modules with changed files', () => {
    expect(
      filterChanged(['a', 'ab', 'nested/d'], ['ab/x.tf', 'nested/d/unit/y.tofutest.hcl']),
    ).toEqual(['ab', 'nested/d']);
  });
});

describe('binary', () => {
  it('prefers terraform, falls back to tofu, explains how to install either', () => {
    const lookup = (has: string[]) => (name: string) =>
      has.includes(name) ? `/bin/${name}` : undefined;
    expect(resolveBinary(undefined, {}, lookup(['terraform', 'tofu']))).toEqual({
      path: '/bin/terraform',
      tool: 'terraform',
    });
    expect(resolveBinary(undefined, {}, lookup(['tofu']))).toEqual({
      path: '/bin/tofu',
      tool: 'tofu',
    });
    const message = (() => {
      try {
        resolveBinary(undefined, {}, lookup([]));
        return '';
      } catch (error) {
        return getErrorMessage(error);
      }
    })();
    expect(message).toMatch(
      /Neither terraform nor tofu was found on PATH\. .*setup-terraform.*setup-opentofu/,
    );
    expect(() => resolveBinary('tofu', {}, lookup(['terraform']))).toThrow(
      /Input 'binary' is 'tofu'/,
    );
  });
  it('knows which versions have -junit-xml and -parallelism', () => {
    expect(atLeast('1.11.0-alpha20241106', 1, 11)).toBe(true);
    expect(atLeast('1.9.8', 1, 11)).toBe(false);
    expect(atLeast('2.0.0', 1, 12)).toBe(true);
    expect(capabilities({ tool: 'tofu', version: '1.12.6' })).toEqual({
      junitXml: false,
      parallelism: false,
    });
    expect(capabilities({ tool: 'terraform', version: '1.12.0' })).toEqual({
      junitXml: true,
      parallelism: true,
    });
  });
});

describe('idsFromState', () => {
  it('names objects by address, with indexes and modules', () => {
    const state = {
      version: 4,
      resources: [
        {
          mode: 'managed',
          type: 'aws_kms_key',
          name: 'test',
          instances: [{ attributes: { id: 'k-1', arn: 'arn:k' } }],
        },
        {
          module: 'module.m',
          mode: 'managed',
          type: 'aws_s3_bucket',
          name: 'b',
          instances: [
            { index_key: 'x', attributes: { id: 'bucket-x' } },
            { index_key: 0, attributes: { arn: 'arn:b0' } },
          ],
        },
      ],
    };
    expect([...idsFromState(JSON.stringify(state))]).toEqual([
      ['aws_kms_key.test', 'k-1'],
      ['module.m.aws_s3_bucket.b["x"]', 'bucket-x'],
      ['module.m.aws_s3_bucket.b[0]', 'arn:b0'],
    ]);
    expect(idsFromState('not json').size).toBe(0);
  });
});

describe('readInputs', () => {
  it('reads exactly the inputs action.yml declares, with its defaults', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const action = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const p = new InputParser(() => undefined);
    const inputs = readInputs(p);
    expect([...p.names].sort()).toEqual(Object.keys(action.inputs).sort());
    expect(inputs).toMatchObject({
      workingDirectories: ['.'],
      discover: false,
      changedOnly: false,
      testDirectory: 'tests',
      init: true,
      validate: true,
      failOnNoTests: true,
      reporting: { comment: true, annotations: true },
    });
    expect(action.inputs['working-directory']!.default).toBe('.');
    expect(action.inputs['test-directory']!.default).toBe('tests');
  });
  it('accepts the sample values of .env.example for every declared input', async () => {
    const { readFileSync } = await import('node:fs');
    const values: Record<string, string> = {};
    for (const line of readFileSync(join(import.meta.dirname, '..', '.env.example'), 'utf8').split(
      '\n',
    )) {
      const m = /^INPUT_([A-Z0-9_-]+)=(.*)$/.exec(line);
      if (m) values[m[1]!.toLowerCase()] = m[2]!;
    }
    const p = new InputParser((n) => values[n]);
    const inputs = readInputs(p);
    expect(Object.keys(values).sort()).toEqual([...p.names].sort());
    expect(inputs).toMatchObject({
      workingDirectories: ['modules/*'],
      discover: true,
      parallelism: 4,
      initArgs: ['-backend=false'],
      vars: [{ name: 'repository_name', value: 'local-test' }],
    });
  });

  it('names the input in every error', () => {
    const read = (v: Record<string, string>) => () => readInputs(new InputParser((n) => v[n]));
    expect(read({ var: 'novalue' })).toThrow(/Input 'var' expects one NAME=VALUE per line/);
    expect(read({ 'test-directory': '../x' })).toThrow(/Input 'test-directory'/);
    expect(read({ parallelism: '0' })).toThrow(/Input 'parallelism'/);
  });
});
