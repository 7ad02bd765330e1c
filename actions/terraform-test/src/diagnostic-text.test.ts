import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RecordingLogger } from '@devsecops-gates/action-kit';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusFile } from '../test/fixture-paths.js';
import { conclusionLine, lineDiff, renderDiagnostic, wrap } from './diagnostic-text.js';
import { mergeStatus, type TestStatus } from './model.js';
import { ProgressLog } from './progress-log.js';
import type { StreamEvent } from './stream-parser.js';

const FILE_LINE = /^(\S.*?)\.\.\. (in progress|tearing down|pass|fail|skip|pending)$/;
const RUN_LINE = /^ {2}run "(.+)"\.\.\. (pass|fail|skip|pending)$/;
const CONCLUSION =
  /^(?:(?:Success|Failure)! \d+ passed, \d+ failed(?:, \d+ skipped)?\.|Executed 0 tests(?:, \d+ skipped)?\.)$/;

/** Human-format fixtures of local runs (cloud-rendered ones use another layout). */
const humanFixtures = readdirSync(CORPUS)
  .filter((name) => !name.startsWith('cloud-') && !name.startsWith('validate-'))
  .map((name) => ({
    name,
    file: ['stdout.txt', 'combined.txt']
      .map((f) => join(name, f))
      .find((f) => existsSync(join(CORPUS, f))),
  }))
  .filter((x): x is { name: string; file: string } => x.file !== undefined);

describe('progress and conclusion lines match terraform’s human output', () => {
  it('covers the human fixtures', () => expect(humanFixtures.length).toBeGreaterThanOrEqual(25));

  it.each(humanFixtures)('$name', ({ name, file }) => {
    const text = corpusFile(name, file.slice(name.length + 1));
    const skeleton = text
      .split('\n')
      .filter((l) => FILE_LINE.test(l) || RUN_LINE.test(l) || CONCLUSION.test(l));
    // Events recovered from the progress lines; the conclusion is NOT taken from the fixture but
    // computed like terraform does (worst file status, fail+error counted as failed).
    const events: StreamEvent[] = [];
    let suite: TestStatus = 'pending';
    const counts = { passed: 0, failed: 0, errored: 0, skipped: 0 };
    let currentFile = '';
    for (const line of skeleton) {
      const f = FILE_LINE.exec(line);
      const r = RUN_LINE.exec(line);
      if (f) {
        currentFile = f[1]!;
        const word = f[2]!;
        if (word === 'in progress')
          events.push({ kind: 'file', path: currentFile, progress: 'starting', status: undefined });
        else if (word === 'tearing down')
          events.push({ kind: 'file', path: currentFile, progress: 'teardown', status: undefined });
        else {
          suite = mergeStatus(suite, word as TestStatus);
          events.push({
            kind: 'file',
            path: currentFile,
            progress: 'complete',
            status: word as TestStatus,
          });
        }
      } else if (r) {
        const status = r[2] as TestStatus;
        if (status === 'pass') counts.passed++;
        else if (status === 'fail') counts.failed++;
        else if (status === 'skip') counts.skipped++;
        events.push({
          kind: 'run',
          file: currentFile,
          run: r[1]!,
          progress: 'complete',
          status,
          elapsedMs: undefined,
        });
      }
    }
    // terraform's suite starts as pass when files exist (pending only with no files at all).
    const status: TestStatus =
      suite === 'pending' && events.length > 0 ? 'pass' : suite === 'pending' ? 'pending' : suite;
    events.push({ kind: 'summary', summary: { status, ...counts }, message: '' });
    const logger = new RecordingLogger();
    const log = new ProgressLog(logger, undefined);
    for (const e of events) log.write(e);
    expect(logger.messages('info').filter((l) => l !== '')).toEqual(skeleton);
  });
});

