import { ConfigurationError, getErrorMessage } from '@devsecops-gates/action-kit';
import { TransientError } from './retry.js';

/** Where the runner says the OIDC token can be requested (`ACTIONS_ID_TOKEN_REQUEST_URL` / `_TOKEN`). */
export interface IdTokenRequest {
  url: string;
  token: string;
}

/** Something that hands out a fresh web identity token on every call (never cache: tokens expire). */
export interface WebIdentityTokenSource {
  /** For messages: where the token comes from (never the token itself). */
  readonly description: string;
  next(): Promise<string>;
}

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<{
  status: number;
  text(): Promise<string>;
}>;

/**
 * GitHub's OIDC token endpoint, as `@actions/core` getIDToken calls it: `GET <url>&audience=<aud>`
 * with the request token as bearer; the JWT is `value` in the JSON answer. 5xx and network faults
 * are transient; anything else (401/403/404, no `value`) is not.
 */
export function githubIdTokenSource(
  request: IdTokenRequest,
  audience: string,
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
  timeoutMs = 30_000,
): WebIdentityTokenSource {
  return {
    description: 'the GitHub OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL)',
    async next() {
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        throw new ConfigurationError(`ACTIONS_ID_TOKEN_REQUEST_URL is not a URL: ${request.url}`);
      }
      url.searchParams.set('audience', audience);
      let res: Awaited<ReturnType<FetchLike>>;
      try {
        res = await fetchImpl(url.toString(), {
          headers: {
            authorization: `Bearer ${request.token}`,
            accept: 'application/json',
            'user-agent': 'actions/oidc-client',
          },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new TransientError(`Failed to get ID Token: ${getErrorMessage(error)}`, {
          cause: error,
        });
      }
      const body = await res.text();
      if (res.status !== 200) {
        const detail = `Failed to get ID Token. Error Code: ${res.status}. Error Message: ${body.slice(0, 300)}`;
        if (res.status >= 500 || res.status === 429) throw new TransientError(detail);
        throw new Error(detail);
      }
      let value: unknown;
      try {
        value = (JSON.parse(body) as { value?: unknown }).value;
      } catch {
        value = undefined;
      }
      if (typeof value !== 'string' || value === '')
        throw new Error('Response json body do not have ID Token field');
      return value;
    },
  };
}

/** A token file another tool keeps fresh (`web-identity-token-file`), re-read on every attempt. */
export function fileTokenSource(
  path: string,
  readFile: (path: string) => Promise<string>,
): WebIdentityTokenSource {
  return {
    description: `web-identity-token-file ${path}`,
    async next() {
      let text: string;
      try {
        text = await readFile(path);
      } catch (error) {
        throw new ConfigurationError(
          `Could not read web-identity-token-file ${path}: ${getErrorMessage(error)}`,
          {
            hint: 'Point web-identity-token-file at a readable file holding the token, or remove it to use GitHub OIDC.',
          },
        );
      }
      const token = text.trim();
      if (!token) throw new ConfigurationError(`web-identity-token-file ${path} is empty.`);
      return token;
    },
  };
}
