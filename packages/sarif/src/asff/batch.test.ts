import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import { describe, expect, it } from 'vitest';
import { BATCH_LIMITS, batchFindings, findingBytes } from './batch.js';
import { sarifToAsff } from './sarif-to-asff.js';
import type { AsffSourceResult } from './types.js';

function findings(n: number, overrides: Partial<AsffSourceResult> = {}): AwsSecurityFinding[] {
  const results: AsffSourceResult[] = Array.from({ length: n }, (_, i) => ({
    toolName: 'tfsec',
    ruleId: 'aws-s3-enable-versioning',
    message: 'Bucket does not have versioning enabled',
    level: 'warning',
    severity: 'medium',
    file: `modules/bucket-${i}/main.tf`,
    startLine: i + 1,
    suppressed: false,
    ...overrides,
  }));
  return sarifToAsff(results, {
    accountId: '123456789012',
    region: 'us-east-1',
    partition: 'aws',
    now: new Date('2026-11-26T17:00:00Z'),
  });
}

const requestBytes = (batch: AwsSecurityFinding[]): number =>
  Buffer.byteLength(JSON.stringify({ Findings: batch }));

describe('batchFindings', () => {
  it('cuts at 100 findings and keeps order', () => {
    const all = findings(250);
    const batches = batchFindings(all);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat().map((f) => f.Id)).toEqual(all.map((f) => f.Id));
  });

  it('returns no batches for no findings', () => {
    expect(batchFindings([])).toEqual([]);
  });

  it('never exceeds the request byte limit, counting the JSON envelope exactly', () => {
    const all = findings(40);
    const per = findingBytes(all[0]!);
    const maxRequestBytes = requestBytes(all.slice(0, 7)); // exactly seven fit
    const batches = batchFindings(all, { limits: { maxRequestBytes } });
    expect(batches[0]).toHaveLength(7);
    for (const b of batches) expect(requestBytes(b)).toBeLessThanOrEqual(maxRequestBytes);
    expect(per).toBeGreaterThan(500);
  });

  it('keeps the real limits: 6 MB requests of 240 KB findings', () => {
    expect(BATCH_LIMITS).toEqual({
      maxFindings: 100,
      maxFindingBytes: 240_000,
      maxRequestBytes: 6_000_000,
    });
    // Findings just under the per-finding limit: 24 of them fill a 6 MB request.
    const big = findings(60).map((f, i) => ({
      ...f,
      Resources: [
        {
          Type: 'Other',
          Id: `r${i}`,
          Details: {
            Other: Object.fromEntries(
              Array.from({ length: 50 }, (_, k) => [`k${k}`, 'v'.repeat(2048)]),
            ),
          },
        },
      ],
    }));
    const padded = big.map((f) => ({
      ...f,
      ProductFields: Object.fromEntries(
        Array.from({ length: 50 }, (_, k) => [`p${k}`, 'x'.repeat(2048)]),
      ),
    }));
    const batches = batchFindings(padded);
    for (const b of batches) expect(requestBytes(b)).toBeLessThanOrEqual(6_000_000);
    expect(batches.length).toBeGreaterThan(1);
  });

  it('trims an oversized finding (details first) and reports it', () => {
    const [f] = findings(1);
    const huge: AwsSecurityFinding = {
      ...f!,
      Resources: [{ Type: 'Other', Id: 'x', Details: { Other: { Blob: 'b'.repeat(300_000) } } }],
    };
    const trimmed: [string, number, number][] = [];
    const [batch] = batchFindings([huge], {
      onTrim: (id, before, after) => trimmed.push([id, before, after]),
    });
    expect(batch?.[0]?.Resources).toEqual([{ Type: 'Other', Id: 'x' }]);
    expect(batch?.[0]?.ProductFields).toEqual(f?.ProductFields);
    expect(trimmed).toHaveLength(1);
    expect(trimmed[0]?.[0]).toBe(f?.Id);
    expect(trimmed[0]?.[1]).toBeGreaterThan(240_000);
    expect(trimmed[0]?.[2]).toBeLessThanOrEqual(240_000);
    expect(huge.Resources?.[0]?.Details).toBeDefined(); // the input is not mutated
  });

  it('errors clearly when even a trimmed finding is too big', () => {
    const [f] = findings(1);
    const hopeless: AwsSecurityFinding = {
      ...f!,
      Resources: [{ Type: 'Other', Id: 'i'.repeat(300_000) }],
    };
    expect(() => batchFindings([hopeless])).toThrow(ConfigurationError);
    expect(() => batchFindings([hopeless])).toThrow(
      new RegExp(`ASFF finding "${f!.Id}" is \\d+ bytes .*at most 240000 bytes`),
    );
  });
});
