import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../template/errors.js';
import { caseText, type CorpusCase } from './corpus-harness.js';
import { parseAndExtract } from './extract.js';
import { lookupsFromMocks } from './lookups.js';

const corpus = JSON.parse(
  readFileSync(new URL('../../testdata/cases.json', import.meta.url), 'utf8'),
) as { cases: CorpusCase[] };
const texts = corpus.cases.map(caseText);

/** Runs extraction and returns 'ok' or the error kind; anything but a TemplateError fails the property. */
async function outcome(text: string, referenceParity: boolean): Promise<string> {
  try {
    await parseAndExtract({
      text,
      file: 'fuzz.template',
      accountId: '111222333444',
      region: 'us-east-2',
      partition: 'aws',
      parameters: { Env: 'prod', Param1: 'x' },
      options: { referenceParity },
      lookups: lookupsFromMocks({
        exports: [],
        ssm_parameters: {},
        canonical_user_id: 'C',
        rest_apis: [],
      }),
    });
    return 'ok';
  } catch (error) {
    if (error instanceof TemplateError) {
      expect(error.message.length).toBeGreaterThan(0);
      return error.kind;
    }
    throw error;
  }
}

const mutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 8 }),
  insert: fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ':',
      ',',
      '"',
      '!Ref ',
      '!GetAtt ',
      '{"Ref": "X"}',
      '\n  - ',
      '${',
      'Fn::If',
      '{{resolve:ssm:a}}',
    ),
  ),
});

function mutate(text: string, ms: { at: number; remove: number; insert: string }[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length === 0 ? 0 : m.at % t.length;
    t = t.slice(0, at) + m.insert + t.slice(at + m.remove);
  }
  return t;
}

/** Values that exercise the evaluator: intrinsics with random (often malformed) arguments. */
const intrinsic: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; fn: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    tie('fn'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom('Effect', 'Action', 'Resource', 'Principal', 'Condition', 'Statement'),
      tie('value'),
      { maxKeys: 3 },
    ),
  ),
  fn: fc
    .tuple(
      fc.constantFrom(
        'Ref',
        'Fn::GetAtt',
        'Fn::Sub',
        'Fn::Join',
        'Fn::Split',
        'Fn::Select',
        'Fn::FindInMap',
        'Fn::If',
        'Fn::ImportValue',
        'Fn::Base64',
        'Fn::Length',
        'Fn::ToJsonString',
        'Fn::GetAZs',
        'Condition',
      ),
      fc.oneof(
        fc.constantFrom(
          'Role',
          'AWS::Region',
          'AWS::NoValue',
          'Env',
          'Missing',
          'C',
          'Role.Arn',
          '${Role.Arn}/${Env}',
          '${!x}',
        ),
        tie('value'),
        fc.array(
          fc.oneof(fc.constantFrom('Role', 'Arn', 'C', 'M', 'k', 0, '1', ','), tie('value')),
          { maxLength: 4 },
        ),
      ),
    )
    .map(([name, arg]) => ({ [name]: arg })),
})).value;

const templateWith = (policyValue: unknown, roleName: unknown): string =>
  JSON.stringify({
    Parameters: { Env: { Type: 'String' } },
    Conditions: { C: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Mappings: { M: { k: { v: 'x', l: ['a'] } } },
    Resources: {
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: roleName,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'x' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'p',
              PolicyDocument: { Version: '2012-10-17', Statement: [policyValue] },
            },
          ],
        },
      },
      Bucket: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: 'b', PolicyDocument: policyValue },
      },
    },
  });

describe('fuzzing: only typed errors, never crashes', () => {
  it('random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.boolean(), async (text, parity) => {
        await outcome(text, parity);
      }),
      { numRuns: 300 },
    );
  });

  it('mutated corpus templates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...texts),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (text, ms, parity) => {
          await outcome(mutate(text, ms), parity);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('random intrinsic expressions inside policies and names', async () => {
    await fc.assert(
      fc.asyncProperty(
        intrinsic,
        fc.oneof(intrinsic, fc.string()),
        fc.boolean(),
        async (policy, roleName, parity) => {
          await outcome(templateWith(policy, roleName), parity);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('random JSON documents as templates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), async (doc, parity) => {
        await outcome(
          JSON.stringify({ Resources: { R: { Type: 'AWS::IAM::Role', Properties: doc } } }),
          parity,
        );
        await outcome(JSON.stringify(doc), parity);
      }),
      { numRuns: 300 },
    );
  });
});
