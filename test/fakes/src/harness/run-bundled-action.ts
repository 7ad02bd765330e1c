// Runs a bundled action the way the runner does: `node dist/<name>/index.js` in a fresh
// workspace, with a clean environment (nothing from the test process leaks in: no outer
// GITHUB_OUTPUT, no developer AWS credentials), INPUT_* from `inputs` plus action.yml defaults,
// the file-command files and a real event payload. Afterwards it reads back what the step left
// (log commands, outputs, summary, exported env) and fails if any secret shows up there.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import {
  inputEnvironment,
  readDeclaredInputs,
  type ExpressionContexts,
  type InputValue,
} from './action-inputs.js';
import { eventEnvironment, pushEvent, type RunnerEvent } from './events.js';
import {
  keyValuesToRecord,
  parseEnvFile,
  parseKeyValueFile,
  parsePathFile,
} from './file-commands.js';
import {
  findSecretLeaks,
  searchableSecrets,
  SecretLeakError,
  type Surface,
} from './secret-leaks.js';
import {
  annotationsOf,
  maskedValuesOf,
  parseWorkflowCommands,
  type Annotation,
  type WorkflowCommand,
} from './workflow-commands.js';

/** The repository root (this file is test/fakes/src/harness/run-bundled-action.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

/** The token the harness hands out as `github.token` when a test gives none. */
export const DEFAULT_GITHUB_TOKEN = 'ghs_HarnessFakeToken0123456789abcdefABCDEF';

export interface ProcessOptions {
  /** Extra environment for the step; `undefined` removes a variable the harness would set. */
  env?: Record<string, string | undefined>;
  /** Files to create, relative to the workspace (e.g. `{ 'results.sarif': '...' }`). */
  files?: Record<string, string | Uint8Array>;
  /** Use this directory as the workspace instead of a temp one (it is never deleted). */
  cwd?: string;
  /** The node binary (default: the one running the tests). */
  node?: string;
  /** Arguments before the script, e.g. `['--import', tsxLoader]` for a TypeScript fixture. */
  nodeArgs?: string[];
  /** Values that must never appear anywhere the step leaves text (besides masked ones). */
  secrets?: string[];
  /** Kill the process after this long (default 30 s) and fail. */
  timeoutMs?: number;
  /** Keep the temp directories; call `cleanup()` when done. */
  keepWorkspace?: boolean;
}

export interface RunActionOptions extends ProcessOptions {
  /** Action inputs by their action.yml names (`github-token`, `fail-on-severity`, ...). */
  inputs?: Record<string, InputValue>;
  /** The triggering event (default: the corpus `push` payload). */
  event?: RunnerEvent;
  /** `github.token` (also masked, as the runner does). */
  githubToken?: string;
  /** Where `actions/<name>/action.yml` and `dist/<name>/index.js` live (default: this repo). */
  root?: string;
  /** Run this script instead of `<root>/dist/<name>/index.js` (fixtures). */
  entry?: string;
  /** Pass inputs action.yml does not declare (the runner only warns). Default false. */
  allowUndeclaredInputs?: boolean;
  /**
   * Exported variables allowed to carry a secret, e.g. `['AWS_SECRET_ACCESS_KEY']` for an action
   * that exports credentials for later steps as configure-aws-credentials does. Every other
   * exported variable is still searched.
   */
  secretExports?: string[];
}

export interface ProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The workspace (cwd) of the run; gone after the run unless `keepWorkspace`. */
  workspace: string;
  /** The environment the process got. */
  env: Record<string, string>;
  cleanup(): void;
}

export interface ActionRunResult extends ProcessResult {
  /** Workflow commands from stdout then stderr (the runner processes both). */
  commands: WorkflowCommand[];
  annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  masked: string[];
  outputs: Record<string, string>;
  /** The step summary file as written (Markdown/HTML). */
  summary: string;
  exportedEnv: Record<string, string>;
  addedPath: string[];
  state: Record<string, string>;
  /** `set-output`/`save-state`/`set-env`/`add-path` log commands are deprecated or disabled. */
  deprecatedCommands: WorkflowCommand[];
}

interface Dirs {
  base: string;
  workspace: string;
  temp: string;
  home: string;
  ownsWorkspace: boolean;
}

function makeDirs(cwd: string | undefined): Dirs {
  const base = mkdtempSync(join(tmpdir(), 'dsg-harness-'));
  const workspace = cwd ?? join(base, 'workspace');
  const dirs = {
    base,
    workspace,
    temp: join(base, 'temp'),
    home: join(base, 'home'),
    ownsWorkspace: !cwd,
  };
  for (const d of [dirs.workspace, dirs.temp, dirs.home, join(base, 'tool-cache')])
    mkdirSync(d, { recursive: true });
  return dirs;
}

