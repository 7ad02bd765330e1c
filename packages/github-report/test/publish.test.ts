import { RecordingLogger, type UploadMode } from '@devsecops-gates/action-kit';
import { startGitHubFake, type GitHubFake } from '@devsecops-gates/fakes/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../src/client.js';
import { publishReport } from '../src/publish.js';
import type { PublishOptions, Report } from '../src/types.js';
import {
  DEFAULT_BRANCH_SHA,
  FAKE_READONLY_TOKEN,
  FAKE_TOKEN,
  HEAD_SHA,
  MERGE_SHA,
  clientFor,
  contextFor,
  noSleep,
  sarifLog,
} from './helpers.js';

let fake: GitHubFake;
beforeEach(async () => {
  fake = await startGitHubFake();
});
afterEach(async () => {
  await fake.close();
});

const baseReport: Report = {
  action: 'cfn-policy-validate',
  headline: '❌ 2 findings in 1 template',
  sections: [
    {
      title: 'Findings',
      markdown: '| severity | rule |\n| --- | --- |\n| high | PASS_ROLE_WITH_STAR |',
    },
  ],
  annotations: [
    {
      level: 'error',
      message: 'iam:PassRole with *',
      file: 'template.yaml',
      startLine: 4,
      rank: 3,
    },
  ],
  sarif: sarifLog([{ results: 2 }]),
};

interface Run {
  result: Awaited<ReturnType<typeof publishReport>>;
  logger: RecordingLogger;
  summary: string[];
  ms: number;
}

async function publish(
  event: Parameters<typeof contextFor>[0],
  opts: {
    token?: string;
    upload?: UploadMode;
    report?: Partial<Report>;
    extra?: Partial<PublishOptions>;
  } = {},
): Promise<Run> {
  const logger = new RecordingLogger();
  const summary: string[] = [];
  const token = opts.token ?? FAKE_TOKEN;
  const t0 = Date.now();
  const result = await publishReport(
    { ...baseReport, ...opts.report },
    {
      reporting: { githubToken: token, comment: true, annotations: true },
      upload: { upload: opts.upload ?? 'true', category: undefined },
      context: contextFor(event, fake.url),
      logger,
      appendSummary: (md) => {
        summary.push(md);
        return Promise.resolve();
      },
      client: clientFor(fake, token, logger),
      sleep: noSleep,
      ...opts.extra,
    },
  );
  return { result, logger, summary, ms: Date.now() - t0 };
}

describe('publishReport on a pull_request', () => {
  it('annotates, comments, uploads to the merge ref and writes the summary', async () => {
    const { result, logger, summary } = await publish('pull_request');
    expect(result.annotations).toEqual({ emitted: 1, dropped: 0 });
    expect(logger.entries.find((e) => e.level === 'error')).toMatchObject({
      message: 'iam:PassRole with *',
      properties: { file: 'template.yaml', startLine: 4 },
    });
    expect(result.comment.status).toBe('created');
    expect(result.upload).toMatchObject({
      status: 'uploaded',
      ref: 'refs/pull/2/merge',
      commitSha: MERGE_SHA,
      categories: ['cfn-policy-validate/'],
      processing: ['complete'],
    });
    const [upload] = fake.state.sarifUploads;
    expect(upload).toMatchObject({
      ref: 'refs/pull/2/merge',
      commitSha: MERGE_SHA,
      checkoutUri: 'file:///home/runner/work/Hello-World/Hello-World',
    });
    expect(result.upload.sarifIds).toEqual([upload?.id]);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toContain('## ❌ 2 findings in 1 template');
    expect(summary[0]).toContain('Uploaded to code scanning for `refs/pull/2/merge`');
    expect(result.summary.bytes).toBe(Buffer.byteLength(summary[0] ?? ''));
    expect(result.warnings).toEqual([]);
  });

  it('uploads to the head ref with the head SHA when the head was checked out', async () => {
    const { result } = await publish('pull_request', { extra: { checkoutSha: HEAD_SHA } });
    expect(fake.state.sarifUploads[0]).toMatchObject({
      ref: 'refs/pull/2/head',
      commitSha: HEAD_SHA,
    });
    expect(result.upload.status).toBe('uploaded');
  });

  it('pull_request_target: head ref + head SHA; push: GITHUB_REF + GITHUB_SHA', async () => {
    await publish('pull_request_target');
    await publish('push');
    expect(fake.state.sarifUploads.map((u) => [u.ref, u.commitSha])).toEqual([
      ['refs/pull/2/head', HEAD_SHA],
      ['refs/tags/simple-tag', DEFAULT_BRANCH_SHA],
    ]);
    // No comment on push.
    expect(fake.state.comments).toHaveLength(1);
  });
});

