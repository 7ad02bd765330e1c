// Issue (and pull-request) comments: list / create / get / update / delete (contracts.md §3.4).
import { githubError, notFound, pageOf, type FakeRequest, type FakeResponse } from './http.js';
import { same, type StoredComment } from './state.js';

const MAX_BODY = 65_536;

export function commentJson(c: StoredComment, baseUrl: string): Record<string, unknown> {
  const webBase = 'https://github.com';
  return {
    id: c.id,
    node_id: `IC_kwDO${Buffer.from(String(c.id)).toString('base64url')}`,
    url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `${webBase}/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(c.user, baseUrl),
    author_association: c.user.type === 'Bot' ? 'NONE' : 'OWNER',
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    performed_via_github_app: null,
  };
}

/** A simple-user object with every member the OpenAPI description requires. */
export function userJson(user: StoredComment['user'], baseUrl: string): Record<string, unknown> {
  const api = `${baseUrl}/users/${encodeURIComponent(user.login)}`;
  const bot = user.type === 'Bot';
  return {
    login: user.login,
    id: user.id,
    node_id: Buffer.from(`04:${user.type}${user.id}`).toString('base64'),
    avatar_url: bot
      ? 'https://avatars.githubusercontent.com/in/15368?v=4'
      : `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: bot ? 'https://github.com/apps/github-actions' : `https://github.com/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

// GitHub counts characters, not UTF-16 units (undocumented; code points is the stricter-for-us
// reading only when callers measure in code points, so callers should cap below the limit).
function tooLong(req: FakeRequest, body: string): FakeResponse | undefined {
  const length = [...body].length;
  if (length <= MAX_BODY) return undefined;
  return githubError(422, 'Validation Failed', req.operation.documentationUrl, {
    errors: [
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${MAX_BODY} characters)`,
      },
    ],
  });
}

export function listComments(req: FakeRequest): FakeResponse {
  const { owner = '', repo = '', issue_number = '' } = req.params;
  let items = req.state.commentsOn(owner, repo, Number(issue_number));
  const since = req.query.get('since');
  if (since) {
    const t = Date.parse(since);
    if (Number.isNaN(t)) {
      return githubError(422, 'Validation Failed', req.operation.documentationUrl, {
        errors: [{ resource: 'IssueComment', field: 'since', code: 'invalid' }],
      });
    }
    items = items.filter((c) => Date.parse(c.updatedAt) >= t);
  }
  const { page, link } = pageOf(
    items,
    req,
    `/repos/${owner}/${repo}/issues/${issue_number}/comments`,
  );
  return {
    status: 200,
    body: page.map((c) => commentJson(c, req.baseUrl)),
    headers: link ? { link } : {},
  };
}

export function createComment(req: FakeRequest): FakeResponse {
  const { owner = '', repo = '', issue_number = '' } = req.params;
  const body = (req.body as { body: string }).body;
  const rejected = tooLong(req, body);
  if (rejected) return rejected;
  const comment = req.state.addComment({
    owner,
    repo,
    issueNumber: Number(issue_number),
    body,
    user: { login: req.token.login, id: req.token.userId, type: req.token.userType },
  });
  return {
    status: 201,
    body: commentJson(comment, req.baseUrl),
    headers: { location: `${req.baseUrl}/repos/${owner}/${repo}/issues/comments/${comment.id}` },
  };
}

function findComment(req: FakeRequest): StoredComment | undefined {
  const { owner = '', repo = '', comment_id = '' } = req.params;
  return req.state.comments.find(
    (c) => c.id === Number(comment_id) && same(c.owner, owner) && same(c.repo, repo),
  );
}

export function getComment(req: FakeRequest): FakeResponse {
  const comment = findComment(req);
  return comment ? { status: 200, body: commentJson(comment, req.baseUrl) } : notFound(req);
}

export function updateComment(req: FakeRequest): FakeResponse {
  const comment = findComment(req);
  if (!comment) return notFound(req);
  const body = (req.body as { body: string }).body;
  const rejected = tooLong(req, body);
  if (rejected) return rejected;
  comment.body = body;
  comment.updatedAt = req.state.now();
  return { status: 200, body: commentJson(comment, req.baseUrl) };
}

export function deleteComment(req: FakeRequest): FakeResponse {
  const comment = findComment(req);
  if (!comment) return notFound(req);
  req.state.comments = req.state.comments.filter((c) => c !== comment);
  return { status: 204 };
}
