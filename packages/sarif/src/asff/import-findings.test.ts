import { fileURLToPath } from 'node:url';
import type {
  AwsSecurityFinding,
  BatchImportFindingsCommandInput,
} from '@aws-sdk/client-securityhub';
import { RecordingLogger } from '@devsecops-gates/action-kit';
import {
  awsError,
  startAwsFake,
  type AwsFake,
  type AwsHandlerContext,
} from '@devsecops-gates/fakes/aws';
import { afterEach, describe, expect, it } from 'vitest';
import { BATCH_LIMITS, findingBytes } from './batch.js';
import { AsffImportError, createSecurityHubClient, importFindings } from './import-findings.js';
import { sarifToAsff } from './sarif-to-asff.js';
import { asffFindingProblems } from './testing/asff-model-validator.js';
import { readSarifResults } from './testing/read-sarif-results.js';

const testdata = (name: string): string =>
  fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' };

function convert(file: string, now = new Date('2026-11-26T17:00:00.000Z')): AwsSecurityFinding[] {
  return sarifToAsff(readSarifResults(testdata(file)), {
    accountId: ACCOUNT,
    region: REGION,
    partition: 'aws',
    now,
    repository: {
      owner: 'octo-org',
      repo: 'octo-repo',
      serverUrl: 'https://github.com',
      sha: 'c'.repeat(40),
      ref: 'refs/heads/main',
    },
  });
}

/**
 * Security Hub as documented (contracts.md §7.1): the fake has already rejected requests that
 * break the Smithy model; this handler adds the per-finding ASFF checks (reported in
 * FailedFindings with HTTP 200), the size limits, the default-product rule and
 * create-or-update-if-later semantics.
 */
function securityHub(): {
  store: Map<string, string>;
  requestBytes: number[];
  handler: (input: BatchImportFindingsCommandInput) => unknown;
} {
  const store = new Map<string, string>();
  const requestBytes: number[] = [];
  const handler = (input: BatchImportFindingsCommandInput): unknown => {
    const findings = input.Findings ?? [];
    const bytes = Buffer.byteLength(JSON.stringify({ Findings: findings }));
    requestBytes.push(bytes);
    if (bytes > BATCH_LIMITS.maxRequestBytes)
      throw Object.assign(new Error('too big'), { name: 'InvalidInputException' });
    const failed: { Id: string; ErrorCode: string; ErrorMessage: string }[] = [];
    let success = 0;
    for (const f of findings) {
      const id = f.Id ?? '';
      const problems = asffFindingProblems(f, 'data');
      if (findingBytes(f) > BATCH_LIMITS.maxFindingBytes)
        problems.push('data is larger than 240 KB');
      if (problems.length > 0) {
        failed.push({
          Id: id,
          ErrorCode: 'InvalidInput',
          ErrorMessage: `Finding does not adhere to Amazon Finding Format. ${problems[0]}.`,
        });
        continue;
      }
      if (
        f.ProductArn !==
          `arn:aws:securityhub:${REGION}:${f.AwsAccountId}:product/${f.AwsAccountId}/default` ||
        f.AwsAccountId !== ACCOUNT
      ) {
        failed.push({
          Id: id,
          ErrorCode: 'InvalidAccess',
          ErrorMessage: `Account ${ACCOUNT} cannot import findings for product ${f.ProductArn}`,
        });
        continue;
      }
      const stored = store.get(id);
      if (stored === undefined || (f.UpdatedAt ?? '') > stored) store.set(id, f.UpdatedAt ?? '');
      success++;
    }
    return { SuccessCount: success, FailedCount: failed.length, FailedFindings: failed };
  };
  return { store, requestBytes, handler };
}

let fake: AwsFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(
  handler: (input: BatchImportFindingsCommandInput, ctx: AwsHandlerContext) => unknown,
): Promise<AwsFake> {
  fake = await startAwsFake({ services: { securityhub: { BatchImportFindings: handler } } });
  return fake;
}

const client = (f: AwsFake, maxAttempts?: number) =>
  createSecurityHubClient({
    region: REGION,
    endpoint: f.url,
    credentials,
    ...(maxAttempts ? { maxAttempts } : {}),
  });

