import { RecordingLogger } from './logger.js';
import type { ActionRuntime, OutputValue } from './run-action.js';

/** An in-memory runtime for `run()` tests and the CLI: inputs from a map, effects recorded. */
export interface RecordingRuntime extends ActionRuntime {
  logger: RecordingLogger;
  outputs: Record<string, string>;
  summary: string[];
  exported: Record<string, string>;
  failures: string[];
}

export function recordingRuntime(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  logger: RecordingLogger = new RecordingLogger(),
): RecordingRuntime {
  const rt: RecordingRuntime = {
    logger,
    readInput: (name) => inputs[name] ?? '',
    env,
    outputs: {},
    summary: [],
    exported: {},
    failures: [],
    setOutput: (name: string, value: OutputValue) => {
      rt.outputs[name] = String(value);
    },
    appendSummary: (markdown: string) => {
      rt.summary.push(markdown);
      return Promise.resolve();
    },
    exportVariable: (name: string, value: string) => {
      rt.exported[name] = value;
    },
    setFailed: (message: string) => {
      rt.failures.push(message);
    },
  };
  return rt;
}
