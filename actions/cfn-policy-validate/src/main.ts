import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  ConfigurationError,
  getErrorMessage,
  InputParser,
  readGitHubContext,
  runAction,
  type ActionOutcome,
  type ActionRuntime,
} from '@devsecops-gates/action-kit';
import { actionsRuntime } from '@devsecops-gates/action-kit/actions';
import {
  resolveActionAwsCredentials,
  type AwsCredentialsResult,
  type ResolveAwsCredentialsOptions,
} from '@devsecops-gates/aws-oidc';
import {
  createAwsClients,
  createAwsLookups,
  getCallerIdentity,
  InvalidOptionError,
  isTemplateError,
  type AwsServiceKey,
} from '@devsecops-gates/cfn-policies';
import { publishReport } from '@devsecops-gates/github-report';
import { readInputs } from './inputs.js';
import { parseParameterItems, parseTemplateConfiguration } from './parameters.js';
import { buildReport } from './render.js';
import { referenceJson, runCommand } from './run-command.js';
import { loadTemplates } from './templates.js';

export const ACTION_NAME = 'cfn-policy-validate';

export interface RunDeps {
  publish: typeof publishReport;
  resolveCredentials: (options: ResolveAwsCredentialsOptions) => Promise<AwsCredentialsResult>;
  /** Shown at the top of the report (the CLI demo says AWS is simulated). */
  banner?: string;
  /** GetAccessPreview polling interval (tests shorten it). */
  pollIntervalMs?: number;
}

const ENDPOINT_ENV: Record<AwsServiceKey, string> = {
  accessanalyzer: 'AWS_ENDPOINT_URL_ACCESSANALYZER',
  cloudformation: 'AWS_ENDPOINT_URL_CLOUDFORMATION',
  ssm: 'AWS_ENDPOINT_URL_SSM',
  iam: 'AWS_ENDPOINT_URL_IAM',
  s3: 'AWS_ENDPOINT_URL_S3',
  apigateway: 'AWS_ENDPOINT_URL_API_GATEWAY',
  sts: 'AWS_ENDPOINT_URL_STS',
};

/** The SDK's endpoint variables, read from the runtime's env so the CLI and tests can set them. */
function endpointsFrom(env: NodeJS.ProcessEnv): Partial<Record<AwsServiceKey | '*', string>> {
  const out: Partial<Record<AwsServiceKey | '*', string>> = {};
  if (env.AWS_ENDPOINT_URL) out['*'] = env.AWS_ENDPOINT_URL;
  for (const [key, name] of Object.entries(ENDPOINT_ENV) as [AwsServiceKey, string][]) {
    const value = env[name];
    if (value) out[key] = value;
  }
  return out;
}

/** Template and option problems are the user's to fix: report them without a stack. */
function asUserError(error: unknown): unknown {
  if (isTemplateError(error)) return new ConfigurationError(error.message, { cause: error });
  if (error instanceof InvalidOptionError)
    return new ConfigurationError(error.message, { cause: error });
  return error;
}

/** Parameters from the template configuration file, overridden by the `parameters` input. */
async function collectParameters(
  items: string[],
  configFile: string | undefined,
  workspace: string,
): Promise<Record<string, string>> {
  const parameters: Record<string, string> = {};
  if (configFile) {
    const path = resolve(workspace, configFile);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new ConfigurationError(`Template configuration file not found: ${path}`, {
        hint: 'Fix template-configuration-file.',
      });
    }
    Object.assign(parameters, parseTemplateConfiguration(text, configFile));
  }
  return Object.assign(parameters, parseParameterItems(items, "input 'parameters'"));
}

/** check-no-new-access sends the reference policy verbatim, so it must at least be JSON. */
async function readReferencePolicy(file: string, workspace: string): Promise<string> {
  try {
    const text = await readFile(resolve(workspace, file), 'utf8');
    JSON.parse(text);
    return text;
  } catch (error) {
    throw new ConfigurationError(
      `reference-policy ${file} must be a readable JSON policy file: ${getErrorMessage(error)}`,
    );
  }
}

