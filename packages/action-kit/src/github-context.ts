import { readFileSync } from 'node:fs';
import { ConfigurationError, getErrorMessage } from './errors.js';

/** What a run knows about where it runs, read once at the boundary from the runner's env. */
export interface GitHubContext {
  eventName: string;
  /** The parsed `$GITHUB_EVENT_PATH` payload, `{}` when there is none (local runs). */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  job: string;
  workspace: string;
  /** `true` when running under GitHub Actions (`GITHUB_ACTIONS=true`). */
  onRunner: boolean;
  /** PR number on pull_request / pull_request_target events. */
  pullRequestNumber: number | undefined;
  /** PR head and base, when the event is about a pull request. */
  pullRequest:
    | { headSha: string; headRef: string; baseSha: string; baseRef: string; fromFork: boolean }
    | undefined;
}

export function readGitHubContext(
  env: NodeJS.ProcessEnv,
  cwd: string = process.cwd(),
): GitHubContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigurationError(
        `Could not read the event payload at GITHUB_EVENT_PATH=${eventPath}: ${getErrorMessage(error)}`,
      );
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = asRecord(payload.pull_request);
  const head = asRecord(pr?.head);
  const base = asRecord(pr?.base);
  const headRepo = asRecord(head?.repo);
  const baseRepo = asRecord(base?.repo);
  const number =
    typeof payload.number === 'number' ? payload.number : (pr?.number as number | undefined);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    owner,
    repo,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    onRunner: env.GITHUB_ACTIONS === 'true',
    pullRequestNumber: pr ? number : undefined,
    pullRequest: pr
      ? {
          headSha: str(head?.sha),
          headRef: str(head?.ref),
          baseSha: str(base?.sha),
          baseRef: str(base?.ref),
          // A PR from a fork whose repository was since deleted has `head.repo: null`; it is
          // still a fork PR (read-only token, no OIDC), so only a matching name counts as same-repo.
          fromFork: headRepo?.full_name === undefined || headRepo.full_name !== baseRepo?.full_name,
        }
      : undefined,
  };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object'
    ? (value as Record<string, unknown>)
    : undefined;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
