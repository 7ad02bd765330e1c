import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  ConfigurationError,
  InputParser,
  SEVERITIES,
  readGitHubContext,
  runAction,
  type ActionOutcome,
  type ActionRuntime,
  type Verdict,
} from '@devsecops-gates/action-kit';
import { actionsRuntime } from '@devsecops-gates/action-kit/actions';
import type { AwsCredentialsResult, ResolveAwsCredentialsOptions } from '@devsecops-gates/aws-oidc';
import { publishReport } from '@devsecops-gates/github-report';
import {
  evaluateSarifFiles,
  formatSchemaReport,
  loadAllowlist,
  type Allowlist,
} from '@devsecops-gates/sarif/core';
import type { AsffExportResult } from './asff-export.js';
import { decide } from './gate.js';
import { Outputs, readInputs } from './inputs.js';
import { buildReport } from './report.js';

export const ACTION_NAME = 'sarif-severity-gate';

export interface RunDeps {
  publish: typeof publishReport;
  resolveCredentials: (options: ResolveAwsCredentialsOptions) => Promise<AwsCredentialsResult>;
  now: () => Date;
  /** Shown at the top of the report (the CLI demo says GitHub is simulated). */
  banner?: string;
  /** Files at least this large are streamed (tests lower it). */
  streamThreshold?: number;
}

