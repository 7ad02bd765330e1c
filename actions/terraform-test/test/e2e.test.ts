// End to end: the ncc bundle (dist/terraform-test/index.js) run as the runner runs it, with the
// test stand-in as `terraform` on PATH and, for pull requests, the OpenAPI-checked GitHub fake.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { FAKE_TOKEN, startGitHubFake, type GitHubFake } from '@devsecops-gates/fakes/github';
import { pullRequestEvent, REPO_ROOT, runBundledAction } from '@devsecops-gates/fakes/harness';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODECOMMIT, CORPUS, STAND_IN_BIN } from './fixture-paths.js';

const bundle = join(REPO_ROOT, 'dist', 'terraform-test', 'index.js');
const PATH = [STAND_IN_BIN, dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter);

/** Fixture files as harness `files` (workspace-relative path → content). */
function filesOf(src: string, into: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[join(into, relative(src, p))] = readFileSync(p, 'utf8');
    }
  };
  walk(src);
  return out;
}

/** The stand-in's manifest, written into the workspace (TF_REPLAY is relative to it). */
function replay(commands: object[]): Record<string, string> {
  const files: Record<string, string> = {};
  const named = commands.map((c, i) => {
    const entry: Record<string, unknown> = { ...c };
    for (const key of ['stdout', 'stderr', 'junit'] as const) {
      const src = entry[key];
      if (typeof src !== 'string') continue;
      files[`.replay/${i}-${key}`] = readFileSync(src, 'utf8');
      entry[key] = `${i}-${key}`;
    }
    return entry;
  });
  files['.replay/replay.json'] = JSON.stringify({
    version: {
      terraform_version: '1.15.9',
      platform: 'linux_amd64',
      provider_selections: {},
      terraform_outdated: false,
    },
    commands: named,
  });
  return files;
}

const okSteps = [
  { args: ['init'] },
  { args: ['validate'], stdout: join(CORPUS, 'validate-json-valid', 'stdout.json') },
];

describe('terraform-test bundle (e2e, run `pnpm build terraform-test` first)', () => {
  let github: GitHubFake;
  it('has a bundle to run', () => expect(existsSync(bundle)).toBe(true));
  beforeEach(async () => {
    github = await startGitHubFake();
  });
  afterEach(async () => {
    await github.close();
  });

  it('fails the broken walkthrough module with an annotation at the condition line', async () => {
    const result = await runBundledAction('terraform-test', {
      inputs: {
        'working-directory': 'modules/repo',
        'sarif-output': 'out/tftest.sarif',
        'junit-output': 'out/junit.xml',
      },
      files: {
        ...filesOf(join(CODECOMMIT, 'module-broken'), 'modules/repo'),
        ...replay([
          ...okSteps,
          {
            args: ['test'],
            stdout: join(CODECOMMIT, 'broken.stdout.json'),
            exit: 1,
            chunkBytes: 3,
          },
        ]),
      },
      env: { PATH, TF_REPLAY: '.replay/replay.json' },
      keepWorkspace: true,
    });
    try {
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({
        passed: '3',
        failed: '1',
        errored: '0',
        skipped: '0',
        result: 'fail',
        modules: '["modules/repo"]',
      });
      const assertion = result.annotations.find((a) => a.title === 'Test assertion failed');
      expect(assertion).toMatchObject({
        level: 'error',
        file: 'modules/repo/tests/basic.tftest.hcl',
        line: 9,
        endLine: 9,
        col: 21,
        endColumn: 90,
      });
      expect(assertion!.message).toContain('The repository name must start with my-repo-');
      expect(assertion!.message).toContain(
        'aws_codecommit_repository.test.repository_name is "repo-basic-test"',
      );
      expect(
        result.annotations.some(
          (a) =>
            a.level === 'error' && a.message.includes('terraform-test: modules/repo: 1 run failed'),
        ),
      ).toBe(true);
      expect(result.summary).toContain(
        '| `modules/repo/tests/basic.tftest.hcl` | test_resource_creation | plan | ❌ fail |',
      );
      // Live progress: one log group per test file.
      const groups = result.commands.filter((c) => c.command === 'group').map((c) => c.message);
      expect(groups).toEqual([
        'terraform init (modules/repo)',
        'terraform validate (modules/repo)',
        'tests/basic.tftest.hcl',
        'tests/var_validation.tftest.hcl',
        'tests/with_kms.tftest.hcl',
      ]);
      expect(result.stdout).toContain('  run "test_resource_creation"... fail');
      expect(existsSync(join(result.workspace, 'out/tftest.sarif'))).toBe(true);
      expect(result.outputs['junit-path']).toBe(join(result.workspace, 'out/junit.xml'));
    } finally {
      result.cleanup();
    }
  });

  it('on a pull request: tests only changed modules and upserts one comment', async () => {
    const event = pullRequestEvent();
    const pr = event.payload.pull_request as { number: number };
    const [owner, repo] = ['Codertocat', 'Hello-World'];
    github.state.addPull({
      owner,
      repo,
      number: pr.number,
      files: [{ filename: 'stacks/a/main.tf', status: 'modified' }, { filename: 'docs/readme.md' }],
    });
    const files = {
      ...filesOf(join(CODECOMMIT, 'module'), 'stacks/a'),
      ...filesOf(join(CODECOMMIT, 'module-broken'), 'stacks/b'),
      ...replay([
        ...okSteps,
        { args: ['test'], cwd: 'stacks/a', stdout: join(CODECOMMIT, 'pass.stdout.json') },
        {
          args: ['test'],
          cwd: 'stacks/b',
          stdout: join(CODECOMMIT, 'broken.stdout.json'),
          exit: 1,
        },
      ]),
    };
    const run = () =>
      runBundledAction('terraform-test', {
        inputs: { 'working-directory': 'stacks/*', 'changed-only': 'true' },
        files,
        event,
        githubToken: FAKE_TOKEN,
        env: {
          PATH,
          TF_REPLAY: '.replay/replay.json',
          GITHUB_API_URL: github.url,
          GITHUB_REPOSITORY: `${owner}/${repo}`,
        },
      });
    const first = await run();
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ modules: '["stacks/a"]', passed: '4', result: 'pass' });
    const second = await run();
    expect(second.exitCode).toBe(0);
    const comments = github.state.commentsOn(owner, repo, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('terraform test: 4 passed, 0 failed');
    expect(github.requests.some((r) => r.operationId === 'pulls/list-files')).toBe(true);
  });

  it('fails with a pointer to the setup actions when no binary is installed', async () => {
    const result = await runBundledAction('terraform-test', {
      inputs: { 'working-directory': '.' },
      env: { PATH: [dirname(process.execPath), '/nonexistent'].join(delimiter) },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message).join('\n')).toMatch(
      /Neither terraform nor tofu was found on PATH.*hashicorp\/setup-terraform/,
    );
    expect(result.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
  });
});
