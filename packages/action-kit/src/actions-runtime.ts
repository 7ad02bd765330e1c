import * as core from '@actions/core';
import type { AnnotationProperties, Logger } from './logger.js';
import type { ActionRuntime } from './run-action.js';

/** The Logger backed by `@actions/core` workflow commands. */
export class ActionsLogger implements Logger {
  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(message);
  }
  notice(message: string, properties?: AnnotationProperties): void {
    core.notice(message, properties);
  }
  warning(message: string, properties?: AnnotationProperties): void {
    core.warning(message, properties);
  }
  error(message: string, properties?: AnnotationProperties): void {
    core.error(message, properties);
  }
  startGroup(name: string): void {
    core.startGroup(name);
  }
  endGroup(): void {
    core.endGroup();
  }
  mask(secret: string): void {
    if (secret) core.setSecret(secret);
  }
}

/** The runtime of a step on a GitHub runner. */
export function actionsRuntime(): ActionRuntime {
  return {
    logger: new ActionsLogger(),
    readInput: (name) => core.getInput(name),
    env: process.env,
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      // Outside a runner there is no summary file; the content is also in the log.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    exportVariable: (name, value) => core.exportVariable(name, value),
    setFailed: (message) => core.setFailed(message),
  };
}
