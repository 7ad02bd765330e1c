import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASFF_FINGERPRINT_KEY,
  asffToSarif,
  parseAsffDocument,
  serializeAsffDocument,
} from './asff-to-sarif.js';
import { asffFindingProblems } from './testing/asff-model-validator.js';
import { sarifToAsff } from './sarif-to-asff.js';
import { sarifLogResults, readSarifResults } from './testing/read-sarif-results.js';
import type { SarifLog } from './sarif-log-types.js';

const testdata = (name: string): string =>
  fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const samples = (
  JSON.parse(readFileSync(testdata('asff-samples.json'), 'utf8')) as {
    findings: AwsSecurityFinding[];
  }
).findings;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const schema = JSON.parse(readFileSync(testdata('sarif-schema-2.1.0.json'), 'utf8')) as {
  definitions: { region: { properties: { anyOf?: unknown }; anyOf?: unknown } };
};
// The codeql-action copy nests region's `anyOf` (startLine | charOffset | byteOffset) inside
// `properties`, which is not a valid schema; apply it where the SARIF spec means it.
schema.definitions.region.anyOf = schema.definitions.region.properties.anyOf;
delete schema.definitions.region.properties.anyOf;
const validateSarif = ajv.compile(schema);

function schemaErrors(log: SarifLog): string[] {
  // Round-trip through JSON: the schema sees what would be written to disk.
  return validateSarif(JSON.parse(JSON.stringify(log)))
    ? []
    : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const byProduct = (log: SarifLog, name: string) =>
  log.runs.find((r) => r.tool.driver.name === name);

describe('asffToSarif on Security Hub, Inspector and Access Analyzer findings', () => {
  const log = asffToSarif(samples);

  it('writes a schema-valid SARIF 2.1.0 log, one run per product', () => {
    expect(schemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs.map((r) => r.tool.driver.name)).toEqual([
      'Security Hub',
      '123456789012/default',
      'Inspector',
      'IAM Access Analyzer',
    ]);
    expect(log.properties).toEqual({
      'asff-findings': samples.length,
      'asff-skipped': 3,
      'asff-without-file': 8,
    });
  });

  it('skips archived, resolved and passed findings unless asked', () => {
    const all = asffToSarif(samples, {
      includeArchived: true,
      includeResolved: true,
      includePassed: true,
    });
    expect(all.runs.reduce((n, r) => n + r.results.length, 0)).toBe(samples.length);
    expect(log.runs.reduce((n, r) => n + r.results.length, 0)).toBe(samples.length - 3);
  });

  it('makes each CVE its own rule with a security-severity GitHub buckets like the label', () => {
    const inspector = byProduct(log, 'Inspector')!;
    const rules = Object.fromEntries(inspector.tool.driver.rules.map((r) => [r.id, r]));
    expect(Object.keys(rules)).toEqual(['CVE-2023-44487', 'CVE-2024-3094', 'CWE-89']);
    expect(rules['CVE-2023-44487']).toMatchObject({
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '7.5' },
    });
    expect(rules['CVE-2024-3094']).toMatchObject({
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '10.0' },
    });
    expect(rules['CWE-89']).toMatchObject({
      defaultConfiguration: { level: 'warning' },
      properties: { 'security-severity': '5.5' },
    });
    expect(rules['CVE-2024-3094']?.helpUri).toBe('https://nvd.nist.gov/vuln/detail/CVE-2024-3094');
    expect(inspector.results.filter((r) => r.ruleId === 'CVE-2024-3094')).toHaveLength(2);
  });

  it('locates code findings in their file and resource findings logically', () => {
    const inspector = byProduct(log, 'Inspector')!;
    const code = inspector.results.find((r) => r.ruleId === 'CWE-89')!;
    expect(code.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/orders/db.py' },
      region: { startLine: 42, endLine: 44 },
    });
    const image = inspector.results.find((r) => r.ruleId === 'CVE-2023-44487')!;
    expect(image.locations).toEqual([
      {
        logicalLocations: [
          {
            name: 'AwsEcrContainerImage',
            fullyQualifiedName: 'arn:aws:ecr:us-east-1:123456789012:repository/web/sha256:1f2e3d',
            kind: 'resource',
          },
        ],
      },
    ]);
    expect(image.message.text).toMatch(
      /Resource: AwsEcrContainerImage arn:aws:ecr:.* \(account 123456789012, us-east-1\)\.$/,
    );
  });

  it('anchors resource findings at a chosen file so code scanning shows them', () => {
    const anchored = asffToSarif(samples, { defaultArtifactUri: 'infra/template.yaml' });
    expect(schemaErrors(anchored)).toEqual([]);
    const analyzer = byProduct(anchored, 'IAM Access Analyzer')!;
    expect(
      analyzer.results.every(
        (r) => r.locations[0]?.physicalLocation?.artifactLocation.uri === 'infra/template.yaml',
      ),
    ).toBe(true);
    expect(analyzer.results[0]?.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName).toBe(
      'arn:aws:s3:::public-assets',
    );
  });

  it('turns SUPPRESSED workflow into an accepted external suppression with the note', () => {
    const analyzer = byProduct(log, 'IAM Access Analyzer')!;
    expect(
      analyzer.tool.driver.rules.map((r) => [r.id, r.properties?.['security-severity']]),
    ).toEqual([['aws/access-analyzer', '9.5']]);
    const suppressed = analyzer.results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]?.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Public website bucket, reviewed' },
    ]);
  });

  it('uses the control id for Security Hub controls and keeps a stable fingerprint per finding', () => {
    const hub = byProduct(log, 'Security Hub')!;
    expect(hub.tool.driver.rules[0]).toMatchObject({
      id: 'CloudTrail.2',
      shortDescription: { text: 'CloudTrail should have encryption at-rest enabled' },
    });
    expect(hub.results[0]?.level).toBe('warning');
    const again = asffToSarif(samples);
    expect(again.runs[0]?.results[0]?.partialFingerprints?.[ASFF_FINGERPRINT_KEY]).toMatch(
      /^[0-9a-f]{32}$/,
    );
    expect(again.runs[0]?.results[0]?.partialFingerprints).toEqual(
      hub.results[0]?.partialFingerprints,
    );
  });

  it('splits a rule whose findings disagree on severity', () => {
    const [a] = samples.filter((f) => f.ProductName === 'IAM Access Analyzer');
    const low: AwsSecurityFinding = { ...a!, Id: `${a!.Id}-low`, Severity: { Label: 'LOW' } };
    const out = asffToSarif([a!, low]);
    expect(
      out.runs[0]?.tool.driver.rules.map((r) => [r.id, r.properties?.['security-severity']]),
    ).toEqual([
      ['aws/access-analyzer/critical', '9.5'],
      ['aws/access-analyzer/low', '2.0'],
    ]);
    expect(schemaErrors(out)).toEqual([]);
  });

  it('reads severity from FindingProviderFields or Normalized when Label is absent', () => {
    const [a] = samples.filter((f) => f.ProductName === 'IAM Access Analyzer');
    const fromFpf = {
      ...a!,
      Id: 'x1',
      Severity: undefined,
      FindingProviderFields: { Severity: { Label: 'HIGH' as const } },
    };
    const fromNormalized = { ...a!, Id: 'x2', GeneratorId: 'g2', Severity: { Normalized: 45 } };
    const out = asffToSarif([fromFpf, fromNormalized]);
    expect(out.runs[0]?.results.map((r) => r.level)).toEqual(['error', 'warning']);
    expect(out.runs[0]?.tool.driver.rules.map((r) => r.properties?.['security-severity'])).toEqual([
      '8.0',
      '4.5',
    ]);
  });

  it('ignores paths that name no file and repeats of a resource (found by the property test below)', () => {
    const [a] = samples.filter((f) => f.ProductName === 'IAM Access Analyzer');
    const resource = {
      Type: 'AwsS3Bucket',
      Id: 'arn:aws:s3:::b',
      Details: { Other: { Path: '\\' } },
    };
    const out = asffToSarif([{ ...a!, Resources: [resource, resource] }]);
    expect(schemaErrors(out)).toEqual([]);
    expect(out.runs[0]?.results[0]?.locations).toEqual([
      {
        logicalLocations: [
          { name: 'AwsS3Bucket', fullyQualifiedName: 'arn:aws:s3:::b', kind: 'resource' },
        ],
      },
    ]);
  });

  it('rejects things that are not findings, naming which', () => {
    expect(() => asffToSarif([{ Title: 'no id' } as AwsSecurityFinding])).toThrow(
      ConfigurationError,
    );
    expect(() => asffToSarif([samples[0]!, { Title: 'no id' } as AwsSecurityFinding])).toThrow(
      /ASFF finding #2 is not an AwsSecurityFinding/,
    );
  });
});

