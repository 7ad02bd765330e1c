import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isTemplateError } from '../template/errors.js';
import { checkCase, runCase, type CorpusCase } from './corpus-harness.js';
import { toComparablePolicy } from './extract.js';
import type { ExtractOptions } from './types.js';

const corpus = JSON.parse(
  readFileSync(new URL('../../testdata/cases.json', import.meta.url), 'utf8'),
) as { cases: CorpusCase[] };
const parseCases = corpus.cases.filter((c) => c.command === 'parse');

/**
 * Cases where our default behaviour deliberately differs from the reference (DECISIONS.md). Their
 * reference expectation is still asserted with `referenceParity: true`; the default is asserted below.
 */
const DIVERGENT = new Set([
  'ref-parameter-not-passed-default-ignored',
  'ref-unsupported-pseudo-notificationarns',
  'sub-getatt-property-and-literal-escape',
  'sub-three-part-getatt-rejected',
  'findinmap-default-value-unsupported',
  'equals-stringifies-operands',
  'unsupported-functions-passed-through',
  'sam-transform-not-expanded',
  'unsupported-resource-policy-types-ignored',
  'resource-condition-attribute-ignored',
  'lambda-permission-references-and-ignored-org-props',
]);

const tally = { passed: 0, failed: 0 };

describe('corpus parse cases, reference parity mode', () => {
  it('has the 76 parse cases', () => {
    expect(parseCases.length).toBe(76);
  });
  it.each(parseCases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const verdict = await checkCase(c, { referenceParity: true });
    if (verdict.ok) tally.passed++;
    else tally.failed++;
    expect(verdict.problems).toEqual([]);
  });
  afterAll(() => {
    console.log(`cfn-policies corpus parse cases: ${tally.passed} passed, ${tally.failed} failed`);
  });
});

describe('corpus parse cases, default mode (non-divergent cases unchanged)', () => {
  it.each(parseCases.filter((c) => !DIVERGENT.has(c.id)).map((c) => [c.id, c] as const))(
    '%s',
    async (_id, c) => {
      const verdict = await checkCase(c);
      expect(verdict.problems).toEqual([]);
    },
  );
});

const byId = (id: string): CorpusCase => {
  const c = corpus.cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
};
const resources = async (id: string, options: ExtractOptions = {}): Promise<unknown[]> => {
  const r = await runCase(byId(id), options);
  return r.policies
    .map(toComparablePolicy)
    .map((p) => (p.document as { Statement: { Resource: unknown }[] }).Statement[0]?.Resource);
};

