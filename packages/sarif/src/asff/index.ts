// SARIF ⇄ AWS Security Finding Format (ASFF) for Security Hub CSPM.
export type {
  AsffRepository,
  AsffSourceResult,
  AwsPartition,
  SarifToAsffOptions,
} from './types.js';
export { ASFF_SCHEMA_VERSION, defaultProductArn, sarifToAsff } from './sarif-to-asff.js';
export { asffSourceFromFinding } from './from-finding.js';
export { fingerprintKey, findingId } from './finding-id.js';
export { FINDING_TYPES, findingTypes } from './finding-types.js';
export {
  isSeverityLabel,
  labelFromNormalized,
  levelFromLabel,
  normalizedSeverity,
  securitySeverityFromLabel,
  severityLabel,
  type SeverityLabel,
} from './severity-label.js';
export { ASFF_LIMITS } from './text-limits.js';
export {
  BATCH_LIMITS,
  batchFindings,
  findingBytes,
  type BatchLimits,
  type BatchOptions,
} from './batch.js';
export {
  AsffImportError,
  createSecurityHubClient,
  importFindings,
  type FailedFinding,
  type ImportOptions,
  type ImportResult,
  type SecurityHubClientOptions,
} from './import-findings.js';
export {
  ASFF_FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  asffToSarif,
  parseAsffDocument,
  serializeAsffDocument,
  severityLabelOf,
  type AsffToSarifOptions,
} from './asff-to-sarif.js';
// Only the log type, renamed: the SARIF reader in ../types.ts owns the general SARIF names.
export type { SarifLog as AsffSarifLog } from './sarif-log-types.js';
