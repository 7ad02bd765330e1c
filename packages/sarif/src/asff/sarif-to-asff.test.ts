import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, type Severity } from '@devsecops-gates/action-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_TYPES } from './finding-types.js';
import { defaultProductArn, sarifToAsff } from './sarif-to-asff.js';
import { asffFindingProblems } from './testing/asff-model-validator.js';
import { readSarifResults } from './testing/read-sarif-results.js';
import type { AsffSourceResult, SarifToAsffOptions } from './types.js';

const testdata = (name: string): string =>
  fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));

interface ManifestEntry {
  file: string;
  results_total: number;
  suppressed: number;
  by_severity_unsuppressed: Record<'critical' | 'high' | 'medium' | 'low' | 'note/none', number>;
}
const manifest = JSON.parse(readFileSync(testdata('MANIFEST.json'), 'utf8')) as ManifestEntry[];

const options: SarifToAsffOptions = {
  accountId: '123456789012',
  region: 'eu-west-1',
  partition: 'aws',
  now: new Date('2026-11-26T17:00:00.000Z'),
  repository: {
    owner: 'octo-org',
    repo: 'octo-repo',
    serverUrl: 'https://github.com',
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
  },
};

const LABEL_TO_MANIFEST = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  INFORMATIONAL: 'note/none',
} as const;

function base(overrides: Partial<AsffSourceResult> = {}): AsffSourceResult {
  return {
    toolName: 'CodeQL',
    ruleId: 'js/path-injection',
    message: 'This path depends on a user-provided value.',
    level: 'error',
    severity: 'high',
    securitySeverity: 7.5,
    file: 'routes/files.js',
    startLine: 12,
    suppressed: false,
    ...overrides,
  };
}

describe('sarifToAsff on real SARIF files', () => {
  for (const entry of manifest) {
    it(`${entry.file}: every finding is valid ASFF and the labels give the manifest counts`, () => {
      const results = readSarifResults(testdata(entry.file));
      const findings = sarifToAsff(results, options);
      expect(findings).toHaveLength(entry.results_total);

      const problems = findings.flatMap((f, i) => asffFindingProblems(f, `${entry.file}[${i}]`));
      expect(problems).toEqual([]);

      const counts = { critical: 0, high: 0, medium: 0, low: 0, 'note/none': 0 };
      let suppressed = 0;
      for (const f of findings) {
        if (f.Workflow?.Status === 'SUPPRESSED') suppressed++;
        else counts[LABEL_TO_MANIFEST[f.Severity?.Label as keyof typeof LABEL_TO_MANIFEST]]++;
        expect(f.FindingProviderFields?.Severity?.Label).toBe(f.Severity?.Label);
      }
      expect(counts).toEqual(entry.by_severity_unsuppressed);
      expect(suppressed).toBe(entry.suppressed);
      expect(new Set(findings.map((f) => f.Id)).size).toBe(findings.length);
    });
  }

  it('picks Types by what the tool found', () => {
    const typesOf = (file: string): Set<string> =>
      new Set(sarifToAsff(readSarifResults(testdata(file)), options).flatMap((f) => f.Types ?? []));
    expect(typesOf('gitleaks-8.0-slack-webhook.sarif')).toEqual(new Set([FINDING_TYPES.secrets]));
    expect(typesOf('snyk-oss-npm-fixture.sarif')).toEqual(new Set([FINDING_TYPES.cve]));
    expect(
      typesOf('tfsec-defsec-terraform-showdown.sarif').has(FINDING_TYPES.awsBestPractices),
    ).toBe(true);
    expect(typesOf('codeql-2.12-js-vulnerable-node.sarif')).toEqual(
      new Set([FINDING_TYPES.vulnerability]),
    );
    expect(typesOf('eslint-js-sample-with-inline-suppressions.sarif')).toEqual(
      new Set([FINDING_TYPES.configuration]),
    );
  });

  it('keeps Normalized inside the label band and Original = security-severity', () => {
    const findings = sarifToAsff(
      readSarifResults(testdata('trivy-0.45-iac-security-severity.sarif')),
      options,
    );
    const bands = {
      INFORMATIONAL: [0, 0],
      LOW: [1, 39],
      MEDIUM: [40, 69],
      HIGH: [70, 89],
      CRITICAL: [90, 100],
    } as const;
    for (const f of findings) {
      const [min, max] = bands[f.Severity?.Label as keyof typeof bands];
      expect(f.Severity?.Normalized).toBeGreaterThanOrEqual(min);
      expect(f.Severity?.Normalized).toBeLessThanOrEqual(max);
      expect(Number(f.Severity?.Original)).toBeCloseTo((f.Severity?.Normalized ?? 0) / 10, 0);
    }
    expect(findings.some((f) => f.Severity?.Label === 'LOW')).toBe(true);
  });
});

