import type { GitHubContext } from '@devsecops-gates/action-kit';
import type { GitHubClient } from '@devsecops-gates/github-report';

/** GitHub's list-pull-request-files endpoint stops at 3,000 files. */
const API_FILE_CAP = 3000;

/**
 * The files a pull request touches (both names of a rename), or undefined when the list is
 * incomplete: then every module must be tested, never fewer.
 */
export async function listPullRequestFiles(
  client: GitHubClient,
  ctx: GitHubContext,
): Promise<string[] | undefined> {
  if (ctx.pullRequestNumber === undefined) return undefined;
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: ctx.owner,
    repo: ctx.repo,
    pull_number: ctx.pullRequestNumber,
    per_page: 100,
  });
  if (files.length >= API_FILE_CAP) return undefined;
  return files.flatMap((f) =>
    f.previous_filename ? [f.filename, f.previous_filename] : [f.filename],
  );
}
