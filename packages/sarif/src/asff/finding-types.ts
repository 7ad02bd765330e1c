import type { AsffSourceResult } from './types.js';

/** ASFF `Types` values (namespace/category[/classifier]) from the Security Hub type taxonomy. */
export const FINDING_TYPES = {
  cve: 'Software and Configuration Checks/Vulnerabilities/CVE',
  vulnerability: 'Software and Configuration Checks/Vulnerabilities',
  awsBestPractices: 'Software and Configuration Checks/AWS Security Best Practices',
  secrets: 'Sensitive Data Identifications/Passwords',
  configuration: 'Software and Configuration Checks',
} as const;

const SECRET_TOOLS =
  /^(gitleaks|trufflehog|secretlint|detect-secrets|ggshield|gitguardian|talisman)\b/i;
const SCA_TOOLS = /^(grype|snyk|dependabot|osv-scanner|npm audit|retire|dependency-check|anchore)/i;
const CVE_ID = /\b(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})\b/i;
// `CKV_AWS_20`, `AVD-AWS-0086`, `aws-s3-block-public-acls`: a whole-token "aws" in the rule.
const AWS_RULE = /(^|[^a-z0-9])aws([^a-z0-9]|$)/i;

/**
 * Picks the most specific taxonomy entry the evidence supports; partial paths are allowed by
 * the taxonomy, so a generic code finding stays at `Software and Configuration Checks` rather
 * than claiming a classifier we cannot back up.
 */
export function findingTypes(result: AsffSourceResult): string[] {
  const tags = (result.tags ?? []).map((t) => t.toLowerCase());
  const ruleText = `${result.ruleId} ${result.ruleName ?? ''}`;
  if (
    SECRET_TOOLS.test(result.toolName) ||
    tags.some((t) => t === 'secret' || t === 'secrets' || t === 'credentials')
  ) {
    return [FINDING_TYPES.secrets];
  }
  if (
    CVE_ID.test(ruleText) ||
    CVE_ID.test(result.ruleDescription ?? '') ||
    SCA_TOOLS.test(result.toolName) ||
    tags.includes('vulnerability')
  ) {
    return [FINDING_TYPES.cve];
  }
  if (AWS_RULE.test(ruleText) || tags.includes('aws')) return [FINDING_TYPES.awsBestPractices];
  if (
    result.securitySeverity !== undefined ||
    tags.includes('security') ||
    tags.some((t) => t.startsWith('external/cwe/') || /^cwe-\d+/.test(t))
  ) {
    return [FINDING_TYPES.vulnerability];
  }
  return [FINDING_TYPES.configuration];
}
