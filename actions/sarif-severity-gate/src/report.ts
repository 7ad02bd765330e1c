import { SEVERITIES, type GitHubContext, type Severity } from '@devsecops-gates/action-kit';
import type { Annotation, Report } from '@devsecops-gates/github-report';
import type { Finding, SarifEvaluation, SeverityCounts } from '@devsecops-gates/sarif/core';
import type { GateDecision } from './gate.js';
import type { Thresholds } from './inputs.js';

export interface ReportInput {
  action: string;
  category: string | undefined;
  evaluation: SarifEvaluation;
  decision: GateDecision;
  thresholds: Thresholds;
  newOnly: boolean;
  context: Pick<GitHubContext, 'serverUrl' | 'owner' | 'repo' | 'sha' | 'pullRequest'>;
  /** Problems reported but not failing (fail-on-invalid: false), and tolerated deviations. */
  notes: string[];
  /** How many findings to list and annotate (GitHub shows at most 50 annotations per step). */
  topFindings?: number;
  banner?: string;
}

const ICON: Record<Severity, string> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
  note: '⬜',
};
const TITLE: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  note: 'Note',
};
const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, note: 0 };

/** The headline, summary sections, PR comment and annotations of one gate run. */
export function buildReport(input: ReportInput): Report {
  const { evaluation, decision } = input;
  const { tally } = evaluation;
  const counted = SEVERITIES.reduce((n, s) => n + tally.counts[s], 0);
  const scope = input.newOnly ? 'new ' : '';
  const headline =
    decision.verdict.status === 'fail'
      ? `❌ SARIF severity gate failed: ${decision.verdict.reason}`
      : `✅ SARIF severity gate passed: ${counted} ${scope}finding${counted === 1 ? '' : 's'} within thresholds`;
  const sections: Report['sections'] = [];
  if (input.banner) sections.push({ title: 'Note', markdown: input.banner });
  sections.push({ title: 'Findings by tool and severity', markdown: severityTable(input) });
  const top = tally.top.slice(0, input.topFindings ?? 20);
  if (top.length > 0)
    sections.push({ title: `Top ${scope}findings`, markdown: topFindings(top, input.context) });
  const problems = problemLines(input);
  if (problems.length > 0)
    sections.push({
      title: 'Inputs that need attention',
      markdown: problems.map((l) => `- ${l}`).join('\n'),
    });
  const allowlist = allowlistLines(input);
  if (allowlist.length > 0)
    sections.push({ title: 'Allowlist', markdown: allowlist.map((l) => `- ${l}`).join('\n') });
  sections.push({ title: 'Files', markdown: filesTable(input) });
  return {
    action: input.action,
    ...(input.category ? { category: input.category } : {}),
    headline,
    sections,
    annotations: annotations(tally.top.slice(0, input.topFindings ?? 50)),
    ...(evaluation.merged ? { sarif: evaluation.merged } : {}),
  };
}

function severityTable(input: ReportInput): string {
  const { tally } = input.evaluation;
  const head = `| Tool | ${SEVERITIES.map((s) => `${ICON[s]} ${TITLE[s]}`).join(' | ')} | Suppressed | Results |`;
  const rule = `|---|${SEVERITIES.map(() => '---:').join('|')}|---:|---:|`;
  const rows = [...tally.byTool.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([tool, t]) =>
        `| ${cell(tool)} | ${countCells(t.counts, input.thresholds)} | ${t.suppressed} | ${t.total} |`,
    );
  const total = `| **Total** | ${countCells(tally.counts, input.thresholds, true)} | ${tally.suppressed} | ${tally.total} |`;
  const limits = `| *Threshold* | ${SEVERITIES.map((s) => limitText(input.thresholds[s])).join(' | ')} | | |`;
  const lines = [head, rule, ...rows, total, limits];
  const notes: string[] = [];
  if (input.newOnly) notes.push(`Only new findings count (${tally.new} new, unsuppressed).`);
  if (tally.filteredOut > 0)
    notes.push(`${tally.filteredOut} result(s) left out by the rule/path/tool filters.`);
  if (input.evaluation.baselineResults !== undefined) {
    notes.push(
      `Baseline: ${input.evaluation.baselineResults} result(s); ${tally.new} unsuppressed result(s) are new.`,
    );
  }
  return [lines.join('\n'), ...notes].join('\n\n');
}

