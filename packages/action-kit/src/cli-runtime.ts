import { ConfigurationError } from './errors.js';
import { ConsoleLogger } from './logger.js';
import type { ActionOutcome, ActionRuntime, OutputValue } from './run-action.js';

/** Terminal I/O for the CLI, injectable for tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
});

export interface ParsedFlags {
  inputs: Record<string, string>;
  /** Flags that belong to the CLI itself rather than to the action. */
  json: boolean;
  summaryFile: string | undefined;
  verbose: boolean;
  help: boolean;
  positionals: string[];
}

/**
 * Parses `--input-name value`, `--input-name=value` and bare `--flag` (= `true`) into action
 * inputs, so CLI flags are exactly the action's input names. A repeated flag joins its values
 * with newlines, which is how multiline inputs are written in a workflow.
 */
export function parseFlags(argv: readonly string[]): ParsedFlags {
  const inputs: Record<string, string> = {};
  const positionals: string[] = [];
  const out: ParsedFlags = {
    inputs,
    json: false,
    summaryFile: undefined,
    verbose: false,
    help: false,
    positionals,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i]!;
    else value = 'true';
    if (name === 'json') out.json = value !== 'false';
    else if (name === 'summary-file') out.summaryFile = value;
    else if (name === 'verbose') out.verbose = value !== 'false';
    else if (name === 'help') out.help = true;
    else if (name === '') throw new ConfigurationError(`Unexpected argument '${arg}'.`);
    else inputs[name] = name in inputs ? `${inputs[name]}\n${value}` : value;
  }
  return out;
}

export interface CliRuntime extends ActionRuntime {
  outputs: Record<string, string>;
  summary: string[];
  failures: string[];
}

/** A runtime for terminal runs: logs to stderr, collects outputs and summary for printing. */
export function cliRuntime(flags: ParsedFlags, io: CliIo): CliRuntime {
  const rt: CliRuntime = {
    logger: new ConsoleLogger((line) => io.stderr(`${line}\n`), flags.verbose),
    readInput: (name) => flags.inputs[name] ?? '',
    env: io.env,
    outputs: {},
    summary: [],
    failures: [],
    setOutput: (name: string, value: OutputValue) => {
      rt.outputs[name] = String(value);
    },
    appendSummary: (markdown: string) => {
      rt.summary.push(markdown);
      return Promise.resolve();
    },
    exportVariable: () => {
      // Nothing comes after a CLI run to read exported variables.
    },
    setFailed: (message: string) => {
      rt.failures.push(message);
      rt.logger.error(message);
    },
  };
  return rt;
}

/** The CLI exit code for an outcome: 0 pass or skipped, 1 a failing verdict or an error. */
export function exitCodeOf(outcome: ActionOutcome | undefined, rt: CliRuntime): number {
  if (outcome === undefined || rt.failures.length > 0) return 1;
  return outcome.verdict.status === 'fail' ? 1 : 0;
}

/** What each action contributes to the `devsecops-gates` CLI. */
export interface ActionCli {
  name: string;
  description: string;
  /** Runs the action from CLI arguments; resolves to the process exit code. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
  /** Runs the action on the samples bundled with it (AWS and GitHub simulated where needed). */
  demo?(io: CliIo): Promise<number>;
}

/**
 * The usual CLI of an action: flags are its inputs, the summary Markdown goes to stdout (or
 * `--summary-file`), `--json` prints the outputs as one JSON object instead.
 */
export async function runActionCli(
  argv: readonly string[],
  io: CliIo,
  run: (rt: ActionRuntime) => Promise<ActionOutcome | undefined>,
  writeFile: (path: string, text: string) => Promise<void>,
): Promise<number> {
  const flags = parseFlags(argv);
  const rt = cliRuntime(flags, io);
  const outcome = await run(rt);
  const summary = rt.summary.join('\n');
  if (flags.summaryFile) await writeFile(flags.summaryFile, summary);
  if (flags.json) io.stdout(`${JSON.stringify(rt.outputs, null, 2)}\n`);
  else if (!flags.summaryFile) io.stdout(`${summary}\n`);
  return exitCodeOf(outcome, rt);
}
