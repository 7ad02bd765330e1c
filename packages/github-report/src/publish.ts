// Everything an action shows on GitHub, in one call. Each channel degrades on its own: a fork PR
// or a read-only token turns the comment and the upload into warnings and summary lines, never
// into a failed job; the action decides what an upload failure means for its verdict.
import { getErrorMessage } from '@devsecops-gates/action-kit';
import { ANNOTATION_LIMITS, emitAnnotations, type AnnotationOutcome } from './annotations.js';
import { createGitHubClient } from './client.js';
import { selectUploadTarget, uploadSarif, waitForSarifProcessing } from './code-scanning.js';
import { capCommentBody, commentMarker, renderCommentBody, upsertComment } from './comment.js';
import {
  describeHttpError,
  isCodeScanningUnavailable,
  isResourceNotAccessible,
} from './http-errors.js';
import { runUrl } from './run-url.js';
import { prepareSarifUploads } from './sarif-limits.js';
import { buildSummary } from './summary.js';
import type { GitHubClient, PublishOptions, PublishResult, Report } from './types.js';

const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target']);
const AUTO_UPLOAD_EVENTS = new Set([
  'push',
  'pull_request',
  'pull_request_target',
  'schedule',
  'workflow_dispatch',
]);

export async function publishReport(
  report: Report,
  options: PublishOptions,
): Promise<PublishResult> {
  const { logger, context, reporting } = options;
  const warnings: string[] = [];
  const notes: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    notes.push(`⚠️ ${message}`);
    logger.warning(message);
  };
  const token = reporting.githubToken?.trim() || undefined;
  let client: GitHubClient | undefined = options.client;
  const getClient = (): GitHubClient | undefined =>
    (client ??= token ? createGitHubClient({ token, baseUrl: context.apiUrl, logger }) : undefined);
  const more = runUrl(context);

  const comment = await publishComment();
  const upload = await publishUpload();

  // Publishing warnings above are annotations too: they take their slots first.
  let annotations: AnnotationOutcome = {
    emitted: 0,
    dropped: 0,
    droppedByLevel: { error: 0, warning: 0, notice: 0 },
  };
  if (reporting.annotations && report.annotations && report.annotations.length > 0) {
    annotations = emitAnnotations(report.annotations, logger, {
      perLevel: { warning: Math.max(0, ANNOTATION_LIMITS.perLevelPerStep - warnings.length) },
      total: Math.max(0, ANNOTATION_LIMITS.perJob - warnings.length),
    });
    if (annotations.dropped > 0) {
      notes.push(
        `ℹ️ ${annotations.emitted} of ${report.annotations.length} findings are annotated on the code (GitHub shows 10 per level per step and 50 per job, most severe first).`,
      );
    }
  }
  if (upload.status === 'uploaded') {
    notes.push(
      `✅ Uploaded to code scanning for \`${upload.ref ?? ''}\` (${listed(upload.categories ?? [])}).`,
    );
  }

  const summary = buildSummary(report, { notes });
  try {
    await options.appendSummary(summary.markdown);
  } catch (error) {
    const message = `Could not write the job summary: ${getErrorMessage(error)}`;
    warnings.push(message);
    logger.warning(message);
  }

  return {
    annotations: { emitted: annotations.emitted, dropped: annotations.dropped },
    summary: { bytes: summary.bytes, truncatedSections: summary.truncatedSections },
    comment,
    upload,
    warnings,
  };

  async function publishComment(): Promise<PublishResult['comment']> {
    if (!reporting.comment) return { status: 'skipped', reason: 'comment is off' };
    if (!COMMENT_EVENTS.has(context.eventName)) {
      return {
        status: 'skipped',
        reason: `not a pull request event (${context.eventName || 'local run'})`,
      };
    }
    const number = context.pullRequestNumber;
    if (number === undefined)
      return { status: 'skipped', reason: 'the event payload has no pull request number' };
    const c = getClient();
    if (!c) return { status: 'skipped', reason: 'no github-token' };
    const marker = commentMarker(report.action, report.category);
    const { body, truncated } = capCommentBody(
      report.comment ?? renderCommentBody(report, more),
      marker,
      more,
    );
    try {
      const result = await upsertComment({
        client: c,
        owner: context.owner,
        repo: context.repo,
        issueNumber: number,
        marker,
        body,
        logger,
      });
      return { status: result.status, url: result.url, truncated };
    } catch (error) {
      if (isResourceNotAccessible(error)) {
        warn(
          `Could not comment on pull request #${number}: the token may not write comments (a pull request from a fork, a read-only token, or no \`pull-requests: write\` permission). The report is in the job summary.`,
        );
        return { status: 'forbidden', reason: describeHttpError(error) };
      }
      warn(
        `Could not comment on pull request #${number} (${describeHttpError(error)}). The report is in the job summary.`,
      );
      return { status: 'failed', reason: describeHttpError(error) };
    }
  }

  async function publishUpload(): Promise<PublishResult['upload']> {
    const mode = options.upload?.upload ?? 'false';
    if (report.sarif === undefined)
      return { status: 'skipped', sarifIds: [], reason: 'no SARIF to upload' };
    if (mode === 'false') return { status: 'skipped', sarifIds: [], reason: 'upload is off' };
    const c = getClient();
    const skipOrFail = (reason: string): PublishResult['upload'] => {
      if (mode === 'true') {
        warn(`Code scanning upload failed: ${reason}.`);
        return { status: 'failed', sarifIds: [], reason };
      }
      logger.info(`Code scanning upload skipped: ${reason}.`);
      return { status: 'skipped', sarifIds: [], reason };
    };
    if (!c) return skipOrFail('no github-token was given');
    if (mode === 'auto') {
      if (!AUTO_UPLOAD_EVENTS.has(context.eventName)) {
        return skipOrFail(
          `upload: auto uploads on push, pull_request, pull_request_target, schedule and workflow_dispatch, not on ${context.eventName || 'local runs'}`,
        );
      }
      if (context.eventName === 'pull_request' && context.pullRequest?.fromFork) {
        notes.push(
          'ℹ️ Not uploaded to code scanning: a pull request from a fork gets a read-only token.',
        );
        return skipOrFail('a pull request from a fork gets a read-only token');
      }
    }
    const target = selectUploadTarget(context, options.checkoutSha);
    if ('skip' in target) return skipOrFail(target.skip);
    if (target.note) warn(`Code scanning: ${target.note}; uploading to ${target.ref}.`);
    const category =
      options.upload?.category ??
      (report.category ? `${report.action}/${report.category}` : report.action);
    let prepared;
    try {
      prepared = prepareSarifUploads(report.sarif, category);
    } catch (error) {
      const reason = `the SARIF cannot be uploaded: ${getErrorMessage(error)}`;
      warn(`Code scanning upload failed: ${reason}.`);
      return { status: 'failed', sarifIds: [], reason };
    }
    for (const w of prepared.warnings) warn(w);
    const where = {
      ref: target.ref,
      commitSha: target.commitSha,
      categories: prepared.files.flatMap((f) => f.categories),
    };
    const sarifIds: string[] = [];
    for (const file of prepared.files) {
      try {
        const { id } = await uploadSarif(c, {
          owner: context.owner,
          repo: context.repo,
          ref: target.ref,
          commitSha: target.commitSha,
          gzipped: file.gzipped,
          ...(context.workspace ? { checkoutPath: context.workspace } : {}),
        });
        sarifIds.push(id);
        logger.info(
          `Uploaded SARIF (${file.gzipped.length} bytes gzipped) to code scanning: ${id}`,
        );
      } catch (error) {
        const reason = describeHttpError(error);
        if (isResourceNotAccessible(error)) {
          warn(
            'Could not upload to code scanning: the token may not write security events (a pull request from a fork, a read-only token, or no `security-events: write` permission).',
          );
          return { status: 'forbidden', sarifIds, reason, ...where };
        }
        if (isCodeScanningUnavailable(error)) {
          warn(
            `Could not upload to code scanning: it is not available for ${context.owner}/${context.repo} (${reason}). Enable code scanning (GitHub Code Security for private repositories) or set \`upload: false\`.`,
          );
          return { status: 'forbidden', sarifIds, reason, ...where };
        }
        warn(`Code scanning upload failed (${reason}).`);
        return {
          status: 'failed',
          sarifIds,
          reason: `code scanning upload failed: ${reason}`,
          ...where,
        };
      }
    }
    if (options.waitForProcessing === false) return { status: 'uploaded', sarifIds, ...where };
    const sleep =
      options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const processing: ('complete' | 'failed' | 'pending')[] = [];
    const errors: string[] = [];
    for (const id of sarifIds) {
      const outcome = await waitForSarifProcessing(
        c,
        { owner: context.owner, repo: context.repo, id },
        {
          sleep,
          logger,
          ...(options.processingPolls !== undefined ? { polls: options.processingPolls } : {}),
          ...(options.processingDelayMs !== undefined
            ? { firstDelayMs: options.processingDelayMs }
            : {}),
        },
      );
      processing.push(outcome.status);
      errors.push(...outcome.errors);
      if (outcome.status === 'pending') {
        warn(
          `Timed out waiting for code scanning to process SARIF ${id}; it may still appear later.`,
        );
      }
    }
    if (processing.includes('failed')) {
      const reason = `GitHub could not process the SARIF: ${errors.join('; ') || 'no details given'}`;
      warn(`Code scanning: ${reason}.`);
      return { status: 'failed', sarifIds, reason, errors, processing, ...where };
    }
    return { status: 'uploaded', sarifIds, processing, ...where };
  }
}

function listed(categories: string[]): string {
  const shown = categories
    .slice(0, 5)
    .map((c) => `\`${c}\``)
    .join(', ');
  return categories.length > 5 ? `${shown} and ${categories.length - 5} more categories` : shown;
}
