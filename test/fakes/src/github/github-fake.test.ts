// The fake must reject what api.github.com rejects, with the bodies Octokit turns into the same
// messages. Every test drives it with the real @actions/github Octokit (no retry plugins, as
// getOctokit ships).
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_READONLY_TOKEN, FAKE_TOKEN, startGitHubFake, type GitHubFake } from './index.js';

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const o = { owner: 'Codertocat', repo: 'Hello-World' };

let fake: GitHubFake;
beforeEach(async () => {
  fake = await startGitHubFake();
});
afterEach(async () => {
  await fake.close();
});

const octokit = (token = FAKE_TOKEN): ReturnType<typeof getOctokit> =>
  getOctokit(token, { baseUrl: fake.url });

/** A request the typed Octokit methods would not let us make (that is the point of the test). */
function invalid(route: string, params: Record<string, unknown>): Promise<unknown> {
  return octokit().request(route, params);
}

function sarifB64(log: unknown): string {
  return gzipSync(JSON.stringify(log)).toString('base64');
}

function sarifLog(runs: number, resultsPerRun = 1): unknown {
  return {
    version: '2.1.0',
    runs: Array.from({ length: runs }, (_, i) => ({
      tool: { driver: { name: 'tfsec' } },
      automationDetails: { id: `cat-${i}/` },
      results: Array.from({ length: resultsPerRun }, () => ({
        ruleId: 'R1',
        message: { text: 'x' },
      })),
    })),
  };
}

async function rejection(
  p: Promise<unknown>,
): Promise<{ status: number; message: string; data: unknown; headers: Record<string, string> }> {
  try {
    await p;
  } catch (error) {
    const e = error as {
      status: number;
      message: string;
      response?: { data: unknown; headers: Record<string, string> };
    };
    return {
      status: e.status,
      message: e.message,
      data: e.response?.data,
      headers: e.response?.headers ?? {},
    };
  }
  throw new Error('expected the request to be rejected');
}