describe('fork PRs and read-only tokens', () => {
  it('turns the 403s into warnings and summary lines, never a failure', async () => {
    const { result, summary, logger } = await publish('pull_request_fork', {
      token: FAKE_READONLY_TOKEN,
    });
    expect(result.comment).toMatchObject({
      status: 'forbidden',
      reason: 'HTTP 403: Resource not accessible by integration',
    });
    expect(result.upload).toMatchObject({ status: 'forbidden', sarifIds: [] });
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toMatch(
      /^Could not comment on pull request #2: the token may not write comments/,
    );
    expect(result.warnings[1]).toMatch(/`security-events: write`/);
    expect(logger.messages('warning')).toEqual(result.warnings);
    for (const w of result.warnings) expect(summary[0]).toContain(w);
    // Annotations still went out.
    expect(result.annotations.emitted).toBe(1);
    expect(fake.state.comments).toHaveLength(0);
  });

  it('upload: auto does not even try on a fork PR', async () => {
    const { result } = await publish('pull_request_fork', {
      token: FAKE_READONLY_TOKEN,
      upload: 'auto',
    });
    expect(result.upload).toMatchObject({
      status: 'skipped',
      reason: 'a pull request from a fork gets a read-only token',
    });
    expect(
      fake.requests.filter((r) => r.operationId === 'code-scanning/upload-sarif'),
    ).toHaveLength(0);
  });

  it('a 404 (code scanning not enabled) is a warning with a clear message', async () => {
    fake.state.codeScanning = 'not-found';
    const { result } = await publish('push');
    expect(result.upload.status).toBe('forbidden');
    expect(result.warnings[0]).toContain(
      'code scanning: it is not available for Codertocat/Hello-World (HTTP 404: Not Found)',
    );
  });
});

describe('rate limits and server errors', () => {
  it('retries a secondary rate limit after retry-after seconds', async () => {
    fake.faults.inject({
      operation: 'issues/create-comment',
      fault: { type: 'secondary-rate-limit', retryAfterSeconds: 1 },
    });
    const { result, ms, logger } = await publish('pull_request', { upload: 'false' });
    expect(result.comment.status).toBe('created');
    expect(
      fake.requests.filter((r) => r.operationId === 'issues/create-comment').map((r) => r.status),
    ).toEqual([403, 201]);
    expect(ms).toBeGreaterThanOrEqual(1000);
    expect(logger.messages('info').join('\n')).toContain(
      'secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 1s',
    );
  });

  it('waits for x-ratelimit-reset on a primary rate limit (429)', async () => {
    fake.faults.inject({
      operation: 'code-scanning/upload-sarif',
      fault: { type: 'primary-rate-limit', status: 429, resetInSeconds: 1 },
    });
    const { result } = await publish('push');
    expect(result.upload.status).toBe('uploaded');
    expect(
      fake.requests
        .filter((r) => r.operationId === 'code-scanning/upload-sarif')
        .map((r) => r.status),
    ).toEqual([429, 202]);
  });

  it('retries 5xx and connection resets a bounded number of times', async () => {
    fake.faults.inject({
      operation: 'code-scanning/upload-sarif',
      fault: { type: 'server-error', status: 502 },
    });
    fake.faults.inject({
      operation: 'code-scanning/upload-sarif',
      fault: { type: 'connection-reset' },
    });
    const ok = await publish('push');
    expect(ok.result.upload.status).toBe('uploaded');
    fake.faults.inject({
      operation: 'code-scanning/upload-sarif',
      fault: { type: 'server-error', status: 503 },
      times: 10,
    });
    const failed = await publish('push');
    expect(failed.result.upload).toMatchObject({
      status: 'failed',
      reason: 'code scanning upload failed: HTTP 503: Service unavailable',
    });
    // 1 try + 3 retries.
    expect(fake.faults.pending).toBe(6);
  });
});

