// A loopback GitHub REST server for the real @actions/github Octokit. Every request is checked
// against GitHub's OpenAPI description before a handler sees it; errors carry GitHub's bodies,
// status strings and content types so Octokit composes the same messages it does in production.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createComment,
  deleteComment,
  getComment,
  listComments,
  updateComment,
} from './comments.js';
import { getSarif, uploadSarif } from './code-scanning.js';
import { FaultQueue, type GitHubFault } from './faults.js';
import { githubError, type FakeRequest, type FakeResponse } from './http.js';
import { describeValidationErrors, loadOpenApi, matchRoute, pathParamsValid } from './openapi.js';
import { getPull, listPullFiles } from './pulls.js';
import { getRateLimit, rateLimitHeaders } from './rate-limit.js';
import { GitHubFakeState, type TokenAccess, type TokenInfo } from './state.js';

/** The token the Actions runner would hand a same-repo job with write permissions. */
export const FAKE_TOKEN = 'ghs_fakeWriteToken0000000000000000000000';
/** A token that can read but not write (fork PRs, `permissions: read-all`, Dependabot). */
export const FAKE_READONLY_TOKEN = 'ghs_fakeReadOnlyToken000000000000000000';

const REST_DOCS = 'https://docs.github.com/rest';
const ACTIONS_BOT = { login: 'github-actions[bot]', userId: 41898282, userType: 'Bot' as const };

export interface GitHubFakeOptions {
  /** Accepted tokens; defaults to FAKE_TOKEN (write) and FAKE_READONLY_TOKEN (read-only). */
  tokens?: Record<string, TokenAccess | Partial<TokenInfo>>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** The status answered (0 when the connection was reset). */
  status: number;
}

export interface GitHubFake {
  /** Base URL for `getOctokit(token, { baseUrl })` / `GITHUB_API_URL`. */
  url: string;
  state: GitHubFakeState;
  faults: FaultQueue;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Handler = (req: FakeRequest) => FakeResponse;

const HANDLERS: Record<string, Handler> = {
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'code-scanning/upload-sarif': uploadSarif,
  'code-scanning/get-sarif': getSarif,
  'pulls/get': getPull,
  'pulls/list-files': listPullFiles,
  'rate-limit/get': getRateLimit,
};

export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const operations = loadOpenApi();
  const tokens = new Map<string, TokenInfo>();
  const given = options.tokens ?? { [FAKE_TOKEN]: 'write', [FAKE_READONLY_TOKEN]: 'read-only' };
  for (const [token, info] of Object.entries(given)) {
    tokens.set(token, {
      ...ACTIONS_BOT,
      ...(typeof info === 'string' ? { access: info } : { access: 'write', ...info }),
    });
  }
  const state = new GitHubFakeState(tokens);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  let baseUrl = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      // A bug in the fake must surface as a 500 the test sees, not as a hung request.
      send(res, { status: 500, body: { message: `GitHub fake error: ${String(error)}` } }, state);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', baseUrl);
    const match = matchRoute(operations, method, url.pathname);
    const operation = match?.operation;
    const entry: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: operation?.operationId,
      headers: req.headers,
      body: parseJson(raw),
      status: 0,
    };
    requests.push(entry);

    const fault = faults.take(method, operation?.operationId);
    if (fault?.type === 'latency') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.type === 'connection-reset') {
      req.socket.destroy();
      return;
    }
    const response =
      (fault && fault.type !== 'latency' ? faultResponse(fault) : undefined) ??
      route(method, url, raw, match);
    entry.status = response.status;
    if (operation?.operationId !== 'rate-limit/get') state.rateLimit.used++;
    send(res, response, state);

    function route(m: string, u: URL, body: string, found: typeof match): FakeResponse {
      const token = authenticate(req.headers.authorization);
      if (token === 'missing') return githubError(401, 'Requires authentication', REST_DOCS);
      if (token === 'invalid') return githubError(401, 'Bad credentials', REST_DOCS);
      if (!found || !pathParamsValid(found.operation, found.params))
        return githubError(404, 'Not Found', REST_DOCS);
      const { operation: op, params } = found;
      if (m !== 'GET' && m !== 'HEAD' && token.access === 'read-only') {
        return githubError(403, 'Resource not accessible by integration', op.documentationUrl);
      }
      let parsed: unknown;
      if (op.validateBody) {
        if (body.trim() === '') {
          parsed = null;
        } else {
          try {
            parsed = JSON.parse(body) as unknown;
          } catch {
            return githubError(400, 'Problems parsing JSON', op.documentationUrl);
          }
        }
        if (parsed === null && op.bodyRequired) {
          return githubError(
            422,
            "Invalid request.\n\nFor 'links/0/schema', nil is not an object.",
            op.documentationUrl,
          );
        }
        if (!op.validateBody(parsed)) {
          const lines = describeValidationErrors(op.validateBody.errors ?? [], parsed);
          return githubError(422, `Invalid request.\n\n${lines.join('\n')}`, op.documentationUrl);
        }
      }
      const handler = HANDLERS[op.operationId];
      if (!handler) return githubError(404, 'Not Found', REST_DOCS);
      return handler({
        operation: op,
        params,
        query: u.searchParams,
        body: parsed,
        token,
        baseUrl,
        state,
      });
    }
  }

  function authenticate(header: string | undefined): TokenInfo | 'missing' | 'invalid' {
    if (!header) return 'missing';
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    const info = m?.[1] ? tokens.get(m[1]) : undefined;
    return info ?? 'invalid';
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    state,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function faultResponse(
  fault: Exclude<GitHubFault, { type: 'latency' } | { type: 'connection-reset' }>,
): FakeResponse {
  switch (fault.type) {
    case 'secondary-rate-limit':
      return {
        ...githubError(
          fault.status ?? 403,
          `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId()}.`,
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        ),
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) },
      };
    case 'primary-rate-limit':
      return {
        ...githubError(
          fault.status ?? 403,
          'API rate limit exceeded for installation ID 12345678.',
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-rate-limits',
        ),
        headers: {
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '1000',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + (fault.resetInSeconds ?? 60)),
          'x-ratelimit-resource': 'core',
        },
      };
    case 'server-error': {
      const status = fault.status ?? 502;
      return status === 503
        ? {
            status,
            body: {
              code: 'unavailable',
              message: 'Service unavailable',
              documentation_url: REST_DOCS,
            },
          }
        : { status, body: { message: 'Server Error' } };
    }
  }
}

function send(res: ServerResponse, response: FakeResponse, state: GitHubFakeState): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = {
    ...rateLimitHeaders(state),
    'x-github-request-id': requestId(),
    'x-github-media-type': 'github.v3; format=json',
    ...response.headers,
  };
  if (response.status === 204 || response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  const text = JSON.stringify(response.body);
  res
    .writeHead(response.status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
    })
    .end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function requestId(): string {
  const hex = randomBytes(10).toString('hex').toUpperCase();
  return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 14)}:${hex.slice(14, 20)}`;
}
