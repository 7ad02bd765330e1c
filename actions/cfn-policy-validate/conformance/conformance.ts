/**
 * Runs corpus cases (schema: testdata/README.md) through the real extraction and validation
 * code and the real AWS SDK clients, against the AWS fake serving each case's `mocks`.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  AnalysisError,
  createAwsClients,
  createAwsLookups,
  InvalidOptionError,
  isTemplateError,
  toComparablePolicy,
  type ExtractedPolicy,
  type Finding,
} from '@devsecops-gates/cfn-policies';
import { ConfigurationError } from '@devsecops-gates/action-kit';
import {
  runCommand,
  type CfnCommand,
  type CommandOptions,
  type CommandOutcome,
} from '../src/run-command.js';
import {
  canonical,
  caseText,
  multisetDiff as multisetDifference,
} from '@devsecops-gates/cfn-policies/corpus';
import { deepEqual, startMockAws, type CaseMocks, type RecordedCalls } from './mock-aws.js';

export interface CorpusCase {
  id: string;
  command: CfnCommand;
  template_format: 'json' | 'yaml';
  template: unknown;
  parameters?: Record<string, string | string[]>;
  account_id: string;
  region: string;
  partition: string;
  options?: Record<string, unknown>;
  mocks?: CaseMocks;
  expected: {
    outcome: 'ok' | 'error';
    exit_code: number;
    policies?: unknown[];
    parse_output?: Record<string, unknown>;
    report?: { BlockingFindings: Finding[]; NonBlockingFindings: Finding[] };
    access_analyzer_calls?: Partial<RecordedCalls>;
    error?: string;
    error_kind?: string;
    error_contains?: string[];
  };
  reference_quirk?: unknown;
  suggested_behavior?: string;
}

export interface CaseResult {
  id: string;
  passed: boolean;
  /** Passed only with `referenceParity` (a documented, deliberate difference of the default). */
  deliberateDifference?: string[];
  /** Whether a default-mode difference is a recorded decision (case flag or DECISIONS.md). */
  documented?: boolean;
  problems: string[];
}

function commandOptions(c: CorpusCase, referenceParity: boolean): CommandOptions {
  const o = c.options ?? {};
  const list = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.map(String) : undefined);
  const options: CommandOptions = { referenceParity };
  const set = <K extends keyof CommandOptions>(
    key: K,
    value: CommandOptions[K] | undefined,
  ): void => {
    if (value !== undefined) options[key] = value;
  };
  set('excludeResourceTypes', list(o['exclude_resource_types']));
  set(
    'allowDynamicRefWithoutVersion',
    o['allow_dynamic_ref_without_version'] === true ? true : undefined,
  );
  set('ignoreFinding', list(o['ignore_finding']));
  set('treatFindingTypeAsBlocking', list(o['treat_finding_type_as_blocking']));
  set('allowExternalPrincipals', list(o['allow_external_principals']));
  set(
    'treatFindingsAsNonBlocking',
    o['treat_findings_as_non_blocking'] === true ? true : undefined,
  );
  set(
    'referencePolicy',
    o['reference_policy'] === undefined
      ? undefined
      : JSON.stringify(o['reference_policy'], null, 4),
  );
  set(
    'referencePolicyType',
    typeof o['reference_policy_type'] === 'string' ? o['reference_policy_type'] : undefined,
  );
  set('actions', list(o['actions']));
  set('resources', list(o['resources']));
  return options;
}

/** The corpus error kind of what our code threw. */
export function errorKind(error: unknown): string {
  if (isTemplateError(error)) return error.kind;
  if (error instanceof InvalidOptionError || error instanceof ConfigurationError)
    return 'invalid_option';
  if (error instanceof AnalysisError) return 'aws';
  return 'unexpected';
}

