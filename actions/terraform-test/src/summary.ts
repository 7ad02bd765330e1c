import type { Report } from '@devsecops-gates/github-report';
import { renderDiagnostic } from './diagnostic-text.js';
import type { LeftoverResource, TestStatus } from './model.js';
import {
  allRuns,
  blockOf,
  countRuns,
  repoPath,
  type ModuleOutcome,
  type RunCounts,
} from './module-outcome.js';
import type { ModuleVerdict } from './verdict.js';

const STATUS_ICON: Record<TestStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  error: '💥 error',
  skip: '⏭️ skip',
  pending: '⏳ not run',
};

/** Max rows of the runs table; the rest is counted, the JUnit file has everything. */
const MAX_ROWS = 500;
const MAX_FAILURE_DETAILS = 30;

export interface SummaryInput {
  modules: readonly ModuleOutcome[];
  verdicts: readonly ModuleVerdict[];
  totals: RunCounts;
  toolLabel: string;
  leftoversFile: string | undefined;
  /** Set when the output is a replay of recorded terraform output (CLI demo). */
  replayNote?: string;
}

export function headline(input: SummaryInput): string {
  const { totals: t, verdicts } = input;
  const failed = verdicts.filter((v) => v.status === 'fail');
  const mods = verdicts.length === 1 ? '' : ` in ${verdicts.length} modules`;
  const counts = [
    `${t.passed} passed`,
    `${t.failed} failed`,
    `${t.errored} errored`,
    `${t.skipped} skipped`,
  ].join(', ');
  if (failed.length === 0) return `✅ ${input.toolLabel}: ${counts}${mods}`;
  const why =
    failed.length === 1 ? failed[0]!.reasons.join('; ') : `${failed.length} modules failed`;
  return `❌ ${input.toolLabel}: ${counts}${mods} (${why})`;
}

export function buildReport(
  input: SummaryInput,
  action: string,
  category: string | undefined,
): Report {
  const sections: Report['sections'] = [];
  if (input.replayNote)
    sections.push({ title: 'Replayed output', markdown: `> [!NOTE]\n> ${input.replayNote}` });
  const failures = failureSection(input);
  if (failures) sections.push({ title: 'Failures', markdown: failures });
  const leftovers = input.modules.flatMap((m) => m.leftovers.map((r) => ({ m, r })));
  if (leftovers.length > 0)
    sections.push({
      title: 'Resources left in state',
      markdown: leftoverSection(leftovers, input),
    });
  sections.push({ title: 'Runs', markdown: runsTable(input.modules) });
  if (input.modules.length > 1 || input.verdicts.some((v) => v.status === 'fail')) {
    sections.push({ title: 'Modules', markdown: modulesTable(input) });
  }
  const report: Report = { action, headline: headline(input), sections };
  if (category !== undefined) report.category = category;
  return report;
}

function runsTable(modules: readonly ModuleOutcome[]): string {
  const rows: string[] = [
    '| File | Run | Command | Status | Duration |',
    '| --- | --- | --- | --- | ---: |',
  ];
  let shown = 0;
  let total = 0;
  for (const m of modules) {
    for (const r of allRuns(m)) {
      total++;
      if (shown >= MAX_ROWS) continue;
      shown++;
      const block = blockOf(m, r);
      const command = r.command ?? block?.command ?? '—';
      rows.push(
        `| \`${cell(repoPath(m.dir, r.file))}\` | ${cell(r.name)} | ${command} | ${STATUS_ICON[r.status]} | ${duration(r.durationMs)} |`,
      );
    }
  }
  if (total === 0) return '_No run blocks were executed._';
  if (total > shown) rows.push('', `_${total - shown} more runs not shown; see the JUnit report._`);
  return rows.join('\n');
}