describe('SARIF → ASFF → SARIF', () => {
  const repository = {
    owner: 'octo-org',
    repo: 'octo-repo',
    serverUrl: 'https://github.com',
    sha: 'd'.repeat(40),
    ref: 'refs/heads/main',
  };
  const options = {
    accountId: '123456789012',
    region: 'us-east-1',
    partition: 'aws' as const,
    now: new Date('2026-11-26T17:00:00Z'),
    repository,
  };

  for (const file of [
    'trivy-0.45-iac-security-severity.sarif',
    'codeql-2.12-js-vulnerable-node.sarif',
    'tfsec-defsec-terraform-showdown.sarif',
  ]) {
    it(`${file}: keeps every severity, file and line`, () => {
      const original = readSarifResults(testdata(file));
      const back = asffToSarif(sarifToAsff(original, options), { repository });
      expect(schemaErrors(back)).toEqual([]);
      const reread = sarifLogResults(back);
      expect(reread.map((r) => r.severity)).toEqual(original.map((r) => r.severity));
      expect(reread.map((r) => [r.file, r.startLine])).toEqual(
        original.map((r) => [r.file, r.startLine]),
      );
      expect(reread.map((r) => [r.toolName, r.ruleId])).toEqual(
        original.map((r) => [r.toolName, r.ruleId]),
      );
    });
  }

  it('finds the file from the blob URL when resource details were trimmed away', () => {
    const [f] = sarifToAsff(
      readSarifResults(testdata('gitleaks-8.0-slack-webhook.sarif')),
      options,
    );
    const trimmed = { ...f!, Resources: f!.Resources?.map(({ Details: _d, ...r }) => r) };
    const back = asffToSarif([trimmed], { repository });
    expect(back.runs[0]?.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'models/index.js' },
      region: { startLine: 3 },
    });
  });
});

