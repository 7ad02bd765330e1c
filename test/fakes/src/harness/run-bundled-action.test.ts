import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asForkPullRequest, pullRequestEvent } from './events.js';
import { DEFAULT_GITHUB_TOKEN, runBundledAction, runCli, REPO_ROOT } from './run-bundled-action.js';
import { SecretLeakError } from './secret-leaks.js';

const fixtures = join(import.meta.dirname, 'testdata');
const root = join(fixtures, 'fixture-repo');
// The toolkit fixture is TypeScript importing the workspace's real @actions/core; tsx loads it.
const tsx = ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
const password = 'hunter2-Secret-Value-77';

describe('runBundledAction over the real @actions/core', () => {
  const run = (options: Parameters<typeof runBundledAction>[1] = {}) =>
    runBundledAction('toolkit-step', {
      root,
      entry: join(fixtures, 'toolkit-step.ts'),
      nodeArgs: tsx,
      ...options,
    });

  it('reads annotations, groups, outputs, exported env and the summary the toolkit wrote', async () => {
    const r = await run({ inputs: { severity: 'high' } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.annotations).toEqual([
      {
        level: 'error',
        message: 'multi\nline 100% done',
        title: 'T: a,b',
        file: 'dir/a,b.tf',
        line: 3,
        endLine: 5,
      },
      { level: 'warning', message: 'plain warning' },
      { level: 'notice', message: 'a notice', file: 'main.tf', line: 1, col: 2, endColumn: 9 },
    ]);
    expect(r.commands.map((c) => c.command)).toEqual([
      'add-mask',
      'error',
      'warning',
      'notice',
      'group',
      'debug',
      'endgroup',
    ]);
    expect(r.masked).toEqual([DEFAULT_GITHUB_TOKEN]);
    expect(r.outputs).toEqual({ report: 'line 1\nline 2\n', count: '3' });
    expect(r.exportedEnv).toEqual({ GATE_RESULT: 'pass' });
    expect(r.summary).toContain('| 1 | 2 |');
    expect(r.deprecatedCommands).toEqual([]);
  });

  it('sets INPUT_* as the runner names them, with action.yml defaults evaluated', async () => {
    const r = await run({ githubToken: 'ghs_TestTokenForInputs000000000000000' });
    expect(r.env['INPUT_GITHUB-TOKEN']).toBe('ghs_TestTokenForInputs000000000000000');
    expect(r.env['INPUT_REPORT_TITLE']).toBe('Findings in Codertocat/Hello-World');
    expect(r.env.INPUT_SEVERITY).toBe('');
    expect(r.stdout).toContain('title=Findings in Codertocat/Hello-World severity=[]');
  });

  it('derives the runner variables from a pull_request event and writes the real payload', async () => {
    const event = pullRequestEvent();
    const r = await run({ event, keepWorkspace: true });
    try {
      expect(r.env).toMatchObject({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/2/merge',
        GITHUB_HEAD_REF: 'changes',
        GITHUB_BASE_REF: 'master',
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_ACTIONS: 'true',
      });
      expect(r.env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
      expect(JSON.parse(readFileSync(r.env.GITHUB_EVENT_PATH!, 'utf8'))).toEqual(event.payload);
      expect(r.stdout).toContain(
        `event=pull_request ref=refs/pull/2/merge sha=${r.env.GITHUB_SHA}`,
      );
    } finally {
      r.cleanup();
    }
    expect(existsSync(r.workspace)).toBe(false);
  });

  it('fails on an input action.yml does not declare, naming the valid ones', async () => {
    await expect(run({ inputs: { sevrity: 'high' } })).rejects.toThrow(
      "Unexpected input(s) 'sevrity' for toolkit-step, valid inputs are ['github-token', 'report title', 'severity']",
    );
  });

  it('does not pass the test process environment through', async () => {
    process.env.HARNESS_OUTER_SECRET = 'outer-value';
    try {
      const r = await run();
      expect(r.env.HARNESS_OUTER_SECRET).toBeUndefined();
      expect(r.env.HOME).not.toBe(process.env.HOME);
    } finally {
      delete process.env.HARNESS_OUTER_SECRET;
    }
  });
});

describe('runBundledAction secret-leak detection', () => {
  const leak = (where: string, value = password) =>
    runBundledAction('leaky-step', {
      root,
      inputs: { password: value },
      env: { LEAK_WHERE: where },
    });

  it('passes when the masked value only appears in its add-mask command', async () => {
    const r = await leak('nowhere');
    expect(r.exitCode).toBe(0);
    expect(r.masked).toEqual([password]);
    expect(r.outputs).toEqual({ done: 'true' });
  });

  it.each([
    ['stdout', password, 'stdout, line 3'],
    ['stderr', password, 'stderr, line 1'],
    // JSON.stringify escapes the quote, so only the JSON-escaped form is in the log.
    ['json', 'quote"in-Secret-88', '(json) in stdout, line 3'],
    ['summary', password, 'job summary, line 1'],
    ['output', password, "output 'auth'"],
    ['env', password, "exported env 'AUTH'"],
  ])('catches a masked value leaked to %s', async (where, value, place) => {
    const error: unknown = await leak(where, value).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretLeakError);
    expect((error as Error).message).toContain(place);
    expect((error as Error).message).not.toContain(value);
  });

  it('allows a secret only in the exported variables the test names', async () => {
    const r = await runBundledAction('leaky-step', {
      root,
      inputs: { password },
      env: { LEAK_WHERE: 'env' },
      secretExports: ['AUTH'],
    });
    expect(r.exportedEnv).toEqual({ AUTH: password });
    await expect(
      runBundledAction('leaky-step', {
        root,
        inputs: { password },
        env: { LEAK_WHERE: 'env' },
        secretExports: ['OTHER'],
      }),
    ).rejects.toThrow("exported env 'AUTH'");
  });

  it('catches a value the test declared secret even when the step never masked it', async () => {
    await expect(
      runBundledAction('leaky-step', {
        root,
        inputs: { password: 'not-masked-here' },
        env: { LEAK_WHERE: 'stdout' },
        secrets: ['doing work'],
      }),
    ).rejects.toThrow(/secret #\d \(raw\) in stdout, line 2/);
  });

  it('fails clearly when the bundle is missing', async () => {
    await expect(runBundledAction('no-such-action', { root })).rejects.toThrow(
      'Run `pnpm build no-such-action` first',
    );
  });
});

describe('asForkPullRequest', () => {
  it('marks the head repo as a fork, or deleted', () => {
    const fork = asForkPullRequest(pullRequestEvent(), { owner: 'mallory' });
    const head = (
      fork.payload.pull_request as { head: { repo: { full_name: string; fork: boolean } } }
    ).head;
    expect(head.repo).toMatchObject({ full_name: 'mallory/Hello-World', fork: true });
    const gone = asForkPullRequest(pullRequestEvent(), { deleted: true });
    expect((gone.payload.pull_request as { head: { repo: unknown } }).head.repo).toBeNull();
  });
});

describe.skipIf(!existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js')))('runCli', () => {
  it('runs the bundled CLI and returns its exit code and output', async () => {
    const r = await runCli(['--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Usage: devsecops-gates');
  });

  it('fails when a declared secret appears in the CLI output', async () => {
    await expect(runCli(['--help'], { secrets: ['devsecops-gates <command>'] })).rejects.toThrow(
      SecretLeakError,
    );
  });
});
