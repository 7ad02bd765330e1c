import { RecordingLogger } from '@devsecops-gates/action-kit';
import { startGitHubFake, type GitHubFake } from '@devsecops-gates/fakes/github';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  COMMENT_LIMIT_CHARS,
  capCommentBody,
  commentMarker,
  upsertComment,
} from '../src/comment.js';
import { publishReport } from '../src/publish.js';
import type { Report } from '../src/types.js';
import { FAKE_TOKEN, clientFor, contextFor, noSleep } from './helpers.js';

const o = { owner: 'Codertocat', repo: 'Hello-World' };
let fake: GitHubFake;
beforeEach(async () => {
  fake = await startGitHubFake();
});
afterEach(async () => {
  await fake.close();
});

function report(headline: string, extra: Partial<Report> = {}): Report {
  return {
    action: 'sarif-severity-gate',
    headline,
    sections: [
      { title: 'Findings', markdown: '| rule | count |\n| --- | --- |\n| CKV_AWS_1 | 2 |' },
    ],
    ...extra,
  };
}

async function publishAsNewRun(r: Report): Promise<Awaited<ReturnType<typeof publishReport>>> {
  const logger = new RecordingLogger();
  return publishReport(r, {
    reporting: { githubToken: FAKE_TOKEN, comment: true, annotations: false },
    context: contextFor('pull_request', fake.url),
    logger,
    appendSummary: () => Promise.resolve(),
    // Each rerun is a new process with its own client.
    client: clientFor(fake, FAKE_TOKEN, logger),
    sleep: noSleep,
  });
}

const marked = (): string[] =>
  fake.state
    .commentsOn(o.owner, o.repo, 2)
    .filter((c) => c.body.startsWith('<!-- devsecops-gates:'))
    .map((c) => c.body);

describe('PR comment upsert', () => {
  it('leaves exactly one comment after three reruns, updated in place', async () => {
    const first = await publishAsNewRun(report('❌ 3 findings'));
    const second = await publishAsNewRun(report('❌ 2 findings'));
    const third = await publishAsNewRun(report('✅ no findings'));
    expect([first.comment.status, second.comment.status, third.comment.status]).toEqual([
      'created',
      'updated',
      'updated',
    ]);
    expect(marked()).toHaveLength(1);
    expect(marked()[0]).toContain('✅ no findings');
    expect(marked()[0]?.startsWith('<!-- devsecops-gates:sarif-severity-gate:default -->\n')).toBe(
      true,
    );
    expect(third.comment.url).toBe(first.comment.url);
    expect(fake.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(1);
  });

  it('converges to one comment when concurrent jobs upsert at once', async () => {
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) => publishAsNewRun(report(`run ${i}`))),
    );
    expect(marked()).toHaveLength(1);
    const urls = new Set(runs.map((r) => r.comment.url));
    expect(urls.size).toBe(1);
    // The race really happened: several jobs created a comment, and the extras were deleted.
    const creates = fake.requests.filter((r) => r.operationId === 'issues/create-comment').length;
    expect(creates).toBeGreaterThan(1);
    expect(
      fake.requests.filter((r) => r.operationId === 'issues/delete-comment' && r.status === 204),
    ).toHaveLength(creates - 1);
    // A later rerun still finds and updates that one comment.
    await publishAsNewRun(report('rerun'));
    expect(marked()).toEqual([expect.stringContaining('rerun')]);
  });

  it('finds its marker beyond the first 100 comments (pagination)', async () => {
    for (let i = 0; i < 130; i++)
      fake.state.addComment({ ...o, issueNumber: 2, body: `chatter ${i}` });
    fake.state.addComment({
      ...o,
      issueNumber: 2,
      body: `${commentMarker('sarif-severity-gate')}\nold report`,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    });
    for (let i = 0; i < 40; i++)
      fake.state.addComment({ ...o, issueNumber: 2, body: `later ${i}` });
    const result = await publishAsNewRun(report('new report'));
    expect(result.comment.status).toBe('updated');
    expect(marked()).toEqual([expect.stringContaining('new report')]);
    const lists = fake.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true);
  });

  it('keeps one comment per action and category, and ignores a quoted marker', async () => {
    fake.state.addComment({
      ...o,
      issueNumber: 2,
      body: `> ${commentMarker('sarif-severity-gate')}\n> quoted by a human`,
    });
    await publishAsNewRun(report('a'));
    await publishAsNewRun(report('b', { category: 'prod' }));
    await publishAsNewRun(report('c', { category: 'prod' }));
    expect(marked()).toHaveLength(2);
    expect(fake.state.comments.filter((c) => c.body.startsWith('> '))).toHaveLength(1);
  });

  it('cuts a body over 65,536 characters, closes open blocks and points at the run', async () => {
    const huge = `<details><summary>all</summary>\n\n${'| a | b |\n'.repeat(20_000)}`;
    const result = await publishAsNewRun(report('big', { comment: huge }));
    expect(result.comment.status).toBe('created');
    expect(result.comment.truncated).toBe(true);
    const body = marked()[0] ?? '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT_CHARS - 500);
    expect(body).toContain('</details>');
    expect(body).toContain('https://github.com/Codertocat/Hello-World/actions/runs/4242');
  });
});

describe('capCommentBody', () => {
  it('keeps short bodies whole and never splits a surrogate pair', () => {
    expect(capCommentBody('hi', '<!-- m -->', undefined)).toEqual({
      body: '<!-- m -->\nhi',
      truncated: false,
    });
    const emoji = '😀'.repeat(40_000);
    const cut = capCommentBody(emoji, '<!-- m -->', undefined);
    expect(cut.body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(cut.body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(cut.body).toContain('job summary of this run');
  });

  it('makes markers that cannot end the HTML comment early', () => {
    expect(commentMarker('a', 'x-->y z')).toBe('<!-- devsecops-gates:a:x-_y_z -->');
  });
});

describe('upsertComment race', () => {
  it('merges into the older comment and deletes its own when another job won the race', async () => {
    const marker = commentMarker('x');
    const client = clientFor(fake);
    // Hold our create in flight while the "other job" creates its comment first.
    fake.faults.inject({
      operation: 'issues/create-comment',
      fault: { type: 'latency', ms: 2000 },
    });
    const pending = upsertComment({
      client,
      ...o,
      issueNumber: 3,
      marker,
      body: `${marker}\nmine`,
      logger: new RecordingLogger(),
    });
    await vi.waitFor(
      () => expect(fake.requests.some((r) => r.operationId === 'issues/create-comment')).toBe(true),
      { timeout: 10_000, interval: 10 },
    );
    const other = fake.state.addComment({ ...o, issueNumber: 3, body: `${marker}\nother job` });
    const result = await pending;
    expect(result).toMatchObject({ status: 'updated', id: other.id, removedDuplicates: 1 });
    expect(fake.state.commentsOn(o.owner, o.repo, 3).map((c) => [c.id, c.body])).toEqual([
      [other.id, `${marker}\nmine`],
    ]);
  });
});
