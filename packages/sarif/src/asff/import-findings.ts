import {
  BatchImportFindingsCommand,
  SecurityHubClient,
  type AwsSecurityFinding,
  type SecurityHubClientConfig,
} from '@aws-sdk/client-securityhub';
import { ConfigurationError, getErrorMessage, type Logger } from '@devsecops-gates/action-kit';
import { batchFindings, type BatchLimits } from './batch.js';

export interface FailedFinding {
  id: string;
  errorCode: string;
  errorMessage: string;
}

export interface ImportResult {
  /** Findings Security Hub reported as created or updated (sum of SuccessCount). */
  imported: number;
  /** Per-finding failures from 200 responses (FailedFindings), in request order. */
  failed: FailedFinding[];
  /** BatchImportFindings requests that completed. */
  requests: number;
  /** Requests the findings were split into. */
  batches: number;
}

export interface ImportOptions {
  logger: Logger;
  /** Requests in flight at once. Security Hub allows 10 TPS (burst 30) per account and Region. */
  concurrency?: number;
  limits?: Partial<BatchLimits>;
  /** How many failed findings to log one by one (all are returned). */
  logFailuresLimit?: number;
}

/**
 * A whole BatchImportFindings request failed (after the SDK's retries). Carries what was imported
 * before it, so the caller can report both.
 */
export class AsffImportError extends ConfigurationError {
  readonly partial: ImportResult;
  readonly code: string;
  constructor(
    message: string,
    options: { hint?: string; cause: unknown; partial: ImportResult; code: string },
  ) {
    super(message, { hint: options.hint, cause: options.cause });
    this.partial = options.partial;
    this.code = options.code;
  }
}

export interface SecurityHubClientOptions {
  region: string;
  credentials?: SecurityHubClientConfig['credentials'];
  /** e.g. a local fake; otherwise the SDK honours AWS_ENDPOINT_URL_SECURITYHUB. */
  endpoint?: string;
  /** Total attempts per request, retries included (default 5). */
  maxAttempts?: number;
}

/**
 * A client whose retry strategy suits bulk imports: `adaptive` retries throttling
 * (LimitExceededException is 429) with backoff and also rate-limits the client itself after a
 * throttle, so concurrent batches slow down together instead of each burning its attempts.
 */
export function createSecurityHubClient(options: SecurityHubClientOptions): SecurityHubClient {
  return new SecurityHubClient({
    region: options.region,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? 5,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
}

function hintFor(code: string, region: string | undefined): string | undefined {
  switch (code) {
    case 'InvalidAccessException':
      return `Enable Security Hub CSPM in ${region ?? 'the target Region'} for this account, or import into a Region where it is enabled.`;
    case 'AccessDeniedException':
      return 'Allow securityhub:BatchImportFindings on the product ARN for the role the workflow assumes.';
    case 'InvalidInputException':
      return 'Check the product ARN, account id and Region passed to the ASFF export.';
    case 'CredentialsProviderError':
      return 'No AWS credentials were found: set role-to-assume (GitHub OIDC) or provide credentials to the job.';
    case 'LimitExceededException':
    case 'ThrottlingException':
      return 'Security Hub kept throttling after retries; lower the import concurrency or retry the job.';
    default:
      return undefined;
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const named =
      (error as { name?: unknown; Code?: unknown }).Code ?? (error as { name?: unknown }).name;
    if (typeof named === 'string' && named) return named;
  }
  return 'Error';
}

/**
 * Imports findings with BatchImportFindings, split to the service limits. A 200 response can
 * still reject findings one by one (`FailedFindings`): those are returned and logged as errors,
 * never counted as imported. Throttling is retried by the client (see createSecurityHubClient);
 * any request that still fails stops further requests and throws AsffImportError.
 */
export async function importFindings(
  client: SecurityHubClient,
  findings: readonly AwsSecurityFinding[],
  options: ImportOptions,
): Promise<ImportResult> {
  const { logger } = options;
  const batches = batchFindings(findings, {
    ...(options.limits ? { limits: options.limits } : {}),
    onTrim: (id, before, after) =>
      logger.warning(
        `ASFF finding ${id} was ${before} bytes, over Security Hub's per-finding limit; dropped details to ${after} bytes.`,
      ),
  });
  const result: ImportResult = { imported: 0, failed: [], requests: 0, batches: batches.length };
  if (batches.length === 0) return result;

  const failedPerBatch: FailedFinding[][] = batches.map(() => []);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 3, batches.length));
  let next = 0;
  // A holder object, not a `let`: TS does not see the workers' writes to a closed-over variable.
  const state: { stop?: { index: number; error: unknown } } = {};

  const worker = async (): Promise<void> => {
    while (state.stop === undefined && next < batches.length) {
      const index = next++;
      const batch = batches[index] ?? [];
      try {
        const response = await client.send(new BatchImportFindingsCommand({ Findings: batch }));
        result.requests++;
        result.imported += response.SuccessCount ?? 0;
        const failed = (response.FailedFindings ?? []).map((f) => ({
          id: f.Id ?? '(no Id)',
          errorCode: f.ErrorCode ?? 'Unknown',
          errorMessage: f.ErrorMessage ?? '(no message)',
        }));
        // Fail closed when the counts say more failed than were described.
        const described = failed.length;
        for (let k = described; k < (response.FailedCount ?? 0); k++) {
          failed.push({
            id: '(unknown)',
            errorCode: 'Unknown',
            errorMessage: `Security Hub reported ${response.FailedCount} failed findings in request ${index + 1} but described only ${described}.`,
          });
        }
        failedPerBatch[index] = failed;
      } catch (error) {
        // The earliest failing request is the one to report (workers finish out of order).
        const previous = state.stop as { index: number } | undefined;
        if (previous === undefined || index < previous.index) state.stop = { index, error };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  result.failed = failedPerBatch.flat();

  const limit = options.logFailuresLimit ?? 20;
  for (const f of result.failed.slice(0, limit)) {
    logger.error(`Security Hub rejected finding ${f.id}: ${f.errorCode}: ${f.errorMessage}`);
  }
  if (result.failed.length > limit)
    logger.error(`... and ${result.failed.length - limit} more findings rejected by Security Hub.`);
  logger.info(
    `Security Hub BatchImportFindings: ${result.imported} imported, ${result.failed.length} rejected, in ${result.requests} of ${batches.length} requests.`,
  );

  const stop = state.stop;
  if (stop !== undefined) {
    const code = errorCode(stop.error);
    const region = await client.config.region().catch(() => undefined);
    throw new AsffImportError(
      `Security Hub BatchImportFindings request ${stop.index + 1} of ${batches.length} (${batches[stop.index]?.length ?? 0} findings) failed: ${code}: ${getErrorMessage(stop.error)} (${result.imported} findings were imported by the requests that succeeded).`,
      { hint: hintFor(code, region), cause: stop.error, partial: result, code },
    );
  }
  return result;
}
