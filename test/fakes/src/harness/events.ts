// Real webhook payloads (see testdata/README.md) and the runner variables each event implies,
// so an action under test sees the same GITHUB_REF/GITHUB_SHA/HEAD_REF a workflow run would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type WebhookPayloadName = 'pull_request.opened' | 'pull_request.synchronize' | 'push';

export interface RunnerEvent {
  /** `GITHUB_EVENT_NAME`: `push`, `pull_request`, `pull_request_target`, ... */
  name: string;
  payload: Record<string, unknown>;
}

const PAYLOADS = join(import.meta.dirname, 'testdata', 'webhook-payloads');

/** A fresh (deep-copied) payload from the corpus, safe to modify. */
export function loadWebhookPayload(name: WebhookPayloadName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(PAYLOADS, `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

export function pushEvent(): RunnerEvent {
  return { name: 'push', payload: loadWebhookPayload('push') };
}

export function pullRequestEvent(
  options: { action?: 'opened' | 'synchronize'; target?: boolean } = {},
): RunnerEvent {
  return {
    name: options.target ? 'pull_request_target' : 'pull_request',
    payload: loadWebhookPayload(`pull_request.${options.action ?? 'opened'}`),
  };
}

/**
 * Turns a pull_request payload into one from a fork. The corpus only has same-repo PRs, and
 * on a fork the head repo differs (`fork: true`), the token is read-only and secrets are
 * withheld (contracts.md §3.6). `deleted` models a fork deleted since (`head.repo: null`).
 */
export function asForkPullRequest(
  event: RunnerEvent,
  options: { owner?: string; deleted?: boolean } = {},
): RunnerEvent {
  const payload = structuredClone(event.payload);
  const pr = record(payload.pull_request, 'payload.pull_request');
  const head = record(pr.head, 'payload.pull_request.head');
  if (options.deleted) {
    head.repo = null;
  } else {
    const repo = record(head.repo, 'payload.pull_request.head.repo');
    const owner = options.owner ?? 'fork-owner';
    const name = str(repo.name) ?? 'repo';
    repo.full_name = `${owner}/${name}`;
    repo.fork = true;
    repo.owner = { ...record(repo.owner ?? {}, 'owner'), login: owner };
    head.label = `${owner}:${str(head.ref) ?? ''}`;
  }
  return { name: event.name, payload };
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object')
    throw new Error(`Event payload has no object at ${what}`);
  return value as Record<string, unknown>;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function scalar(value: unknown): string | undefined {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
}

/**
 * The runner variables an event determines (contracts.md §3.6). A merge commit for
 * `refs/pull/<n>/merge` does not exist in the payload, so a stable stand-in is derived.
 */
export function eventEnvironment(event: RunnerEvent): Record<string, string> {
  const p = event.payload;
  const repository = p.repository as Record<string, unknown> | undefined;
  const fullName = str(repository?.full_name) ?? 'octo-org/octo-repo';
  const owner = repository?.owner as Record<string, unknown> | undefined;
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: fullName,
    GITHUB_REPOSITORY_OWNER: str(owner?.login) ?? fullName.split('/')[0] ?? '',
    GITHUB_REPOSITORY_ID: scalar(repository?.id) ?? '1',
    GITHUB_REPOSITORY_OWNER_ID: scalar(owner?.id) ?? '1',
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
  };
  const defaultBranch = str(repository?.default_branch) ?? 'main';
  const pr = p.pull_request as Record<string, unknown> | undefined;
  if (pr && (event.name === 'pull_request' || event.name === 'pull_request_target')) {
    const number = typeof p.number === 'number' ? p.number : Number(pr.number);
    const head = pr.head as Record<string, unknown> | undefined;
    const base = pr.base as Record<string, unknown> | undefined;
    env.GITHUB_HEAD_REF = str(head?.ref) ?? '';
    env.GITHUB_BASE_REF = str(base?.ref) ?? '';
    if (event.name === 'pull_request') {
      env.GITHUB_REF = `refs/pull/${number}/merge`;
      env.GITHUB_REF_NAME = `${number}/merge`;
      env.GITHUB_SHA =
        str(pr.merge_commit_sha) ?? syntheticMergeSha(str(head?.sha), str(base?.sha));
    } else {
      // Since 2025-12-08 pull_request_target runs on the default branch's latest commit.
      env.GITHUB_REF = `refs/heads/${defaultBranch}`;
      env.GITHUB_REF_NAME = defaultBranch;
      env.GITHUB_SHA = str(base?.sha) ?? '0'.repeat(40);
    }
    env.GITHUB_REF_TYPE = 'branch';
  } else {
    const ref = str(p.ref) ?? `refs/heads/${defaultBranch}`;
    env.GITHUB_REF = ref;
    env.GITHUB_REF_NAME = ref.replace(/^refs\/(heads|tags)\//, '');
    env.GITHUB_REF_TYPE = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
    env.GITHUB_SHA = str(p.after) ?? 'f'.repeat(40);
  }
  return env;
}

/** A deterministic 40-hex stand-in for the merge commit of head and base. */
function syntheticMergeSha(head = '', base = ''): string {
  let out = '';
  for (let i = 0; i < 40; i++) {
    const a = parseInt(head[i] ?? '0', 16) || 0;
    const b = parseInt(base[i] ?? '0', 16) || 0;
    out += ((a ^ b ^ 0xa) & 0xf).toString(16);
  }
  return out;
}
