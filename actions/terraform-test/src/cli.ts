import { existsSync, mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cliRuntime,
  exitCodeOf,
  parseFlags,
  runActionCli,
  type ActionCli,
  type CliIo,
} from '@devsecops-gates/action-kit';
import { ACTION_NAME, run } from './main.js';

export const cli: ActionCli = {
  name: ACTION_NAME,
  description:
    'Run terraform test / tofu test in each module and report runs, assertions and leftovers',
  // `devsecops-gates terraform-test demo` runs just this action's demo.
  run: (argv, io) =>
    argv[0] === 'demo'
      ? demo(io)
      : runActionCli(argv, io, run, (path, text) => writeFile(path, text)),
  demo,
};

const REPLAY_NOTE =
  'Demo: this is REPLAYED recorded terraform output (actions/terraform-test/samples), not a live terraform run.';

/**
 * Runs the action on the samples with the test stand-in as `terraform`, so it works without
 * terraform installed. Expected: the walkthrough module passes and its broken variant fails on
 * the `my-repo-` assertion; exit 0 means the action behaved exactly so.
 */
async function demo(io: CliIo): Promise<number> {
  const samples = findSamples(io.cwd);
  if (!samples) {
    io.stderr(
      'terraform-test demo: actions/terraform-test/samples not found (run it from a checkout of the repository).\n',
    );
    return 1;
  }
  const standIn = resolve(samples, '..', 'test', 'bin');
  const temp = mkdtempSync(join(tmpdir(), 'terraform-test-demo-'));
  io.stdout(`${REPLAY_NOTE}\n\n`);
  const env: NodeJS.ProcessEnv = {
    PATH: [standIn, dirname(process.execPath), io.env.PATH ?? ''].join(delimiter),
    HOME: io.env.HOME,
    GITHUB_WORKSPACE: samples,
    RUNNER_TEMP: temp,
    TF_REPLAY: join(samples, 'replay.json'),
  };
  const flags = parseFlags([
    '--working-directory',
    'modules/*',
    '--binary',
    join(standIn, 'terraform'),
    '--junit-output',
    join(temp, 'terraform-test.junit.xml'),
    '--sarif-output',
    join(temp, 'terraform-test.sarif'),
    '--comment',
    'false',
  ]);
  const rt = cliRuntime(flags, { ...io, env });
  const outcome = await run(rt, { replayNote: REPLAY_NOTE });
  io.stdout(`${rt.summary.join('\n')}\n\nOutputs: ${JSON.stringify(rt.outputs, null, 2)}\n`);
  const expected =
    outcome?.verdict.status === 'fail' &&
    rt.outputs.passed === '7' &&
    rt.outputs.failed === '1' &&
    rt.outputs.modules === '["modules/repo","modules/repo-broken"]';
  io.stdout(
    `\nterraform-test demo: ${expected ? 'failed the broken module as expected' : 'UNEXPECTED outcome'}\n`,
  );
  return expected ? 0 : exitCodeOf(outcome, rt) || 1;
}

function findSamples(cwd: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    resolve(here, '..', 'samples'), // src/cli.ts under tsx
    resolve(here, '..', '..', 'actions', 'terraform-test', 'samples'), // dist/cli/index.js
    resolve(cwd, 'actions', 'terraform-test', 'samples'),
  ];
  return candidates.find((c) => existsSync(join(c, 'replay.json')));
}