describe('sarifToAsff identity', () => {
  it('gives the same Id across runs, tool versions and commits, so re-imports update', () => {
    const a = sarifToAsff(
      [
        base({
          toolVersion: '2.12.6',
          partialFingerprints: { primaryLocationLineHash: 'e5803adce97fe385:1' },
        }),
      ],
      options,
    );
    const b = sarifToAsff(
      [
        base({
          toolVersion: '2.13.0',
          startLine: 40,
          partialFingerprints: { primaryLocationLineHash: 'e5803adce97fe385:1' },
        }),
      ],
      {
        ...options,
        now: new Date('2026-12-01T00:00:00Z'),
        repository: { ...options.repository!, sha: 'b'.repeat(40), ref: 'refs/pull/7/merge' },
      },
    );
    expect(b[0]?.Id).toBe(a[0]?.Id);
    expect(b[0]?.UpdatedAt).not.toBe(a[0]?.UpdatedAt);
  });

  it('changes the Id when the rule, file, fingerprint or repository differ', () => {
    const fp = { partialFingerprints: { primaryLocationLineHash: 'e5803adce97fe385:1' } };
    const id = (r: AsffSourceResult, o = options): string | undefined => sarifToAsff([r], o)[0]?.Id;
    const reference = id(base(fp));
    expect(id(base({ ...fp, ruleId: 'js/xss' }))).not.toBe(reference);
    expect(id(base({ ...fp, file: 'routes/other.js' }))).not.toBe(reference);
    expect(
      id(base({ partialFingerprints: { primaryLocationLineHash: '0000000000000001:1' } })),
    ).not.toBe(reference);
    expect(
      id(base(fp), { ...options, repository: { ...options.repository!, repo: 'fork' } }),
    ).not.toBe(reference);
  });

  it('falls back to the line without fingerprints and numbers exact repeats', () => {
    const findings = sarifToAsff(
      [
        base({ securitySeverity: undefined }),
        base({ securitySeverity: undefined }),
        base({ startLine: 13 }),
      ],
      options,
    );
    const ids = findings.map((f) => f.Id ?? '');
    expect(ids[1]).toBe(`${ids[0]}#2`);
    expect(ids[2]).not.toBe(ids[0]);
    expect(ids[0]).toMatch(/^octo-org\/octo-repo\/CodeQL\/js\/path-injection\/[0-9a-f]{32}$/);
  });

  it('keeps Ids within 512 characters for absurd rule and tool names', () => {
    const [f] = sarifToAsff(
      [base({ toolName: 'T'.repeat(900), ruleId: 'r '.repeat(900) })],
      options,
    );
    expect(f?.Id?.length).toBeLessThanOrEqual(512);
    expect(asffFindingProblems(f)).toEqual([]);
  });
});

