// A step written against the real @actions/core (through action-kit's runtime), run by the
// harness tests with tsx: proves the harness reads what the toolkit really writes.
import { actionsRuntime } from '@devsecops-gates/action-kit/actions';

const rt = actionsRuntime();
const token = rt.readInput('github-token') ?? '';
rt.logger.mask(token);
rt.logger.info(`title=${rt.readInput('report title')} severity=[${rt.readInput('severity')}]`);
rt.logger.error('multi\nline 100% done', { title: 'T: a,b', file: 'dir/a,b.tf', startLine: 3, endLine: 5 });
rt.logger.warning('plain warning');
rt.logger.notice('a notice', { file: 'main.tf', startLine: 1, startColumn: 2, endColumn: 9 });
rt.logger.startGroup('details');
rt.logger.debug('debug line');
rt.logger.endGroup();
rt.setOutput('report', 'line 1\nline 2\n');
rt.setOutput('count', 3);
rt.exportVariable('GATE_RESULT', 'pass');
await rt.appendSummary('## Findings\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
console.log(`event=${rt.env.GITHUB_EVENT_NAME} ref=${rt.env.GITHUB_REF} sha=${rt.env.GITHUB_SHA}`);
