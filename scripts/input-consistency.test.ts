import { describe, expect, it } from 'vitest';
import type { InputParser } from '../packages/action-kit/src/index.js';
import type { ActionMetadata } from './lib/action-metadata.js';
import { parseDotenv } from './lib/env-example.js';
import { inputConsistencyProblems } from './lib/input-consistency.js';

const metadata: ActionMetadata = {
  name: 'x',
  description: 'd',
  runs: { using: 'node24', main: '../../dist/x/index.js' },
  inputs: {
    sarif: { description: 'Files.', required: true },
    'fail-on': { description: 'Floor.', default: 'high' },
    'github-token': { description: 'Token.', default: '${{ github.token }}' },
    'max annotations': { description: 'Cap.', default: 10 },
  },
};

const env = parseDotenv(
  [
    '# comment',
    'INPUT_SARIF=results.sarif',
    'INPUT_FAIL-ON=high',
    'INPUT_GITHUB-TOKEN=',
    'INPUT_MAX_ANNOTATIONS="10"',
    'GITHUB_REPOSITORY=octo/repo',
  ].join('\n'),
);

const good = (p: InputParser) => ({
  sarif: p.multiline('sarif'),
  failOn: p.oneOf('fail-on', ['critical', 'high', 'low'] as const, 'high'),
  token: p.string('github-token'),
  max: p.integer('max annotations', { min: 0, fallback: 10 }),
});

describe('inputConsistencyProblems', () => {
  it('passes when the three agree', () => {
    expect(inputConsistencyProblems({ name: 'x', metadata, env, readInputs: good })).toEqual([]);
  });

  it('names inputs read but not declared, and declared but never read', () => {
    const readInputs = (p: InputParser) => ({
      sarif: p.multiline('sarif'),
      failOn: p.oneOf('fail-on', ['critical', 'high', 'low'] as const, 'high'),
      token: p.string('github-token'),
      extra: p.string('extra'),
    });
    expect(inputConsistencyProblems({ name: 'x', metadata, env, readInputs })).toEqual([
      "actions/x/src/inputs.ts reads 'extra', which action.yml does not declare",
      "actions/x/action.yml declares 'max annotations', which src/inputs.ts never reads",
    ]);
  });

  it('names .env.example keys that drift from action.yml', () => {
    const drifted = parseDotenv(
      'INPUT_SARIF=a\nINPUT_FAIL_ON=high\nINPUT_GITHUB-TOKEN=\nINPUT_MAX_ANNOTATIONS=1\n',
    );
    expect(
      inputConsistencyProblems({ name: 'x', metadata, env: drifted, readInputs: good }),
    ).toEqual([
      "actions/x/.env.example has 'INPUT_FAIL_ON', which action.yml does not declare",
      "actions/x/.env.example lacks 'INPUT_FAIL-ON' for declared input(s) 'fail-on'",
    ]);
  });

  it('catches an action.yml default that differs from the inputs.ts fallback', () => {
    const lowFallback = (p: InputParser) => ({
      ...good(p),
      failOn: p.oneOf('fail-on', ['critical', 'high', 'low'] as const, 'low'),
    });
    expect(inputConsistencyProblems({ name: 'x', metadata, env, readInputs: lowFallback })).toEqual(
      [
        "actions/x: action.yml default(s) for 'fail-on' differ from the fallback(s) in src/inputs.ts; make them equal",
      ],
    );
  });

  it('reports readInputs() throwing on the example values', () => {
    const broken = parseDotenv(
      'INPUT_SARIF=a\nINPUT_FAIL-ON=severe\nINPUT_GITHUB-TOKEN=\nINPUT_MAX_ANNOTATIONS=1\n',
    );
    expect(
      inputConsistencyProblems({ name: 'x', metadata, env: broken, readInputs: good }),
    ).toEqual([
      "actions/x/src/inputs.ts: readInputs() throws on the .env.example values: Input 'fail-on' must be one of 'critical', 'high', 'low', got 'severe'.",
    ]);
  });
});

describe('parseDotenv', () => {
  it('reads export, quotes, multi-line double quotes and trailing comments', () => {
    const parsed = parseDotenv('export A=1\nB=\'x y\'\nC="l1\nl2"\nD="a\\nb"\nE=v # note\n');
    expect(Object.fromEntries(parsed)).toEqual({
      A: '1',
      B: 'x y',
      C: 'l1\nl2',
      D: 'a\nb',
      E: 'v',
    });
  });

  it('names a malformed line', () => {
    expect(() => parseDotenv('A=1\nnot a pair\n')).toThrow(
      "line 2: expected KEY=value, got 'not a pair'",
    );
  });
});
