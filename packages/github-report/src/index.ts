// Public API of github-report. The signatures are the contract the actions build on; the
// implementations live in one module per concern.
import type { AnnotationProperties, GitHubContext, Logger, ReportingInputs, UploadInputs } from '@devsecops-gates/action-kit';

/** An Octokit from @actions/github with retry + throttling plugins. */
export type GitHubClient = ReturnType<typeof import('@actions/github').getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; tests point it at the fake. */
  baseUrl: string;
  logger: Logger;
  /** Retries after a rate limit or server error (default 3). */
  retries?: number;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation extends AnnotationProperties {
  level: AnnotationLevel;
  message: string;
  /** Higher sorts first within a level (e.g. 4 critical, 3 high, 2 medium, 1 low, 0 note). */
  rank?: number;
}

/** A report an action hands over; github-report decides what GitHub can show of it. */
export interface Report {
  /** The action name, e.g. `sarif-severity-gate`: part of the comment marker. */
  action: string;
  /** Distinguishes several runs of one action in a workflow (matrix, several templates). */
  category?: string;
  /** One-line verdict shown at the top of comment and summary, e.g. "❌ 2 high findings". */
  headline: string;
  /** Summary sections, most important first; cut from the end when over GitHub's 1 MiB. */
  sections: { title: string; markdown: string }[];
  /** Comment body (without marker); defaults to headline + sections. Capped at 65,536 chars. */
  comment?: string;
  annotations?: Annotation[];
  /** SARIF 2.1.0 log to upload to code scanning. */
  sarif?: unknown;
}

export interface PublishOptions {
  reporting: ReportingInputs;
  upload?: UploadInputs;
  context: GitHubContext;
  logger: Logger;
  /** Appends Markdown to the job summary (ActionRuntime.appendSummary). */
  appendSummary(markdown: string): Promise<void>;
  /** Injected for tests; defaults to createGitHubClient with reporting.githubToken. */
  client?: GitHubClient;
  /** Wait for code-scanning processing and surface its errors (default true). */
  waitForProcessing?: boolean;
  sleep?: (ms: number) => Promise<void>;
}

export interface PublishResult {
  annotations: { emitted: number; dropped: number };
  summary: { bytes: number; truncatedSections: number };
  comment: { status: 'created' | 'updated' | 'skipped' | 'forbidden'; url?: string; reason?: string };
  upload: { status: 'uploaded' | 'skipped' | 'forbidden' | 'failed'; sarifIds: string[]; reason?: string; errors?: string[] };
  /** Things the user should know that are not failures (fork PR, read-only token, trimmed SARIF). */
  warnings: string[];
}

function pending(name: string): never {
  throw new Error(`github-report: ${name} is not implemented yet`);
}

/** Annotations, summary, PR comment and code-scanning upload, each degrading on forks/403. */
export function publishReport(_report: Report, _options: PublishOptions): Promise<PublishResult> {
  return pending('publishReport');
}

export function createGitHubClient(_options: ClientOptions): GitHubClient {
  return pending('createGitHubClient');
}
