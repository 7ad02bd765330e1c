import { describe, expect, it } from 'vitest';
import { referencePolicySize } from './policy-size.js';
import { buildReport, isAllowedExternalPrincipal, parseBlockingTypes } from './report.js';
import type { Finding } from './types.js';
import { statementGranting } from './validate.js';

const finding = (over: Partial<Finding>): Finding => ({
  findingType: 'SECURITY_WARNING',
  code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
  message: 'm',
  resourceName: 'AppRole',
  policyName: 'root',
  details: {},
  ...over,
});

const external = (principal: Record<string, string>): Finding =>
  finding({ code: 'EXTERNAL_PRINCIPAL', details: { principal, status: 'ACTIVE' } });

describe('parseBlockingTypes', () => {
  it('defaults to ERROR and SECURITY_WARNING, trims and upper-cases, and NONE wins', () => {
    expect([...parseBlockingTypes(undefined)]).toEqual(['ERROR', 'SECURITY_WARNING']);
    expect([...parseBlockingTypes([' warning ', 'suggestion'])]).toEqual(['WARNING', 'SUGGESTION']);
    expect([...parseBlockingTypes(['ERROR', 'none'])]).toEqual([]);
    expect(() => parseBlockingTypes(['CRITICAL'])).toThrow(/Invalid finding type 'CRITICAL'/);
  });
});

describe('buildReport', () => {
  const findings = [
    finding({}),
    finding({
      findingType: 'WARNING',
      code: 'MISSING_VERSION',
      resourceName: 'No resource attached',
      policyName: 'Orphan',
    }),
    finding({ findingType: 'SUGGESTION', code: 'REDUNDANT_ACTION', resourceName: 'Reader' }),
    finding({ findingType: 'ERROR', code: 'INVALID_ACTION', resourceName: 'my.bucket' }),
  ];

  it('orders errors, security warnings, warnings, suggestions and splits by blocking type', () => {
    const report = buildReport(findings, { blockingTypes: parseBlockingTypes(undefined) });
    expect(report.BlockingFindings.map((f) => f.code)).toEqual([
      'INVALID_ACTION',
      'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    ]);
    expect(report.NonBlockingFindings.map((f) => f.code)).toEqual([
      'MISSING_VERSION',
      'REDUNDANT_ACTION',
    ]);
  });

  it('ignores Resource.CODE (first dot), bare resource names and bare codes, case-insensitively', () => {
    const report = buildReport(findings, {
      blockingTypes: parseBlockingTypes(undefined),
      ignoreFinding: [
        'approle.pass_role_with_star_in_resource',
        ' NO RESOURCE ATTACHED ',
        'redundant_action,my.INVALID_ACTION',
      ],
    });
    // `my.INVALID_ACTION` splits at the first dot: resource `my`, so `my.bucket` is not ignored.
    expect(report.BlockingFindings.map((f) => f.code)).toEqual(['INVALID_ACTION']);
    expect(report.NonBlockingFindings).toEqual([]);
  });

  it('a Resource.CODE rule needs both parts to match', () => {
    const report = buildReport([finding({})], {
      blockingTypes: new Set(),
      ignoreFinding: ['OtherRole.PASS_ROLE_WITH_STAR_IN_RESOURCE'],
    });
    expect(report.NonBlockingFindings).toHaveLength(1);
  });
});

describe('allow-external-principals', () => {
  it('matches exact ARNs, account ids against ARN principals, and non-ARN values exactly', () => {
    expect(
      isAllowedExternalPrincipal(external({ AWS: 'arn:aws:iam::777788889999:role/Writer' }), [
        'arn:aws:iam::777788889999:role/Writer',
      ]),
    ).toBe(true);
    expect(
      isAllowedExternalPrincipal(external({ AWS: 'arn:aws:iam::777788889999:role/Other' }), [
        '777788889999',
      ]),
    ).toBe(true);
    expect(
      isAllowedExternalPrincipal(external({ AWS: 'arn:aws:iam::777788889999:role/Other' }), [
        'arn:aws:iam::777788889999:role/Writer',
      ]),
    ).toBe(false);
    expect(
      isAllowedExternalPrincipal(external({ AWS: '444455556666' }), [
        'arn:aws:iam::444455556666:root',
      ]),
    ).toBe(false);
    expect(isAllowedExternalPrincipal(external({ AWS: '444455556666' }), ['444455556666'])).toBe(
      true,
    );
    expect(
      isAllowedExternalPrincipal(external({ Federated: 'cognito-identity.amazonaws.com' }), [
        'cognito-identity.amazonaws.com',
      ]),
    ).toBe(true);
    expect(isAllowedExternalPrincipal(external({ AWS: '*' }), ['*'])).toBe(true);
  });

  it('only applies to EXTERNAL_PRINCIPAL findings', () => {
    const f = finding({ details: { principal: { AWS: '444455556666' } } });
    expect(isAllowedExternalPrincipal(f, ['444455556666'])).toBe(false);
  });
});

describe('referencePolicySize', () => {
  it('counts Python json.dumps output without spaces, non-ASCII escaped', () => {
    // {"Sid":"a b"} -> Python: {"Sid": "a b"} -> without spaces: {"Sid":"ab"} = 12 characters
    expect(referencePolicySize({ Sid: 'a b' })).toBe(12);
    // é becomes \u00e9 (6 characters) in Python's ASCII output.
    expect(referencePolicySize({ Sid: 'é' })).toBe(10 + 6); // {"Sid":""} is 10
  });
});

describe('statementGranting', () => {
  const doc = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', Principal: { AWS: '444455556666' }, Action: '*' },
      { Effect: 'Allow', Principal: { Service: 'sqs.amazonaws.com' }, Action: 'sqs:SendMessage' },
      {
        Effect: 'Allow',
        Principal: { AWS: ['111122223333', '444455556666'] },
        Action: 'sqs:SendMessage',
      },
    ],
  };
  it('finds the first Allow statement naming the principal', () => {
    expect(statementGranting(doc, { AWS: '444455556666' })).toBe(2);
    expect(statementGranting(doc, { AWS: '999999999999' })).toBeUndefined();
    expect(
      statementGranting(
        { Statement: { Effect: 'Allow', Principal: '*', Action: 's3:*' } },
        { AWS: '*' },
      ),
    ).toBe(0);
  });
});