describe('sarifToAsff fields', () => {
  it('maps location, links and timestamps', () => {
    const [f] = sarifToAsff(
      [
        base({
          endLine: 14,
          helpUri: 'https://codeql.github.com/codeql-query-help/javascript/js-path-injection/',
        }),
      ],
      options,
    );
    expect(f).toMatchObject({
      SchemaVersion: '2018-10-08',
      ProductArn: 'arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default',
      GeneratorId: 'CodeQL/js/path-injection',
      AwsAccountId: '123456789012',
      CreatedAt: '2026-11-26T17:00:00.000Z',
      UpdatedAt: '2026-11-26T17:00:00.000Z',
      Severity: { Label: 'HIGH', Normalized: 75, Original: '7.5' },
      SourceUrl: `https://github.com/octo-org/octo-repo/blob/${'a'.repeat(40)}/routes/files.js#L12-L14`,
      RecordState: 'ACTIVE',
      Remediation: {
        Recommendation: {
          Url: 'https://codeql.github.com/codeql-query-help/javascript/js-path-injection/',
        },
      },
    });
    expect(f?.Resources?.[0]).toEqual({
      Type: 'Other',
      Id: `https://github.com/octo-org/octo-repo/blob/${'a'.repeat(40)}/routes/files.js`,
      Partition: 'aws',
      Region: 'eu-west-1',
      Details: {
        Other: {
          Path: 'routes/files.js',
          StartLine: '12',
          EndLine: '14',
          Repository: 'octo-org/octo-repo',
          Commit: 'a'.repeat(40),
          Ref: 'refs/heads/main',
        },
      },
    });
    expect(f?.Workflow).toBeUndefined();
  });

  it('uses the path as resource id without a repository, and marks suppressed results', () => {
    const { repository: _r, ...noRepo } = options;
    const [f] = sarifToAsff([base({ suppressed: true, file: 'src/a b.js' })], noRepo);
    expect(f?.Resources?.[0]?.Id).toBe('src/a b.js');
    expect(f?.SourceUrl).toBeUndefined();
    expect(f?.Workflow).toEqual({ Status: 'SUPPRESSED' });
    expect(f?.ProductFields?.['Suppressed']).toBe('true');
    expect(f?.Id).toMatch(/^CodeQL\//);
  });

  it('truncates Title to 256 and Description to 1024 with an ellipsis, never splitting a surrogate pair', () => {
    const long = `${'😀'.repeat(700)}`;
    const [f] = sarifToAsff([base({ ruleDescription: 'x'.repeat(300), message: long })], options);
    expect(f?.Title).toHaveLength(256);
    expect(f?.Title?.endsWith('…')).toBe(true);
    expect(f?.Description?.length).toBeLessThanOrEqual(1024);
    expect(f?.Description?.endsWith('…')).toBe(true);
    // A lone surrogate would survive JSON.stringify only as an escape, and fail UTF-8 decoding.
    expect(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
        f?.Description ?? '',
      ),
    ).toBe(false);
    expect(asffFindingProblems(f)).toEqual([]);
  });

  it('survives blank tool and rule names (found by the property test below)', () => {
    const [f] = sarifToAsff(
      [base({ toolName: ' ', ruleId: ' ', message: '', securitySeverity: undefined })],
      options,
    );
    expect(asffFindingProblems(f)).toEqual([]);
    expect(f?.Title).toBe('SARIF result');
  });

  it('never sends a blank Title or Description', () => {
    const [f] = sarifToAsff([base({ message: '   \n ', ruleDescription: ' ' })], options);
    expect(f?.Title).toBe('js/path-injection');
    expect(f?.Description).toBe('js/path-injection');
  });

  it('maps every gate severity one to one onto a label', () => {
    const severities: Severity[] = ['critical', 'high', 'medium', 'low', 'note'];
    const labels = sarifToAsff(
      severities.map((severity) =>
        base({
          severity,
          securitySeverity: undefined,
          startLine: severities.indexOf(severity) + 1,
        }),
      ),
      options,
    ).map((f) => [f.Severity?.Label, f.Severity?.Normalized]);
    expect(labels).toEqual([
      ['CRITICAL', 90],
      ['HIGH', 70],
      ['MEDIUM', 40],
      ['LOW', 1],
      ['INFORMATIONAL', 0],
    ]);
  });

  it('accepts other partitions and an explicit product ARN', () => {
    const [f] = sarifToAsff([base()], {
      ...options,
      partition: 'aws-cn',
      region: 'cn-north-1',
      productArn: 'arn:aws-cn:securityhub:cn-north-1::product/acme/scanner',
    });
    expect(f?.ProductArn).toBe('arn:aws-cn:securityhub:cn-north-1::product/acme/scanner');
    expect(f?.Resources?.[0]?.Partition).toBe('aws-cn');
    expect(defaultProductArn('aws-us-gov', 'us-gov-west-1', '123456789012')).toBe(
      'arn:aws-us-gov:securityhub:us-gov-west-1:123456789012:product/123456789012/default',
    );
  });

  it('rejects bad options with a message naming the value', () => {
    expect(() => sarifToAsff([base()], { ...options, accountId: '1234' })).toThrow(
      ConfigurationError,
    );
    expect(() => sarifToAsff([base()], { ...options, accountId: '1234' })).toThrow(
      /"1234" is not 12 digits/,
    );
    expect(() => sarifToAsff([base()], { ...options, region: 'Europe' })).toThrow(
      /"Europe" is not an AWS region/,
    );
    expect(() =>
      sarifToAsff([base()], {
        ...options,
        productArn: 'arn:aws:securityhub:::product/123456789012/default',
      }),
    ).toThrow(/not a Security Hub product ARN/);
    expect(() => sarifToAsff([base()], { ...options, now: new Date('nope') })).toThrow(
      /not a valid date/,
    );
  });
});

