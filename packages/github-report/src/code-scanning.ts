// Code-scanning upload: which ref/commit an event's results belong to, the gzip+base64 POST,
// and polling the processing status (GitHub checks most limits only there).
import { pathToFileURL } from 'node:url';
import type { GitHubContext, Logger } from '@devsecops-gates/action-kit';
import type { GitHubClient } from './types.js';

export type UploadTarget = { ref: string; commitSha: string; note?: string } | { skip: string };

const SHA = /^[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?$/;
const REF = /^refs\/(heads|tags|pull)\/.*$/;

/**
 * contracts.md §1.7: push uploads to GITHUB_REF + GITHUB_SHA; pull_request to the merge ref +
 * GITHUB_SHA (the test merge commit), or, when the workflow checked out another commit (the PR
 * head), to `refs/pull/<n>/head` + that commit, never mixing the two; pull_request_target to
 * `refs/pull/<n>/head` + the head SHA from the payload (GITHUB_REF/SHA there are the default
 * branch since 2025-12-08).
 */
export function selectUploadTarget(context: GitHubContext, checkoutSha?: string): UploadTarget {
  const n = context.pullRequestNumber;
  let target: { ref: string; commitSha: string; note?: string };
  switch (context.eventName) {
    case 'pull_request': {
      if (n === undefined)
        return { skip: 'the pull_request event payload has no pull request number' };
      const head = context.pullRequest?.headSha;
      if (checkoutSha && context.sha && checkoutSha.toLowerCase() !== context.sha.toLowerCase()) {
        target = { ref: `refs/pull/${n}/head`, commitSha: checkoutSha };
        if (head && checkoutSha.toLowerCase() !== head.toLowerCase()) {
          target.note = `the checked-out commit ${checkoutSha} is neither the merge commit nor the PR head ${head}`;
        }
      } else {
        target = { ref: `refs/pull/${n}/merge`, commitSha: context.sha };
      }
      break;
    }
    case 'pull_request_target': {
      const head = context.pullRequest?.headSha;
      if (n === undefined || !head)
        return { skip: 'the pull_request_target event payload has no pull request head' };
      target = { ref: `refs/pull/${n}/head`, commitSha: head };
      break;
    }
    default:
      target = { ref: context.ref, commitSha: context.sha };
  }
  if (!REF.test(target.ref)) {
    return {
      skip: `the ref "${target.ref}" of this ${context.eventName || 'local'} run is not a branch, tag or pull request ref`,
    };
  }
  if (!SHA.test(target.commitSha)) {
    return {
      skip: `the commit "${target.commitSha}" of this ${context.eventName || 'local'} run is not a full commit SHA`,
    };
  }
  return target;
}

export async function uploadSarif(
  client: GitHubClient,
  input: {
    owner: string;
    repo: string;
    ref: string;
    commitSha: string;
    /** gzip of the SARIF JSON. */
    gzipped: Buffer;
    /** Relativises absolute `file://` URIs in the SARIF. */
    checkoutPath?: string;
  },
): Promise<{ id: string; url: string | undefined }> {
  const { data } = await client.rest.codeScanning.uploadSarif({
    owner: input.owner,
    repo: input.repo,
    ref: input.ref,
    commit_sha: input.commitSha,
    sarif: input.gzipped.toString('base64'),
    ...(input.checkoutPath ? { checkout_uri: pathToFileURL(input.checkoutPath).href } : {}),
  });
  if (!data.id) throw new Error('GitHub accepted the SARIF upload but returned no id');
  return { id: data.id, url: data.url };
}

export interface ProcessingOutcome {
  status: 'complete' | 'failed' | 'pending';
  errors: string[];
}

/**
 * Polls like codeql-action: a first wait, then doubling waits, `polls` times. A status request
 * that itself fails is reported as pending (the upload was accepted; processing is GitHub's).
 */
export async function waitForSarifProcessing(
  client: GitHubClient,
  input: { owner: string; repo: string; id: string },
  options: {
    sleep: (ms: number) => Promise<void>;
    logger: Logger;
    polls?: number;
    firstDelayMs?: number;
  },
): Promise<ProcessingOutcome> {
  const polls = options.polls ?? 5;
  let delay = options.firstDelayMs ?? 5000;
  for (let attempt = 1; attempt <= polls; attempt++) {
    await options.sleep(delay);
    delay *= 2;
    try {
      const { data } = await client.rest.codeScanning.getSarif({
        owner: input.owner,
        repo: input.repo,
        sarif_id: input.id,
      });
      if (data.processing_status === 'complete') return { status: 'complete', errors: [] };
      if (data.processing_status === 'failed')
        return { status: 'failed', errors: [...(data.errors ?? [])] };
      options.logger.debug(
        `SARIF ${input.id} is still being processed (poll ${attempt} of ${polls}).`,
      );
    } catch (error) {
      options.logger.info(
        `Could not read the processing status of SARIF ${input.id}: ${String(error)}`,
      );
      return { status: 'pending', errors: [] };
    }
  }
  return { status: 'pending', errors: [] };
}
