import { getErrorMessage, isConfigurationError } from './errors.js';
import type { InputReader } from './inputs.js';
import type { Logger } from './logger.js';

/**
 * A gate's decision, returned as a value: only the boundary turns it into a failed step.
 * `skipped` finishes neutral (e.g. no credentials on a fork PR) with the reason reported.
 */
export type Verdict =
  { status: 'pass' } | { status: 'fail'; reason: string } | { status: 'skipped'; reason: string };

export type OutputValue = string | number | boolean;

export interface ActionOutcome {
  verdict: Verdict;
  outputs: Record<string, OutputValue>;
}

/**
 * The side effects an action may have on its host, so `run()` works the same on the runner
 * (backed by `@actions/core`), in the CLI and in tests.
 */
export interface ActionRuntime {
  logger: Logger;
  readInput: InputReader;
  env: NodeJS.ProcessEnv;
  setOutput(name: string, value: OutputValue): void;
  /** Appends Markdown to the job summary (the caller has already capped its size). */
  appendSummary(markdown: string): Promise<void>;
  /** Sets an environment variable for later steps. */
  exportVariable(name: string, value: string): void;
  setFailed(message: string): void;
}

/**
 * The one failure boundary. Runs the action body, writes its outputs, and turns a failing verdict
 * or any thrown error into a single failure message that names the action. Configuration errors
 * are reported without a stack; unexpected ones with the stack at debug level.
 */
export async function runAction(
  actionName: string,
  runtime: ActionRuntime,
  body: () => Promise<ActionOutcome>,
): Promise<ActionOutcome | undefined> {
  try {
    const outcome = await body();
    for (const [name, value] of Object.entries(outcome.outputs)) runtime.setOutput(name, value);
    const { verdict } = outcome;
    if (verdict.status === 'fail') runtime.setFailed(`${actionName}: ${verdict.reason}`);
    else if (verdict.status === 'skipped')
      runtime.logger.notice(`${actionName} skipped: ${verdict.reason}`);
    return outcome;
  } catch (error) {
    if (isConfigurationError(error)) {
      runtime.setFailed(`${actionName}: ${getErrorMessage(error)}`);
    } else {
      if (error instanceof Error && error.stack) runtime.logger.debug(error.stack);
      runtime.setFailed(`${actionName} failed unexpectedly: ${getErrorMessage(error)}`);
    }
    return undefined;
  }
}