describe('the model validator used above', () => {
  it('rejects what Security Hub would reject', () => {
    const [good] = sarifToAsff([base()], options);
    expect(asffFindingProblems(good)).toEqual([]);
    expect(asffFindingProblems({ ...good, Title: undefined })).toContain('finding.Title: required');
    expect(asffFindingProblems({ ...good, Title: 't'.repeat(257) })).toContain(
      'finding.Title: length 257 not in 1..256',
    );
    expect(asffFindingProblems({ ...good, Severity: { Label: 'SEVERE' } }).join()).toMatch(
      /"SEVERE" not one of/,
    );
    expect(asffFindingProblems({ ...good, Colour: 'red' })).toContain(
      'finding.Colour: not a member of AwsSecurityFinding',
    );
    expect(asffFindingProblems({ ...good, Description: '   ' }).join()).toMatch(
      /Description: does not match/,
    );
    expect(asffFindingProblems({ ...good, CreatedAt: '2026-11-26 17:00' })).toContain(
      'finding.CreatedAt: not RFC 3339',
    );
    expect(asffFindingProblems({ ...good, Resources: [] })).toContain(
      'finding.Resources: needs 1..32 items',
    );
  });
});

describe('sarifToAsff properties', () => {
  const severity = fc.constantFrom<Severity>('critical', 'high', 'medium', 'low', 'note');
  // Whitespace-only and empty strings are where ASFF's `\S` pattern bites.
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 1500 }),
    fc.constantFrom('', ' ', '\n\t'),
  );
  const result = fc.record(
    {
      toolName: fc.string({ minLength: 1, maxLength: 80 }),
      ruleId: fc.string({ minLength: 1, maxLength: 300 }),
      ruleDescription: fc.option(text, { nil: undefined }),
      message: text,
      level: fc.constantFrom('error', 'warning', 'note', 'none'),
      severity,
      securitySeverity: fc.option(fc.double({ min: 0.1, max: 10, noNaN: true }), {
        nil: undefined,
      }),
      file: fc.option(fc.string({ minLength: 1, maxLength: 300 }), { nil: undefined }),
      startLine: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined }),
      suppressed: fc.boolean(),
      tags: fc.option(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.constantFrom('security', 'external/cwe/cwe-79'),
          ),
          { maxLength: 5 },
        ),
        { nil: undefined },
      ),
      ruleName: fc.option(text, { nil: undefined }),
      helpUri: fc.option(fc.oneof(fc.webUrl(), fc.constantFrom(' ', '')), { nil: undefined }),
      endLine: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined }),
      partialFingerprints: fc.option(
        fc.dictionary(
          fc.constantFrom('primaryLocationLineHash', 'commitSha', 'x'),
          fc.string({ maxLength: 40 }),
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['toolName', 'ruleId', 'message', 'level', 'severity', 'suppressed'] },
  );

  it('always produces model-valid findings with unique Ids', () => {
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 8 }), (results) => {
        const findings = sarifToAsff(results, options);
        expect(findings.flatMap((f) => asffFindingProblems(f))).toEqual([]);
        expect(new Set(findings.map((f) => f.Id)).size).toBe(findings.length);
      }),
      { numRuns: 300 },
    );
  });
});
