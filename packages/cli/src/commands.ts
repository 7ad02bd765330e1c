import type { ActionCli } from '@devsecops-gates/action-kit';

/** Every action's CLI, in the order `demo` runs them. Loaded lazily so `--help` stays fast. */
export const commands: Record<string, () => Promise<ActionCli>> = {
  'sarif-severity-gate': async () => (await import('@devsecops-gates/sarif-severity-gate/cli')).cli,
  'terraform-test': async () => (await import('@devsecops-gates/terraform-test/cli')).cli,
  'cfn-policy-validate': async () => (await import('@devsecops-gates/cfn-policy-validate/cli')).cli,
};
