import { createHash } from 'node:crypto';
import type { AwsSecurityFinding, Resource } from '@aws-sdk/client-securityhub';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import type {
  SarifLocation,
  SarifLog,
  SarifReportingDescriptor,
  SarifResult,
  SarifRun,
} from './sarif-log-types.js';
import {
  isSeverityLabel,
  labelFromNormalized,
  levelFromLabel,
  securitySeverityFromLabel,
  type SeverityLabel,
} from './severity-label.js';
import { truncate } from './text-limits.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface AsffToSarifOptions {
  /** Lets Resource Ids / SourceUrls that are blob URLs of this repository become file paths. */
  repository?: { owner: string; repo: string; serverUrl: string };
  /**
   * Where to anchor findings that reference no file (AWS resources). Code scanning only shows
   * results with a physical location; without this they carry only a logical location.
   */
  defaultArtifactUri?: string;
  /** Keep findings with RecordState ARCHIVED (default false: they are no longer current). */
  includeArchived?: boolean;
  /** Keep findings whose Workflow.Status is RESOLVED (default false). */
  includeResolved?: boolean;
  /** Keep compliance checks that PASSED (default false: a pass is not an alert). */
  includePassed?: boolean;
}

interface FileRef {
  path: string;
  startLine?: number;
  endLine?: number;
}

/** Fingerprint key in SARIF output: stable per ASFF finding, so code scanning and baselines match. */
export const ASFF_FINGERPRINT_KEY = 'asffFindingId/v1';

export function severityLabelOf(finding: AwsSecurityFinding): SeverityLabel {
  const top = finding.Severity?.Label;
  if (isSeverityLabel(top)) return top;
  const provider = finding.FindingProviderFields?.Severity?.Label;
  if (isSeverityLabel(provider)) return provider;
  const normalized = finding.Severity?.Normalized;
  if (typeof normalized === 'number' && Number.isFinite(normalized))
    return labelFromNormalized(normalized);
  // `Product` is the deprecated native score on a 0–10 scale.
  const product = finding.Severity?.Product;
  if (typeof product === 'number' && Number.isFinite(product))
    return labelFromNormalized(product * 10);
  return 'INFORMATIONAL';
}

function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

function fromOther(other: Record<string, string> | undefined): FileRef | undefined {
  if (!other) return undefined;
  const lower = new Map(Object.entries(other).map(([k, v]) => [k.toLowerCase(), v]));
  const path =
    lower.get('path') ?? lower.get('filepath') ?? lower.get('filename') ?? lower.get('file');
  if (!path?.trim()) return undefined;
  return {
    path: path.trim(),
    startLine: positiveInt(lower.get('startline')),
    endLine: positiveInt(lower.get('endline')),
  };
}

/** `https://github.com/o/r/blob/<ref>/<path>#L3-L5` → path and lines, for this repository only. */
function fromBlobUrl(
  url: string | undefined,
  repo: AsffToSarifOptions['repository'],
): FileRef | undefined {
  if (!url || !repo) return undefined;
  const base =
    `${repo.serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/blob/`.toLowerCase();
  if (!url.toLowerCase().startsWith(base)) return undefined;
  const [rest = '', anchor = ''] = url.slice(base.length).split('#', 2);
  const slash = rest.indexOf('/');
  if (slash < 0) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(rest.slice(slash + 1));
  } catch {
    return undefined;
  }
  const lines = /^L(\d+)(?:-L(\d+))?$/.exec(anchor);
  return path
    ? { path, startLine: positiveInt(lines?.[1]), endLine: positiveInt(lines?.[2]) }
    : undefined;
}

/** A file the finding points at, if any: Inspector code paths, resource details, blob URLs. */
function fileOf(finding: AwsSecurityFinding, options: AsffToSarifOptions): FileRef | undefined {
  const ref = findFile(finding, options);
  // A path that normalises to nothing (`/`, `\\`) names no file; code scanning rejects empty URIs.
  return ref && toUri(ref.path) ? ref : undefined;
}

