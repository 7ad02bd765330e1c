import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLocalUses, localUseProblems } from './lib/local-action-uses.js';

const WORKFLOW = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8
      - id: gate
        uses: ./actions/gate
        with:
          sarif: a.sarif
          fail-on: high
      - uses: ./actions/gate/
        with:
          severity: high
      - uses: ./actions/pending
      - uses: ./actions/missing
`;

describe('findLocalUses', () => {
  it('finds ./actions/<name> steps with their with: keys and lines', () => {
    expect(findLocalUses(WORKFLOW, 'w.yml')).toEqual([
      { file: 'w.yml', line: 8, action: 'gate', inputs: ['sarif', 'fail-on'] },
      { file: 'w.yml', line: 12, action: 'gate', inputs: ['severity'] },
      { file: 'w.yml', line: 15, action: 'pending', inputs: [] },
      { file: 'w.yml', line: 16, action: 'missing', inputs: [] },
    ]);
  });
});

describe('localUseProblems', () => {
  const root = mkdtempSync(join(tmpdir(), 'local-uses-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('flags unknown and missing required inputs and absent actions; lists pending ones', () => {
    mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
    mkdirSync(join(root, 'actions', 'gate'), { recursive: true });
    mkdirSync(join(root, 'actions', 'pending'), { recursive: true });
    writeFileSync(join(root, '.github', 'workflows', 'e2e.yml'), WORKFLOW);
    writeFileSync(
      join(root, 'actions', 'gate', 'action.yml'),
      'name: g\ndescription: d\ninputs:\n  sarif:\n    description: s\n    required: true\n  fail-on:\n    description: f\n    default: high\nruns:\n  using: node24\n  main: ../../dist/gate/index.js\n',
    );
    expect(localUseProblems(root)).toEqual({
      problems: [
        ".github/workflows/e2e.yml:12: ./actions/gate has no input(s) 'severity' (declared: sarif, fail-on)",
        ".github/workflows/e2e.yml:12: ./actions/gate requires 'sarif'",
        '.github/workflows/e2e.yml:16: uses ./actions/missing, which does not exist',
      ],
      pending: ['pending'],
    });
  });
});
