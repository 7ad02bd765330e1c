/**
 * `devsecops-gates cfn-policy-validate <command> [flags]`: a drop-in for the reference CLI
 * (`cfn-policy-validator`): same commands and flags (unambiguous prefixes accepted, as argparse
 * does), JSON on stdout with 4-space indentation, exit 0 / 2 (blocking findings) / 1 (error,
 * `ERROR: <message>` on stderr). Differences: usage errors exit 1, not 2; `--account-id` and
 * `--partition` skip the STS lookup; `--template-path` may repeat and take globs; our improvements
 * over the reference (packages/cfn-policies/DECISIONS.md) are on unless `--reference-parity`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getErrorMessage, type CliIo } from '@devsecops-gates/action-kit';
import {
  createAwsClients,
  createAwsLookups,
  DEFAULT_CONCURRENCY,
  getCallerIdentity,
  isTemplateError,
  type AwsServiceKey,
} from '@devsecops-gates/cfn-policies';
import { parseParameterItems, parseTemplateConfiguration } from './parameters.js';
import {
  COMMANDS,
  referenceJson,
  runCommand,
  type CfnCommand,
  type CommandOptions,
} from './run-command.js';
import { loadTemplates } from './templates.js';

type FlagKind = 'value' | 'list' | 'switch';

const COMMON: Record<string, FlagKind> = {
  'template-path': 'list',
  region: 'value',
  parameters: 'list',
  'template-configuration-file': 'value',
  profile: 'value',
  'enable-logging': 'switch',
  'allow-dynamic-ref-without-version': 'switch',
  'exclude-resource-types': 'value',
  'account-id': 'value',
  partition: 'value',
  concurrency: 'value',
  locations: 'switch',
  // Reproduce cfn-policy-validator exactly, quirks included (packages/cfn-policies/DECISIONS.md).
  'reference-parity': 'switch',
};
const CHECKS: Record<string, FlagKind> = {
  'ignore-finding': 'value',
  'treat-findings-as-non-blocking': 'switch',
};
const PER_COMMAND: Record<CfnCommand, Record<string, FlagKind>> = {
  parse: {},
  validate: {
    'ignore-finding': 'value',
    'treat-finding-type-as-blocking': 'value',
    'allow-external-principals': 'value',
  },
  'check-no-new-access': {
    ...CHECKS,
    'reference-policy': 'value',
    'reference-policy-type': 'value',
  },
  'check-access-not-granted': { ...CHECKS, actions: 'value', resources: 'value' },
  'check-no-public-access': { ...CHECKS },
};

export class UsageError extends Error {}

export interface ReferenceArgs {
  command: CfnCommand;
  values: Record<string, string>;
  lists: Record<string, string[]>;
  switches: Set<string>;
}

/** argparse-like parsing: `--flag value`, `--flag=value`, nargs+ lists, unambiguous prefixes. */
export function parseReferenceArgs(argv: readonly string[]): ReferenceArgs {
  const [command, ...rest] = argv;
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `argument command: invalid choice: '${command ?? ''}' (choose from ${COMMANDS.join(', ')})`,
    );
  }
  const known = { ...COMMON, ...PER_COMMAND[command as CfnCommand] };
  const args: ReferenceArgs = {
    command: command as CfnCommand,
    values: {},
    lists: {},
    switches: new Set(),
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unrecognized arguments: ${arg}`);
    const eq = arg.indexOf('=');
    const typed = arg.slice(2, eq === -1 ? undefined : eq);
    const candidates =
      typed in known ? [typed] : Object.keys(known).filter((k) => k.startsWith(typed));
    if (candidates.length === 0) throw new UsageError(`unrecognized arguments: ${arg}`);
    if (candidates.length > 1)
      throw new UsageError(
        `ambiguous option: --${typed} could match ${candidates.map((c) => `--${c}`).join(', ')}`,
      );
    const name = candidates[0]!;
    const kind = known[name]!;
    if (kind === 'switch') {
      if (eq !== -1)
        throw new UsageError(
          `argument --${name}: ignored explicit argument '${arg.slice(eq + 1)}'`,
        );
      args.switches.add(name);
      continue;
    }
    const values: string[] = [];
    if (eq !== -1) values.push(arg.slice(eq + 1));
    else {
      while (i + 1 < rest.length && !rest[i + 1]!.startsWith('--')) {
        values.push(rest[++i]!);
        if (kind === 'value') break;
      }
    }
    if (values.length === 0)
      throw new UsageError(
        `argument --${name}: expected ${kind === 'list' ? 'at least one argument' : 'one argument'}`,
      );
    if (kind === 'list') args.lists[name] = [...(args.lists[name] ?? []), ...values];
    else args.values[name] = values[0]!;
  }
  if (!args.lists['template-path'])
    throw new UsageError('the following arguments are required: --template-path');
  if (command === 'check-no-new-access') {
    for (const required of ['reference-policy', 'reference-policy-type']) {
      if (!args.values[required])
        throw new UsageError(`the following arguments are required: --${required}`);
    }
  }
  return args;
}

const BLOCKING_CHOICES = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION', 'NONE'];
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

const commaList = (value: string | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

const ENDPOINT_ENV: Record<AwsServiceKey, string> = {
  accessanalyzer: 'AWS_ENDPOINT_URL_ACCESSANALYZER',
  cloudformation: 'AWS_ENDPOINT_URL_CLOUDFORMATION',
  ssm: 'AWS_ENDPOINT_URL_SSM',
  iam: 'AWS_ENDPOINT_URL_IAM',
  s3: 'AWS_ENDPOINT_URL_S3',
  apigateway: 'AWS_ENDPOINT_URL_API_GATEWAY',
  sts: 'AWS_ENDPOINT_URL_STS',
};

/** Runs one reference command; resolves to the exit code. */
export async function referenceCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ReferenceArgs;
  try {
    args = parseReferenceArgs(argv);
  } catch (error) {
    io.stderr(
      `usage: devsecops-gates cfn-policy-validate {${COMMANDS.join(',')}} --template-path PATH [--region R] ...\n`,
    );
    io.stderr(`ERROR: ${getErrorMessage(error)}\n`);
    return 1;
  }
  try {
    const v = args.values;
    const region = v['region'] ?? (io.env.AWS_REGION || io.env.AWS_DEFAULT_REGION || undefined);
    if (!region)
      throw new Error(
        'No region provided. Specify --region or set the AWS_REGION or AWS_DEFAULT_REGION environment variable.',
      );
    if (!REGION.test(region)) throw new Error(`Invalid region name: ${region}`);
    const treat = commaList(v['treat-finding-type-as-blocking'])?.map((s) => s.toUpperCase());
    for (const t of treat ?? []) {
      if (!BLOCKING_CHOICES.includes(t))
        throw new Error(
          `argument --treat-finding-type-as-blocking: invalid choice: '${t}' (choose from ${BLOCKING_CHOICES.join(', ')})`,
        );
    }
    const concurrency =
      v['concurrency'] === undefined ? DEFAULT_CONCURRENCY : Number(v['concurrency']);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 50)
      throw new Error('--concurrency must be a whole number between 1 and 50.');

    const templates = await loadTemplates(args.lists['template-path']!, io.cwd);
    const parameters: Record<string, string> = {};
    if (v['template-configuration-file']) {
      const path = resolve(io.cwd, v['template-configuration-file']);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        throw new Error(
          `Template configuration file not found: ${v['template-configuration-file']}`,
        );
      }
      Object.assign(parameters, parseTemplateConfiguration(text, v['template-configuration-file']));
    }
    Object.assign(parameters, parseParameterItems(args.lists['parameters'] ?? []));

    let referencePolicy: string | undefined;
    if (args.command === 'check-no-new-access') {
      const path = resolve(io.cwd, v['reference-policy']!);
      try {
        referencePolicy = await readFile(path, 'utf8');
      } catch {
        throw new Error(`Reference policy file not found: ${v['reference-policy']!}`);
      }
      try {
        JSON.parse(referencePolicy);
      } catch {
        throw new Error(`Reference policy file ${v['reference-policy']!} is not valid JSON.`);
      }
    }

    const endpoints: Partial<Record<AwsServiceKey | '*', string>> = {};
    if (io.env.AWS_ENDPOINT_URL) endpoints['*'] = io.env.AWS_ENDPOINT_URL;
    for (const [key, name] of Object.entries(ENDPOINT_ENV) as [AwsServiceKey, string][]) {
      if (io.env[name]) endpoints[key] = io.env[name];
    }
    // Credentials in the CLI's environment are used as given (the SDK's own chain reads
    // process.env, which is not the environment the CLI was handed); otherwise the default chain.
    const envKeys =
      !v['profile'] && io.env.AWS_ACCESS_KEY_ID && io.env.AWS_SECRET_ACCESS_KEY
        ? {
            accessKeyId: io.env.AWS_ACCESS_KEY_ID,
            secretAccessKey: io.env.AWS_SECRET_ACCESS_KEY,
            ...(io.env.AWS_SESSION_TOKEN ? { sessionToken: io.env.AWS_SESSION_TOKEN } : {}),
          }
        : undefined;
    const clients = createAwsClients({
      region,
      endpoints,
      ...(envKeys ? { credentials: envKeys } : {}),
      ...(v['profile'] ? { profile: v['profile'] } : {}),
    });
    try {
      let accountId = v['account-id'];
      let partition = v['partition'];
      if (!accountId || !partition) {
        const caller = await getCallerIdentity(clients.sts);
        accountId ??= caller.accountId;
        partition ??= caller.partition;
      }
      const lookups = createAwsLookups(clients);
      const options: CommandOptions = {};
      const set = <K extends keyof CommandOptions>(
        key: K,
        value: CommandOptions[K] | undefined,
      ): void => {
        if (value !== undefined) options[key] = value;
      };
      set('referenceParity', args.switches.has('reference-parity') || undefined);
      set('excludeResourceTypes', commaList(v['exclude-resource-types']));
      set(
        'allowDynamicRefWithoutVersion',
        args.switches.has('allow-dynamic-ref-without-version') || undefined,
      );
      set('ignoreFinding', commaList(v['ignore-finding']));
      set('treatFindingTypeAsBlocking', treat);
      set('allowExternalPrincipals', commaList(v['allow-external-principals']));
      set(
        'treatFindingsAsNonBlocking',
        args.switches.has('treat-findings-as-non-blocking') || undefined,
      );
      set('referencePolicy', referencePolicy);
      set('referencePolicyType', v['reference-policy-type']);
      set('actions', commaList(v['actions']));
      set('resources', commaList(v['resources']));
      const outcome = await runCommand({
        command: args.command,
        templates,
        parameters,
        accountId,
        region,
        partition,
        options,
        lookups,
        analyzer: {
          client: clients.accessAnalyzer,
          concurrency,
          getCanonicalUserId: () => lookups.getCanonicalUserId(),
        },
      });
      for (const item of outcome.notChecked)
        io.stderr(`WARNING: not checked: ${item.resource} (${item.type}): ${item.reason}\n`);
      io.stdout(
        `${JSON.stringify(referenceJson(outcome, { locations: args.switches.has('locations') }), null, 4)}\n`,
      );
      return outcome.result?.exitCode ?? 0;
    } finally {
      clients.destroy();
    }
  } catch (error) {
    io.stderr(`ERROR: ${isTemplateError(error) ? error.message : getErrorMessage(error)}\n`);
    return 1;
  }
}