describe('code-scanning upload-sarif validation', () => {
  it('rejects an unknown body member (there is no `category`) with 422 like GitHub', async () => {
    const err = await rejection(
      invalid('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
        ...o,
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: sarifB64(sarifLog(1)),
        category: 'my-category',
      }),
    );
    expect(err.status).toBe(422);
    expect(err.data).toEqual({
      message: 'Invalid request.\n\n"category" is not a permitted key.',
      documentation_url:
        'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data',
      status: '422',
    });
    expect(err.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(err.message).toBe(
      'Invalid request.\n\n"category" is not a permitted key. - https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data',
    );
    expect(fake.state.sarifUploads).toHaveLength(0);
  });

  it('rejects a ref outside refs/(heads|tags|pull)/ with the observed message', async () => {
    const err = await rejection(
      octokit().rest.codeScanning.uploadSarif({
        ...o,
        commit_sha: SHA,
        ref: 'heads/main',
        sarif: sarifB64(sarifLog(1)),
      }),
    );
    expect(err.status).toBe(422);
    expect((err.data as { message: string }).message).toBe(
      'Invalid request.\n\nheads/main does not match /^refs\\/(heads|pull|tags)\\/.*$/.',
    );
  });

  it('names missing required members and wrong types', async () => {
    const missing = await rejection(
      invalid('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
        ...o,
        ref: 'refs/heads/main',
      }),
    );
    expect((missing.data as { message: string }).message).toBe(
      'Invalid request.\n\n"commit_sha", "sarif" weren\'t supplied.',
    );
    const typed = await rejection(
      invalid('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
        ...o,
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: sarifB64(sarifLog(1)),
        validate: 'yes',
      }),
    );
    expect((typed.data as { message: string }).message).toBe(
      `Invalid request.\n\nFor 'properties/validate', "yes" is not a boolean.`,
    );
  });

  it('rejects a short commit SHA and accepts a 64-hex (SHA-256) one', async () => {
    const err = await rejection(
      octokit().rest.codeScanning.uploadSarif({
        ...o,
        commit_sha: SHA.slice(0, 39),
        ref: 'refs/heads/main',
        sarif: sarifB64(sarifLog(1)),
      }),
    );
    expect(err.status).toBe(422);
    expect((err.data as { message: string }).message).toContain(
      'does not match /^([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)$/.',
    );
    const ok = await octokit().rest.codeScanning.uploadSarif({
      ...o,
      commit_sha: SHA + SHA.slice(0, 24),
      ref: 'refs/heads/main',
      sarif: sarifB64(sarifLog(1)),
    });
    expect(ok.status).toBe(202);
  });

  it('answers 400 when the sarif member is not gzip+base64 and 413 above 10 MB gzipped', async () => {
    const plain = Buffer.from(JSON.stringify(sarifLog(1))).toString('base64');
    const bad = await rejection(
      octokit().rest.codeScanning.uploadSarif({
        ...o,
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: plain,
      }),
    );
    expect(bad.status).toBe(400);
    const huge = randomBytes(10 * 1024 * 1024 + 1).toString('base64');
    const tooLarge = await rejection(
      octokit().rest.codeScanning.uploadSarif({
        ...o,
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: huge,
      }),
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.message).toMatch(/^Payload Too Large - https:\/\/docs\.github\.com/);
  });

  it('answers 202 with a status URL on the fake, then pending -> complete, keeping the decoded SARIF', async () => {
    const log = sarifLog(2);
    const { status, data } = await octokit().rest.codeScanning.uploadSarif({
      ...o,
      commit_sha: SHA,
      ref: 'refs/pull/2/merge',
      sarif: sarifB64(log),
      checkout_uri: 'file:///github/workspace/',
    });
    expect(status).toBe(202);
    expect(data.url).toBe(
      `${fake.url}/repos/Codertocat/Hello-World/code-scanning/sarifs/${data.id}`,
    );
    expect(fake.state.sarifUploads[0]).toMatchObject({
      ref: 'refs/pull/2/merge',
      commitSha: SHA,
      sarif: log,
      categories: ['cat-0/', 'cat-1/'],
    });
    const first = await octokit().rest.codeScanning.getSarif({ ...o, sarif_id: data.id ?? '' });
    expect(first.data).toEqual({ processing_status: 'pending', analyses_url: null });
    const second = await octokit().rest.codeScanning.getSarif({ ...o, sarif_id: data.id ?? '' });
    expect(second.data.processing_status).toBe('complete');
    expect(second.data.analyses_url).toContain(fake.url);
  });

  it('fails processing above GitHub limits with its exact error strings', async () => {
    fake.state.sarifPendingPolls = 0;
    const runs = await octokit().rest.codeScanning.uploadSarif({
      ...o,
      commit_sha: SHA,
      ref: 'refs/heads/main',
      sarif: sarifB64(sarifLog(21)),
    });
    const status = await octokit().rest.codeScanning.getSarif({
      ...o,
      sarif_id: runs.data.id ?? '',
    });
    expect(status.data).toEqual({
      processing_status: 'failed',
      analyses_url: null,
      errors: ['rejecting SARIF, as there are more runs than allowed (21 > 20)'],
    });
    const results = await octokit().rest.codeScanning.uploadSarif({
      ...o,
      commit_sha: SHA,
      ref: 'refs/heads/main',
      sarif: sarifB64(sarifLog(1, 25_001)),
    });
    const s2 = await octokit().rest.codeScanning.getSarif({
      ...o,
      sarif_id: results.data.id ?? '',
    });
    expect(s2.data.errors).toEqual([
      'rejecting SARIF, as there are more results per run than allowed (25001 > 25000)',
    ]);
  });

  it('404s an unknown SARIF id, and models code security being off', async () => {
    expect(
      (await rejection(octokit().rest.codeScanning.getSarif({ ...o, sarif_id: 'nope' }))).status,
    ).toBe(404);
    fake.state.codeScanning = 'security-disabled';
    const err = await rejection(
      octokit().rest.codeScanning.uploadSarif({
        ...o,
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: sarifB64(sarifLog(1)),
      }),
    );
    expect(err.status).toBe(403);
    expect((err.data as { message: string }).message).toBe(
      'Code Security must be enabled for this repository to use code scanning.',
    );
  });
});