function findFile(finding: AwsSecurityFinding, options: AsffToSarifOptions): FileRef | undefined {
  for (const vulnerability of finding.Vulnerabilities ?? []) {
    for (const code of vulnerability.CodeVulnerabilities ?? []) {
      const p = code.FilePath;
      const path = p?.FilePath ?? p?.FileName;
      if (path?.trim())
        return {
          path: path.trim(),
          startLine: positiveInt(p?.StartLine),
          endLine: positiveInt(p?.EndLine),
        };
    }
  }
  const fromSource = fromBlobUrl(finding.SourceUrl, options.repository);
  for (const resource of finding.Resources ?? []) {
    const ref = fromOther(resource.Details?.Other) ?? fromBlobUrl(resource.Id, options.repository);
    // A resource URL names the file; our SourceUrl also carries the lines (#L3-L5).
    if (ref) return ref.startLine === undefined && fromSource?.path === ref.path ? fromSource : ref;
  }
  return fromSource;
}

/** SARIF `uri` is a URI reference: keep slashes, percent-encode the rest. */
function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** One logical location per distinct resource: SARIF requires `logicalLocations` items to be unique. */
function logicalLocations(resources: readonly Resource[]): SarifLocation['logicalLocations'] {
  const seen = new Set<string>();
  const out: NonNullable<SarifLocation['logicalLocations']> = [];
  for (const r of resources) {
    if (!r.Id) continue;
    const name = r.Type?.trim() || 'Resource';
    const key = JSON.stringify([name, r.Id]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, fullyQualifiedName: r.Id, kind: 'resource' });
  }
  return out;
}

function locationOf(
  finding: AwsSecurityFinding,
  file: FileRef | undefined,
  options: AsffToSarifOptions,
): SarifLocation[] {
  const logical = logicalLocations(finding.Resources ?? []);
  const withLogical = logical && logical.length > 0 ? { logicalLocations: logical } : {};
  if (file) {
    const start = file.startLine;
    const region = start
      ? {
          startLine: start,
          ...(file.endLine && file.endLine >= start ? { endLine: file.endLine } : {}),
        }
      : undefined;
    return [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(file.path) },
          ...(region ? { region } : {}),
        },
        ...withLogical,
      },
    ];
  }
  if (options.defaultArtifactUri) {
    return [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(options.defaultArtifactUri) },
          region: { startLine: 1 },
        },
        ...withLogical,
      },
    ];
  }
  return logical && logical.length > 0 ? [withLogical] : [];
}

/**
 * Inspector puts every CVE under one GeneratorId; the CVE is the rule code scanning should show.
 * Findings written by sarifToAsff carry the original SARIF rule id, which keeps a round trip exact.
 */
function ruleKey(finding: AwsSecurityFinding): string {
  const fields = finding.ProductFields;
  const sarifRule =
    fields?.['ToolName'] && fields['ToolName'] === finding.ProductName
      ? fields['RuleId']
      : undefined;
  return (
    finding.Vulnerabilities?.[0]?.Id ??
    finding.Compliance?.SecurityControlId ??
    sarifRule ??
    finding.GeneratorId ??
    'asff-finding'
  );
}

function productOf(finding: AwsSecurityFinding): string {
  if (finding.ProductName?.trim()) return finding.ProductName.trim();
  const match = /:product\/([^/]+\/[^/]+)$/.exec(finding.ProductArn ?? '');
  return match?.[1] ?? 'AWS Security Hub';
}

