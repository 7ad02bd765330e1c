import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Logger } from '@devsecops-gates/action-kit';
import {
  capabilities,
  detectVersion,
  resolveBinary,
  type BinaryVersion,
  type ExecutableLookup,
  type ResolvedBinary,
} from './binary.js';
import type { CommandRunner } from './command-runner.js';
import { renderDiagnostic } from './diagnostic-text.js';
import type { Diagnostic } from './model.js';
import type { ModuleOutcome, StepOutcome } from './module-outcome.js';
import { filterChanged, selectModules } from './modules.js';
import { ProgressLog } from './progress-log.js';
import { idsFromState } from './state-ids.js';
import { TestStreamParser, toDiagnostic } from './stream-parser.js';
import { scanTestFile, type RunBlockInfo } from './test-file-scan.js';
import type { TerraformTestInputs } from './inputs.js';

export interface TerraformTestEnv {
  workspace: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Scratch directory for terraform's own JUnit files. */
  workDir: string;
  /** `true` on pull_request events, where changed-only applies. */
  isPullRequest: boolean;
}

export interface TerraformTestDeps {
  runner: CommandRunner;
  lookup: ExecutableLookup;
  /** Files changed by the pull request (repository-relative); undefined when they cannot be listed. */
  changedFiles: () => Promise<string[] | undefined>;
}

export interface TerraformTestRun {
  binary: ResolvedBinary;
  version: BinaryVersion;
  modules: ModuleOutcome[];
  /** Why the selection is empty, when it is. */
  emptyReason: 'none-found' | 'none-changed' | undefined;
}

const TAIL = 60;

/** Selects the modules, then runs init → validate → test in each, one after the other. */
export async function runTerraformTest(
  inputs: TerraformTestInputs,
  ctx: TerraformTestEnv,
  deps: TerraformTestDeps,
): Promise<TerraformTestRun> {
  const { logger } = ctx;
  const binary = resolveBinary(inputs.binary, ctx.env, deps.lookup);
  const env = childEnv(ctx);
  const version = await detectVersion(deps.runner, binary, ctx.workspace, env);
  logger.info(
    `Using ${version.tool === 'tofu' ? 'OpenTofu' : 'Terraform'} ${version.version ?? '(unknown version)'} at ${binary.path}`,
  );

  const selection = selectModules({
    workspace: ctx.workspace,
    patterns: inputs.workingDirectories,
    discover: inputs.discover,
    testDirectory: inputs.testDirectory,
  });
  for (const u of selection.unmatched)
    logger.warning(`working-directory pattern '${u}' matched no directory.`);
  let modules = selection.modules;
  let emptyReason: TerraformTestRun['emptyReason'] =
    modules.length === 0 ? 'none-found' : undefined;
  if (inputs.changedOnly && modules.length > 0) {
    if (!ctx.isPullRequest) {
      logger.info('changed-only applies to pull requests; testing every selected module.');
    } else {
      const changed = await deps.changedFiles();
      if (changed === undefined) {
        logger.warning(
          'changed-only: could not list the files of this pull request; testing every selected module.',
        );
      } else {
        const kept = filterChanged(modules, changed);
        logger.info(
          `changed-only: ${kept.length} of ${modules.length} module(s) have changes (${changed.length} changed file(s)).`,
        );
        modules = kept;
        if (modules.length === 0) emptyReason = 'none-changed';
      }
    }
  }
  logger.info(`Modules: ${modules.length === 0 ? '(none)' : modules.join(', ')}`);

  mkdirSync(ctx.workDir, { recursive: true });
  const outcomes: ModuleOutcome[] = [];
  for (const [index, dir] of modules.entries()) {
    outcomes.push(
      await runModule(
        inputs,
        ctx,
        deps.runner,
        binary,
        version,
        env,
        dir,
        index,
        modules.length > 1,
      ),
    );
  }
  return { binary, version, modules: outcomes, emptyReason };
}

function childEnv(ctx: TerraformTestEnv): NodeJS.ProcessEnv {
  // One provider cache for every module: each provider is downloaded once per job. Modules
  // run one after the other, which the cache needs (it is not safe for concurrent inits).
  const cache =
    ctx.env.TF_PLUGIN_CACHE_DIR ||
    join(ctx.env.RUNNER_TEMP || ctx.workDir, 'terraform-plugin-cache');
  mkdirSync(cache, { recursive: true });
  return {
    ...ctx.env,
    TF_PLUGIN_CACHE_DIR: cache,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
  };
}

