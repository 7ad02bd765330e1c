import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  getErrorMessage,
  InputParser,
  readGitHubContext,
  runAction,
  type ActionOutcome,
  type ActionRuntime,
  type Verdict,
} from '@devsecops-gates/action-kit';
import { actionsRuntime } from '@devsecops-gates/action-kit/actions';
import {
  createGitHubClient,
  publishReport,
  type Annotation,
  type Report,
} from '@devsecops-gates/github-report';
import { moduleAnnotations } from './annotations.js';
import { findOnPath, type ExecutableLookup } from './binary.js';
import { listPullRequestFiles } from './changed-files.js';
import { spawnRunner, type CommandRunner } from './command-runner.js';
import { readInputs } from './inputs.js';
import { allRuns, countRuns } from './module-outcome.js';
import { buildJunit, writeLeftovers, writeSarif, writeText } from './reports.js';
import { buildReport } from './summary.js';
import { runTerraformTest } from './terraform-test.js';
import { judgeModule } from './verdict.js';

export const ACTION_NAME = 'terraform-test';

/** What run() talks to; each has a real default, tests and the CLI demo substitute some. */
export interface RunDeps {
  runner: CommandRunner;
  lookup: ExecutableLookup;
  publish: typeof publishReport;
  /** Changed files of the PR; default: the GitHub API with `github-token`. */
  changedFiles?: () => Promise<string[] | undefined>;
  /** Shown at the top of the report when the output is a replay (CLI demo). */
  replayNote?: string;
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
    const workDir = join(rt.env.RUNNER_TEMP || tmpdir(), 'terraform-test');
    const token = inputs.reporting.githubToken;
    const changedFiles =
      deps.changedFiles ??
      (async () => {
        if (!token) return undefined;
        try {
          return await listPullRequestFiles(
            createGitHubClient({ token, baseUrl: context.apiUrl, logger: rt.logger }),
            context,
          );
        } catch (error) {
          rt.logger.warning(`Could not list the pull request's files: ${getErrorMessage(error)}`);
          return undefined;
        }
      });

    const result = await runTerraformTest(
      inputs,
      {
        workspace,
        env: rt.env,
        logger: rt.logger,
        workDir,
        isPullRequest: context.pullRequest !== undefined,
      },
      { runner: deps.runner ?? spawnRunner(), lookup: deps.lookup ?? findOnPath, changedFiles },
    );
    const { modules } = result;
    const verdicts = modules.map((m) => judgeModule(m, { failOnNoTests: inputs.failOnNoTests }));
    const totals = countRuns(modules.flatMap(allRuns));
    const toolLabel = result.version.tool === 'tofu' ? 'tofu test' : 'terraform test';

    let junitPath = '';
    if (inputs.junitOutput !== undefined) {
      const { xml, fromTerraform } = buildJunit(modules);
      junitPath = writeText(workspace, inputs.junitOutput, xml);
      rt.logger.info(
        `JUnit report: ${junitPath}${fromTerraform > 0 ? ` (${fromTerraform} module(s) as written by terraform -junit-xml)` : ''}`,
      );
    }
    let sarifPath = '';
    if (inputs.sarifOutput !== undefined) {
      sarifPath = writeSarif(workspace, inputs.sarifOutput, modules);
      rt.logger.info(`SARIF report: ${sarifPath}`);
    }
    const leftoversFile = writeLeftovers(workDir, modules);
    if (leftoversFile)
      rt.logger.error(
        `Resources were left in state after the tests; the list is in ${leftoversFile}.`,
      );

    const summaryInput = {
      modules,
      verdicts,
      totals,
      toolLabel,
      leftoversFile,
      ...(deps.replayNote ? { replayNote: deps.replayNote } : {}),
    };
    const category =
      inputs.workingDirectories.join(',') === '.' && !inputs.discover
        ? undefined
        : inputs.workingDirectories.join(',');
    const report = buildReport(summaryInput, ACTION_NAME, category);
    if (inputs.reporting.annotations) report.annotations = modules.flatMap(moduleAnnotations);
    await publish(report, rt, inputs.reporting, context, deps.publish ?? publishReport);

    const failed = verdicts.filter((v) => v.status === 'fail');
    let verdict: Verdict;
    if (modules.length === 0) {
      verdict =
        result.emptyReason === 'none-changed'
          ? { status: 'skipped', reason: 'no module with tests changed in this pull request' }
          : inputs.failOnNoTests
            ? {
                status: 'fail',
                reason: `no module found for working-directory ${inputs.workingDirectories.join(', ')}${inputs.discover ? ' (discover: no test files below it)' : ''}`,
              }
            : { status: 'pass' };
    } else if (failed.length > 0) {
      verdict = {
        status: 'fail',
        reason: failed.map((v) => `${v.dir}: ${v.reasons.join('; ')}`).join(' | '),
      };
    } else {
      verdict = { status: 'pass' };
    }
    return {
      verdict,
      outputs: {
        passed: totals.passed,
        failed: totals.failed,
        errored: totals.errored,
        skipped: totals.skipped,
        result: verdict.status === 'fail' ? 'fail' : 'pass',
        'junit-path': junitPath,
        'sarif-path': sarifPath,
        modules: JSON.stringify(result.modules.map((m) => m.dir)),
      },
    };
  });
}

/**
 * Reporting never decides the verdict: if publishing fails (API down, token without rights),
 * the summary and annotations are still written through the runtime and the gate stands.
 */
async function publish(
  report: Report,
  rt: ActionRuntime,
  reporting: ReturnType<typeof readInputs>['reporting'],
  context: ReturnType<typeof readGitHubContext>,
  publishFn: typeof publishReport,
): Promise<void> {
  try {
    // publishReport logs its own warnings (fork PR, read-only token).
    await publishFn(report, {
      reporting,
      context,
      logger: rt.logger,
      appendSummary: (md) => rt.appendSummary(md),
    });
  } catch (error) {
    rt.logger.warning(
      `Could not publish the report through GitHub: ${getErrorMessage(error)}. Writing summary and annotations directly.`,
    );
    await rt.appendSummary(
      [
        `## ${report.headline}`,
        ...report.sections.map((s) => `### ${s.title}\n\n${s.markdown}`),
      ].join('\n\n'),
    );
    for (const a of report.annotations ?? []) annotate(rt, a);
  }
}

function annotate(rt: ActionRuntime, a: Annotation): void {
  const { level, message, rank: _rank, ...props } = a;
  if (level === 'error') rt.logger.error(message, props);
  else if (level === 'warning') rt.logger.warning(message, props);
  else rt.logger.notice(message, props);
}
