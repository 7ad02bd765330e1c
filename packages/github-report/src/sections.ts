// How a report section is laid out in both the PR comment and the job summary.

/** Sections longer than this many lines are collapsed so the verdict stays on screen. */
export const COLLAPSE_AFTER_LINES = 15;

/** A short section under a heading; a long one as a collapsed <details> block. */
export function renderSection(
  section: { title: string; markdown: string },
  heading: '###' | '####',
): string {
  const md = section.markdown.trim();
  if (md.split('\n').length <= COLLAPSE_AFTER_LINES)
    return `${heading} ${section.title}\n\n${md}\n`;
  return `<details>\n<summary><b>${escapeHtml(section.title)}</b></summary>\n\n${md}\n\n</details>\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