async function runModule(
  inputs: TerraformTestInputs,
  ctx: TerraformTestEnv,
  runner: CommandRunner,
  binary: ResolvedBinary,
  version: BinaryVersion,
  env: NodeJS.ProcessEnv,
  dir: string,
  index: number,
  several: boolean,
): Promise<ModuleOutcome> {
  const { logger } = ctx;
  const cwd = resolve(ctx.workspace, dir);
  const tool = version.tool;
  const caps = capabilities(version);
  const outcome: ModuleOutcome = {
    dir,
    tool,
    version: version.version,
    init: undefined,
    validate: undefined,
    test: undefined,
    runBlocks: {},
    leftovers: [],
  };
  const show = (args: readonly string[]) =>
    `$ ${tool} ${args.map((a) => (a.startsWith('-var=') ? `-var=${a.slice(5).split('=')[0]}=***` : a)).join(' ')}`;

  if (inputs.init) {
    const args = ['init', '-input=false', '-no-color', ...inputs.initArgs];
    logger.startGroup(`${tool} init (${dir})`);
    const tail: string[] = [];
    const keep = (line: string) => {
      logger.info(line);
      tail.push(line);
      if (tail.length > TAIL) tail.shift();
    };
    try {
      logger.info(show(args));
      const r = await runner.run(binary.path, args, {
        cwd,
        env,
        onStdoutLine: keep,
        onStderrLine: keep,
      });
      outcome.init = {
        exitCode: r.exitCode,
        ok: r.exitCode === 0,
        diagnostics: [],
        outputTail: tail,
      };
    } finally {
      logger.endGroup();
    }
    if (!outcome.init.ok) {
      logger.error(`${tool} init failed in ${dir} (exit code ${outcome.init.exitCode}).`);
      return outcome;
    }
  }

  if (inputs.validate) {
    const args = ['validate', '-json', '-no-color', `-test-directory=${inputs.testDirectory}`];
    logger.startGroup(`${tool} validate (${dir})`);
    try {
      logger.info(show(args));
      const r = await runner.run(binary.path, args, { cwd, env });
      outcome.validate = parseValidate(r.exitCode, r.stdout, r.stderr);
      for (const d of outcome.validate.diagnostics) logger.info(renderDiagnostic(d).join('\n'));
      logger.info(
        outcome.validate.ok
          ? 'Success! The configuration is valid.'
          : `${tool} validate failed (exit code ${r.exitCode}).`,
      );
      if (!outcome.validate.ok && outcome.validate.diagnostics.length === 0)
        for (const l of outcome.validate.outputTail) logger.info(l);
    } finally {
      logger.endGroup();
    }
    if (!outcome.validate.ok) return outcome;
  }

  const args = ['test', '-json', '-no-color'];
  args.push(`-test-directory=${inputs.testDirectory}`);
  for (const f of inputs.filters) args.push(`-filter=${f}`);
  for (const v of inputs.vars) args.push(`-var=${v.name}=${v.value}`);
  for (const f of inputs.varFiles) args.push(`-var-file=${varFilePath(f, cwd, ctx.workspace)}`);
  if (inputs.parallelism !== undefined) {
    if (caps.parallelism) args.push(`-parallelism=${inputs.parallelism}`);
    else
      logger.info(
        `parallelism is ignored: ${tool} ${version.version ?? ''} has no test -parallelism flag (terraform 1.12+).`,
      );
  }
  let junitFile: string | undefined;
  if (inputs.junitOutput !== undefined && caps.junitXml) {
    junitFile = join(ctx.workDir, `junit-${index}.xml`);
    rmSync(junitFile, { force: true });
    args.push(`-junit-xml=${junitFile}`);
  }
  const parser = new TestStreamParser();
  const progress = new ProgressLog(logger, several ? dir : undefined);
  logger.info(show(args));
  const feed = (line: string) => {
    const event = parser.push(line);
    if (event) progress.write(event);
  };
  let exitCode: number;
  try {
    const r = await runner.run(binary.path, args, {
      cwd,
      env,
      onStdoutLine: feed,
      onStderrLine: feed,
    });
    exitCode = r.exitCode;
  } finally {
    progress.finish();
  }
  const stream = parser.result();
  outcome.test = {
    exitCode,
    stream,
    junitFile: junitFile && existsSync(junitFile) ? junitFile : undefined,
  };
  outcome.runBlocks = readRunBlocks(
    cwd,
    stream.files.map((f) => f.path),
  );
  outcome.leftovers = stream.files.flatMap((f) => f.leftovers);
  if (outcome.leftovers.length > 0) {
    // OpenTofu writes what it could not destroy to errored_test.tfstate: the IDs live there.
    const stateFile = join(cwd, 'errored_test.tfstate');
    if (existsSync(stateFile)) {
      const ids = idsFromState(readFileSync(stateFile, 'utf8'));
      for (const r of outcome.leftovers) r.id ??= ids.get(r.address);
    }
  }
  return outcome;
}

function varFilePath(file: string, cwd: string, workspace: string): string {
  // terraform resolves -var-file against the module; accept repository-relative paths too.
  if (isAbsolute(file) || existsSync(join(cwd, file))) return file;
  const fromRoot = resolve(workspace, file);
  return existsSync(fromRoot) ? fromRoot : file;
}

function readRunBlocks(cwd: string, files: readonly string[]): Record<string, RunBlockInfo[]> {
  const out: Record<string, RunBlockInfo[]> = {};
  for (const f of files) {
    try {
      out[f] = scanTestFile(f, readFileSync(join(cwd, f), 'utf8'));
    } catch {
      // a file terraform named but we cannot read: no command/assert info, nothing else lost
    }
  }
  return out;
}

/** `validate -json` prints one document; some early errors are still plain text. */
export function parseValidate(exitCode: number, stdout: string, stderr: string): StepOutcome {
  const tail = `${stdout}\n${stderr}`
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-TAIL);
  let doc: unknown;
  try {
    doc = JSON.parse(stdout);
  } catch {
    return { exitCode, ok: false, diagnostics: [], outputTail: tail };
  }
  const record = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  const diagnostics = (Array.isArray(record.diagnostics) ? record.diagnostics : [])
    .map(toDiagnostic)
    .filter((d): d is Diagnostic => d !== undefined);
  const ok = exitCode === 0 && record.valid === true;
  return { exitCode, ok, diagnostics, outputTail: tail };
}
