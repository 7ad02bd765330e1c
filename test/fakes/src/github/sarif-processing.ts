// GitHub checks most SARIF limits after the 202, while processing; the status endpoint then says
// `failed` with these exact messages (contracts.md §1.3, §1.4).

export const SARIF_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  threadFlowLocationsPerResult: 10_000,
  gzippedBytes: 10 * 1024 * 1024,
} as const;

export function processSarif(sarif: unknown): { status: 'complete' | 'failed'; errors?: string[] } {
  const errors: string[] = [];
  const log = record(sarif);
  const runs = log?.runs;
  if (!log || !Array.isArray(runs)) {
    return {
      status: 'failed',
      errors: ['rejecting SARIF, as it is not a valid SARIF log: "runs" is missing'],
    };
  }
  if (runs.length > SARIF_LIMITS.runsPerFile) {
    errors.push(
      `rejecting SARIF, as there are more runs than allowed (${runs.length} > ${SARIF_LIMITS.runsPerFile})`,
    );
  }
  const seen = new Set<string>();
  for (const r of runs) {
    const run = record(r);
    const results = Array.isArray(run?.results) ? (run.results as unknown[]) : [];
    if (results.length > SARIF_LIMITS.resultsPerRun) {
      errors.push(
        `rejecting SARIF, as there are more results per run than allowed (${results.length} > ${SARIF_LIMITS.resultsPerRun})`,
      );
    }
    const driver = record(record(run?.tool)?.driver);
    const rules = Array.isArray(driver?.rules) ? driver.rules.length : 0;
    if (rules > SARIF_LIMITS.rulesPerRun) {
      errors.push(
        `rejecting SARIF, as there are more rules per run than allowed (${rules} > ${SARIF_LIMITS.rulesPerRun})`,
      );
    }
    for (const res of results) {
      const result = record(res);
      const locations = Array.isArray(result?.locations) ? result.locations.length : 0;
      if (locations > SARIF_LIMITS.locationsPerResult) {
        errors.push(
          `rejecting SARIF, as there are more locations per result than allowed (${locations} > ${SARIF_LIMITS.locationsPerResult})`,
        );
        break;
      }
      const steps = threadFlowSteps(result);
      if (steps > SARIF_LIMITS.threadFlowLocationsPerResult) {
        errors.push(
          `rejecting SARIF, as there are more threadflow steps per result than allowed (${steps} > ${SARIF_LIMITS.threadFlowLocationsPerResult})`,
        );
        break;
      }
    }
    const key = `${String(driver?.name)}\u0000${categoryOf(run) ?? ''}`;
    if (seen.has(key))
      errors.push('A delivery cannot contain multiple runs with the same category');
    seen.add(key);
  }
  return errors.length > 0
    ? { status: 'failed', errors: [...new Set(errors)] }
    : { status: 'complete' };
}

export function categoryOf(run: Record<string, unknown> | undefined): string | undefined {
  const id = record(run?.automationDetails)?.id;
  return typeof id === 'string' ? id : undefined;
}

function threadFlowSteps(result: Record<string, unknown> | undefined): number {
  let max = 0;
  for (const flow of arr(result?.codeFlows)) {
    for (const thread of arr(record(flow)?.threadFlows)) {
      max = Math.max(max, arr(record(thread)?.locations).length);
    }
  }
  return max;
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