describe('renderDiagnostic', () => {
  it('lays out an assertion failure like terraform (documented walkthrough example)', () => {
    const lines = renderDiagnostic({
      severity: 'error',
      summary: 'Test assertion failed',
      detail: 'The repository name must start with my-repo-',
      range: {
        filename: 'tests/basic.tftest.hcl',
        start: { line: 9, column: 21 },
        end: { line: 9, column: 91 },
      },
      snippet: {
        context: 'run "test_resource_creation"',
        code: '    condition     = startswith(aws_codecommit_repository.test.repository_name, "my-repo-")',
        start_line: 9,
        values: [
          {
            traversal: 'aws_codecommit_repository.test.repository_name',
            statement: 'is "repo-basic-test"',
          },
        ],
      },
    });
    expect(lines.join('\n')).toBe(
      [
        '',
        'Error: Test assertion failed',
        '',
        '  on tests/basic.tftest.hcl line 9, in run "test_resource_creation":',
        '   9:     condition     = startswith(aws_codecommit_repository.test.repository_name, "my-repo-")',
        '    ├────────────────',
        '    │ aws_codecommit_repository.test.repository_name is "repo-basic-test"',
        '',
        'The repository name must start with my-repo-',
      ].join('\n'),
    );
  });

  it('renders a 1.12+ binary assertion diff as terraform prints it (null_value_in_assert)', () => {
    const lines = renderDiagnostic({
      severity: 'error',
      summary: 'Test assertion failed',
      detail: 'this is always going to fail',
      range: {
        filename: 'main.tftest.hcl',
        start: { line: 8, column: 21 },
        end: { line: 8, column: 72 },
      },
      snippet: {
        context: 'run "first"',
        code: '    condition     = test_resource.resource.value == output.null_output',
        start_line: 8,
        values: [],
        test_assertion_expr: { lhs: '"bar"', rhs: 'null', warning: '', show_verbose: false },
      },
    });
    expect(`${lines.join('\n')}\n`).toBe(corpusFile('null_value_in_assert', 'stderr.txt'));
  });

  it('renders pre-1.12 value lines sorted by traversal (null_value_in_assert@v1.9.8)', () => {
    const lines = renderDiagnostic({
      severity: 'error',
      summary: 'Test assertion failed',
      detail: 'this is always going to fail',
      range: {
        filename: 'main.tftest.hcl',
        start: { line: 8, column: 21 },
        end: { line: 8, column: 72 },
      },
      snippet: {
        context: 'run "first"',
        code: '    condition     = test_resource.resource.value == output.null_output',
        start_line: 8,
        values: [
          { traversal: 'test_resource.resource.value', statement: 'is "bar"' },
          { traversal: 'output.null_output', statement: 'is null' },
        ],
      },
    });
    expect(`${lines.join('\n')}\n`).toBe(corpusFile('null_value_in_assert@v1.9.8', 'stderr.txt'));
  });

  it('wraps details at 77 columns (78-column stream) like terraform (variables_undefined_in_config)', () => {
    const detail =
      'An input variable with the name "not_real" has not been declared. This variable can be declared with a variable "not_real" {} block.';
    expect(wrap(detail, 77)).toEqual([
      'An input variable with the name "not_real" has not been declared. This',
      'variable can be declared with a variable "not_real" {} block.',
    ]);
    expect(corpusFile('opentofu-invalid-module', 'stderr.txt')).toContain(
      wrap(detail, 77).join('\n'),
    );
  });

  it('diffs JSON lines', () => {
    expect(lineDiff('{\n  "a": 1\n}', '{\n  "a": 2\n}')).toEqual([
      '  {',
      '-   "a": 1',
      '+   "a": 2',
      '  }',
    ]);
  });

  it('spells conclusions exactly', () => {
    expect(
      conclusionLine({ status: 'pending', passed: 0, failed: 0, errored: 0, skipped: 0 }),
    ).toBe('Executed 0 tests.');
    expect(conclusionLine({ status: 'skip', passed: 0, failed: 0, errored: 0, skipped: 2 })).toBe(
      'Executed 0 tests, 2 skipped.',
    );
    expect(conclusionLine({ status: 'error', passed: 1, failed: 1, errored: 1, skipped: 1 })).toBe(
      'Failure! 1 passed, 2 failed, 1 skipped.',
    );
  });
});
