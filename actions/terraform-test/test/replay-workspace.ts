import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { STAND_IN_BIN } from './fixture-paths.js';

/** One recorded invocation for the stand-in binary (see test/bin/replay.mjs). */
export interface Recording {
  args: string[];
  cwd?: string;
  stdout?: string;
  stderr?: string;
  exit?: number;
  junit?: string;
  chunkBytes?: number;
  /** Files the tool leaves in its working directory: name → fixture path. */
  writes?: Record<string, string>;
}

export interface Invocation {
  tool: string;
  cwd: string;
  args: string[];
  pluginCache: string | null;
  inAutomation: string | null;
}

export interface ReplayWorkspace {
  workspace: string;
  runnerTemp: string;
  /** Environment for run(): workspace, runner temp, stand-in on PATH, replay manifest. */
  env: Record<string, string>;
  /** What the stand-in was called with, in order. */
  invocations(): Invocation[];
}

/**
 * A temp repository with module directories copied from fixtures and a replay manifest whose
 * file references are absolute, so the stand-in finds them from any module directory.
 */
export function replayWorkspace(options: {
  modules: Record<string, string>;
  commands: Recording[];
  version?: string;
  tool?: 'terraform' | 'tofu';
  /** Put only this stand-in on PATH (default: both). */
  only?: 'terraform' | 'tofu' | 'none';
}): ReplayWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'tf-test-'));
  const workspace = join(root, 'repo');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  for (const [dir, src] of Object.entries(options.modules))
    cpSync(src, join(workspace, dir), { recursive: true });
  const manifest = join(root, 'replay.json');
  writeFileSync(
    manifest,
    JSON.stringify({
      version: {
        terraform_version: options.version ?? '1.15.9',
        platform: 'linux_amd64',
        provider_selections: {},
        terraform_outdated: false,
      },
      commands: options.commands,
    }),
  );
  const log = join(root, 'invocations.jsonl');
  const binDir = join(root, 'bin');
  mkdirSync(binDir);
  const only = options.only ?? 'both';
  for (const tool of ['terraform', 'tofu']) {
    if (only !== 'both' && only !== tool) continue;
    cpSync(join(STAND_IN_BIN, tool), join(binDir, tool));
  }
  cpSync(join(STAND_IN_BIN, 'replay.mjs'), join(binDir, 'replay.mjs'));
  const nodeDir = join(process.execPath, '..');
  return {
    workspace,
    runnerTemp,
    env: {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_REPOSITORY: 'octo-org/infra',
      PATH: [binDir, nodeDir, '/usr/bin', '/bin'].join(delimiter),
      TF_REPLAY: manifest,
      TF_REPLAY_LOG: log,
    },
    invocations: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Invocation)
        : [],
  };
}
