import type { Annotation, Report } from '@devsecops-gates/github-report';
import type { CommandResult, Finding, NotCheckedItem } from '@devsecops-gates/cfn-policies';

export interface RenderInput {
  action: string;
  result: CommandResult;
  templates: string[];
  category?: string;
  /** Shown first when AWS is simulated (CLI demo). */
  banner?: string;
  /** Resources skipped on purpose (false `Condition`). */
  skipped?: readonly NotCheckedItem[];
}

const ICON: Record<Finding['findingType'], string> = {
  ERROR: '🛑',
  SECURITY_WARNING: '🔒',
  WARNING: '⚠️',
  SUGGESTION: '💡',
};

/** Markdown table cells: no pipes or newlines, bounded length. */
function cell(text: string | null | undefined, max = 300): string {
  const flat = (text ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function where(f: Finding): string {
  return f.location ? `\`${f.location.file}:${f.location.line}\`` : '';
}

function findingsTable(findings: readonly Finding[]): string {
  const rows = findings.map(
    (f) =>
      `| ${ICON[f.findingType]} ${f.findingType} | \`${cell(f.code, 80)}\` | ${cell(f.resourceName, 80)} | ${cell(f.policyName, 80)} | ${where(f)} | ${cell(f.message)} |`,
  );
  return [
    '| Type | Code | Resource | Policy | Location | Message |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function notCheckedList(items: readonly NotCheckedItem[]): string {
  const lines = items.map((n) => {
    const at = n.location ? ` (\`${n.location.file}:${n.location.line}\`)` : '';
    return `- **${cell(n.resource, 120)}** \`${cell(n.type, 80)}\`${at}: ${cell(n.reason)}`;
  });
  return [
    '> [!WARNING]',
    `> ${items.length} polic${items.length === 1 ? 'y was' : 'ies were'} found but **not checked** by IAM Access Analyzer. A clean result says nothing about them.`,
    '',
    ...lines,
  ].join('\n');
}

export function headline(result: CommandResult): string {
  const blocking = result.report.BlockingFindings.length;
  const other = result.report.NonBlockingFindings.length;
  const unchecked = result.notChecked.length;
  const checked = `${result.policiesChecked} polic${result.policiesChecked === 1 ? 'y' : 'ies'} checked`;
  const tail = unchecked > 0 ? `; ⚠️ ${unchecked} not checked` : '';
  if (blocking > 0) {
    return `❌ ${blocking} blocking finding${blocking === 1 ? '' : 's'}${other ? ` and ${other} non-blocking` : ''} (${checked}${tail})`;
  }
  if (unchecked > 0)
    return `⚠️ No blocking findings, but ${unchecked} polic${unchecked === 1 ? 'y was' : 'ies were'} not checked (${checked})`;
  return `✅ No blocking findings${other ? ` (${other} non-blocking)` : ''} (${checked})`;
}

export function buildReport(input: RenderInput): Report {
  const { result } = input;
  const sections: Report['sections'] = [];
  if (input.banner)
    sections.push({ title: 'Simulated run', markdown: `> [!NOTE]\n> ${input.banner}` });
  if (result.notChecked.length > 0)
    sections.push({ title: 'Not checked', markdown: notCheckedList(result.notChecked) });
  if (result.report.BlockingFindings.length > 0) {
    sections.push({
      title: `Blocking findings (${result.report.BlockingFindings.length})`,
      markdown: findingsTable(result.report.BlockingFindings),
    });
  }
  if (result.report.NonBlockingFindings.length > 0) {
    sections.push({
      title: `Non-blocking findings (${result.report.NonBlockingFindings.length})`,
      markdown: findingsTable(result.report.NonBlockingFindings),
    });
  }
  if (input.skipped && input.skipped.length > 0) {
    const lines = input.skipped.map((n) => {
      const at = n.location ? ` (\`${n.location.file}:${n.location.line}\`)` : '';
      return `- **${cell(n.resource, 120)}** \`${cell(n.type, 80)}\`${at}: ${cell(n.reason)}`;
    });
    sections.push({
      title: `Skipped resources (${input.skipped.length})`,
      markdown: lines.join('\n'),
    });
  }
  sections.push({
    title: 'Details',
    markdown: [
      `Command: \`${result.command}\` · templates: ${input.templates.map((t) => `\`${t}\``).join(', ')} · Access Analyzer calls: ${result.apiCalls}`,
      '',
      'Suppress a finding with `ignore-finding: <Resource>.<CODE>` (or a bare resource name or code); change what blocks with `treat-finding-type-as-blocking`.',
    ].join('\n'),
  });
  return {
    action: input.action,
    ...(input.category ? { category: input.category } : {}),
    headline: headline(result),
    sections,
    annotations: annotations(result),
    sarif: toSarif(result),
  };
}

export function annotations(result: CommandResult): Annotation[] {
  const out: Annotation[] = [];
  const rank: Record<Finding['findingType'], number> = {
    ERROR: 4,
    SECURITY_WARNING: 3,
    WARNING: 2,
    SUGGESTION: 1,
  };
  const add = (f: Finding, blocking: boolean): void => {
    out.push({
      level: blocking ? 'error' : f.findingType === 'SUGGESTION' ? 'notice' : 'warning',
      rank: rank[f.findingType],
      title: `${f.findingType} ${f.code}`,
      message: `${f.message ?? f.code} (resource ${f.resourceName}, policy ${f.policyName})`,
      ...(f.location
        ? { file: f.location.file, startLine: f.location.line, startColumn: f.location.column }
        : {}),
    });
  };
  for (const f of result.report.BlockingFindings) add(f, true);
  for (const f of result.report.NonBlockingFindings) add(f, false);
  for (const n of result.notChecked) {
    out.push({
      level: 'warning',
      rank: 0,
      title: 'Policy not checked',
      message: `${n.resource} (${n.type}): ${n.reason}`,
      ...(n.location ? { file: n.location.file, startLine: n.location.line } : {}),
    });
  }
  return out;
}

const SECURITY_SEVERITY: Record<Finding['findingType'], string> = {
  ERROR: '8.0',
  SECURITY_WARNING: '7.0',
  WARNING: '4.0',
  SUGGESTION: '2.0',
};

function learnMoreLink(f: Finding): string | undefined {
  const link = (f.details as { learnMoreLink?: unknown } | null)?.learnMoreLink;
  return typeof link === 'string' ? link : undefined;
}

/** SARIF 2.1.0 with one result per finding, located at the policy statement in the template. */
export function toSarif(result: CommandResult): Record<string, unknown> {
  const all = [
    ...result.report.BlockingFindings.map((f) => ({ f, blocking: true })),
    ...result.report.NonBlockingFindings.map((f) => ({ f, blocking: false })),
  ];
  const rules = new Map<string, Record<string, unknown>>();
  for (const { f } of all) {
    if (rules.has(f.code)) continue;
    const help = learnMoreLink(f);
    rules.set(f.code, {
      id: f.code,
      name: f.code.replace(/(^|[_-])([a-zA-Z])/g, (_m, _s, c: string) => c.toUpperCase()),
      shortDescription: { text: `IAM Access Analyzer ${f.code}` },
      ...(help ? { helpUri: help } : {}),
      properties: {
        tags: ['security', 'iam', 'cloudformation'],
        'security-severity': SECURITY_SEVERITY[f.findingType],
      },
    });
  }
  const results = all.map(({ f, blocking }) => ({
    ruleId: f.code,
    level: blocking ? 'error' : f.findingType === 'SUGGESTION' ? 'note' : 'warning',
    message: {
      text: `${f.message ?? f.code} (resource ${f.resourceName}, policy ${f.policyName})`,
    },
    ...(f.location
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.location.file.split('\\').join('/') },
                region: {
                  startLine: Math.max(1, f.location.line),
                  startColumn: Math.max(1, f.location.column),
                },
              },
              logicalLocations: [{ name: `${f.resourceName}/${f.policyName}`, kind: 'resource' }],
            },
          ],
        }
      : {}),
    properties: {
      findingType: f.findingType,
      blocking,
      resourceName: f.resourceName,
      policyName: f.policyName,
    },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cfn-policy-validate',
            informationUri:
              'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-validation.html',
            rules: [...rules.values()],
          },
        },
        results,
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.notChecked.map((n) => ({
              level: 'warning',
              message: { text: `Not checked: ${n.resource} (${n.type}): ${n.reason}` },
              ...(n.location
                ? {
                    locations: [
                      {
                        physicalLocation: {
                          artifactLocation: { uri: n.location.file },
                          region: { startLine: Math.max(1, n.location.line) },
                        },
                      },
                    ],
                  }
                : {}),
            })),
          },
        ],
      },
    ],
  };
}