describe('bounded retries', () => {
  it('gives up after `retries` and reports the comment as failed, not the job', async () => {
    fake.faults.inject({
      operation: 'issues/create-comment',
      fault: { type: 'secondary-rate-limit', retryAfterSeconds: 1 },
      times: 5,
    });
    const logger = new RecordingLogger();
    const client = createGitHubClient({ token: FAKE_TOKEN, baseUrl: fake.url, logger, retries: 1 });
    const { result } = await publish('pull_request', {
      upload: 'false',
      extra: { client, logger },
    });
    expect(fake.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(2);
    expect(result.comment.status).toBe('failed');
    expect(result.comment.reason).toMatch(/^HTTP 403: You have exceeded a secondary rate limit/);
    expect(result.warnings[0]).toMatch(
      /^Could not comment on pull request #2 \(HTTP 403: You have exceeded a secondary rate limit/,
    );
  });

  it('does not hold the job for a reset further away than maxRetryAfterSeconds', async () => {
    fake.faults.inject({ fault: { type: 'primary-rate-limit', resetInSeconds: 3600 } });
    const logger = new RecordingLogger();
    const client = createGitHubClient({
      token: FAKE_TOKEN,
      baseUrl: fake.url,
      logger,
      maxRetryAfterSeconds: 30,
    });
    const { result, ms } = await publish('pull_request', {
      upload: 'false',
      extra: { client, logger },
    });
    expect(result.comment.status).toBe('failed');
    // Far below the 30 s cap it refused to wait for (let alone the hour to the reset).
    expect(ms).toBeLessThan(30_000);
    expect(logger.messages('info').join('\n')).toMatch(
      /the reset is \d+s away \(more than 30s\); not waiting/,
    );
  });
});

describe('code-scanning limits and processing', () => {
  it('surfaces a failed processing status with GitHub errors', async () => {
    fake.state.sarifOutcome = () => ({
      status: 'failed',
      errors: ['an invalid URI was provided as a SARIF location'],
    });
    const { result, summary } = await publish('push');
    expect(result.upload).toMatchObject({
      status: 'failed',
      errors: ['an invalid URI was provided as a SARIF location'],
      processing: ['failed'],
      reason: 'GitHub could not process the SARIF: an invalid URI was provided as a SARIF location',
    });
    expect(summary[0]).toContain('an invalid URI was provided as a SARIF location');
    // pending once, then failed
    expect(fake.requests.filter((r) => r.operationId === 'code-scanning/get-sarif')).toHaveLength(
      2,
    );
  });

  it('warns and keeps going when processing is still pending after the last poll', async () => {
    fake.state.sarifPendingPolls = 100;
    const { result } = await publish('push', { extra: { processingPolls: 3 } });
    expect(result.upload).toMatchObject({ status: 'uploaded', processing: ['pending'] });
    expect(result.warnings[0]).toMatch(/^Timed out waiting for code scanning to process SARIF/);
  });

  it('splits >20 runs and trims >25,000 results so GitHub processes every part', async () => {
    const sarif = sarifLog([
      { tool: 'big', results: 25_100, level: 'note' },
      ...Array.from({ length: 24 }, (_, i) => ({ tool: `tool-${i}`, results: 1 })),
    ]);
    const { result } = await publish('push', { report: { sarif } });
    expect(result.upload.status).toBe('uploaded');
    expect(result.upload.sarifIds).toHaveLength(2);
    expect(result.upload.processing).toEqual(['complete', 'complete']);
    expect(fake.state.sarifUploads.map((u) => u.status)).toEqual(['complete', 'complete']);
    expect(result.warnings.some((w) => w.includes('big reported 25100 results in one run'))).toBe(
      true,
    );
    expect(result.warnings.some((w) => w.includes('25 runs (GitHub accepts 20 per upload)'))).toBe(
      true,
    );
    // Without the client-side limits the same SARIF is rejected by GitHub's processing.
    expect(fake.state.sarifUploads.flatMap((u) => u.categories)).toHaveLength(25);
  });

  it('fails (not throws) on upload: true without a token', async () => {
    const logger = new RecordingLogger();
    const result = await publishReport(baseReport, {
      reporting: { githubToken: undefined, comment: true, annotations: false },
      upload: { upload: 'true', category: 'x' },
      context: contextFor('push', fake.url),
      logger,
      appendSummary: () => Promise.resolve(),
    });
    expect(result.upload).toMatchObject({ status: 'failed', reason: 'no github-token was given' });
    expect(result.comment.status).toBe('skipped');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('summary and annotation caps through publishReport', () => {
  it('counts annotations beyond the caps into the summary and keeps slots for its own warnings', async () => {
    const annotations = Array.from({ length: 40 }, (_, i) => ({
      level: 'warning' as const,
      message: `w${i}`,
      rank: i % 4,
    }));
    const { result, summary } = await publish('pull_request_fork', {
      token: FAKE_READONLY_TOKEN,
      report: { annotations },
    });
    // Two publishing warnings (comment + upload) take 2 of the 10 warning slots.
    expect(result.annotations).toEqual({ emitted: 8, dropped: 32 });
    expect(summary[0]).toContain('8 of 40 findings are annotated on the code');
  });

  it('caps a huge summary under 1 MiB', async () => {
    const sections = Array.from({ length: 5 }, (_, i) => ({
      title: `S${i}`,
      markdown: 'x'.repeat(400_000),
    }));
    const { result, summary } = await publish('push', { upload: 'false', report: { sections } });
    expect(Buffer.byteLength(summary[0] ?? '')).toBeLessThanOrEqual(1_048_576);
    expect(result.summary.truncatedSections).toBe(3);
  });
});
