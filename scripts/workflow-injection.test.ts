import { describe, expect, it } from 'vitest';
import { findRunInjections, unsafeExpressions } from './lib/workflow-injection.js';

describe('unsafeExpressions', () => {
  it.each([
    ['echo ${{ inputs.name }}', 'inputs'],
    ["echo ${{ inputs['name'] }}", 'inputs'],
    ['echo "${{github.event.pull_request.title}}"', 'github.event'],
    ["echo ${{ format('{0}', github.event.issue.body) }}", 'github.event'],
    ['git checkout ${{ github.head_ref }}', 'github.head_ref'],
  ])('flags %s', (script, context) => {
    expect(unsafeExpressions(script)).toEqual([expect.objectContaining({ context })]);
  });

  it.each([
    'echo "$NAME"',
    'echo ${{ github.event_name }}',
    'echo ${{ github.event_path }}',
    'echo ${{ matrix.node }} ${{ steps.x.outputs.inputs }}',
    'echo ${{ env.inputs }}',
  ])('allows %s', (script) => {
    expect(unsafeExpressions(script)).toEqual([]);
  });
});

describe('findRunInjections', () => {
  it('finds run: values anywhere in a workflow or composite action, with line numbers', () => {
    const yaml = [
      'on: push',
      'jobs:',
      '  a:',
      '    steps:',
      '      - run: echo ok',
      '      - name: bad',
      '        run: |',
      '          echo start',
      '          echo ${{ github.event.head_commit.message }}',
      '      - uses: x/y@0123456789012345678901234567890123456789',
      '        with:',
      '          run: ${{ inputs.not-a-script }}',
      '        env:',
      '          TITLE: ${{ github.event.pull_request.title }}',
    ].join('\n');
    const findings = findRunInjections(yaml, '.github/workflows/x.yml');
    expect(findings).toEqual([
      {
        file: '.github/workflows/x.yml',
        line: 7,
        expression: '${{ github.event.head_commit.message }}',
        context: 'github.event',
      },
      // A `with: run:` key is still a key named run; flagging it errs on the safe side.
      {
        file: '.github/workflows/x.yml',
        line: 12,
        expression: '${{ inputs.not-a-script }}',
        context: 'inputs',
      },
    ]);
  });
});