describe('default mode: deliberate divergences (suggested behaviour)', () => {
  it('falls back to a parameter Default', async () => {
    expect(await resources('ref-parameter-not-passed-default-ignored')).toEqual(['DefaultValue']);
  });
  it('still fails when a referenced parameter has no value and no Default', async () => {
    const c = structuredClone(byId('ref-parameter-not-passed-default-ignored'));
    delete (c.template as { Parameters: { Param1: { Default?: string } } }).Parameters.Param1
      .Default;
    await expect(runCase(c)).rejects.toMatchObject({ kind: 'missing_parameter' });
  });
  it('resolves AWS::NotificationARNs to an empty list', async () => {
    expect(await resources('ref-unsupported-pseudo-notificationarns')).toEqual([[]]);
  });
  it('renders ${!Literal} as ${Literal}', async () => {
    expect(await resources('sub-getatt-property-and-literal-escape')).toEqual([
      [
        'This is a line of text with value ExpectedValue',
        'This is a line of text with value ${ResourceB.Name}',
      ],
    ]);
  });
  it('resolves ${A.B.C} like GetAtt [A, "B.C"]', async () => {
    expect(await resources('sub-three-part-getatt-rejected')).toEqual([
      'arn:aws:secretsmanager:us-east-2:111222333444:secret:x',
    ]);
  });
  it('supports the FindInMap DefaultValue argument', async () => {
    expect(await resources('findinmap-default-value-unsupported')).toEqual(['fallback']);
  });
  it('compares booleans the CloudFormation way in Fn::Equals', async () => {
    expect(await resources('equals-stringifies-operands')).toEqual([
      ['number-equals-string', 'bool-equals-string'],
    ]);
  });
  it('refuses unresolvable intrinsics inside a policy with a located error', async () => {
    const error: unknown = await runCase(byId('unsupported-functions-passed-through')).catch(
      (e: unknown) => e,
    );
    expect(isTemplateError(error) && error.kind).toBe('unsupported_function');
    expect(isTemplateError(error) && error.location?.line).toBeGreaterThan(1);
  });
  it('resolves Fn::Base64, Fn::Length and Fn::ToJsonString', async () => {
    const c = structuredClone(byId('unsupported-functions-passed-through'));
    const stmt = (
      c.template as {
        Resources: {
          PolicyUnderTest: {
            Properties: { PolicyDocument: { Statement: { Resource: unknown[] }[] } };
          };
        };
      }
    ).Resources.PolicyUnderTest.Properties.PolicyDocument.Statement[0]!;
    stmt.Resource = [
      { 'Fn::Base64': 'abc' },
      { 'Fn::ToJsonString': { a: 'b' } },
      { 'Fn::Sub': ['${N}', { N: { 'Fn::Join': ['', [{ 'Fn::Select': [0, ['x']] }]] } }] },
    ];
    const r = await runCase(c);
    expect(
      (r.policies[0]?.document as { Statement: { Resource: unknown }[] }).Statement[0]?.Resource,
    ).toEqual(['YWJj', '{"a":"b"}', 'x']);
  });
  it('extracts SAM inline policies and lists what it cannot expand', async () => {
    const r = await runCase(byId('sam-transform-not-expanded'));
    const sam = r.policies.filter((p) => p.attached_to?.name === 'FnRole');
    expect(sam.map((p) => p.policy_type).sort()).toEqual(['identity', 'trust']);
    expect(r.notChecked.map((n) => n.reason).join('\n')).toContain('AmazonS3ReadOnlyAccess');
  });
  it('extracts ECR, EventBridge, Logs and OpenSearch policies and lists SCPs and boundaries as not checked', async () => {
    const r = await runCase(byId('unsupported-resource-policy-types-ignored'));
    expect(
      r.policies
        .filter((p) => p.policy_type === 'resource')
        .map((p) => p.resource?.type)
        .sort(),
    ).toEqual([
      'AWS::ECR::Repository',
      'AWS::Events::EventBus',
      'AWS::Logs::ResourcePolicy',
      'AWS::OpenSearchService::Domain',
    ]);
    expect(r.notChecked.map((n) => n.resource).sort()).toEqual(['Boundary', 'Scp']);
    for (const n of r.notChecked) expect(n.location.line).toBeGreaterThan(1);
  });
  it('skips resources whose Condition is false and reports them', async () => {
    const r = await runCase(byId('resource-condition-attribute-ignored'));
    expect(r.policies).toEqual([]);
    expect(r.skipped.map((s) => s.resource)).toEqual(['ProdOnlyRole']);
  });
  it('adds PrincipalOrgID and FunctionUrlAuthType conditions to Lambda permissions', async () => {
    const r = await runCase(byId('lambda-permission-references-and-ignored-org-props'));
    const stmt = (r.policies[0]?.document as { Statement: { Condition: unknown }[] }).Statement[0];
    expect(stmt?.Condition).toEqual({
      StringEquals: {
        'AWS:SourceAccount': '111222333444',
        'aws:PrincipalOrgID': 'o-abc123',
        'lambda:FunctionUrlAuthType': 'AWS_IAM',
      },
      ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::MyS3Bucket' },
    });
  });
  it('with documentedArns: the log group ARN CloudFormation returns (trailing :*)', async () => {
    const [list] = (await resources('getatt-arn-generation-many-types', {
      documentedArns: true,
    })) as string[][];
    expect(list).toContain('arn:aws:logs:us-east-2:111222333444:log-group:LogGroup:*');
    // Every other ARN of the case is the reference's.
    const reference = (
      byId('getatt-arn-generation-many-types').expected.policies as {
        policy_name: string;
        document: { Statement: { Resource: string[] }[] };
      }[]
    ).find((p) => p.policy_name === 'PolicyUnderTest')?.document.Statement[0]?.Resource;
    expect(list?.filter((a) => !a.includes(':log-group:'))).toEqual(
      reference?.filter((a) => !a.includes(':log-group:')),
    );
  });
  it('with documentedArns: resources named by their name property, as deployed', async () => {
    expect(await resources('code-artifact-domain-policy', { documentedArns: true })).toEqual([
      'arn:aws:codeartifact:us-east-2:111222333444:domain/my-domain',
    ]);
  });
});
