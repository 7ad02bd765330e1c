import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHubContext } from './github-context.js';

function withEvent(payload: unknown): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' };
}

const pr = (headRepo: unknown) => ({
  number: 7,
  pull_request: {
    number: 7,
    head: { sha: 'h'.repeat(40), ref: 'feature', repo: headRepo },
    base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
  },
});

describe('readGitHubContext', () => {
  it('tells same-repo, fork and deleted-fork pull requests apart', () => {
    expect(readGitHubContext(withEvent(pr({ full_name: 'o/r' }))).pullRequest?.fromFork).toBe(
      false,
    );
    expect(readGitHubContext(withEvent(pr({ full_name: 'x/r' }))).pullRequest?.fromFork).toBe(true);
    expect(readGitHubContext(withEvent(pr(null))).pullRequest?.fromFork).toBe(true);
    expect(readGitHubContext(withEvent(pr(null))).pullRequestNumber).toBe(7);
  });

  it('names the event file when it cannot be read', () => {
    expect(() => readGitHubContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toThrow(
      /GITHUB_EVENT_PATH=\/nonexistent\/event.json/,
    );
  });
});