function countCells(counts: SeverityCounts, thresholds: Thresholds, bold = false): string {
  return SEVERITIES.map((s) => {
    const limit = thresholds[s];
    const over = limit !== undefined && counts[s] > limit;
    const text = over ? `**${counts[s]}** ❌` : String(counts[s]);
    return bold && !over ? `**${text}**` : text;
  }).join(' | ');
}

function limitText(limit: number | undefined): string {
  return limit === undefined ? '∞' : `≤ ${limit}`;
}

function topFindings(findings: readonly Finding[], context: ReportInput['context']): string {
  return findings
    .map((f) => {
      const where = f.path ? ` ${location(f, context)}` : '';
      const rule = f.ruleId ? `\`${f.ruleId.replaceAll('`', "'")}\`` : '(no rule)';
      return `- ${ICON[f.severity]} **${TITLE[f.severity]}** ${rule}${where}: ${inline(firstLine(f.message))} _(${cell(f.tool)})_`;
    })
    .join('\n');
}

/** `[path:line](server/owner/repo/blob/sha/path#Lline)`; plain text when the path is not in the repo. */
export function location(f: Finding, context: ReportInput['context']): string {
  const label = `${f.path}${f.startLine ? `:${f.startLine}` : ''}`;
  const sha = context.pullRequest?.headSha || context.sha;
  if (
    !f.path ||
    /^[a-z][a-z0-9+.-]+:/i.test(f.path) ||
    f.path.startsWith('/') ||
    !context.owner ||
    !sha
  ) {
    return `\`${label.replaceAll('`', "'")}\``;
  }
  const path = f.path.split('/').map(encodeURIComponent).join('/');
  const anchor = f.startLine ? `#L${f.startLine}` : '';
  return `[${inline(label)}](${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/${path}${anchor})`;
}

function problemLines(input: ReportInput): string[] {
  const lines = input.evaluation.problems.map(
    (p) => `${input.decision.blockingProblems.length > 0 ? '❌' : '⚠️'} ${inline(p.message)}`,
  );
  for (const note of input.notes) lines.push(`ℹ️ ${inline(note)}`);
  return lines;
}

function allowlistLines(input: ReportInput): string[] {
  const { allowlist } = input.evaluation.tally;
  const lines: string[] = [];
  for (const { entry, matched } of allowlist.expired) {
    lines.push(
      `⏰ expired ${entry.expires}: \`${entry.rule}\`${entry.path ? ` in \`${entry.path}\`` : ''} (${inline(entry.reason)}), ${matched} finding(s) no longer suppressed`,
    );
  }
  for (const { entry, matched } of allowlist.used) {
    lines.push(
      `✔️ \`${entry.rule}\`${entry.path ? ` in \`${entry.path}\`` : ''}: ${matched} finding(s) suppressed (${inline(entry.reason)}${entry.expires ? `, until ${entry.expires}` : ''})`,
    );
  }
  return lines;
}

function filesTable(input: ReportInput): string {
  const rows = input.evaluation.files.map(
    (f) =>
      `| ${cell(f.file)} | ${f.runs} | ${f.results} | ${(f.bytes / 1024).toFixed(0)} KiB${f.streamed ? ' (streamed)' : ''} |`,
  );
  return ['| SARIF file | Runs | Results | Size |', '|---|---:|---:|---:|', ...rows].join('\n');
}

/** Annotations for the most severe counted findings; GitHub caps what it shows per step. */
export function annotations(findings: readonly Finding[]): Annotation[] {
  return findings
    .filter((f) => f.path !== undefined && !/^[a-z][a-z0-9+.-]+:/i.test(f.path))
    .map((f) => ({
      level:
        f.severity === 'critical' || f.severity === 'high'
          ? 'error'
          : f.severity === 'medium'
            ? 'warning'
            : 'notice',
      message: `${firstLine(f.message) || f.ruleTitle || f.ruleId || 'finding'}`,
      title: `${TITLE[f.severity]}: ${f.ruleId ?? 'finding'} (${f.tool})`,
      file: f.path,
      ...(f.startLine ? { startLine: f.startLine } : {}),
      ...(f.endLine ? { endLine: f.endLine } : {}),
      rank: RANK[f.severity],
    }));
}

function firstLine(text: string): string {
  // SARIF embeds links to related locations as `[text](1)`; outside code scanning they are noise.
  const plain = text.replace(/\[([^\]]*)\]\(\d+\)/g, '$1');
  const line = plain.split(/\r?\n/, 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return inline(text).replaceAll('|', '\\|');
}

/** Text that cannot open HTML, images or mentions in a comment. */
function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(\w)/g, '@\u200b$1');
}
