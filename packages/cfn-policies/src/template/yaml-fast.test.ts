import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { caseText, type CorpusCase } from '../extract/corpus-harness.js';
import { PositionIndex } from './positions.js';
import { parseYamlFast } from './yaml-fast.js';
import { parseYamlFull } from './yaml-loader.js';

const corpus = JSON.parse(
  readFileSync(new URL('../../testdata/cases.json', import.meta.url), 'utf8'),
) as { cases: CorpusCase[] };

/** Hand-written snippets covering what CloudFormation templates use. */
const SNIPPETS: string[] = [
  `---\n# comment\nAWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    Type: AWS::S3::Bucket\n`,
  `Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: 2012-10-17\n        Statement:\n          - Effect: Allow\n            Principal: { Service: [lambda.amazonaws.com] }\n            Action: sts:AssumeRole # trailing comment\n      Policies:\n      - PolicyName: p\n        PolicyDocument:\n          Statement:\n          - Effect: Allow\n            Action:\n            - s3:GetObject\n            - 's3:Put*'\n            Resource: !Sub 'arn:\${AWS::Partition}:s3:::\${B}/*'\n`,
  `A: !Ref X\nB: !GetAtt R.Arn\nC: !GetAtt [R, Arn]\nD: !If [Cond, !Ref A, !Ref "AWS::NoValue"]\nE: !Join\n  - ''\n  - - 'arn:'\n    - !Ref AWS::Partition\nF: !Select [0, !Split [",", !ImportValue Shared]]\nG: !Equals [!Ref Env, prod]\nH: !Sub\n  - '\${A}-\${B}'\n  - A: x\n    B: !Ref Y\nI: !Ref\nJ: !Base64 |\n  #!/bin/bash\n  echo hi\n`,
  `Code: |\n  line one\n    indented\n\n  after blank\nStrip: |-\n  a\n  b\n\n\nKeep: |+\n  a\n\n\nFolded: >\n  one\n  two\n\n  three\nFoldedStrip: >-\n  x\n  y\nNext: 1\n`,
  `Bools: [yes, No, on, OFF, y, n, true, False]\nNums: [1, -2, +3, 0x1F, 010, 1_000, 1:30, 1.5, .inf, -.5, 1e3, 0b11]\nNulls: [~, null, Null]\nEmpty:\nStr: [2012-10-17, "1", '2', 1.2.3, a b, -x]\nKeyed:\n  yes: 1\n  10: ten\n  "quoted key": v\n  'single': w\n  a.b: dotted\n`,
  `List:\n- a\n- b:\n    c: d\n- - nested\n  - seq\n-\n  late: value\n- !Ref X\n- {Ref: Y}\n- [1, [2, 3], {k: v}]\nAfter: end\n`,
  `Flow: {A: [1, 2], "B": {C: !Ref D}, E: 'x, y', F: arn:aws:s3:::b/*}\nMulti: [\n  a,\n  b, # comment\n  !GetAtt C.Arn\n]\nEsc: "tab\\tnew\\nline \\"q\\" \\u00e9 \\\\ end"\nSq: 'it''s'\n`,
  `Windows:\r\n  Key: value\r\n  List:\r\n    - a\r\n    - !Sub '\${X}'\r\n`,
  `Deep:\n  a:\n    b:\n      c:\n        - d:\n            e: [f]\n`,
  `Text: some words here\nUrl: https://example.com/a#frag\nColon: a:b\nHash: a#b\nTrail: x   \n`,
];

/** Inputs the fast path must refuse (errors or features it leaves to `yaml`). */
const REFUSED: string[] = [
  `A: &anchor x\nB: *anchor\n`,
  `Base: &b {X: 1}\nD:\n  <<: *b\n`,
  `A: plain\n  continued\n`,
  `A: "quoted\n  continued"\n`,
  `? complex\n: key\n`,
  `%YAML 1.1\n---\nA: 1\n`,
  `A: 1\n---\nB: 2\n`,
  `A:\n\t- tab\n`,
  `A: b: c\n`,
  `A:\n  - x\n  y: z\n`,
  `A: [1, 2\n`,
  `A: "\\q"\n`,
  `A:\n  B: 1\n   C: 2\n`,
];

function lineOf(text: string, offset: number | undefined): number | undefined {
  return offset === undefined
    ? undefined
    : new PositionIndex('t', text, new Map()).lineColumn(offset).line;
}

function fullOrError(text: string): { value: unknown } | 'error' {
  try {
    return parseYamlFull(text);
  } catch {
    return 'error';
  }
}

/** The fast path, when it accepts a text, must agree with the full parser on values and lines. */
function expectSameAsFull(text: string): boolean {
  const fast = parseYamlFast(text);
  if (!fast) return false;
  const full = fullOrError(text);
  expect(full, `full parser rejects a text the fast path accepted:\n${text}`).not.toBe('error');
  if (full === 'error') return true;
  expect(fast.value).toEqual(full.value);
  const fullOffsets = (full as ReturnType<typeof parseYamlFull>).offsets;
  for (const [path, offset] of fast.offsets) {
    const expected = fullOffsets.get(path);
    if (expected === undefined) continue;
    expect(lineOf(text, offset), `line of ${path}`).toBe(lineOf(text, expected));
  }
  return true;
}

describe('fast YAML path', () => {
  it('agrees with the yaml package on hand-written CloudFormation snippets', () => {
    for (const text of SNIPPETS) expect(expectSameAsFull(text), text).toBe(true);
  });

  it('refuses anchors, merge keys, multi-line scalars, directives, tabs and errors', () => {
    for (const text of REFUSED) expect(parseYamlFast(text), text).toBeUndefined();
  });

  it('agrees on every corpus template, as YAML text or re-serialized JSON', () => {
    let fastHits = 0;
    let total = 0;
    for (const c of corpus.cases) {
      const text = caseText(c);
      const inputs = [text];
      if (typeof c.template === 'object') {
        inputs.push(stringify(c.template));
        inputs.push(stringify(c.template, { collectionStyle: 'flow' }));
        inputs.push(stringify(c.template, { indentSeq: false, defaultStringType: 'QUOTE_SINGLE' }));
      }
      for (const input of inputs) {
        total++;
        if (expectSameAsFull(input)) fastHits++;
      }
    }
    // Most inputs must actually take the fast path, or this test proves nothing.
    expect(fastHits / total).toBeGreaterThan(0.8);
  });

  it('never accepts a mutated template the yaml package rejects, nor disagrees with it', () => {
    const texts = corpus.cases.map(caseText).filter((t) => !t.trimStart().startsWith('{'));
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.nat(),
        fc.nat({ max: 6 }),
        fc.constantFrom(
          '',
          ' ',
          '  ',
          ':',
          ': ',
          '- ',
          '\n',
          '\n  ',
          '"',
          "'",
          '[',
          '{',
          '!Ref ',
          '#',
          '|',
          '>',
        ),
        (text, at, remove, insert) => {
          const i = at % (text.length + 1);
          const mutated = text.slice(0, i) + insert + text.slice(i + remove);
          expectSameAsFull(mutated);
        },
      ),
      { numRuns: 500 },
    );
  });
});