describe('importFindings against the Security Hub fake', () => {
  it('imports a real tfsec report in batches of at most 100, and a re-import updates instead of duplicating', async () => {
    const hub = securityHub();
    const f = await start(hub.handler);
    const findings = convert('tfsec-defsec-terraform-showdown.sarif');
    expect(findings).toHaveLength(284);
    const logger = new RecordingLogger();

    const result = await importFindings(client(f), findings, { logger });
    expect(result).toEqual({ imported: 284, failed: [], requests: 3, batches: 3 });
    expect(
      f
        .callsTo('BatchImportFindings')
        .map((c) => [c.status, (c.input['Findings'] as unknown[]).length]),
    ).toEqual([
      [200, 100],
      [200, 100],
      [200, 84],
    ]);
    expect(hub.store.size).toBe(284);
    expect(logger.messages('info').join('\n')).toMatch(
      /284 imported, 0 rejected, in 3 of 3 requests/,
    );

    const later = convert(
      'tfsec-defsec-terraform-showdown.sarif',
      new Date('2026-11-27T09:00:00.000Z'),
    );
    await importFindings(client(f), later, { logger, concurrency: 3 });
    expect(hub.store.size).toBe(284);
    expect(new Set(hub.store.values())).toEqual(new Set(['2026-11-27T09:00:00.000Z']));
  });

  it('splits by bytes as well as by count', async () => {
    const hub = securityHub();
    const f = await start(hub.handler);
    const findings = convert('codeql-2.12-js-vulnerable-node.sarif');
    const biggest = Math.max(...findings.map(findingBytes));
    const result = await importFindings(client(f), findings, {
      logger: new RecordingLogger(),
      limits: { maxRequestBytes: biggest * 5 },
    });
    expect(result.imported).toBe(findings.length);
    expect(result.batches).toBeGreaterThan(findings.length / 5 - 1);
    expect(Math.max(...hub.requestBytes)).toBeLessThanOrEqual(biggest * 5);
  });

  it('surfaces FailedFindings from a 200 response as errors, not as imported', async () => {
    const hub = securityHub();
    const f = await start(hub.handler);
    const findings = convert('snyk-oss-npm-fixture.sarif');
    const bad = findings[2]!;
    findings[2] = {
      ...bad,
      Remediation: { Recommendation: { Text: 'r'.repeat(600), Url: 'https://snyk.io' } },
    };
    const foreign = {
      ...findings[4]!,
      AwsAccountId: '210987654321',
      ProductArn: `arn:aws:securityhub:${REGION}:210987654321:product/210987654321/default`,
    };
    findings[4] = foreign;
    const logger = new RecordingLogger();

    const result = await importFindings(client(f), findings, { logger });
    expect(result.imported).toBe(findings.length - 2);
    expect(result.failed).toEqual([
      {
        id: bad.Id,
        errorCode: 'InvalidInput',
        errorMessage:
          'Finding does not adhere to Amazon Finding Format. data.Remediation.Recommendation.Text: length 600 not in 1..512.',
      },
      {
        id: foreign.Id,
        errorCode: 'InvalidAccess',
        errorMessage: expect.stringMatching(/cannot import findings/) as string,
      },
    ]);
    const errors = logger.messages('error');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(`Security Hub rejected finding ${bad.Id}: InvalidInput`);
    expect(f.callsTo('BatchImportFindings')[0]?.status).toBe(200);
  });

  it('reports failures in input order even when concurrent requests finish out of order', async () => {
    const findings = convert('tfsec-defsec-terraform-showdown.sarif');
    const rejected = new Set(findings.filter((_, i) => i % 50 === 7).map((f) => f.Id));
    const f = await start(
      async (input: BatchImportFindingsCommandInput, ctx: AwsHandlerContext) => {
        // The first request answers last.
        if (ctx.callNumber === 1) await new Promise((r) => setTimeout(r, 150));
        const failed = (input.Findings ?? [])
          .filter((x) => rejected.has(x.Id))
          .map((x) => ({ Id: x.Id, ErrorCode: 'InvalidInput', ErrorMessage: 'rejected by test' }));
        return {
          SuccessCount: (input.Findings?.length ?? 0) - failed.length,
          FailedCount: failed.length,
          FailedFindings: failed,
        };
      },
    );
    const result = await importFindings(client(f), findings, {
      logger: new RecordingLogger(),
      concurrency: 3,
    });
    expect(result.failed.map((x) => x.id)).toEqual([...rejected]);
    expect(result.imported).toBe(findings.length - rejected.size);
  });

  it('fails closed when FailedCount says more than FailedFindings describes', async () => {
    const f = await start((input: BatchImportFindingsCommandInput) => ({
      SuccessCount: (input.Findings?.length ?? 0) - 2,
      FailedCount: 2,
      FailedFindings: [],
    }));
    const result = await importFindings(
      client(f),
      convert('trivy-0.45-iac-security-severity.sarif'),
      {
        logger: new RecordingLogger(),
      },
    );
    expect(result.failed).toHaveLength(2);
    expect(result.failed[0]?.errorMessage).toMatch(
      /reported 2 failed findings in request 1 but described only 0/,
    );
  });

  it('rides out throttling with the SDK retry and then succeeds', async () => {
    const hub = securityHub();
    const f = await start(hub.handler);
    f.faults.throttle({ operation: 'BatchImportFindings', times: 2 });
    const findings = convert('trivy-0.45-iac-security-severity.sarif');

    const result = await importFindings(client(f), findings, { logger: new RecordingLogger() });
    expect(result).toEqual({ imported: findings.length, failed: [], requests: 1, batches: 1 });
    const calls = f.callsTo('BatchImportFindings');
    expect(calls.map((c) => c.status)).toEqual([429, 429, 200]);
    expect(calls[0]?.errorCode).toBe('LimitExceededException');
    expect(f.faults.pending).toBe(0);
  });

  it('throws a clear AsffImportError when throttling outlasts the retries', async () => {
    const f = await start(securityHub().handler);
    f.faults.throttle({ operation: 'BatchImportFindings', times: Infinity });
    const error = await importFindings(client(f, 2), convert('gitleaks-8.0-slack-webhook.sarif'), {
      logger: new RecordingLogger(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AsffImportError);
    expect((error as AsffImportError).code).toBe('LimitExceededException');
    expect((error as AsffImportError).hint).toMatch(/lower the import concurrency/);
    expect(f.callsTo('BatchImportFindings')).toHaveLength(2);
  });

  it('stops at a whole-request error, keeps the earlier results, and says what to do', async () => {
    const hub = securityHub();
    // The first request succeeds; the second is refused the way an unsubscribed account is.
    const f = await start((input: BatchImportFindingsCommandInput, ctx: AwsHandlerContext) => {
      if (ctx.callNumber === 2)
        throw awsError(
          'InvalidAccessException',
          `Account ${ACCOUNT} is not subscribed to AWS Security Hub`,
          { status: 401 },
        );
      return hub.handler(input);
    });
    const findings = convert('tfsec-defsec-terraform-showdown.sarif');

    const error = await importFindings(client(f), findings, {
      logger: new RecordingLogger(),
      concurrency: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AsffImportError);
    const importError = error as AsffImportError;
    expect(importError.code).toBe('InvalidAccessException');
    expect(importError.message).toMatch(
      /request 2 of 3 \(100 findings\) failed: InvalidAccessException: Account 123456789012 is not subscribed/,
    );
    expect(importError.message).toMatch(
      /100 findings were imported by the requests that succeeded/,
    );
    expect(importError.hint).toMatch(/Enable Security Hub CSPM in us-east-1/);
    expect(importError.partial).toMatchObject({ imported: 100, requests: 1, batches: 3 });
    expect(f.callsTo('BatchImportFindings').map((c) => [c.status, c.errorCode])).toEqual([
      [200, undefined],
      [401, 'InvalidAccessException'],
    ]);
  });

  it('builds clients that retry adaptively', async () => {
    const c = createSecurityHubClient({ region: REGION, credentials });
    const strategy = (await c.config.retryStrategy()) as { mode?: string };
    expect(strategy.mode).toBe('adaptive');
    expect(await c.config.maxAttempts()).toBe(5);
  });

  it('sends nothing for no findings', async () => {
    const f = await start(securityHub().handler);
    expect(await importFindings(client(f), [], { logger: new RecordingLogger() })).toEqual({
      imported: 0,
      failed: [],
      requests: 0,
      batches: 0,
    });
    expect(f.calls).toHaveLength(0);
  });
});

describe('the findings the converter sends', () => {
  it('pass the fake model validation for every real file (no 4xx from the fake)', async () => {
    const hub = securityHub();
    const f = await start(hub.handler);
    const files = [
      'codeql-2.12-js-vulnerable-node.sarif',
      'eslint-js-sample-with-inline-suppressions.sarif',
      'gitleaks-8.0-slack-webhook.sarif',
      'snyk-oss-npm-fixture.sarif',
      'trivy-0.45-iac-security-severity.sarif',
    ];
    const findings = files.flatMap((file) => convert(file));
    const result = await importFindings(client(f), findings, { logger: new RecordingLogger() });
    expect(result.failed).toEqual([]);
    expect(result.imported).toBe(findings.length);
    expect(f.calls.every((c) => c.status === 200)).toBe(true);
  });
});