/** The action's boundary: the runner passes nothing, the CLI and tests pass their runtime. */
export async function run(
  rt: ActionRuntime = actionsRuntime(),
  deps: Partial<RunDeps> = {},
): Promise<ActionOutcome | undefined> {
  return runAction(ACTION_NAME, rt, async () => {
    const inputs = readInputs(new InputParser(rt.readInput));
    if (inputs.reporting.githubToken) rt.logger.mask(inputs.reporting.githubToken);
    if (inputs.sarif.length === 0) {
      throw new ConfigurationError('Input required and not supplied: sarif', {
        hint: 'Point it at the SARIF files your scanners wrote (files, directories or globs, one per line).',
      });
    }
    const context = readGitHubContext(rt.env);
    const workspace = resolve(context.workspace);
    const now = (deps.now ?? (() => new Date()))();

    let allowlist: Allowlist | undefined;
    if (inputs.allowlist)
      allowlist = await loadAllowlist(resolve(workspace, inputs.allowlist), inputs.allowlist);

    const wantAsff = inputs.asffOutput !== undefined || inputs.securityHubImport;
    const evaluation = await evaluateSarifFiles(inputs.sarif, {
      cwd: workspace,
      root: workspace,
      baseline: inputs.baseline,
      newOnly: inputs.newOnly,
      levelMap: inputs.levelSeverityMap,
      filters: {
        includeRules: inputs.includeRules,
        excludeRules: inputs.excludeRules,
        paths: inputs.paths,
        pathsIgnore: inputs.pathsIgnore,
        tools: inputs.tools,
      },
      ...(allowlist ? { allowlist } : {}),
      now,
      keepFindings: wantAsff,
      ...(deps.streamThreshold !== undefined ? { streamThreshold: deps.streamThreshold } : {}),
    });
    const { tally } = evaluation;

    const problems = evaluation.problems.map((p) => p.message);
    for (const message of problems) {
      if (inputs.failOnInvalid) rt.logger.error(message);
      else rt.logger.warning(`${message} (ignored: fail-on-invalid is false)`);
    }
    const notes: string[] = [...evaluation.warnings];
    for (const file of evaluation.files) {
      if (file.schema && file.schema.toleratedCount > 0)
        notes.push(...formatSchemaReport({ ...file.schema, errors: [], errorCount: 0 }));
    }
    for (const note of notes) rt.logger.info(note);
    for (const { entry, matched } of tally.allowlist.expired) {
      rt.logger.warning(
        `Allowlist entry for ${entry.rule}${entry.path ? ` in ${entry.path}` : ''} expired on ${entry.expires} (${entry.reason})${matched > 0 ? `: ${matched} finding(s) count again` : ''}.`,
      );
    }

    // The category names a directory: keep it to one safe path segment.
    const folder = (inputs.upload.category ?? 'default')
      .replace(/[^\w.-]+/g, '_')
      .replace(/^\.+/, '_');
    const outDir = join(rt.env.RUNNER_TEMP || tmpdir(), ACTION_NAME, folder);
    await mkdir(outDir, { recursive: true });
    const sarifPath = join(outDir, 'merged.sarif');
    await writeFile(sarifPath, JSON.stringify(evaluation.merged));

    const decision = decide(tally.counts, inputs.thresholds, problems, inputs.failOnInvalid);
    const failures: string[] = [];
    if (decision.verdict.status === 'fail') failures.push(decision.verdict.reason);

    let asffPath = '';
    let asff: AsffExportResult | undefined;
    if (wantAsff) {
      // Loaded only when asked for: the AWS SDK is most of the bundle's start-up time.
      const { resolveActionAwsCredentials } = await import('@devsecops-gates/aws-oidc');
      const { exportAsff } = await import('./asff-export.js');
      const credentials = await resolveActionAwsCredentials({
        inputs: inputs.aws,
        env: rt.env,
        logger: rt.logger,
        exportVariable: (name, value) => rt.exportVariable(name, value),
        github: context,
        ...(deps.resolveCredentials ? { resolve: deps.resolveCredentials } : {}),
      });
      if (credentials.status === 'unavailable') {
        rt.logger.warning(`ASFF export skipped: no AWS credentials (${credentials.reason}).`);
      } else {
        if (inputs.asffOutput) asffPath = resolve(workspace, inputs.asffOutput);
        const target = asffPath;
        asff = await exportAsff({
          findings: tally.findings,
          credentials,
          repository: context.owner
            ? {
                owner: context.owner,
                repo: context.repo,
                serverUrl: context.serverUrl,
                sha: context.sha,
                ref: context.ref,
              }
            : undefined,
          now,
          write: target
            ? async (json) => {
                await mkdir(dirname(target), { recursive: true });
                await writeFile(target, json);
              }
            : undefined,
          import: inputs.securityHubImport,
          endpoint: rt.env.AWS_ENDPOINT_URL_SECURITYHUB || rt.env.AWS_ENDPOINT_URL || undefined,
          logger: rt.logger,
        }).catch((error: unknown) => {
          throw error instanceof ConfigurationError
            ? error
            : new ConfigurationError(
                `ASFF export failed: ${error instanceof Error ? error.message : String(error)}`,
              );
        });
        if (asff.imported) {
          rt.logger.info(
            `Security Hub: ${asff.imported.imported} of ${asff.findings} finding(s) imported in ${asff.imported.requests} request(s).`,
          );
          for (const f of asff.imported.failed.slice(0, 20)) {
            rt.logger.error(
              `Security Hub rejected finding ${f.id}: ${f.errorCode}: ${f.errorMessage}`,
            );
          }
          if (asff.imported.failed.length > 0) {
            failures.push(
              `${asff.imported.failed.length} finding(s) rejected by Security Hub BatchImportFindings`,
            );
          }
        }
      }
    }

    const report = buildReport({
      action: ACTION_NAME,
      category: inputs.upload.category,
      evaluation,
      decision,
      thresholds: inputs.thresholds,
      newOnly: inputs.newOnly,
      context,
      notes,
      ...(deps.banner ? { banner: deps.banner } : {}),
    });
    if (inputs.upload.upload === 'false') delete report.sarif;
    rt.logger.info(report.headline);
    const published = await (deps.publish ?? publishReport)(report, {
      reporting: inputs.reporting,
      upload: inputs.upload,
      context,
      logger: rt.logger,
      appendSummary: (markdown) => rt.appendSummary(markdown),
    });
    for (const warning of published.warnings) rt.logger.warning(warning);
    if (published.upload.status === 'failed' && inputs.upload.upload === 'true') {
      failures.push(
        `code-scanning upload failed: ${published.upload.reason ?? published.upload.errors?.join('; ') ?? 'unknown error'}`,
      );
    }

    const verdict: Verdict =
      failures.length > 0 ? { status: 'fail', reason: failures.join('; ') } : { status: 'pass' };
    const outputs: Record<string, string | number> = {
      [Outputs.total]: tally.total,
      [Outputs.suppressed]: tally.suppressed,
      [Outputs.new]: tally.new,
      [Outputs.verdict]: verdict.status === 'fail' ? 'fail' : 'pass',
      [Outputs.sarifPath]: sarifPath,
      [Outputs.asffPath]: asff && asffPath ? asffPath : '',
    };
    for (const severity of SEVERITIES) outputs[severity] = tally.counts[severity];
    return { verdict, outputs };
  });
}
