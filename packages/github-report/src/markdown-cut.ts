// Cutting Markdown to a size without leaving an open <details> or code fence, which would
// swallow everything after it when GitHub renders the page.

export type Measure = (text: string) => number;

export const utf16Length: Measure = (text) => text.length;
export const utf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

/** Text that closes what `markdown` leaves open (code fence, <details> blocks). */
export function closers(markdown: string): string {
  let out = '';
  const fences = markdown.split('\n').filter((l) => /^\s*```/.test(l)).length;
  if (fences % 2 === 1) out += '\n```';
  const open = (markdown.match(/<details[\s>]/gi) ?? []).length;
  const closed = (markdown.match(/<\/details>/gi) ?? []).length;
  for (let i = closed; i < open; i++) out += '\n\n</details>';
  return out;
}

/**
 * The longest prefix of `markdown`, cut at a line end where possible, that together with its
 * closers and `suffix` measures at most `budget`. Returns '' when not even that fits.
 */
export function cutMarkdown(
  markdown: string,
  budget: number,
  suffix: string,
  measure: Measure,
): string {
  if (measure(markdown) + measure(suffix) <= budget) return markdown + suffix;
  // Binary search on the character count; measure is monotonic in the prefix length.
  let lo = 0;
  let hi = markdown.length;
  const fits = (n: number): boolean => {
    const head = safePrefix(markdown, n);
    return measure(head) + measure(closers(head)) + measure(suffix) <= budget;
  };
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  let head = safePrefix(markdown, lo);
  const lineEnd = head.lastIndexOf('\n');
  // Prefer a whole line unless that throws away most of the budget.
  if (lineEnd > head.length * 0.8) head = head.slice(0, lineEnd);
  if (head.length === 0 && measure(suffix) > budget) return '';
  return head + closers(head) + suffix;
}

// Never split a surrogate pair (a lone high surrogate is invalid UTF-8/JSON for GitHub).
function safePrefix(text: string, n: number): string {
  let head = text.slice(0, n);
  const last = head.charCodeAt(head.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1);
  return head;
}