function isUrl(text: string | undefined): text is string {
  if (!text) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function keep(finding: AwsSecurityFinding, options: AsffToSarifOptions): boolean {
  if (finding.RecordState === 'ARCHIVED' && !options.includeArchived) return false;
  if (finding.Workflow?.Status === 'RESOLVED' && !options.includeResolved) return false;
  if (finding.Compliance?.Status === 'PASSED' && !options.includePassed) return false;
  return true;
}

function checkFinding(finding: unknown, index: number): asserts finding is AwsSecurityFinding {
  const f = finding as Partial<AwsSecurityFinding> | null;
  if (!f || typeof f !== 'object' || typeof f.Id !== 'string' || typeof f.ProductArn !== 'string') {
    throw new ConfigurationError(
      `ASFF finding #${index + 1} is not an AwsSecurityFinding (it needs string Id and ProductArn).`,
      {
        hint: 'Pass findings as returned by GetFindings or as sent to BatchImportFindings.',
      },
    );
  }
}

function messageText(finding: AwsSecurityFinding, hasFile: boolean): string {
  const title = finding.Title?.trim() ?? '';
  const description = finding.Description?.trim() ?? '';
  const parts: string[] = [];
  if (title && !description.startsWith(title))
    parts.push(/[.!?]$/.test(title) ? title : `${title}.`);
  if (description) parts.push(description);
  if (!hasFile) {
    const resources = (finding.Resources ?? []).map((r) =>
      `${r.Type ?? 'Resource'} ${r.Id ?? ''}`.trim(),
    );
    if (resources.length > 0)
      parts.push(
        `Resource: ${resources.join(', ')} (account ${finding.AwsAccountId ?? '?'}, ${finding.Region ?? finding.Resources?.[0]?.Region ?? 'unknown Region'}).`,
      );
  }
  return parts.join(' ') || finding.GeneratorId || finding.Id || 'Security Hub finding';
}

interface RuleDraft {
  key: string;
  label: SeverityLabel;
  first: AwsSecurityFinding;
  score: number | undefined;
  types: Set<string>;
}

/**
 * Converts ASFF findings (GetFindings output, Inspector, Access Analyzer, our own export) into
 * a SARIF 2.1.0 log that code scanning accepts: one run per product, one rule per CVE / control /
 * GeneratorId. GitHub reads severity from the rule, so a rule whose findings carry different
 * labels is split into one rule per label (`<key>/<label>`) rather than misreporting some of them.
 */
export function asffToSarif(
  findings: readonly AwsSecurityFinding[],
  options: AsffToSarifOptions = {},
): SarifLog {
  findings.forEach((f, i) => checkFinding(f, i));
  const kept = findings.filter((f) => keep(f, options));

  const runs = new Map<string, AwsSecurityFinding[]>();
  for (const finding of kept) {
    const product = productOf(finding);
    const group = runs.get(product);
    if (group) group.push(finding);
    else runs.set(product, [finding]);
  }

  const sarifRuns: SarifRun[] = [];
  let withoutFile = 0;
  for (const [product, productFindings] of runs) {
    const labelsByKey = new Map<string, Set<SeverityLabel>>();
    for (const f of productFindings) {
      const key = ruleKey(f);
      labelsByKey.set(key, (labelsByKey.get(key) ?? new Set()).add(severityLabelOf(f)));
    }
    const drafts = new Map<string, RuleDraft>();
    const results: { finding: AwsSecurityFinding; ruleId: string; label: SeverityLabel }[] = [];
    for (const finding of productFindings) {
      const key = ruleKey(finding);
      const label = severityLabelOf(finding);
      const ruleId = (labelsByKey.get(key)?.size ?? 1) > 1 ? `${key}/${label.toLowerCase()}` : key;
      const score = securitySeverityFromLabel(label, finding.Severity?.Normalized);
      const draft = drafts.get(ruleId) ?? {
        key,
        label,
        first: finding,
        score,
        types: new Set<string>(),
      };
      if (score !== undefined && (draft.score === undefined || score > draft.score))
        draft.score = score;
      for (const t of finding.FindingProviderFields?.Types ?? finding.Types ?? [])
        draft.types.add(t);
      drafts.set(ruleId, draft);
      results.push({ finding, ruleId, label });
    }

    const ruleIds = [...drafts.keys()];
    const rules: SarifReportingDescriptor[] = ruleIds.map((id) => {
      const d = drafts.get(id) as RuleDraft;
      const recommendation = d.first.Remediation?.Recommendation;
      const tags = [...d.types, ...(d.score !== undefined ? ['security'] : [])];
      return {
        id,
        name: d.key,
        shortDescription: { text: truncate(d.first.Title?.trim() || d.key, 1024) },
        ...(d.first.Description?.trim()
          ? { fullDescription: { text: truncate(d.first.Description.trim(), 1024) } }
          : {}),
        ...(isUrl(recommendation?.Url) ? { helpUri: recommendation.Url } : {}),
        ...(recommendation?.Text?.trim() ? { help: { text: recommendation.Text.trim() } } : {}),
        defaultConfiguration: { level: levelFromLabel(d.label) },
        properties: {
          tags,
          ...(d.score !== undefined ? { 'security-severity': d.score.toFixed(1) } : {}),
        },
      };
    });
    const indexOf = new Map(ruleIds.map((id, i) => [id, i]));

    const sarifResults: SarifResult[] = results.map(({ finding, ruleId, label }) => {
      const file = fileOf(finding, options);
      if (!file && !options.defaultArtifactUri) withoutFile++;
      const locations = locationOf(finding, file, options);
      const suppressed = finding.Workflow?.Status === 'SUPPRESSED';
      return {
        ruleId,
        ruleIndex: indexOf.get(ruleId) ?? 0,
        level: levelFromLabel(label),
        message: { text: messageText(finding, file !== undefined) },
        locations,
        partialFingerprints: {
          [ASFF_FINGERPRINT_KEY]: createHash('sha256')
            .update(`${finding.ProductArn}\0${finding.Id}`)
            .digest('hex')
            .slice(0, 32),
        },
        ...(suppressed
          ? {
              suppressions: [
                {
                  kind: 'external' as const,
                  status: 'accepted' as const,
                  ...(finding.Note?.Text ? { justification: finding.Note.Text } : {}),
                },
              ],
            }
          : {}),
        properties: {
          'asff-id': finding.Id,
          'asff-product-arn': finding.ProductArn,
          ...(finding.AwsAccountId ? { 'aws-account-id': finding.AwsAccountId } : {}),
          ...(finding.Region ? { 'aws-region': finding.Region } : {}),
          'asff-severity': label,
          ...(finding.Resources?.length
            ? { 'aws-resources': finding.Resources.map((r) => r.Id).filter(Boolean) }
            : {}),
        },
      };
    });

    const company = productFindings[0]?.CompanyName?.trim();
    sarifRuns.push({
      tool: { driver: { name: product, ...(company ? { organization: company } : {}), rules } },
      results: sarifResults,
    });
  }

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: sarifRuns,
    // `asff-without-file`: results code scanning will not show (no physical location); pass
    // defaultArtifactUri to anchor them.
    properties: {
      'asff-findings': findings.length,
      'asff-skipped': findings.length - kept.length,
      'asff-without-file': withoutFile,
    },
  };
}