function writeFiles(
  workspace: string,
  files: Record<string, string | Uint8Array> | undefined,
): void {
  for (const [rel, content] of Object.entries(files ?? {})) {
    const clean = normalize(rel);
    if (isAbsolute(rel) || clean.startsWith('..')) {
      throw new Error(`files: '${rel}' must be a path inside the workspace`);
    }
    const path = join(workspace, clean);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** The variables every step gets regardless of the event. */
function baseEnvironment(dirs: Dirs): Record<string, string> {
  const env: Record<string, string> = {
    // Only what a process needs to start; nothing else from the test process is inherited.
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: dirs.home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing outside the test may be called: point the API at a closed local port unless the
    // test passes its fake's URL.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'gate',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: join(dirs.base, 'tool-cache'),
    // Not set by the runner, but without it the AWS SDK default chain probes the EC2 metadata
    // address for seconds in every test that has no credentials. Pass `undefined` to drop it.
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  if (process.env.SYSTEMROOT) env.SYSTEMROOT = process.env.SYSTEMROOT;
  return env;
}

function applyOverrides(
  env: Record<string, string>,
  overrides: Record<string, string | undefined> | undefined,
): void {
  for (const [k, v] of Object.entries(overrides ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
}

interface Spawned {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runNode(
  node: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  what: string,
): Promise<Spawned> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${what}: ${error.message}`));
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) {
        reject(
          new Error(
            `${what} did not finish within ${timeoutMs} ms and was killed.\n--- stdout (tail) ---\n` +
              `${stdout.slice(-2000)}\n--- stderr (tail) ---\n${stderr.slice(-2000)}`,
          ),
        );
        return;
      }
      resolvePromise({ exitCode, signal, stdout, stderr });
    });
  });
}

function cleanupOf(dirs: Dirs): () => void {
  return () => rmSync(dirs.base, { recursive: true, force: true });
}

function readIfExists(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

function addMaskLines(
  commands: readonly WorkflowCommand[],
  stream: 'stdout' | 'stderr',
): Set<number> {
  return new Set(
    commands
      .filter((c) => c.stream === stream && c.command === 'add-mask')
      .map((c) => c.lineNumber - 1),
  );
}

/**
 * Runs `dist/<name>/index.js` as the runner would and returns what the step did. Throws a
 * SecretLeakError when a masked value, the GitHub token or any of `options.secrets` appears in
 * the log (outside its add-mask command), an output, the summary or the exported env, and a
 * FileCommandError when an output/env file is malformed.
 */
export async function runBundledAction(
  name: string,
  options: RunActionOptions = {},
): Promise<ActionRunResult> {
  const root = options.root ?? REPO_ROOT;
  const entry = options.entry ?? join(root, 'dist', name, 'index.js');
  if (!existsSync(entry)) {
    throw new Error(`No bundle at ${entry}. Run \`pnpm build ${name}\` first.`);
  }
  const dirs = makeDirs(options.cwd);
  const cleanup = cleanupOf(dirs);
  try {
    writeFiles(dirs.workspace, options.files);
    const event = options.event ?? pushEvent();
    const eventPath = join(dirs.temp, '_github_workflow', 'event.json');
    mkdirSync(dirname(eventPath), { recursive: true });
    writeFileSync(eventPath, JSON.stringify(event.payload, null, 2));

    const commandsDir = join(dirs.temp, '_runner_file_commands');
    mkdirSync(commandsDir, { recursive: true });
    const files = {
      GITHUB_OUTPUT: join(commandsDir, `set_output_${randomUUID()}`),
      GITHUB_STEP_SUMMARY: join(commandsDir, `step_summary_${randomUUID()}`),
      GITHUB_ENV: join(commandsDir, `set_env_${randomUUID()}`),
      GITHUB_PATH: join(commandsDir, `add_path_${randomUUID()}`),
      GITHUB_STATE: join(commandsDir, `save_state_${randomUUID()}`),
    };
    // The runner creates these empty before the step starts.
    for (const f of Object.values(files)) writeFileSync(f, '');

    const token = options.githubToken ?? DEFAULT_GITHUB_TOKEN;
    const env = baseEnvironment(dirs);
    Object.assign(env, eventEnvironment(event), files, { GITHUB_EVENT_PATH: eventPath });
    applyOverrides(env, options.env);
    // Defaults see the variables the step really gets, overrides included.
    const contexts: ExpressionContexts = {
      github: {
        token,
        workspace: env.GITHUB_WORKSPACE ?? dirs.workspace,
        repository: env.GITHUB_REPOSITORY ?? '',
        repository_owner: env.GITHUB_REPOSITORY_OWNER ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        event_name: env.GITHUB_EVENT_NAME ?? '',
        server_url: env.GITHUB_SERVER_URL ?? '',
        api_url: env.GITHUB_API_URL ?? '',
        run_id: env.GITHUB_RUN_ID ?? '',
        job: env.GITHUB_JOB ?? '',
        action_path: join(root, 'actions', name),
      },
      runner: { temp: dirs.temp, os: 'Linux', arch: 'X64' },
    };
    Object.assign(
      env,
      inputEnvironment(
        options.inputs ?? {},
        readDeclaredInputs(join(root, 'actions', name, 'action.yml')),
        contexts,
        {
          actionName: name,
          allowUndeclared: options.allowUndeclaredInputs ?? false,
        },
      ),
    );

    const spawned = await runNode(
      options.node ?? process.execPath,
      [...(options.nodeArgs ?? []), entry],
      dirs.workspace,
      env,
      options.timeoutMs ?? 30_000,
      `node ${entry}`,
    );

    const commands = [
      ...parseWorkflowCommands(spawned.stdout, 'stdout'),
      ...parseWorkflowCommands(spawned.stderr, 'stderr'),
    ];
    const masked = maskedValuesOf(commands);
    const outputs = keyValuesToRecord(
      parseKeyValueFile(readIfExists(files.GITHUB_OUTPUT), 'GITHUB_OUTPUT'),
    );
    const exportedEnv = parseEnvFile(readIfExists(files.GITHUB_ENV));
    const state = keyValuesToRecord(
      parseKeyValueFile(readIfExists(files.GITHUB_STATE), 'GITHUB_STATE'),
    );
    const summary = readIfExists(files.GITHUB_STEP_SUMMARY);
    const result: ActionRunResult = {
      ...spawned,
      workspace: dirs.workspace,
      env,
      commands,
      annotations: annotationsOf(commands),
      masked,
      outputs,
      summary,
      exportedEnv,
      addedPath: parsePathFile(readIfExists(files.GITHUB_PATH)),
      state,
      deprecatedCommands: commands.filter((c) =>
        ['set-output', 'save-state', 'set-env', 'add-path'].includes(c.command),
      ),
      cleanup,
    };

    const secrets = searchableSecrets([token, ...masked, ...(options.secrets ?? [])]);
    const surfaces: Surface[] = [
      { name: 'stdout', text: spawned.stdout, skipLines: addMaskLines(commands, 'stdout') },
      { name: 'stderr', text: spawned.stderr, skipLines: addMaskLines(commands, 'stderr') },
      { name: 'job summary', text: summary },
      ...Object.entries(outputs).map(([k, v]) => ({ name: `output '${k}'`, text: v })),
      ...Object.entries(exportedEnv)
        .filter(([k]) => !(options.secretExports ?? []).includes(k))
        .map(([k, v]) => ({ name: `exported env '${k}'`, text: v })),
    ];
    const leaks = findSecretLeaks(secrets, surfaces);
    if (leaks.length > 0) throw new SecretLeakError(leaks, secrets.length);
    return result;
  } finally {
    if (!options.keepWorkspace) cleanup();
  }
}

export interface CliOptions extends ProcessOptions {
  /** Repository root holding `dist/cli/index.js` (default: this repo). */
  root?: string;
}

/**
 * Runs the bundled `devsecops-gates` CLI (`node dist/cli/index.js ...args`) in a temp working
 * directory with a clean environment, failing on any `options.secrets` in its output.
 */
export async function runCli(
  args: readonly string[],
  options: CliOptions = {},
): Promise<ProcessResult> {
  const entry = join(options.root ?? REPO_ROOT, 'dist', 'cli', 'index.js');
  if (!existsSync(entry))
    throw new Error(`No CLI bundle at ${entry}. Run \`pnpm build cli\` first.`);
  const dirs = makeDirs(options.cwd);
  const cleanup = cleanupOf(dirs);
  try {
    writeFiles(dirs.workspace, options.files);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: dirs.home,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    applyOverrides(env, options.env);
    const spawned = await runNode(
      options.node ?? process.execPath,
      [...(options.nodeArgs ?? []), entry, ...args],
      dirs.workspace,
      env,
      options.timeoutMs ?? 60_000,
      `devsecops-gates ${args.join(' ')}`,
    );
    const secrets = searchableSecrets(options.secrets ?? []);
    const leaks = findSecretLeaks(secrets, [
      { name: 'stdout', text: spawned.stdout },
      { name: 'stderr', text: spawned.stderr },
    ]);
    if (leaks.length > 0) throw new SecretLeakError(leaks, secrets.length);
    return { ...spawned, workspace: dirs.workspace, env, cleanup };
  } finally {
    if (!options.keepWorkspace) cleanup();
  }
}
