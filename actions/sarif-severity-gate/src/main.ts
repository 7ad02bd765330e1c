import {
  InputParser,
  runAction,
  type ActionOutcome,
  type ActionRuntime,
} from '@devsecops-gates/action-kit';
import { actionsRuntime } from '@devsecops-gates/action-kit/actions';

export const ACTION_NAME = 'sarif-severity-gate';

/** The action's boundary: the runner passes nothing, the CLI and tests pass their runtime. */
export async function run(rt: ActionRuntime = actionsRuntime()): Promise<ActionOutcome | undefined> {
  return runAction(ACTION_NAME, rt, () => {
    const p = new InputParser(rt.readInput);
    const sarif = p.multiline('sarif');
    rt.logger.info(`TODO: evaluate ${sarif.length} SARIF input(s)`);
    return Promise.resolve({ verdict: { status: 'pass' }, outputs: { total: 0 } });
  });
}
