import { writeFile } from 'node:fs/promises';
import { runActionCli, type ActionCli } from '@devsecops-gates/action-kit';
import { ACTION_NAME, run } from './main.js';

export const cli: ActionCli = {
  name: ACTION_NAME,
  description: 'Gate on SARIF findings by severity',
  run: (argv, io) => runActionCli(argv, io, run, (path, text) => writeFile(path, text)),
};
