import type { AwsSecurityFinding, Resource } from '@aws-sdk/client-securityhub';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import { disambiguate, findingId } from './finding-id.js';
import { findingTypes } from './finding-types.js';
import { normalizedSeverity, severityLabel } from './severity-label.js';
import { ASFF_LIMITS, firstSentence, nonEmpty, truncate } from './text-limits.js';
import type { AsffRepository, AsffSourceResult, SarifToAsffOptions } from './types.js';

export const ASFF_SCHEMA_VERSION = '2018-10-08';

const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov']);
const PRODUCT_ARN =
  /^arn:aws(-[a-z]+)*:securityhub:[a-z0-9-]+:(\d{12})?:product\/[^/\s]+\/[^/\s]+$/;

/** The custom-integration product every account has (contracts.md §7.2). */
export function defaultProductArn(partition: string, region: string, accountId: string): string {
  return `arn:${partition}:securityhub:${region}:${accountId}:product/${accountId}/default`;
}

function checkOptions(options: SarifToAsffOptions): string {
  if (!/^\d{12}$/.test(options.accountId)) {
    throw new ConfigurationError(
      `ASFF export: the AWS account id "${options.accountId}" is not 12 digits.`,
      {
        hint: 'Pass the account that will call BatchImportFindings (e.g. from STS GetCallerIdentity).',
      },
    );
  }
  if (
    !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(options.region) ||
    options.region.length > ASFF_LIMITS.region
  ) {
    throw new ConfigurationError(`ASFF export: "${options.region}" is not an AWS region name.`, {
      hint: 'Use e.g. us-east-1.',
    });
  }
  if (!PARTITIONS.has(options.partition)) {
    throw new ConfigurationError(`ASFF export: unknown AWS partition "${options.partition}".`, {
      hint: 'Use aws, aws-cn or aws-us-gov.',
    });
  }
  if (Number.isNaN(options.now.getTime()))
    throw new ConfigurationError(
      'ASFF export: the timestamp to stamp findings with is not a valid date.',
    );
  const productArn =
    options.productArn ?? defaultProductArn(options.partition, options.region, options.accountId);
  if (!PRODUCT_ARN.test(productArn) || productArn.length > ASFF_LIMITS.productArn) {
    throw new ConfigurationError(
      `ASFF export: "${productArn}" is not a Security Hub product ARN.`,
      {
        hint: 'Expected arn:<partition>:securityhub:<region>:<account>:product/<company>/<product>; leave it unset to use the account default product.',
      },
    );
  }
  return productArn;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function repositoryUrl(repo: AsffRepository): string {
  return `${repo.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}

/** Link to the file at the analysed commit: only a commit makes a line number meaningful. */
function fileUrl(repo: AsffRepository, path: string): string {
  return `${repositoryUrl(repo)}/blob/${repo.sha}/${encodePath(path.replace(/^\.?\//, ''))}`;
}

function lineAnchor(result: AsffSourceResult): string {
  if (!result.startLine) return '';
  return result.endLine && result.endLine > result.startLine
    ? `#L${result.startLine}-L${result.endLine}`
    : `#L${result.startLine}`;
}

/** FieldMap: ≤ 50 pairs, key ≤ 128, value ≤ 2048 and non-blank; drop what would be rejected. */
function fieldMap(entries: Record<string, string | number | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(entries)) {
    if (raw === undefined) continue;
    const value = String(raw).trim();
    if (!value || Object.keys(out).length >= ASFF_LIMITS.fieldMapPairs) continue;
    out[key.slice(0, ASFF_LIMITS.fieldMapKey)] = truncate(value, ASFF_LIMITS.fieldMapValue);
  }
  return out;
}

function title(result: AsffSourceResult): string {
  const fromRule = result.ruleDescription ? firstSentence(result.ruleDescription) : '';
  // Each fallback is itself checked: a blank rule id must not become a blank Title.
  const text = nonEmpty(
    fromRule,
    nonEmpty(
      firstSentence(result.message),
      nonEmpty(result.ruleName, nonEmpty(result.ruleId, 'SARIF result')),
    ),
  );
  return truncate(text, ASFF_LIMITS.title);
}

function resource(result: AsffSourceResult, options: SarifToAsffOptions): Resource {
  const repo = options.repository;
  const id = result.file
    ? repo
      ? fileUrl(repo, result.file)
      : result.file
    : repo
      ? repositoryUrl(repo)
      : `${result.toolName}/${result.ruleId}`;
  const other = fieldMap({
    Path: result.file,
    StartLine: result.startLine,
    EndLine: result.endLine,
    Repository: repo ? `${repo.owner}/${repo.repo}` : undefined,
    Commit: repo?.sha,
    Ref: repo?.ref,
  });
  return {
    Type: 'Other',
    Id: nonEmpty(id, result.toolName),
    Partition: options.partition,
    Region: options.region,
    ...(Object.keys(other).length > 0 ? { Details: { Other: other } } : {}),
  };
}

/**
 * Converts resolved SARIF results to ASFF findings ready for BatchImportFindings. Pure: the same
 * results and options always give the same findings (the clock is `options.now`).
 *
 * Workflow and record state: every finding is `RecordState: ACTIVE` (the problem exists in the
 * analysed commit; ARCHIVED is for findings that disappeared, which needs the previous import's
 * Ids). A suppressed SARIF result gets `Workflow.Status: SUPPRESSED`: Security Hub honours
 * Workflow from BatchImportFindings only when it creates the finding (afterwards Workflow belongs
 * to the customer via BatchUpdateFindings and import ignores it), so the current suppression state
 * is also recorded in `ProductFields.Suppressed` on every import.
 *
 * Severity and Types go both top level and in `FindingProviderFields` (where AWS wants provider
 * values); they are equal, so whichever Security Hub uses, it shows the gate's severity.
 */
export function sarifToAsff(
  results: readonly AsffSourceResult[],
  options: SarifToAsffOptions,
): AwsSecurityFinding[] {
  const productArn = checkOptions(options);
  const timestamp = options.now.toISOString();
  const repo = options.repository;
  const scope = repo ? `${repo.owner}/${repo.repo}` : undefined;
  const ids = disambiguate(results.map((r) => findingId(r, scope)));

  return results.map((result, i): AwsSecurityFinding => {
    const label = severityLabel(result.severity);
    const original = truncate(
      result.securitySeverity !== undefined
        ? String(result.securitySeverity)
        : nonEmpty(result.level, 'warning'),
      ASFF_LIMITS.severityOriginal,
    );
    const types = findingTypes(result);
    const generatorPrefix = nonEmpty(options.generatorId, result.toolName);
    const titleText = title(result);
    const sourceUrl =
      repo && result.file ? `${fileUrl(repo, result.file)}${lineAnchor(result)}` : undefined;
    const helpUri = result.helpUri?.trim();

    return {
      SchemaVersion: ASFF_SCHEMA_VERSION,
      Id: ids[i],
      ProductArn: productArn,
      ProductName: truncate(nonEmpty(result.toolName, 'SARIF'), ASFF_LIMITS.productName),
      GeneratorId: truncate(
        `${generatorPrefix}/${nonEmpty(result.ruleId, 'unknown-rule')}`,
        ASFF_LIMITS.generatorId,
      ),
      AwsAccountId: options.accountId,
      Region: options.region,
      Types: types,
      CreatedAt: timestamp,
      UpdatedAt: timestamp,
      LastObservedAt: timestamp,
      Severity: {
        Label: label,
        Normalized: normalizedSeverity(label, result.securitySeverity),
        Original: original,
      },
      FindingProviderFields: { Severity: { Label: label, Original: original }, Types: types },
      Title: titleText,
      Description: truncate(result.message.trim() || titleText, ASFF_LIMITS.description),
      ...(helpUri
        ? {
            Remediation: {
              Recommendation: {
                Text: truncate(
                  `See the documentation of ${result.toolName} rule ${result.ruleId}.`,
                  ASFF_LIMITS.recommendationText,
                ),
                Url: helpUri,
              },
            },
          }
        : {}),
      ...(sourceUrl ? { SourceUrl: sourceUrl } : {}),
      ProductFields: fieldMap({
        ToolName: result.toolName,
        ToolVersion: result.toolVersion,
        RuleId: result.ruleId,
        RuleName: result.ruleName,
        Level: result.level,
        SecuritySeverity: result.securitySeverity,
        Suppressed: String(result.suppressed),
        PrimaryLocationLineHash: result.partialFingerprints?.['primaryLocationLineHash'],
        Ref: repo?.ref,
        Commit: repo?.sha,
      }),
      Resources: [resource(result, options)],
      RecordState: 'ACTIVE',
      ...(result.suppressed ? { Workflow: { Status: 'SUPPRESSED' } } : {}),
    };
  });
}