describe('ASFF documents', () => {
  it('the samples themselves are valid ASFF', () => {
    expect(samples.flatMap((f, i) => asffFindingProblems(f, `samples[${i}]`))).toEqual([]);
  });

  it('reads back what serializeAsffDocument writes', () => {
    const text = serializeAsffDocument(samples);
    expect(JSON.parse(text)).toEqual({ Findings: samples });
    expect(parseAsffDocument(text, 'asff.json')).toEqual(samples);
  });

  it('reads {"Findings": [...]} and bare arrays, with or without a BOM', () => {
    const body = JSON.stringify({ Findings: samples.slice(0, 2) });
    expect(parseAsffDocument(body, 'a.json')).toHaveLength(2);
    expect(
      parseAsffDocument(`\uFEFF${JSON.stringify(samples.slice(0, 3))}`, 'b.json'),
    ).toHaveLength(3);
  });

  it('names the file in every error', () => {
    expect(() => parseAsffDocument('{"Findings": [', 'out/asff.json')).toThrow(
      /^out\/asff\.json is not valid JSON: /,
    );
    expect(() => parseAsffDocument('{"findings": []}', 'out/asff.json')).toThrow(
      /out\/asff\.json is not an ASFF document/,
    );
    expect(() => parseAsffDocument('[{"Id": 3}]', 'out/asff.json')).toThrow(
      /out\/asff\.json: ASFF finding #1 is not an AwsSecurityFinding/,
    );
  });
});

describe('asffToSarif properties', () => {
  const label = fc.constantFrom('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', undefined);
  const str = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('', ' ', 'a b/c?d#e'));
  const finding = fc.record({
    Id: fc.string({ minLength: 1, maxLength: 40 }),
    ProductArn: fc.constantFrom(
      'arn:aws:securityhub:us-east-1::product/aws/inspector',
      'arn:aws:securityhub:us-east-1:123456789012:product/123456789012/default',
    ),
    ProductName: fc.option(str, { nil: undefined }),
    GeneratorId: fc.option(str, { nil: undefined }),
    Title: fc.option(str, { nil: undefined }),
    Description: fc.option(str, { nil: undefined }),
    Severity: fc.option(
      fc.record({
        Label: label,
        Normalized: fc.option(fc.integer({ min: -5, max: 120 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    Resources: fc.option(
      fc.array(
        fc.record({
          Type: str,
          Id: str,
          Details: fc.option(
            fc.record({
              Other: fc.dictionary(
                fc.constantFrom('Path', 'StartLine', 'EndLine', 'Filename'),
                str,
              ),
            }),
            { nil: undefined },
          ),
        }),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
    Workflow: fc.option(
      fc.record({ Status: fc.constantFrom('NEW', 'SUPPRESSED', 'RESOLVED', 'NOTIFIED') }),
      { nil: undefined },
    ),
    Remediation: fc.option(
      fc.record({ Recommendation: fc.record({ Text: str, Url: fc.oneof(fc.webUrl(), str) }) }),
      { nil: undefined },
    ),
  });

  it('always writes schema-valid SARIF whose levels follow the labels', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), (findings) => {
        const log = asffToSarif(findings as AwsSecurityFinding[], {
          defaultArtifactUri: 'template.yaml',
        });
        expect(schemaErrors(log)).toEqual([]);
        for (const run of log.runs) {
          for (const r of run.results) {
            expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
            expect(r.locations[0]?.physicalLocation?.artifactLocation.uri).toBeTruthy();
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