/** The ASFF file the gate writes (`asff-output`): the BatchImportFindings request body shape. */
export function serializeAsffDocument(findings: readonly AwsSecurityFinding[]): string {
  return `${JSON.stringify({ Findings: findings }, null, 2)}\n`;
}

/**
 * Reads an ASFF document: a BatchImportFindings/GetFindings body (`{"Findings": [...]}`, also what
 * Trivy's and Prowler's ASFF outputs contain) or a bare array. Errors name the file.
 */
export function parseAsffDocument(text: string, fileName: string): AwsSecurityFinding[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigurationError(`${fileName} is not valid JSON: ${(error as Error).message}.`, {
      hint: 'Pass an ASFF file: {"Findings": [...]} or a JSON array of findings.',
    });
  }
  const findings = Array.isArray(doc) ? doc : (doc as { Findings?: unknown } | null)?.Findings;
  if (!Array.isArray(findings)) {
    throw new ConfigurationError(
      `${fileName} is not an ASFF document: expected {"Findings": [...]} or an array of findings.`,
    );
  }
  findings.forEach((f, i) => {
    try {
      checkFinding(f, i);
    } catch (error) {
      throw new ConfigurationError(`${fileName}: ${(error as Error).message}`);
    }
  });
  return findings as AwsSecurityFinding[];
}
