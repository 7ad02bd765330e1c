// One Octokit for every GitHub call of a run: the @actions/github client plus retry (5xx,
// network) and throttling (primary/secondary rate limits, honouring retry-after and reset).
import { randomUUID } from 'node:crypto';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ClientOptions, GitHubClient } from './types.js';

interface LimitedRequest {
  method: string;
  url: string;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const { logger, token } = options;
  logger.mask(token);
  const retries = options.retries ?? 3;
  const maxWait = options.maxRetryAfterSeconds ?? 120;
  const onLimit =
    (kind: 'primary' | 'secondary') =>
    (
      retryAfter: number,
      request: LimitedRequest,
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= retries) {
        logger.info(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries.`);
        return false;
      }
      if (retryAfter > maxWait) {
        logger.info(
          `GitHub ${kind} rate limit on ${what}: the reset is ${retryAfter}s away (more than ${maxWait}s); not waiting.`,
        );
        return false;
      }
      logger.info(
        `GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries}).`,
      );
      return true;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      // Octokit's own notices (deprecations, retries) are diagnostics, not annotations.
      log: {
        debug: (m: string) => logger.debug(m),
        info: (m: string) => logger.debug(m),
        warn: (m: string) => logger.info(m),
        error: (m: string) => logger.info(m),
      },
      retry: {
        retries,
        // 403/429 belong to the throttling plugin (it reads retry-after/reset); the rest are
        // answers that a retry cannot change.
        doNotRetry: [400, 401, 403, 404, 410, 413, 422, 429, 451],
        retryAfterBaseValue: options.serverErrorBackoffMs ?? 1000,
      },
      throttle: {
        // Throttling pacing (one write per second, content-creating calls 3 s apart) is kept
        // per client: a run has one client, and tests simulate several runs.
        id: randomUUID(),
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}
