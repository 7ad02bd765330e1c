import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { conventionProblems, listActions, loadActionMetadata } from './lib/action-metadata.js';

const dir = mkdtempSync(join(tmpdir(), 'action-metadata-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(yaml: string) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(path, yaml);
  return loadActionMetadata(path, 'actions/x/action.yml');
}

const GOOD = `name: SARIF severity gate
description: Fails when findings reach a severity.
author: devsecops-gates
inputs:
  sarif:
    description: SARIF files or globs.
    required: true
  fail-on-severity:
    description: Lowest severity that fails.
    default: high
  old-name:
    description: Former name.
    deprecationMessage: Use fail-on-severity.
outputs:
  total:
    description: Number of findings.
runs:
  using: node24
  main: ../../dist/x/index.js
  post: ../../dist/x/post.js
  post-if: always()
branding:
  icon: shield
  color: red
`;

describe('action metadata schema', () => {
  it('accepts a complete JavaScript action', () => {
    const { metadata, problems } = load(GOOD);
    expect(problems).toEqual([]);
    expect(metadata?.inputs?.['fail-on-severity']?.default).toBe('high');
    expect(conventionProblems('x', metadata!, 'actions/x/action.yml')).toEqual([]);
  });

  it('accepts composite and docker actions', () => {
    const composite = `name: c\ndescription: d\noutputs:\n  o:\n    description: d\n    value: \${{ steps.a.outputs.o }}\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bash\n    - uses: ./x\n`;
    expect(load(composite).problems).toEqual([]);
    expect(
      load(`name: d\ndescription: d\nruns:\n  using: docker\n  image: Dockerfile\n  args: [a]\n`)
        .problems,
    ).toEqual([]);
  });

  it.each([
    [
      'an input without a description',
      GOOD.replace('    description: SARIF files or globs.\n', ''),
      "inputs.sarif: must have required property 'description'",
    ],
    [
      'a misspelt input key',
      GOOD.replace('required: true', 'require: true'),
      "inputs.sarif: must NOT have additional properties 'require'",
    ],
    [
      'a non-boolean required',
      GOOD.replace('required: true', 'required: yes please'),
      'inputs.sarif.required: must be boolean',
    ],
    [
      'an output without a description',
      GOOD.replace('    description: Number of findings.\n', '    value: x\n'),
      "outputs.total: must have required property 'description'",
    ],
    [
      'an unknown runtime',
      GOOD.replace('using: node24', 'using: node12'),
      'runs.using: must be equal to one of the allowed values: node20, node24',
    ],
    [
      'a node action without main',
      GOOD.replace('  main: ../../dist/x/index.js\n', ''),
      "runs: must have required property 'main'",
    ],
    [
      'an unknown top-level key',
      `${GOOD}color: red\n`,
      "(top level): must NOT have additional properties 'color'",
    ],
    [
      'a bad branding colour',
      GOOD.replace('color: red', 'color: pink'),
      'branding.color: must be equal to one of the allowed values',
    ],
    [
      'an input id with a dot',
      GOOD.replace('  sarif:', '  sarif.file:'),
      'inputs: must match pattern',
    ],
    [
      'a missing name',
      GOOD.replace('name: SARIF severity gate\n', ''),
      "(top level): must have required property 'name'",
    ],
  ])('rejects %s', (_what, yaml, message) => {
    const { metadata, problems } = load(yaml);
    expect(metadata).toBeUndefined();
    expect(problems.join('\n')).toContain(`actions/x/action.yml: ${message}`);
  });

  it('rejects duplicate keys and YAML syntax errors with the file name', () => {
    expect(load(`${GOOD}name: again\n`).problems[0]).toMatch(
      /^actions\/x\/action.yml: YAML: .*unique/i,
    );
    expect(load('name: [unclosed\n').problems[0]).toMatch(/^actions\/x\/action.yml: YAML:/);
  });
});

describe('conventionProblems', () => {
  it('requires node24, the dist bundle path and no default on a required input', () => {
    const { metadata } = load(
      GOOD.replace('using: node24', 'using: node20')
        .replace('../../dist/x/index.js', 'dist/index.js')
        .replace('    required: true\n', '    required: true\n    default: a.sarif\n'),
    );
    expect(conventionProblems('x', metadata!, 'actions/x/action.yml')).toEqual([
      "actions/x/action.yml: runs.using must be node24, got 'node20'",
      "actions/x/action.yml: runs.main must be '../../dist/x/index.js', got 'dist/index.js'",
      "actions/x/action.yml: input 'sarif' is required and has a default; drop one of them",
    ]);
  });
});

describe('listActions', () => {
  it('lists action directories, marking those without action.yml', () => {
    const root = join(dir, 'repo');
    mkdirSync(join(root, 'actions', 'b'), { recursive: true });
    mkdirSync(join(root, 'actions', 'a'), { recursive: true });
    writeFileSync(join(root, 'actions', 'a', 'action.yml'), GOOD);
    writeFileSync(join(root, 'actions', 'README.md'), 'not a dir');
    expect(listActions(root).map((a) => [a.name, a.actionYml !== undefined])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});
