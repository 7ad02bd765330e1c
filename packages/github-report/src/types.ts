// The types of github-report's public API (re-exported by index.ts).
import type { getOctokit } from '@actions/github';
import type {
  AnnotationProperties,
  GitHubContext,
  Logger,
  ReportingInputs,
  UploadInputs,
} from '@devsecops-gates/action-kit';

/** An Octokit from @actions/github with retry + throttling plugins. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; tests point it at the fake. */
  baseUrl: string;
  logger: Logger;
  /** Retries after a rate limit or server error (default 3). */
  retries?: number;
  /**
   * Longest wait honoured for a `retry-after` / `x-ratelimit-reset` (default 120 s); a longer
   * wait gives up instead of holding the job.
   */
  maxRetryAfterSeconds?: number;
  /** Unit of the back-off after 5xx errors (retry n waits n² units; default 1000 ms). */
  serverErrorBackoffMs?: number;
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
  /**
   * The commit the workflow checked out (`git rev-parse HEAD`), when known. On `pull_request`
   * a checkout of the PR head (not the merge commit) uploads to `refs/pull/<n>/head` + that SHA.
   */
  checkoutSha?: string;
  /** Status polls after the first wait (default 5; codeql-action waits 5 s then doubles). */
  processingPolls?: number;
  /** First wait before polling the processing status (default 5,000 ms; doubles each poll). */
  processingDelayMs?: number;
}

export interface PublishResult {
  annotations: { emitted: number; dropped: number };
  summary: { bytes: number; truncatedSections: number };
  /**
   * `forbidden`: the token may not comment (fork PR, read-only token); `failed`: another error
   * (reported as a warning, never a failed job).
   */
  comment: {
    status: 'created' | 'updated' | 'skipped' | 'forbidden' | 'failed';
    url?: string;
    reason?: string;
    /** The comment body was cut to GitHub's 65,536 characters. */
    truncated?: boolean;
  };
  /**
   * `forbidden`: the token may not upload or code scanning is not enabled (a warning, never a
   * failure). `failed`: the upload was attempted and failed or GitHub could not process it; the
   * action decides whether that fails the step (it should when `upload: true`).
   */
  upload: {
    status: 'uploaded' | 'skipped' | 'forbidden' | 'failed';
    sarifIds: string[];
    reason?: string;
    /** Processing errors GitHub reported (`GET .../code-scanning/sarifs/{id}`). */
    errors?: string[];
    /** Where the upload went. */
    ref?: string;
    commitSha?: string;
    /** `runs[].automationDetails.id` of every uploaded run. */
    categories?: string[];
    /** Processing status per upload; `pending` when polling timed out. */
    processing?: ('complete' | 'failed' | 'pending')[];
  };
  /** Things the user should know that are not failures (fork PR, read-only token, trimmed SARIF). */
  warnings: string[];
}
