// Self-check: what the fake answers must match GitHub's documented response schemas, or code
// tested against it could rely on members GitHub never sends (or miss ones it always does).
import { gzipSync } from 'node:zlib';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_READONLY_TOKEN, FAKE_TOKEN, startGitHubFake, type GitHubFake } from './index.js';
import { loadOpenApi } from './openapi.js';

const operations = loadOpenApi();
const o = { owner: 'octo-org', repo: 'octo-repo' };
const SHA = '4b6472266afd7b471e86085a6659e8c7f2b119da';
let fake: GitHubFake;
beforeAll(async () => {
  fake = await startGitHubFake();
});
afterAll(async () => {
  await fake.close();
});

function check(operationId: string, status: number, body: unknown): void {
  const op = operations.find((x) => x.operationId === operationId);
  const validate = op?.validateResponse[String(status)];
  if (!validate) throw new Error(`no documented ${status} schema for ${operationId}`);
  const ok = validate(body);
  expect(ok ? [] : validate.errors).toEqual([]);
}

async function status(p: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await p;
  } catch (error) {
    const e = error as { status: number; response: { data: unknown } };
    return { status: e.status, data: e.response.data };
  }
  throw new Error('expected an error');
}

describe('fake responses validate against the OpenAPI response schemas', () => {
  it('issue comments', async () => {
    const gh = getOctokit(FAKE_TOKEN, { baseUrl: fake.url });
    const created = await gh.rest.issues.createComment({ ...o, issue_number: 42, body: 'hi' });
    check('issues/create-comment', 201, created.data);
    check(
      'issues/list-comments',
      200,
      (await gh.rest.issues.listComments({ ...o, issue_number: 42 })).data,
    );
    check(
      'issues/get-comment',
      200,
      (await gh.rest.issues.getComment({ ...o, comment_id: created.data.id })).data,
    );
    check(
      'issues/update-comment',
      200,
      (await gh.rest.issues.updateComment({ ...o, comment_id: created.data.id, body: 'x' })).data,
    );
    const forbidden = await status(
      getOctokit(FAKE_READONLY_TOKEN, { baseUrl: fake.url }).rest.issues.createComment({
        ...o,
        issue_number: 42,
        body: 'x',
      }),
    );
    check('issues/create-comment', forbidden.status, forbidden.data);
    const tooLong = await status(
      gh.rest.issues.createComment({ ...o, issue_number: 42, body: 'x'.repeat(70_000) }),
    );
    check('issues/create-comment', tooLong.status, tooLong.data);
  });

  it('code scanning', async () => {
    const gh = getOctokit(FAKE_TOKEN, { baseUrl: fake.url });
    const sarif = gzipSync(JSON.stringify({ version: '2.1.0', runs: [] })).toString('base64');
    const up = await gh.rest.codeScanning.uploadSarif({
      ...o,
      commit_sha: SHA,
      ref: 'refs/heads/main',
      sarif,
    });
    check('code-scanning/upload-sarif', 202, up.data);
    const id = up.data.id ?? '';
    check(
      'code-scanning/get-sarif',
      200,
      (await gh.rest.codeScanning.getSarif({ ...o, sarif_id: id })).data,
    );
    check(
      'code-scanning/get-sarif',
      200,
      (await gh.rest.codeScanning.getSarif({ ...o, sarif_id: id })).data,
    );
    fake.state.sarifOutcome = () => ({ status: 'failed', errors: ['boom'] });
    fake.state.sarifPendingPolls = 0;
    const failed = await gh.rest.codeScanning.uploadSarif({
      ...o,
      commit_sha: SHA,
      ref: 'refs/heads/main',
      sarif,
    });
    const s = await gh.rest.codeScanning.getSarif({ ...o, sarif_id: failed.data.id ?? '' });
    expect(s.data.processing_status).toBe('failed');
    check('code-scanning/get-sarif', 200, s.data);
    fake.state.codeScanning = 'security-disabled';
    const off = await status(
      gh.rest.codeScanning.uploadSarif({ ...o, commit_sha: SHA, ref: 'refs/heads/main', sarif }),
    );
    check('code-scanning/upload-sarif', off.status, off.data);
    fake.faults.inject({ fault: { type: 'server-error', status: 503 } });
    const unavailable = await status(gh.rest.codeScanning.getSarif({ ...o, sarif_id: id }));
    check('code-scanning/get-sarif', unavailable.status, unavailable.data);
  });

  it('pull request files and rate limit', async () => {
    const gh = getOctokit(FAKE_TOKEN, { baseUrl: fake.url });
    fake.state.addPull({
      ...o,
      number: 7,
      files: [{ filename: 'a.tf', status: 'added', additions: 3, changes: 3 }],
    });
    check('pulls/list-files', 200, (await gh.rest.pulls.listFiles({ ...o, pull_number: 7 })).data);
    check('rate-limit/get', 200, (await gh.rest.rateLimit.get()).data);
  });
});