/** The action's boundary: the runner passes nothing, the CLI and tests pass their runtime. */
export async function run(
  rt: ActionRuntime = actionsRuntime(),
  deps: Partial<RunDeps> = {},
): Promise<ActionOutcome | undefined> {
  return runAction(ACTION_NAME, rt, async () => {
    const inputs = readInputs(new InputParser(rt.readInput));
    if (inputs.reporting.githubToken) rt.logger.mask(inputs.reporting.githubToken);
    const context = readGitHubContext(rt.env);
    const workspace = resolve(context.workspace);

    const templates = await loadTemplates(inputs.templatePaths, workspace);
    const parameters = await collectParameters(
      inputs.parameters,
      inputs.templateConfigurationFile,
      workspace,
    );
    const credentials = await resolveActionAwsCredentials({
      inputs: inputs.aws,
      env: rt.env,
      logger: rt.logger,
      exportVariable: (name, value) => rt.exportVariable(name, value),
      github: context,
      ...(deps.resolveCredentials ? { resolve: deps.resolveCredentials } : {}),
    });
    if (credentials.status === 'unavailable') {
      return {
        verdict: { status: 'skipped', reason: `no AWS credentials: ${credentials.reason}` },
        outputs: {
          'blocking-findings': 0,
          'non-blocking-findings': 0,
          'report-path': '',
          'sarif-path': '',
        },
      };
    }
    const clients = createAwsClients({
      region: credentials.region,
      credentials: credentials.credentials,
      endpoints: endpointsFrom(rt.env),
    });
    try {
      let accountId = inputs.accountId ?? credentials.accountId;
      let partition = inputs.partition ?? credentials.principalArn?.split(':')[1];
      if (!accountId || !partition) {
        const caller = await getCallerIdentity(clients.sts);
        accountId ??= caller.accountId;
        partition ??= caller.partition;
      }
      const lookups = createAwsLookups(clients);
      const referencePolicy =
        inputs.policyCheckType === 'check-no-new-access' && inputs.referencePolicy
          ? await readReferencePolicy(inputs.referencePolicy, workspace)
          : undefined;
      const outcome = await runCommand({
        command: inputs.policyCheckType,
        templates,
        parameters,
        accountId,
        region: credentials.region,
        partition,
        options: {
          excludeResourceTypes: inputs.excludeResourceTypes,
          allowDynamicRefWithoutVersion: inputs.allowDynamicRefWithoutVersion,
          ignoreFinding: inputs.ignoreFinding,
          treatFindingTypeAsBlocking: inputs.treatFindingTypeAsBlocking,
          allowExternalPrincipals: inputs.allowExternalPrincipals,
          treatFindingsAsNonBlocking: inputs.treatFindingsAsNonBlocking,
          actions: inputs.actions,
          resources: inputs.resources,
          ...(referencePolicy !== undefined ? { referencePolicy } : {}),
          ...(inputs.referencePolicyType
            ? { referencePolicyType: inputs.referencePolicyType }
            : {}),
        },
        lookups,
        analyzer: {
          client: clients.accessAnalyzer,
          concurrency: inputs.concurrency,
          getCanonicalUserId: () => lookups.getCanonicalUserId(),
          ...(deps.pollIntervalMs !== undefined ? { pollIntervalMs: deps.pollIntervalMs } : {}),
        },
      }).catch((error: unknown) => {
        throw asUserError(error);
      });
      const result = outcome.result!;

      const outDir = join(
        rt.env.RUNNER_TEMP || tmpdir(),
        ACTION_NAME,
        inputs.upload.category ?? 'default',
      );
      await mkdir(outDir, { recursive: true });
      const reportPath = join(outDir, 'report.json');
      const sarifPath = join(outDir, 'results.sarif');
      const report = buildReport({
        action: ACTION_NAME,
        result,
        templates: templates.map((t) => t.file),
        ...(inputs.upload.category ? { category: inputs.upload.category } : {}),
        ...(deps.banner ? { banner: deps.banner } : {}),
        skipped: outcome.skipped,
      });
      await writeFile(
        reportPath,
        `${JSON.stringify(referenceJson(outcome, { locations: true }), null, 4)}\n`,
      );
      await writeFile(sarifPath, `${JSON.stringify(report.sarif, null, 2)}\n`);

      for (const item of outcome.skipped)
        rt.logger.info(`Skipped: ${item.resource} (${item.type}): ${item.reason}`);
      for (const item of result.notChecked) {
        rt.logger.warning(`Not checked: ${item.resource} (${item.type}): ${item.reason}`);
      }
      rt.logger.info(`${report.headline}. Report: ${reportPath}; SARIF: ${sarifPath}`);
      await (deps.publish ?? publishReport)(report, {
        reporting: inputs.reporting,
        upload: inputs.upload,
        context,
        logger: rt.logger,
        appendSummary: (markdown) => rt.appendSummary(markdown),
      });

      const blocking = result.report.BlockingFindings.length;
      return {
        verdict:
          blocking > 0
            ? {
                status: 'fail',
                reason: `${blocking} blocking finding${blocking === 1 ? '' : 's'} (see the job summary)`,
              }
            : { status: 'pass' },
        outputs: {
          'blocking-findings': blocking,
          'non-blocking-findings': result.report.NonBlockingFindings.length,
          'report-path': reportPath,
          'sarif-path': sarifPath,
        },
      };
    } finally {
      clients.destroy();
    }
  });
}
