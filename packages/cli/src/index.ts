import { processIo } from '@devsecops-gates/action-kit';
import { main } from './cli.js';
process.exitCode = await main(process.argv.slice(2), processIo());
