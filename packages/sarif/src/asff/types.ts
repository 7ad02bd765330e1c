import type { Severity } from '@devsecops-gates/action-kit';

/**
 * One SARIF result after the gate has resolved its rule, level and severity. This is the
 * converter's only view of SARIF: the gate does the (hard) rule lookup once, and the converter
 * stays a pure mapping that cannot disagree with the counts the gate reports.
 */
export interface AsffSourceResult {
  /** `run.tool.driver.name`. Part of the finding Id, so it must not carry a version. */
  toolName: string;
  toolVersion?: string;
  ruleId: string;
  /** The rule's `name` (e.g. `PathInjection`). */
  ruleName?: string;
  /** The rule's `shortDescription.text` (else `fullDescription.text`): becomes the Title. */
  ruleDescription?: string;
  /** The rule's `helpUri`: becomes `Remediation.Recommendation.Url`. */
  helpUri?: string;
  /** `result.message.text`. */
  message: string;
  /** Effective SARIF level (`error` | `warning` | `note` | `none`). */
  level: string;
  /** The gate's severity for this result; `Severity.Label` follows it one to one. */
  severity: Severity;
  /** The rule's numeric `security-severity` when it had one (> 0). */
  securitySeverity?: number;
  /** Repository-relative path of the primary location. */
  file?: string;
  startLine?: number;
  endLine?: number;
  partialFingerprints?: Record<string, string>;
  /** A value from `result.fingerprints`, when the tool wrote one. */
  fingerprint?: string;
  suppressed: boolean;
  /** The rule's `properties.tags`. */
  tags?: string[];
}

export interface AsffRepository {
  owner: string;
  repo: string;
  /** e.g. `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** Commit the SARIF was produced for. */
  sha: string;
  /** e.g. `refs/heads/main`. */
  ref: string;
}

export type AwsPartition = 'aws' | 'aws-cn' | 'aws-us-gov';

export interface SarifToAsffOptions {
  /** 12-digit account that calls BatchImportFindings (the default product requires it). */
  accountId: string;
  region: string;
  partition: AwsPartition;
  /** Defaults to the account's default (custom integration) product. */
  productArn?: string;
  /** Prefix of `GeneratorId` (`<prefix>/<ruleId>`); defaults to the tool name. */
  generatorId?: string;
  /** Becomes CreatedAt/UpdatedAt; injected so conversion is deterministic. */
  now: Date;
  repository?: AsffRepository;
}
