import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
import { startMockAws, type CaseMocks } from '../conformance/mock-aws.js';
import { ACTION_NAME, run } from './main.js';
import { referenceCli } from './reference-cli.js';
import { COMMANDS } from './run-command.js';

export const cli: ActionCli = {
  name: ACTION_NAME,
  description: 'Validate the IAM policies in CloudFormation templates with IAM Access Analyzer',
  run: (argv, io) => {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.stdout(USAGE);
      return Promise.resolve(argv.length === 0 ? 1 : 0);
    }
    if (argv[0] === 'demo') return demo(io);
    if (argv[0] !== undefined && (COMMANDS as readonly string[]).includes(argv[0]))
      return referenceCli(argv, io);
    return runActionCli(argv, io, run, (path, text) => writeFile(path, text));
  },
  demo,
};

const USAGE = `Usage: devsecops-gates ${ACTION_NAME} <command> --template-path PATH [flags]

Commands (a drop-in for awslabs' cfn-policy-validator; JSON on stdout; exit 0 ok, 2 blocking
findings, 1 error):
  parse                      print the extracted policies
  validate                   ValidatePolicy + access previews
                             [--ignore-finding L] [--treat-finding-type-as-blocking L] [--allow-external-principals L]
  check-no-new-access        --reference-policy FILE --reference-policy-type identity|resource
  check-access-not-granted   --actions a,b and/or --resources arn,arn
  check-no-public-access
  demo                       run the action on samples/ (AWS simulated)
Common flags: --region R --parameters K=V [K=V ...] --template-configuration-file F --profile P
  --exclude-resource-types T1,T2 --allow-dynamic-ref-without-version --account-id ID --partition P
  --concurrency N --locations; check commands: --ignore-finding L --treat-findings-as-non-blocking
Without a command, flags are the action's inputs (--template-path, --aws-region, ...; see README).
`;

const SIMULATED =
  'AWS simulated: IAM Access Analyzer answers come from an in-process AWS fake (samples/demo-aws.json), not from AWS.';

/**
 * Runs the action on samples/app.yaml with the real SDK clients against an in-process AWS fake.
 * Expected: 2 blocking findings, 1 non-blocking, 1 policy not checked; exit 0 means exactly that.
 */
async function demo(io: CliIo): Promise<number> {
  const samples = findSamples(io.cwd);
  if (!samples) {
    io.stderr(
      `${ACTION_NAME} demo: actions/${ACTION_NAME}/samples not found (run it from a checkout of the repository).\n`,
    );
    return 1;
  }
  io.stdout(`${SIMULATED}\n\n`);
  const mocks = JSON.parse(readFileSync(join(samples, 'demo-aws.json'), 'utf8')) as CaseMocks;
  const { fake } = await startMockAws(mocks);
  try {
    const temp = mkdtempSync(join(tmpdir(), `${ACTION_NAME}-demo-`));
    const env: NodeJS.ProcessEnv = {
      GITHUB_WORKSPACE: samples,
      RUNNER_TEMP: temp,
      AWS_ENDPOINT_URL: fake.url,
    };
    const flags = parseFlags([
      '--template-path',
      'app.yaml',
      '--template-configuration-file',
      'template-configuration.json',
      '--allow-external-principals',
      '444455556666',
      '--account-id',
      '111222333444',
      '--partition',
      'aws',
      '--aws-region',
      'us-east-1',
      '--comment',
      'false',
      '--upload',
      'false',
    ]);
    const rt = cliRuntime(flags, { ...io, env });
    const outcome = await run(rt, {
      banner: SIMULATED,
      pollIntervalMs: 10,
      resolveCredentials: (options) =>
        Promise.resolve({
          status: 'ok',
          credentials: () =>
            Promise.resolve({ accessKeyId: 'AKIDDEMO', secretAccessKey: 'demo-secret' }),
          region: options.inputs.region ?? 'us-east-1',
          accountId: undefined,
          principalArn: undefined,
          source: 'default-chain',
        }),
    });
    io.stdout(`${rt.summary.join('\n')}\n\nOutputs: ${JSON.stringify(rt.outputs, null, 2)}\n`);
    const expected =
      outcome?.verdict.status === 'fail' &&
      rt.outputs['blocking-findings'] === '2' &&
      rt.outputs['non-blocking-findings'] === '1';
    io.stdout(
      `\n${ACTION_NAME} demo (AWS simulated): ${expected ? 'blocked the sample as expected' : 'UNEXPECTED outcome'}\n`,
    );
    return expected ? 0 : exitCodeOf(outcome, rt) || 1;
  } finally {
    await fake.close();
  }
}

function findSamples(cwd: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    resolve(here, '..', 'samples'),
    resolve(here, '..', '..', 'actions', ACTION_NAME, 'samples'),
    resolve(cwd, 'actions', ACTION_NAME, 'samples'),
  ];
  return candidates.find((c) => existsSync(join(c, 'demo-aws.json')));
}
