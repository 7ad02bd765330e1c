// One "sticky" PR comment per action + category: found again by a hidden marker on every
// rerun, updated in place, and converged to a single comment when concurrent jobs race.
import type { Logger } from '@devsecops-gates/action-kit';
import { cutMarkdown, utf16Length } from './markdown-cut.js';
import { escapeHtml, renderSection } from './sections.js';
import { httpStatusOf } from './http-errors.js';
import type { GitHubClient } from './types.js';

/**
 * GitHub rejects longer bodies (422 "Body is too long (maximum is 65536 characters)"). Whether it
 * counts UTF-16 units or code points is undocumented; UTF-16 length is never smaller, so a body
 * within this many UTF-16 units is accepted either way.
 */
export const COMMENT_LIMIT_CHARS = 65_536;

/** `<!-- devsecops-gates:<action>:<category> -->`; the category defaults to `default`. */
export function commentMarker(action: string, category?: string): string {
  return `<!-- devsecops-gates:${markerPart(action)}:${markerPart(category || 'default')} -->`;
}

// `--` and `>` would end the HTML comment early and show the marker.
function markerPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._/@+=-]/g, '_').replace(/-{2,}/g, '-');
}

export function renderCommentBody(
  report: {
    action: string;
    category?: string;
    headline: string;
    sections: { title: string; markdown: string }[];
  },
  moreUrl: string | undefined,
): string {
  const lines = [`### ${report.headline}`, ''];
  for (const section of report.sections) lines.push(renderSection(section, '####'), '');
  const who = `<code>${escapeHtml(report.action)}</code>${report.category ? ` · <code>${escapeHtml(report.category)}</code>` : ''}`;
  lines.push(
    `<sub>${who}${moreUrl ? ` · <a href="${moreUrl}">workflow run and job summary</a>` : ''}</sub>`,
  );
  return lines.join('\n');
}

/** Prefixes the marker and cuts the body to GitHub's limit, pointing at the full report. */
export function capCommentBody(
  body: string,
  marker: string,
  moreUrl: string | undefined,
  limit: number = COMMENT_LIMIT_CHARS,
): { body: string; truncated: boolean } {
  const full = `${marker}\n${body}`;
  if (utf16Length(full) <= limit) return { body: full, truncated: false };
  const where = moreUrl ? `the [job summary](${moreUrl})` : 'the job summary of this run';
  const suffix = `\n\n---\n> ✂️ **Comment cut:** this comment was cut to GitHub's ${limit.toLocaleString('en-US')}-character limit. The full report is in ${where}.\n`;
  return { body: cutMarkdown(full, limit, suffix, utf16Length), truncated: true };
}

export interface UpsertCommentOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  /** The complete body, marker included (see capCommentBody). */
  body: string;
  logger: Logger;
}

export interface UpsertCommentResult {
  status: 'created' | 'updated';
  id: number;
  url: string;
  /** Duplicates (from concurrent runs) deleted to converge on one comment. */
  removedDuplicates: number;
}

interface ListedComment {
  id: number;
  body?: string | undefined;
  html_url: string;
  created_at: string;
}

/**
 * Update the comment carrying `marker`, or create it. After creating, the list is read again:
 * when a concurrent run created one too, the oldest is kept (with this run's body) and the newer
 * ones are deleted, so every racer converges on the same single comment.
 */
export async function upsertComment(options: UpsertCommentOptions): Promise<UpsertCommentResult> {
  const { client, owner, repo, issueNumber, body, logger } = options;
  const existing = await findMarked(options);
  if (existing.length > 0) {
    const [keep, ...duplicates] = existing as [ListedComment, ...ListedComment[]];
    if (keep.body !== body) {
      await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
    }
    const removed = await removeDuplicates(options, duplicates);
    logger.info(`Updated PR comment ${keep.html_url}`);
    return { status: 'updated', id: keep.id, url: keep.html_url, removedDuplicates: removed };
  }
  const { data: created } = await client.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body,
  });
  const after = await findMarked(options);
  const oldest = after[0];
  if (!oldest || oldest.id === created.id) {
    const removed = await removeDuplicates(
      options,
      after.filter((c) => c.id !== created.id),
    );
    logger.info(`Created PR comment ${created.html_url}`);
    return { status: 'created', id: created.id, url: created.html_url, removedDuplicates: removed };
  }
  // Another run won the race: merge this run's body into its (older) comment, drop ours.
  logger.info(`Another run created the same PR comment concurrently; keeping ${oldest.html_url}`);
  if (oldest.body !== body)
    await client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
  const removed = await removeDuplicates(options, after.slice(1));
  return { status: 'updated', id: oldest.id, url: oldest.html_url, removedDuplicates: removed };
}

/** Every comment starting with the marker, oldest first (all pages, 100 per page). */
async function findMarked(options: UpsertCommentOptions): Promise<ListedComment[]> {
  const { client, owner, repo, issueNumber, marker } = options;
  const all = (await client.paginate(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  })) as ListedComment[];
  // Start-of-body match: a human quoting the comment ("> <!-- ...") is not ours.
  return all
    .filter((c) => typeof c.body === 'string' && c.body.trimStart().startsWith(marker))
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}

async function removeDuplicates(
  options: UpsertCommentOptions,
  duplicates: ListedComment[],
): Promise<number> {
  const { client, owner, repo } = options;
  let removed = 0;
  for (const dup of duplicates) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: dup.id });
      removed++;
    } catch (error) {
      // A concurrent run may have deleted it first.
      if (httpStatusOf(error) !== 404) throw error;
    }
  }
  return removed;
}
