import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cliRuntime,
  exitCodeOf,
  parseFlags,
  runActionCli,
  type ActionCli,
  type CliIo,
} from '@devsecops-gates/action-kit';
import type { PublishOptions, PublishResult, Report } from '@devsecops-gates/github-report';
import { ACTION_NAME, run } from './main.js';

/** `samples/` of this action: beside `src/` in the repo, or found from the CLI bundle or the cwd. */
function findSamples(cwd: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    resolve(here, '..', 'samples'),
    resolve(here, '..', '..', 'actions', ACTION_NAME, 'samples'),
    resolve(cwd, 'actions', ACTION_NAME, 'samples'),
  ];
  return candidates.find((c) => existsSync(join(c, 'baseline')));
}

/** The demo shows what would be published without a GitHub API: summary to stdout, nothing sent. */
const offlinePublish = async (report: Report, options: PublishOptions): Promise<PublishResult> => {
  const markdown = [
    `## ${report.headline}`,
    ...report.sections.map((s) => `### ${s.title}\n\n${s.markdown}`),
  ].join('\n\n');
  await options.appendSummary(markdown);
  for (const a of report.annotations ?? []) {
    const where = a.file
      ? { file: a.file, ...(a.startLine ? { startLine: a.startLine } : {}) }
      : undefined;
    if (a.level === 'error') options.logger.error(a.message, where);
    else if (a.level === 'warning') options.logger.warning(a.message, where);
    else options.logger.notice(a.message, where);
  }
  return {
    annotations: { emitted: report.annotations?.length ?? 0, dropped: 0 },
    summary: { bytes: Buffer.byteLength(markdown), truncatedSections: 0 },
    comment: { status: 'skipped', reason: 'demo: no GitHub API' },
    upload: { status: 'skipped', sarifIds: [], reason: 'demo: no GitHub API' },
    warnings: [],
  };
};

export const cli: ActionCli = {
  name: ACTION_NAME,
  description:
    'Gate on SARIF findings by severity (CodeQL extensions, security-severity, suppressions, baseline)',
  run: (argv, io) =>
    runActionCli(
      argv,
      io,
      (rt) => run(rt),
      (path, text) => writeFile(path, text),
    ),
  async demo(io: CliIo): Promise<number> {
    const samples = findSamples(io.cwd);
    if (!samples) {
      io.stderr(
        `${ACTION_NAME} demo: actions/${ACTION_NAME}/samples not found (run it from a checkout of the repository).\n`,
      );
      return 1;
    }
    const flags = parseFlags([
      '--sarif',
      samples,
      '--baseline',
      join(samples, 'baseline', 'trivy-0.45-iac-security-severity.baseline.json'),
      '--max-medium',
      '25',
      '--upload',
      'false',
      '--comment',
      'false',
    ]);
    const rt = cliRuntime(flags, { ...io, env: { ...io.env, GITHUB_WORKSPACE: samples } });
    const outcome = await run(rt, {
      publish: offlinePublish,
      banner: 'Demo: the bundled samples; nothing is sent to GitHub.',
    });
    io.stdout(`${rt.summary.join('\n')}\n\nOutputs: ${JSON.stringify(rt.outputs)}\n`);
    // The samples hold high and critical findings: the demo shows a failing gate, which is its point.
    return exitCodeOf(outcome, rt) === 1 && outcome?.verdict.status === 'fail'
      ? 0
      : exitCodeOf(outcome, rt);
  },
};
