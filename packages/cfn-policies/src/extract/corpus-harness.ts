import { isTemplateError } from '../template/errors.js';
import { parseAndExtract, toComparablePolicy } from './extract.js';
import { lookupsFromMocks, type CaseMocks } from './lookups.js';
import type { ExtractOptions, ExtractionResult } from './types.js';

/** A corpus case (the fields extraction uses). */
export interface CorpusCase {
  id: string;
  command: string;
  template_format: 'json' | 'yaml';
  template: unknown;
  parameters?: Record<string, string | string[]>;
  account_id: string;
  region: string;
  partition: string;
  options?: {
    exclude_resource_types?: string[];
    allow_dynamic_ref_without_version?: boolean;
    [k: string]: unknown;
  };
  mocks?: CaseMocks;
  reference_quirk?: string | boolean;
  suggested_behavior?: string;
  expected: {
    outcome: 'ok' | 'error';
    policies?: unknown[];
    parse_output?: unknown;
    error?: string;
    error_kind?: string;
    error_contains?: string[];
    error_path?: string;
  };
}

export function caseText(c: Pick<CorpusCase, 'template'>): string {
  return typeof c.template === 'string' ? c.template : JSON.stringify(c.template, null, 2);
}

/** Runs one corpus case through parseAndExtract; `extra` adds/overrides extraction options. */
export async function runCase(
  c: CorpusCase,
  extra: ExtractOptions = {},
): Promise<ExtractionResult> {
  const options: ExtractOptions = { ...extra };
  if (c.options?.exclude_resource_types)
    options.excludeResourceTypes = c.options.exclude_resource_types;
  if (c.options?.allow_dynamic_ref_without_version) options.allowDynamicRefWithoutVersion = true;
  return parseAndExtract({
    text: caseText(c),
    file: `${c.id}.${c.template_format}`,
    format: c.template_format,
    parameters: c.parameters ?? {},
    accountId: c.account_id,
    region: c.region,
    partition: c.partition,
    options,
    lookups: lookupsFromMocks(c.mocks),
  });
}

/** Canonical JSON with sorted keys, so documents compare regardless of key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Multiset difference of two lists by canonical form: what is missing and what is extra. */
export function multisetDiff(
  expected: unknown[],
  actual: unknown[],
): { missing: unknown[]; extra: unknown[] } {
  const counts = new Map<string, number>();
  for (const a of actual) counts.set(canonical(a), (counts.get(canonical(a)) ?? 0) + 1);
  const missing: unknown[] = [];
  for (const e of expected) {
    const k = canonical(e);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else missing.push(e);
  }
  const extra = actual.filter((a) => {
    const k = canonical(a);
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      counts.set(k, n - 1);
      return true;
    }
    return false;
  });
  return { missing, extra };
}

/** parse_output with inner Policies lists order-normalised (the reference order is dependency-sort order). */
export function normaliseParseOutput(po: unknown): unknown {
  const clone = structuredClone(po) as Record<string, unknown>;
  for (const key of ['Roles', 'Users', 'Groups', 'PermissionSets']) {
    const list = clone[key];
    if (Array.isArray(list)) {
      for (const p of list as Record<string, unknown>[]) {
        if (Array.isArray(p.Policies))
          p.Policies = [...(p.Policies as unknown[])].sort((a, b) =>
            canonical(a) < canonical(b) ? -1 : 1,
          );
      }
    }
  }
  for (const key of [
    'Resources',
    'OrphanedPolicies',
    'Roles',
    'Users',
    'Groups',
    'PermissionSets',
  ]) {
    const list = clone[key];
    if (Array.isArray(list))
      clone[key] = [...(list as unknown[])].sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
  }
  return clone;
}

export interface CaseVerdict {
  id: string;
  ok: boolean;
  problems: string[];
}

/** Checks a case against its expectation (policies multiset, parse_output, or error semantics). */
export async function checkCase(c: CorpusCase, extra: ExtractOptions = {}): Promise<CaseVerdict> {
  const problems: string[] = [];
  let result: ExtractionResult | undefined;
  let error: unknown;
  try {
    result = await runCase(c, extra);
  } catch (e) {
    error = e;
  }
  const exp = c.expected;
  if (exp.outcome === 'error') {
    if (!error) problems.push('expected an error, got a result');
    else if (!isTemplateError(error))
      problems.push(
        `untyped error: ${error instanceof Error ? error.stack : JSON.stringify(error)}`,
      );
    else {
      if (exp.error_kind && error.kind !== exp.error_kind)
        problems.push(`kind ${error.kind} != ${exp.error_kind}`);
      for (const fragment of exp.error_contains ?? []) {
        if (!error.message.includes(fragment))
          problems.push(`message lacks ${JSON.stringify(fragment)}: ${error.message}`);
      }
      if (exp.error_path && !(error.path ?? '').endsWith(exp.error_path))
        problems.push(`path ${error.path} does not end with ${exp.error_path}`);
      if (!error.location) problems.push('error has no location');
    }
  } else if (error || !result) {
    problems.push(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  } else {
    const { missing, extra: surplus } = multisetDiff(
      exp.policies ?? [],
      result.policies.map(toComparablePolicy),
    );
    if (missing.length > 0) problems.push(`missing policies: ${canonical(missing)}`);
    if (surplus.length > 0) problems.push(`extra policies: ${canonical(surplus)}`);
    if (
      exp.parse_output !== undefined &&
      canonical(normaliseParseOutput(exp.parse_output)) !==
        canonical(normaliseParseOutput(result.parseOutput))
    ) {
      problems.push(`parse_output differs: ${canonical(result.parseOutput)}`);
    }
  }
  return { id: c.id, ok: problems.length === 0, problems };
}
