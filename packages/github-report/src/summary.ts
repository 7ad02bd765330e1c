// The job summary: GitHub drops a step summary above 1 MiB entirely, so sections are cut from
// the end (the most important come first) and the summary says what was cut.
import { renderSection } from './sections.js';
import { cutMarkdown, utf8Bytes } from './markdown-cut.js';

/** GitHub's hard limit per step summary. */
export const SUMMARY_LIMIT_BYTES = 1_048_576;
/**
 * What we write at most: content a few bytes under 1 MiB has been observed to be dropped too
 * (actions/runner#4337), so a margin of ~48 KiB is kept.
 */
export const SUMMARY_BUDGET_BYTES = 1_000_000;

export interface SummaryOptions {
  /** Byte budget (default SUMMARY_BUDGET_BYTES). */
  limitBytes?: number;
  /** Short lines shown right under the headline (publishing notes: fork, trimmed SARIF...). */
  notes?: string[];
  /** Where the full report lives when sections had to be cut (e.g. an uploaded artifact). */
  fullReportHint?: string;
}

export interface SummaryOutcome {
  markdown: string;
  bytes: number;
  /** Sections cut short or left out. */
  truncatedSections: number;
  omittedTitles: string[];
}

export function buildSummary(
  report: { headline: string; sections: { title: string; markdown: string }[] },
  options: SummaryOptions = {},
): SummaryOutcome {
  const limit = options.limitBytes ?? SUMMARY_BUDGET_BYTES;
  let head = `## ${report.headline}\n\n`;
  if (options.notes && options.notes.length > 0)
    head += `${options.notes.map((n) => `> ${n}`).join('\n>\n')}\n\n`;
  const blocks = report.sections.map((s) => `${renderSection(s, '###')}\n`);
  const whole = head + blocks.join('');
  if (utf8Bytes(whole) <= limit)
    return { markdown: whole, bytes: utf8Bytes(whole), truncatedSections: 0, omittedTitles: [] };

  const notice = (cut: string[]): string => {
    const titles = cut
      .slice(0, 20)
      .map((t) => `"${t.slice(0, 80)}"`)
      .join(', ');
    const more = cut.length > 20 ? ` and ${cut.length - 20} more` : '';
    return (
      `\n---\n\n> ⚠️ **Summary cut:** GitHub limits a step summary to 1 MiB, so ${cut.length} section(s) were cut: ${titles}${more}.` +
      (options.fullReportHint ? `\n> ${options.fullReportHint}` : '') +
      '\n'
    );
  };
  // Room for the notice: cut sections are a suffix of the list, so the notice naming the 20
  // longest titles (and the largest "more" count) is never shorter than the real one.
  const longest = report.sections
    .map((s) => s.title)
    .sort((a, b) => utf8Bytes(b.slice(0, 80)) - utf8Bytes(a.slice(0, 80)));
  const reserve = utf8Bytes(notice(longest));
  let out = cutMarkdown(head, limit - reserve, '', utf8Bytes);
  const omitted: string[] = [];
  let truncated = 0;
  for (const [i, block] of blocks.entries()) {
    const title = report.sections[i]?.title ?? '';
    const room = limit - reserve - utf8Bytes(out);
    if (omitted.length === 0 && utf8Bytes(block) <= room) {
      out += block;
      continue;
    }
    // The first section that does not fit is cut short if a useful part of it fits.
    if (omitted.length === 0 && truncated === 0 && room > 2048) {
      out += `${cutMarkdown(block, room - 64, '', utf8Bytes)}\n\n*(section cut short)*\n\n`;
      truncated++;
      omitted.push(title);
      continue;
    }
    omitted.push(title);
  }
  out += notice(omitted);
  return {
    markdown: out,
    bytes: utf8Bytes(out),
    truncatedSections: omitted.length,
    omittedTitles: omitted,
  };
}
