import type { AwsInputs, GitHubContext, Logger } from '@devsecops-gates/action-kit';
import {
  awsOidcEnvironment,
  credentialEnvironment,
  resolveAwsCredentials,
  type AwsCredentialsResult,
  type ResolveAwsCredentialsOptions,
} from './resolve-credentials.js';

export interface ActionAwsContext {
  inputs: AwsInputs;
  /** The runner environment (the action passes `rt.env`). */
  env: Record<string, string | undefined>;
  logger: Logger;
  /** `rt.exportVariable`; used only when `export-credentials: true`. */
  exportVariable: (name: string, value: string) => void;
  github?: Pick<GitHubContext, 'eventName' | 'pullRequest' | 'payload'>;
  /** Replaces resolveAwsCredentials (actions' tests and the CLI demo inject their own). */
  resolve?: (options: ResolveAwsCredentialsOptions) => Promise<AwsCredentialsResult>;
  /** Test seams, passed through to resolveAwsCredentials. */
  overrides?: Partial<
    Omit<
      ResolveAwsCredentialsOptions,
      'inputs' | 'logger' | 'idTokenRequest' | 'regionEnv' | 'github'
    >
  >;
}

/**
 * What every AWS-calling action does with the shared AWS inputs: resolve credentials (OIDC or the
 * default chain) and, with `export-credentials: true`, export the masked `AWS_*` variables for
 * later steps. An `unavailable` result is for the action to turn into a `skipped` verdict.
 */
export async function resolveActionAwsCredentials(
  ctx: ActionAwsContext,
): Promise<AwsCredentialsResult> {
  const { idTokenRequest, regionEnv } = awsOidcEnvironment(ctx.env);
  const options: ResolveAwsCredentialsOptions = {
    ...ctx.overrides,
    inputs: ctx.inputs,
    logger: ctx.logger,
    idTokenRequest,
    regionEnv,
  };
  if (ctx.github) options.github = ctx.github;
  const result = await (ctx.resolve ?? resolveAwsCredentials)(options);
  if (result.status === 'ok' && ctx.inputs.exportCredentials) {
    const vars = await credentialEnvironment(result, ctx.logger);
    for (const [name, value] of Object.entries(vars)) ctx.exportVariable(name, value);
    ctx.logger.info(`Exported ${Object.keys(vars).join(', ')} for later steps (masked).`);
  }
  return result;
}