function errorText(error: unknown): string {
  if (isTemplateError(error)) return `${error.referenceMessage}\n${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Multiset difference report: what is missing from `actual` and what is extra. */
function multisetDiff(label: string, expected: unknown[], actual: unknown[]): string[] {
  const { missing, extra } = multisetDifference(expected, actual);
  return [
    ...missing.map((m) => `${label}: missing ${truncate(canonical(m))}`),
    ...extra.map((e) => `${label}: unexpected ${truncate(canonical(e))}`),
  ];
}

function setDiff(label: string, expected: unknown[], actual: unknown[]): string[] {
  const exp = new Set(expected.map(canonical));
  const act = new Set(actual.map(canonical));
  return [
    ...[...exp].filter((e) => !act.has(e)).map((e) => `${label}: not sent ${truncate(e)}`),
    ...[...act].filter((a) => !exp.has(a)).map((a) => `${label}: unexpectedly sent ${truncate(a)}`),
  ];
}

const truncate = (s: string, n = 400): string => (s.length > n ? `${s.slice(0, n)}...` : s);

/** Parse-output lists are compared in any order (the reference's resource order is not stable). */
function normalizeParseOutput(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(normalizeParseOutput).sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeParseOutput(v)]));
  }
  return value;
}

const findingKey = (f: Finding): string =>
  [f.findingType, f.code, f.resourceName, f.policyName].join(' | ');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function compareCalls(
  expected: Partial<RecordedCalls> | undefined,
  recorded: RecordedCalls,
): string[] {
  if (!expected) return [];
  const problems: string[] = [];
  // We send identical documents once; the reference may repeat them, so compare distinct calls.
  if (expected.validate_policy)
    problems.push(...setDiff('ValidatePolicy', expected.validate_policy, recorded.validate_policy));
  if (expected.access_preview_configurations) {
    const norm = (v: unknown): unknown =>
      JSON.parse(JSON.stringify(v).replace(UUID, '<random-bucket-uuid>')) as unknown;
    problems.push(
      ...setDiff(
        'CreateAccessPreview',
        expected.access_preview_configurations.map(norm),
        recorded.access_preview_configurations.map(norm),
      ),
    );
  }
  if (
    expected.created_analyzer !== undefined &&
    expected.created_analyzer !== recorded.created_analyzer
  ) {
    problems.push(
      `CreateAnalyzer: expected created_analyzer=${expected.created_analyzer}, got ${recorded.created_analyzer}`,
    );
  }
  if (expected.checks) {
    const norm = (c: Record<string, unknown>): unknown =>
      Object.fromEntries(
        Object.entries(c).map(([k, v]) => [
          k,
          k === 'existingPolicyDocument' && typeof v === 'string' ? JSON.parse(v) : v,
        ]),
      );
    problems.push(
      ...setDiff('policy checks', expected.checks.map(norm), recorded.checks.map(norm)),
    );
  }
  return problems;
}

async function execute(
  c: CorpusCase,
  referenceParity: boolean,
): Promise<{ outcome?: CommandOutcome; error?: unknown; recorded: RecordedCalls }> {
  const { fake, recorded } = await startMockAws(c.mocks);
  const clients = createAwsClients({
    region: c.region,
    credentials: { accessKeyId: 'AKIDCONFORMANCE', secretAccessKey: 'conformance-secret' },
    endpoints: { '*': fake.url },
    maxAttempts: 3,
  });
  try {
    const outcome = await runCommand({
      command: c.command,
      templates: [
        {
          file: `${c.id}.${c.template_format === 'yaml' ? 'yaml' : 'json'}`,
          text: caseText(c),
        },
      ],
      parameters: c.parameters ?? {},
      accountId: c.account_id,
      region: c.region,
      partition: c.partition,
      options: commandOptions(c, referenceParity),
      lookups: createAwsLookups(clients),
      analyzer: {
        client: clients.accessAnalyzer,
        getCanonicalUserId: () => createAwsLookups(clients).getCanonicalUserId(),
        pollIntervalMs: 1,
      },
    });
    return { outcome, recorded };
  } catch (error) {
    return { error, recorded };
  } finally {
    clients.destroy();
    await fake.close();
  }
}

function judge(c: CorpusCase, run: Awaited<ReturnType<typeof execute>>): string[] {
  const exp = c.expected;
  const problems: string[] = [];
  if (exp.outcome === 'error') {
    if (!run.error)
      return [
        `expected a ${exp.error_kind ?? ''} error (${exp.error ?? ''}), but the run succeeded`,
      ];
    const kind = errorKind(run.error);
    if (exp.error_kind && kind !== exp.error_kind)
      problems.push(`error kind: expected ${exp.error_kind}, got ${kind}: ${errorText(run.error)}`);
    const text = errorText(run.error);
    for (const fragment of exp.error_contains ?? []) {
      if (!text.includes(fragment))
        problems.push(`error message lacks "${fragment}": ${truncate(text)}`);
    }
    return problems;
  }
  if (run.error) return [`unexpected ${errorKind(run.error)} error: ${errorText(run.error)}`];
  const outcome = run.outcome!;
  if (exp.policies) {
    const actual = outcome.extractions
      .flatMap((e) => e.policies)
      .map((p: ExtractedPolicy) => toComparablePolicy(p));
    problems.push(...multisetDiff('policies', exp.policies, actual));
  }
  if (exp.parse_output && c.command === 'parse') {
    const actual = outcome.extractions[0]?.parseOutput;
    if (!deepEqual(normalizeParseOutput(exp.parse_output), normalizeParseOutput(actual))) {
      problems.push(
        `parse output differs: expected ${truncate(canonical(exp.parse_output))} got ${truncate(canonical(actual))}`,
      );
    }
  }
  if (c.command !== 'parse') {
    const result = outcome.result!;
    if (result.exitCode !== exp.exit_code)
      problems.push(`exit code: expected ${exp.exit_code}, got ${result.exitCode}`);
    if (exp.report) {
      problems.push(
        ...multisetDiff(
          'blocking',
          exp.report.BlockingFindings.map(findingKey),
          result.report.BlockingFindings.map(findingKey),
        ),
      );
      problems.push(
        ...multisetDiff(
          'non-blocking',
          exp.report.NonBlockingFindings.map(findingKey),
          result.report.NonBlockingFindings.map(findingKey),
        ),
      );
    }
    problems.push(...compareCalls(exp.access_analyzer_calls, run.recorded));
  } else if (exp.exit_code !== 0) {
    problems.push(`parse exits ${exp.exit_code} in the corpus, but a successful parse exits 0`);
  }
  return problems;
}

const DECISIONS = new URL('../../../packages/cfn-policies/DECISIONS.md', import.meta.url);
let decisions: string | undefined;

/** Case ids the decision record lists as deliberate differences (the reference is wrong there). */
export function documentedDifference(id: string): boolean {
  decisions ??= existsSync(DECISIONS) ? readFileSync(DECISIONS, 'utf8') : '';
  return decisions.includes(`\`${id}\``);
}

export async function runCase(c: CorpusCase): Promise<CaseResult> {
  const problems = judge(c, await execute(c, false));
  if (problems.length === 0) return { id: c.id, passed: true, problems: [] };
  // The corpus records what the reference does. Where our default deliberately does better
  // (flagged in the case or recorded in DECISIONS.md), reference-parity mode must still match it
  // exactly. A case outside that list that only parity mode matches still conforms (the
  // drop-in CLI can reproduce the reference), but is reported as an undocumented difference.
  const parity = judge(c, await execute(c, true));
  if (parity.length === 0) {
    const documented = Boolean(c.suggested_behavior) || documentedDifference(c.id);
    return { id: c.id, passed: true, deliberateDifference: problems, documented, problems: [] };
  }
  return { id: c.id, passed: false, problems };
}

export async function runCases(cases: CorpusCase[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(c));
  return results;
}
