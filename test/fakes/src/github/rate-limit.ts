// `GET /rate_limit` and the x-ratelimit-* headers GitHub puts on every response.
import type { FakeRequest, FakeResponse } from './http.js';
import type { GitHubFakeState } from './state.js';

export function rateLimitHeaders(state: GitHubFakeState): Record<string, string> {
  const { limit, used, resetEpochSeconds } = state.rateLimit;
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.max(0, limit - used)),
    'x-ratelimit-used': String(used),
    'x-ratelimit-reset': String(resetEpochSeconds),
    'x-ratelimit-resource': 'core',
  };
}

export function getRateLimit(req: FakeRequest): FakeResponse {
  const { limit, used, resetEpochSeconds } = req.state.rateLimit;
  const core = { limit, remaining: Math.max(0, limit - used), reset: resetEpochSeconds, used };
  const other = (n: number): typeof core => ({
    limit: n,
    remaining: n,
    reset: resetEpochSeconds,
    used: 0,
  });
  return {
    status: 200,
    body: {
      resources: {
        core,
        search: other(30),
        graphql: other(5000),
        code_search: other(10),
        integration_manifest: other(5000),
      },
      rate: core,
    },
  };
}
