import type { GitHubContext } from '@devsecops-gates/action-kit';

/** The workflow run page (where the job summary is shown), or undefined outside a run. */
export function runUrl(context: GitHubContext): string | undefined {
  if (!context.runId || !context.owner || !context.repo) return undefined;
  return `${context.serverUrl.replace(/\/+$/, '')}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}
