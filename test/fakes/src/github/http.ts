import type { Operation } from './openapi.js';
import type { GitHubFakeState, TokenInfo } from './state.js';

/** A validated request as handlers see it. */
export interface FakeRequest {
  operation: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  token: TokenInfo;
  /** The fake's own base URL (no trailing slash): Link headers and `url` fields use it. */
  baseUrl: string;
  state: GitHubFakeState;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** GitHub's basic-error body: `status` is the HTTP code as a string. */
export function githubError(
  status: number,
  message: string,
  documentationUrl: string,
  extra: Record<string, unknown> = {},
): FakeResponse {
  return {
    status,
    body: { message, ...extra, documentation_url: documentationUrl, status: String(status) },
  };
}

export function notFound(req: Pick<FakeRequest, 'operation'>): FakeResponse {
  return githubError(404, 'Not Found', req.operation.documentationUrl);
}

/** `per_page` defaults to 30 and is clamped to 100; `page` starts at 1 (GitHub ignores junk). */
export function pageOf<T>(
  items: T[],
  req: FakeRequest,
  path: string,
): { page: T[]; link: string | undefined } {
  const perPageRaw = Number.parseInt(req.query.get('per_page') ?? '', 10);
  const perPage = Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, 100) : 30;
  const pageRaw = Number.parseInt(req.query.get('page') ?? '', 10);
  const page = Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const url = (p: number): string => {
    const q = new URLSearchParams(req.query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `${req.baseUrl}${path}?${q.toString()}`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${url(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last) links.push(`<${url(page + 1)}>; rel="next"`, `<${url(last)}>; rel="last"`);
  if (page > 1) links.push(`<${url(1)}>; rel="first"`);
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    link: links.length > 0 ? links.join(', ') : undefined,
  };
}
