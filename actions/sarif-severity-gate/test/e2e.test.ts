// End to end: the ncc bundle (dist/sarif-severity-gate) run as the runner runs it, against the
// OpenAPI-checked GitHub fake (comments, code-scanning uploads) and the Smithy-checked AWS fake
// (Security Hub). Run `pnpm build sarif-severity-gate` first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAwsFake, type AwsFake } from '@devsecops-gates/fakes/aws';
import {
  FAKE_READONLY_TOKEN,
  FAKE_TOKEN,
  startGitHubFake,
  type GitHubFake,
} from '@devsecops-gates/fakes/github';
import {
  asForkPullRequest,
  pullRequestEvent,
  REPO_ROOT,
  runBundledAction,
} from '@devsecops-gates/fakes/harness';
import { afterEach, describe, expect, it } from 'vitest';

const bundle = join(REPO_ROOT, 'dist', 'sarif-severity-gate', 'index.js');
const SAMPLES = join(import.meta.dirname, '..', 'samples');
const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');
const SECRET = 'e2e-secret-access-key-never-printed';

let github: GitHubFake | undefined;
let aws: AwsFake | undefined;
afterEach(async () => {
  await github?.close();
  await aws?.close();
  github = undefined;
  aws = undefined;
});

describe('sarif-severity-gate bundle (e2e)', () => {
  it('has a bundle to run', () => expect(existsSync(bundle)).toBe(true));

  it('fails over thresholds on a PR: outputs, annotations most severe first, summary, one comment, upload', async () => {
    github = await startGitHubFake();
    const run = () =>
      runBundledAction('sarif-severity-gate', {
        inputs: { sarif: 'results/', upload: 'true', category: 'lint' },
        files: {
          'results/codeql.sarif': sample('codeql-2.13-js-rules-in-extensions.sarif'),
          'results/eslint.sarif': sample('eslint-js-sample-with-inline-suppressions.sarif'),
        },
        event: pullRequestEvent(),
        githubToken: FAKE_TOKEN,
        env: { GITHUB_API_URL: github!.url },
        timeoutMs: 60_000,
      });
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      total: '51',
      critical: '3',
      high: '23',
      medium: '22',
      suppressed: '3',
      verdict: 'fail',
    });
    const errors = result.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors[0]?.title).toMatch(/^Critical: js\/hardcoded-credentials/);
    expect(result.summary).toContain('| CodeQL | **3** ❌ | **12** ❌ | 14 | 0 | 0 | 0 | 29 |');
    expect(github.state.comments).toHaveLength(1);
    expect(github.state.comments[0]!.body).toContain(
      '3 critical findings (max 0), 23 high findings (max 0)',
    );
    expect(github.state.sarifUploads.length).toBeGreaterThanOrEqual(1);
    // A second run upserts the same comment instead of adding one.
    await run();
    expect(github.state.comments).toHaveLength(1);
  });

  it('gates only new results against a baseline, and passes when none is over', async () => {
    const result = await runBundledAction('sarif-severity-gate', {
      inputs: {
        sarif: 'trivy.sarif',
        baseline: 'base/trivy.sarif',
        'new-only': 'true',
        'max-high': '4',
        'max-low': '4',
        upload: 'false',
        comment: 'false',
      },
      files: {
        'trivy.sarif': sample('trivy-0.45-iac-security-severity.sarif'),
        'base/trivy.sarif': sample('baseline/trivy-0.45-iac-security-severity.baseline.json'),
      },
      timeoutMs: 60_000,
    });
    expect(result.outputs.new).toBe('4');
    expect(result.outputs.verdict).toBe('pass');
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('Only new findings count (4 new, unsuppressed).');
  });

  it('on a fork PR the read-only token makes comment and upload warnings, not failures', async () => {
    github = await startGitHubFake();
    const result = await runBundledAction('sarif-severity-gate', {
      inputs: { sarif: 'eslint.sarif', 'fail-on': 'none', upload: 'auto' },
      files: { 'eslint.sarif': sample('eslint-js-sample-with-inline-suppressions.sarif') },
      event: asForkPullRequest(pullRequestEvent()),
      githubToken: FAKE_READONLY_TOKEN,
      env: { GITHUB_API_URL: github.url },
      timeoutMs: 60_000,
    });
    expect(result.annotations.map((a) => a.message).join('\n')).not.toContain(
      'sarif-severity-gate:',
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(github.state.comments).toHaveLength(0);
    expect(
      result.annotations.some(
        (a) => a.level === 'warning' && /comment|fork|read-only|not accessible/i.test(a.message),
      ),
    ).toBe(true);
  });

  it('fits an upload of more than 25,000 results to code scanning limits, saying what was cut', async () => {
    github = await startGitHubFake();
    const results = Array.from({ length: 30_000 }, (_, i) => ({
      ruleId: 'no-console',
      level: 'note',
      message: { text: `console call ${i}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `src/f${i % 50}.js` },
            region: { startLine: 1 + (i % 400) },
          },
        },
      ],
    }));
    const log = {
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [{ tool: { driver: { name: 'ESLint', rules: [{ id: 'no-console' }] } }, results }],
    };
    const result = await runBundledAction('sarif-severity-gate', {
      inputs: { sarif: 'big.sarif', upload: 'true', comment: 'false' },
      files: { 'big.sarif': JSON.stringify(log) },
      githubToken: FAKE_TOKEN,
      env: { GITHUB_API_URL: github.url },
      timeoutMs: 90_000,
    });
    expect(result.outputs).toMatchObject({ total: '30000', note: '30000', verdict: 'pass' });
    const uploads = github.state.sarifUploads;
    expect(uploads.length).toBeGreaterThanOrEqual(1);
    for (const upload of uploads) {
      for (const run of (upload.sarif as { runs: { results: unknown[] }[] }).runs)
        expect(run.results.length).toBeLessThanOrEqual(25_000);
      expect(upload.errors ?? []).toEqual([]);
    }
    expect(result.annotations.some((a) => a.level === 'warning' && /25,?000/.test(a.message))).toBe(
      true,
    );
  });

  it('exports ASFF to Security Hub and fails on FailedFindings', async () => {
    aws = await startAwsFake({
      services: {
        securityhub: {
          BatchImportFindings: (input: { Findings: { Id: string }[] }) => ({
            SuccessCount: input.Findings.length - 1,
            FailedCount: 1,
            FailedFindings: [
              {
                Id: input.Findings[0]!.Id,
                ErrorCode: 'InvalidInput',
                ErrorMessage: 'Finding does not adhere to ASFF',
              },
            ],
          }),
        },
        sts: {
          GetCallerIdentity: () => ({
            Account: '111122223333',
            Arn: 'arn:aws:iam::111122223333:user/ci',
            UserId: 'AIDAE2E',
          }),
        },
      },
    });
    const result = await runBundledAction('sarif-severity-gate', {
      inputs: {
        sarif: 'trivy.sarif',
        'fail-on': 'none',
        'asff-output': 'out/findings.asff.json',
        'security-hub-import': 'true',
        'aws-region': 'us-east-1',
        'allowed-account-ids': '111122223333',
        upload: 'false',
        comment: 'false',
      },
      files: { 'trivy.sarif': sample('trivy-0.45-iac-security-severity.sarif') },
      env: {
        AWS_ACCESS_KEY_ID: 'AKIDE2ETEST',
        AWS_SECRET_ACCESS_KEY: SECRET,
        AWS_ENDPOINT_URL: aws.url,
      },
      secrets: [SECRET],
      timeoutMs: 60_000,
      keepWorkspace: true,
    });
    try {
      expect(result.exitCode).toBe(1);
      expect(aws.callsTo('BatchImportFindings').length).toBeGreaterThanOrEqual(1);
      const asff = JSON.parse(readFileSync(result.outputs['asff-path']!, 'utf8'));
      expect(asff.Findings).toHaveLength(21);
      expect(
        result.annotations.some(
          (a) => a.level === 'error' && a.message.includes('Finding does not adhere to ASFF'),
        ),
      ).toBe(true);
      expect(
        result.annotations.some(
          (a) => a.level === 'error' && a.message.includes('1 finding(s) rejected by Security Hub'),
        ),
      ).toBe(true);
    } finally {
      result.cleanup();
    }
  });
});
