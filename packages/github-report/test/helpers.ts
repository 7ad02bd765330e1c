// Shared set-up for tests that run the real Octokit against the GitHub fake.
import { fileURLToPath } from 'node:url';
import {
  readGitHubContext,
  RecordingLogger,
  type GitHubContext,
} from '@devsecops-gates/action-kit';
import { FAKE_READONLY_TOKEN, FAKE_TOKEN, type GitHubFake } from '@devsecops-gates/fakes/github';
import { createGitHubClient } from '../src/client.js';
import type { GitHubClient } from '../src/types.js';

export { FAKE_TOKEN, FAKE_READONLY_TOKEN };

/** The merge commit GITHUB_SHA names on pull_request events (not in the payload). */
export const MERGE_SHA = '9f0c1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b';
export const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const DEFAULT_BRANCH_SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';

export function testdata(name: string): string {
  return fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
}

/** The context a step would read on a runner for one of the recorded payloads. */
export function contextFor(
  event:
    'pull_request' | 'pull_request_target' | 'push' | 'workflow_dispatch' | 'pull_request_fork',
  apiUrl: string,
): GitHubContext {
  const file = {
    pull_request: 'pull_request.opened.json',
    pull_request_fork: 'pull_request.opened.fork.json',
    pull_request_target: 'pull_request.synchronize.json',
    push: 'push.json',
    workflow_dispatch: 'push.json',
  }[event];
  const env: NodeJS.ProcessEnv = {
    GITHUB_EVENT_PATH: testdata(file),
    GITHUB_EVENT_NAME: event === 'pull_request_fork' ? 'pull_request' : event,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: '/home/runner/work/Hello-World/Hello-World',
    GITHUB_ACTIONS: 'true',
  };
  if (event === 'pull_request' || event === 'pull_request_fork') {
    env.GITHUB_REF = 'refs/pull/2/merge';
    env.GITHUB_SHA = MERGE_SHA;
  } else if (event === 'pull_request_target') {
    // Since 2025-12-08: the default branch and its latest commit.
    env.GITHUB_REF = 'refs/heads/master';
    env.GITHUB_SHA = DEFAULT_BRANCH_SHA;
  } else if (event === 'push') {
    env.GITHUB_REF = 'refs/tags/simple-tag';
    env.GITHUB_SHA = DEFAULT_BRANCH_SHA;
  } else {
    env.GITHUB_REF = 'refs/heads/main';
    env.GITHUB_SHA = DEFAULT_BRANCH_SHA;
  }
  return readGitHubContext(env);
}

/** A client as one run creates it (its own throttling pacing), with fast 5xx back-off. */
export function clientFor(
  fake: GitHubFake,
  token = FAKE_TOKEN,
  logger = new RecordingLogger(),
): GitHubClient {
  return createGitHubClient({ token, baseUrl: fake.url, logger, serverErrorBackoffMs: 10 });
}

export const noSleep = (): Promise<void> => Promise.resolve();

export function sarifLog(
  runs: { tool?: string; category?: string; results: number; level?: string }[],
): Record<string, unknown> {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: runs.map((r) => ({
      tool: {
        driver: {
          name: r.tool ?? 'checkov',
          rules: [{ id: 'CKV_AWS_1', defaultConfiguration: { level: 'warning' } }],
        },
      },
      ...(r.category ? { automationDetails: { id: r.category } } : {}),
      results: Array.from({ length: r.results }, (_, i) => ({
        ruleId: 'CKV_AWS_1',
        level: r.level ?? 'warning',
        message: { text: `finding ${i}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'main.tf' },
              region: { startLine: (i % 500) + 1 },
            },
          },
        ],
      })),
    })),
  };
}
