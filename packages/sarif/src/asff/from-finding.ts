import type { Finding } from '../finding.js';
import type { AsffSourceResult } from './types.js';

/**
 * The gate's evaluated Finding as converter input. Only a security-severity the severity came
 * from is passed on, so `Severity.Original`/`Normalized` never claim a score the gate ignored.
 */
export function asffSourceFromFinding(finding: Finding, toolVersion?: string): AsffSourceResult {
  const fingerprints =
    Object.keys(finding.fingerprints).length > 0 ? finding.fingerprints : undefined;
  return {
    toolName: finding.tool,
    ruleId: finding.ruleId ?? 'none',
    message: finding.message,
    level: finding.level,
    severity: finding.severity,
    suppressed: finding.suppressed,
    ...(toolVersion ? { toolVersion } : {}),
    ...(finding.ruleTitle ? { ruleDescription: finding.ruleTitle } : {}),
    ...(finding.helpUri ? { helpUri: finding.helpUri } : {}),
    ...(finding.severitySource === 'security-severity' && finding.score !== undefined
      ? { securitySeverity: finding.score }
      : {}),
    ...(finding.path ? { file: finding.path } : {}),
    ...(finding.startLine !== undefined ? { startLine: finding.startLine } : {}),
    ...(finding.endLine !== undefined ? { endLine: finding.endLine } : {}),
    ...(fingerprints ? { partialFingerprints: fingerprints } : {}),
    ...(finding.tags && finding.tags.length > 0 ? { tags: finding.tags } : {}),
  };
}
