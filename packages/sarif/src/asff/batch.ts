import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import { ASFF_LIMITS, truncate } from './text-limits.js';

/**
 * BatchImportFindings limits (contracts.md §7.1): 1–100 findings, 240 KB per finding, 6 MB per
 * request. AWS does not say whether KB/MB are 1000- or 1024-based, so use the smaller reading.
 */
export const BATCH_LIMITS = {
  maxFindings: 100,
  maxFindingBytes: 240_000,
  maxRequestBytes: 6_000_000,
} as const;

export interface BatchLimits {
  maxFindings: number;
  maxFindingBytes: number;
  maxRequestBytes: number;
}

export interface BatchOptions {
  limits?: Partial<BatchLimits>;
  /** Told about every finding that had to be shrunk to fit. */
  onTrim?: (id: string, bytesBefore: number, bytesAfter: number) => void;
}

/** Bytes the finding takes in the request body (the SDK's restJson1 serializer writes the same JSON). */
export function findingBytes(finding: AwsSecurityFinding): number {
  return Buffer.byteLength(JSON.stringify(finding), 'utf8');
}

/**
 * Shrinks an oversized finding by dropping what is least useful in Security Hub first: resource
 * details, then product fields, then the description is cut to 512 characters. Identity, severity
 * and resources stay, so the finding still imports and still updates the right record.
 */
function trimFinding(finding: AwsSecurityFinding, max: number): AwsSecurityFinding {
  const steps: ((f: AwsSecurityFinding) => AwsSecurityFinding)[] = [
    (f) => ({ ...f, Resources: f.Resources?.map(({ Details: _details, ...rest }) => rest) }),
    (f) => {
      const { ProductFields: _pf, ...rest } = f;
      return rest;
    },
    (f) => ({
      ...f,
      Description: f.Description
        ? truncate(f.Description, ASFF_LIMITS.description / 2)
        : f.Description,
    }),
  ];
  let current = finding;
  for (const step of steps) {
    current = step(current);
    if (findingBytes(current) <= max) return current;
  }
  throw new ConfigurationError(
    `ASFF finding "${finding.Id ?? '(no Id)'}" is ${findingBytes(current)} bytes even without resource details and product fields; Security Hub accepts at most ${max} bytes per finding.`,
    { hint: 'Shorten its Title/Resources or drop the finding before importing.' },
  );
}

const REQUEST_OVERHEAD = Buffer.byteLength('{"Findings":[]}');

/**
 * Splits findings into BatchImportFindings requests that respect every limit, keeping input
 * order (so the first failed batch points at the first affected findings). Throws a clear
 * ConfigurationError for a finding that cannot be made small enough.
 */
export function batchFindings(
  findings: readonly AwsSecurityFinding[],
  options: BatchOptions = {},
): AwsSecurityFinding[][] {
  const limits: BatchLimits = { ...BATCH_LIMITS, ...options.limits };
  const batches: AwsSecurityFinding[][] = [];
  let current: AwsSecurityFinding[] = [];
  let currentBytes = REQUEST_OVERHEAD;

  for (const original of findings) {
    let finding = original;
    let bytes = findingBytes(finding);
    if (bytes > limits.maxFindingBytes) {
      finding = trimFinding(finding, limits.maxFindingBytes);
      const after = findingBytes(finding);
      options.onTrim?.(finding.Id ?? '', bytes, after);
      bytes = after;
    }
    // A comma separates every finding after the first.
    const added = bytes + (current.length > 0 ? 1 : 0);
    if (
      current.length > 0 &&
      (current.length >= limits.maxFindings || currentBytes + added > limits.maxRequestBytes)
    ) {
      batches.push(current);
      current = [];
      currentBytes = REQUEST_OVERHEAD;
    }
    current.push(finding);
    currentBytes += bytes + (current.length > 1 ? 1 : 0);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