function failureSection(input: SummaryInput): string | undefined {
  const parts: string[] = [];
  let details = 0;
  for (const v of input.verdicts) {
    if (v.status !== 'fail') continue;
    const m = input.modules.find((x) => x.dir === v.dir)!;
    parts.push(`**\`${m.dir}\`**: ${v.reasons.join('; ')}.`);
    for (const step of [
      m.init && !m.init.ok ? (['init', m.init] as const) : undefined,
      m.validate && !m.validate.ok ? (['validate', m.validate] as const) : undefined,
    ]) {
      if (!step) continue;
      const [name, outcome] = step;
      const text =
        outcome.diagnostics.length > 0
          ? outcome.diagnostics.flatMap((d) => renderDiagnostic(d)).join('\n')
          : outcome.outputTail.join('\n');
      if (text.trim())
        parts.push(
          `<details><summary>${m.tool} ${name} output</summary>\n\n${fence(text.trim())}\n</details>`,
        );
    }
    for (const d of m.test?.stream.diagnostics ?? []) {
      if (d.severity === 'error' && details++ < MAX_FAILURE_DETAILS)
        parts.push(fence(renderDiagnostic(d).join('\n').trim()));
    }
    for (const r of allRuns(m)) {
      if (r.status !== 'fail' && r.status !== 'error') continue;
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      if (details++ >= MAX_FAILURE_DETAILS) continue;
      const label = `${STATUS_ICON[r.status]} \`${cell(repoPath(m.dir, r.file))}\` run **${cell(r.name)}**`;
      parts.push(
        errors.length > 0
          ? `${label}\n\n${fence(
              errors
                .flatMap((d) => renderDiagnostic(d))
                .join('\n')
                .trim(),
            )}`
          : label,
      );
    }
    for (const f of m.test?.stream.files ?? []) {
      if (f.teardownDiagnostics.length > 0 && details++ < MAX_FAILURE_DETAILS) {
        parts.push(
          `While destroying the resources of \`${cell(repoPath(m.dir, f.path))}\`:\n\n${fence(
            f.teardownDiagnostics
              .flatMap((d) => renderDiagnostic(d))
              .join('\n')
              .trim(),
          )}`,
        );
      }
    }
    if (m.test && m.test.stream.droppedDiagnostics > 0) {
      parts.push(
        `_${m.test.stream.droppedDiagnostics} further diagnostics were not kept (memory cap); see the log._`,
      );
    }
    if (m.test && m.test.stream.textLines.length > 0 && m.test.stream.summary === undefined) {
      parts.push(
        `Output that was not JSON:\n\n${fence(m.test.stream.textLines.slice(-40).join('\n'))}`,
      );
    }
  }
  if (details > MAX_FAILURE_DETAILS)
    parts.push(
      `_${details - MAX_FAILURE_DETAILS} more failures not shown; see the annotations and the JUnit report._`,
    );
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

function leftoverSection(
  items: { m: ModuleOutcome; r: LeftoverResource }[],
  input: SummaryInput,
): string {
  const rows = [
    'These objects were created by the tests and could not be destroyed. Delete them by hand (or import and destroy them):',
    '',
    '| Address | ID | Deposed key | Left by | Why |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { m, r } of items) {
    const by = `\`${cell(repoPath(m.dir, r.file))}\`${r.run ? ` / ${cell(r.run)}` : ''}`;
    const why =
      r.reason === 'cleanup'
        ? 'destroy failed'
        : r.reason === 'interrupt'
          ? 'interrupted'
          : 'was being created when interrupted';
    rows.push(
      `| \`${cell(r.address)}\` | ${r.id ? `\`${cell(r.id)}\`` : '_not reported_'} | ${r.deposedKey ? `\`${cell(r.deposedKey)}\`` : ''} | ${by} | ${why} |`,
    );
  }
  if (input.leftoversFile) rows.push('', `The same list is in \`${input.leftoversFile}\`.`);
  return rows.join('\n');
}

function modulesTable(input: SummaryInput): string {
  const rows = ['| Module | Init | Validate | Runs | Result |', '| --- | --- | --- | --- | --- |'];
  for (const v of input.verdicts) {
    const m = input.modules.find((x) => x.dir === v.dir)!;
    const step = (s: ModuleOutcome['init']) => (s === undefined ? '—' : s.ok ? '✅' : '❌');
    const c = countRuns(allRuns(m));
    const runs = m.test
      ? `${c.passed}/${c.passed + c.failed + c.errored + c.skipped + c.pending} passed`
      : '—';
    rows.push(
      `| \`${cell(m.dir)}\` | ${step(m.init)} | ${step(m.validate)} | ${runs} | ${v.status === 'pass' ? '✅ pass' : `❌ ${cell(v.reasons.join('; '))}`} |`,
    );
  }
  return rows.join('\n');
}

export function duration(ms: number | undefined): string {
  if (ms === undefined || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m}m ${Math.round((ms % 60_000) / 1000)}s`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function fence(text: string): string {
  const ticks = text.includes('```') ? '~~~~' : '```';
  return `${ticks}\n${text}\n${ticks}`;
}
