import { getErrorMessage, type CliIo } from '@devsecops-gates/action-kit';
import { commands } from './commands.js';

const USAGE = `Usage: devsecops-gates <command> [--input-name value ...] [--json] [--summary-file F]

Runs the devsecops-gates GitHub Actions locally with the same code. Flags are the action's
inputs (see actions/<name>/README.md). Commands:
`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    io.stdout(
      `${USAGE}${Object.keys(commands)
        .map((c) => `  ${c}`)
        .join('\n')}\n  demo\n`,
    );
    return command === undefined ? 1 : 0;
  }
  try {
    if (command === 'demo') return await demo(io);
    const load = commands[command];
    if (!load) {
      io.stderr(`Unknown command '${command}'. Run 'devsecops-gates --help' for the list.\n`);
      return 1;
    }
    return await (await load()).run(rest, io);
  } catch (error) {
    io.stderr(`devsecops-gates ${command}: ${getErrorMessage(error)}\n`);
    return 1;
  }
}

/** Runs every action on its bundled samples; the exit code says whether each behaved as expected. */
async function demo(io: CliIo): Promise<number> {
  let failed = 0;
  for (const [name, load] of Object.entries(commands)) {
    const cli = await load();
    if (!cli.demo) continue;
    io.stdout(`\n==================== ${name} ====================\n`);
    const code = await cli.demo(io);
    if (code !== 0) failed++;
  }
  io.stdout(
    `\ndemo: ${failed === 0 ? 'every action ran as expected' : `${failed} action(s) misbehaved`}\n`,
  );
  return failed === 0 ? 0 : 1;
}
