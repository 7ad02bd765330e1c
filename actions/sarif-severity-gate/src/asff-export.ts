import type { AwsCredentialsResult } from '@devsecops-gates/aws-oidc';
import { ConfigurationError, type Logger } from '@devsecops-gates/action-kit';
import {
  createSecurityHubClient,
  importFindings,
  sarifToAsff,
  type AsffRepository,
  type AsffSourceResult,
  type AwsPartition,
  type Finding,
  type ImportResult,
} from '@devsecops-gates/sarif';

/** Gate findings in the converter's input shape (the gate already resolved rule and severity). */
export function asffSources(findings: readonly Finding[]): AsffSourceResult[] {
  return findings.map((f) => ({
    toolName: f.tool,
    ruleId: f.ruleId ?? 'unknown-rule',
    ...(f.ruleTitle ? { ruleDescription: f.ruleTitle } : {}),
    ...(f.helpUri ? { helpUri: f.helpUri } : {}),
    message: f.message,
    level: f.level,
    severity: f.severity,
    ...(f.severitySource === 'security-severity' && f.score !== undefined
      ? { securitySeverity: f.score }
      : {}),
    ...(f.path ? { file: f.path } : {}),
    ...(f.startLine ? { startLine: f.startLine } : {}),
    ...(f.endLine ? { endLine: f.endLine } : {}),
    partialFingerprints: f.fingerprints,
    suppressed: f.suppressed,
    ...(f.tags ? { tags: f.tags } : {}),
  }));
}

export interface AsffExportOptions {
  findings: readonly Finding[];
  credentials: Extract<AwsCredentialsResult, { status: 'ok' }>;
  repository: AsffRepository | undefined;
  now: Date;
  /** Write the findings here (JSON `{ "Findings": [...] }`, the BatchImportFindings body). */
  write: ((json: string) => Promise<void>) | undefined;
  import: boolean;
  endpoint: string | undefined;
  logger: Logger;
}

export interface AsffExportResult {
  findings: number;
  imported: ImportResult | undefined;
}

export async function exportAsff(options: AsffExportOptions): Promise<AsffExportResult> {
  const { credentials } = options;
  const accountId = credentials.accountId;
  if (!accountId) {
    throw new ConfigurationError('ASFF export: the AWS account id of the credentials is unknown.', {
      hint: 'Use role-to-assume, or set allowed-account-ids (the account is then looked up) or AWS_ACCOUNT_ID.',
    });
  }
  const partition = (credentials.principalArn?.split(':')[1] ?? 'aws') as AwsPartition;
  const findings = sarifToAsff(asffSources(options.findings), {
    accountId,
    region: credentials.region,
    partition,
    now: options.now,
    ...(options.repository ? { repository: options.repository } : {}),
  });
  if (options.write) await options.write(`${JSON.stringify({ Findings: findings }, null, 2)}\n`);
  if (!options.import) return { findings: findings.length, imported: undefined };
  const client = createSecurityHubClient({
    region: credentials.region,
    credentials: credentials.credentials,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  try {
    const imported = await importFindings(client, findings, { logger: options.logger });
    return { findings: findings.length, imported };
  } finally {
    client.destroy();
  }
}
