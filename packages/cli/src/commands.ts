import type { ActionCli } from '@devsecops-gates/action-kit';

/** Every action's CLI, in the order `demo` runs them. Loaded lazily so `--help` stays fast. */
export const commands: Record<string, () => Promise<ActionCli>> = {
  'sarif-severity-gate': async () => (await import('@devsecops-gates/sarif-severity-gate/cli')).cli,
};