describe('issue comments', () => {
  it('paginates with Link headers on the fake base URL, per_page capped at 100', async () => {
    for (let i = 0; i < 250; i++) fake.state.addComment({ ...o, issueNumber: 2, body: `c${i}` });
    const first = await octokit().rest.issues.listComments({
      ...o,
      issue_number: 2,
      per_page: 500,
    });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toContain(
      `<${fake.url}/repos/Codertocat/Hello-World/issues/2/comments?per_page=100&page=2>; rel="next"`,
    );
    expect(first.headers.link).toContain('page=3>; rel="last"');
    const defaults = await octokit().rest.issues.listComments({ ...o, issue_number: 2 });
    expect(defaults.data).toHaveLength(30);
    const all = await octokit().paginate(octokit().rest.issues.listComments, {
      ...o,
      issue_number: 2,
      per_page: 100,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(fake.requests.filter((r) => r.operationId === 'issues/list-comments')).toHaveLength(5);
  });

  it('creates, gets, updates and deletes as the Actions bot', async () => {
    const gh = octokit();
    const { status, data } = await gh.rest.issues.createComment({
      ...o,
      issue_number: 2,
      body: 'hello',
    });
    expect(status).toBe(201);
    expect(data.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    expect((await gh.rest.issues.getComment({ ...o, comment_id: data.id })).data.body).toBe(
      'hello',
    );
    await gh.rest.issues.updateComment({ ...o, comment_id: data.id, body: 'edited' });
    expect(fake.state.comments[0]?.body).toBe('edited');
    expect((await gh.rest.issues.deleteComment({ ...o, comment_id: data.id })).status).toBe(204);
    expect(fake.state.comments).toHaveLength(0);
    expect((await rejection(gh.rest.issues.getComment({ ...o, comment_id: data.id }))).status).toBe(
      404,
    );
  });

  it('rejects bodies over 65,536 characters with the Validation Failed shape', async () => {
    const err = await rejection(
      octokit().rest.issues.createComment({ ...o, issue_number: 2, body: 'x'.repeat(65_537) }),
    );
    expect(err.status).toBe(422);
    expect(err.message).toBe(
      'Validation Failed: {"resource":"IssueComment","code":"unprocessable","field":"data","message":"Body is too long (maximum is 65536 characters)"} - https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    );
    await expect(
      octokit().rest.issues.createComment({ ...o, issue_number: 2, body: 'x'.repeat(65_536) }),
    ).resolves.toBeDefined();
  });

  it('requires `body` and a JSON body', async () => {
    const err = await rejection(
      invalid('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...o,
        issue_number: 2,
        text: 'hi',
      }),
    );
    expect(err.status).toBe(422);
    expect((err.data as { message: string }).message).toBe(
      'Invalid request.\n\n"body" wasn\'t supplied.',
    );
    // Octokit sends no body at all when there are no body parameters.
    const empty = await rejection(
      invalid('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...o,
        issue_number: 2,
      }),
    );
    expect((empty.data as { message: string }).message).toBe(
      "Invalid request.\n\nFor 'links/0/schema', nil is not an object.",
    );
    const res = await fetch(`${fake.url}/repos/o/r/issues/2/comments`, {
      method: 'POST',
      headers: { authorization: `token ${FAKE_TOKEN}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBe('Problems parsing JSON');
  });
});

describe('auth and permissions', () => {
  it('401s a missing or unknown token', async () => {
    const none = await fetch(`${fake.url}/repos/o/r/issues/2/comments`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { message: string }).message).toBe('Requires authentication');
    const err = await rejection(
      octokit('ghp_wrong').rest.issues.listComments({ ...o, issue_number: 2 }),
    );
    expect(err.status).toBe(401);
    expect(err.message).toBe('Bad credentials - https://docs.github.com/rest');
  });

  it('lets a read-only (fork) token read but answers 403 on every write', async () => {
    const ro = octokit(FAKE_READONLY_TOKEN);
    await expect(ro.rest.issues.listComments({ ...o, issue_number: 2 })).resolves.toBeDefined();
    const comment = await rejection(
      ro.rest.issues.createComment({ ...o, issue_number: 2, body: 'x' }),
    );
    expect(comment.status).toBe(403);
    expect(comment.message).toBe(
      'Resource not accessible by integration - https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    );
    const upload = await rejection(
      ro.rest.codeScanning.uploadSarif({
        ...o,
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: sarifB64(sarifLog(1)),
      }),
    );
    expect(upload.data).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url:
        'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data',
      status: '403',
    });
  });

  it('404s unknown routes and non-integer numbers', async () => {
    expect((await rejection(octokit().request('GET /repos/{owner}/{repo}/hooks', o))).status).toBe(
      404,
    );
    expect(
      (await rejection(octokit().request('GET /repos/{owner}/{repo}/issues/abc/comments', o)))
        .status,
    ).toBe(404);
  });
});

describe('faults', () => {
  it('serves a secondary rate limit with retry-after, once', async () => {
    fake.faults.inject({
      operation: 'issues/create-comment',
      fault: { type: 'secondary-rate-limit', retryAfterSeconds: 7 },
    });
    const err = await rejection(
      octokit().rest.issues.createComment({ ...o, issue_number: 2, body: 'x' }),
    );
    expect(err.status).toBe(403);
    expect(err.headers['retry-after']).toBe('7');
    expect(err.message).toMatch(/secondary rate limit/);
    await expect(
      octokit().rest.issues.createComment({ ...o, issue_number: 2, body: 'x' }),
    ).resolves.toBeDefined();
  });

  it('serves a primary rate limit (429) with remaining 0 and a reset', async () => {
    fake.faults.inject({ fault: { type: 'primary-rate-limit', status: 429, resetInSeconds: 30 } });
    const err = await rejection(octokit().rest.issues.listComments({ ...o, issue_number: 2 }));
    expect(err.status).toBe(429);
    expect(err.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(err.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000 + 20);
  });

  it('serves 5xx, connection resets and latency', async () => {
    fake.faults.inject({ fault: { type: 'server-error', status: 502 } });
    expect((await rejection(octokit().rest.rateLimit.get())).status).toBe(502);
    fake.faults.inject({ fault: { type: 'connection-reset' } });
    await expect(octokit().rest.rateLimit.get()).rejects.toThrow();
    fake.faults.inject({ fault: { type: 'latency', ms: 150 } });
    const t0 = Date.now();
    await octokit().rest.rateLimit.get();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(fake.faults.pending).toBe(0);
  });

  it('puts x-ratelimit headers on every response and counts usage', async () => {
    const res = await octokit().rest.issues.listComments({ ...o, issue_number: 2 });
    expect(res.headers['x-ratelimit-remaining']).toBe('999');
    const rl = await octokit().rest.rateLimit.get();
    expect(rl.data.resources.core).toMatchObject({ limit: 1000, used: 1, remaining: 999 });
  });
});

describe('pull requests', () => {
  it('gets a pull request and paginates its files', async () => {
    fake.state.addPull({
      ...o,
      number: 2,
      data: { head: { sha: SHA, ref: 'changes' } },
      files: Array.from({ length: 120 }, (_, i) => ({ filename: `infra/f${i}.tf` })),
    });
    const pr = await octokit().rest.pulls.get({ ...o, pull_number: 2 });
    expect(pr.data.head.sha).toBe(SHA);
    const files = await octokit().paginate(octokit().rest.pulls.listFiles, {
      ...o,
      pull_number: 2,
      per_page: 100,
    });
    expect(files).toHaveLength(120);
    expect((await rejection(octokit().rest.pulls.get({ ...o, pull_number: 3 }))).status).toBe(404);
  });
});
