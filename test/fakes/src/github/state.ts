// What the fake GitHub "stores": tests seed it and inspect it after the code under test ran.

export type TokenAccess = 'write' | 'read-only';

export interface TokenInfo {
  access: TokenAccess;
  /** Author of comments made with this token. */
  login: string;
  userId: number;
  userType: 'Bot' | 'User';
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  createdAt: string;
  updatedAt: string;
}

export type ProcessingStatus = 'pending' | 'complete' | 'failed';

export interface SarifUpload {
  id: string;
  owner: string;
  repo: string;
  commitSha: string;
  ref: string;
  checkoutUri: string | undefined;
  startedAt: string | undefined;
  toolName: string | undefined;
  validate: boolean | undefined;
  /** The decoded (gunzipped, parsed) SARIF log. */
  sarif: unknown;
  gzippedBytes: number;
  /** `runs[].automationDetails.id` of each run (`undefined` when absent). */
  categories: (string | undefined)[];
  status: ProcessingStatus;
  errors: string[] | null;
  /** GETs of the status that still answer `pending`. */
  pendingPolls: number;
}

export interface PullRequestFile {
  filename: string;
  status?: string;
  additions?: number;
  deletions?: number;
  changes?: number;
  patch?: string;
}

export interface StoredPull {
  owner: string;
  repo: string;
  number: number;
  /** The pull-request object returned by `GET /pulls/{n}` (defaults are filled in). */
  data: Record<string, unknown>;
  files: PullRequestFile[];
}

/** How a SARIF upload ends once its pending polls are used up. */
export type SarifOutcome = (upload: SarifUpload) => {
  status: 'complete' | 'failed';
  errors?: string[];
};

export type CodeScanningAvailability = 'enabled' | 'security-disabled' | 'not-found';

export class GitHubFakeState {
  comments: StoredComment[] = [];
  sarifUploads: SarifUpload[] = [];
  pulls: StoredPull[] = [];
  /** `security-disabled` answers 403 "Code Security must be enabled ..."; `not-found` 404. */
  codeScanning: CodeScanningAvailability = 'enabled';
  /** Status GETs answered `pending` before an upload settles. */
  sarifPendingPolls = 1;
  /** Overrides the built-in processing (GitHub's limits) for the next uploads. */
  sarifOutcome: SarifOutcome | undefined;
  rateLimit = { limit: 1000, used: 0, resetEpochSeconds: Math.floor(Date.now() / 1000) + 3600 };
  private nextCommentId = 2_000_000_001;
  private clock = Date.parse('2026-11-26T17:00:00Z');

  constructor(readonly tokens: Map<string, TokenInfo>) {}

  /** A strictly increasing timestamp so "oldest comment" is well defined. */
  now(): string {
    this.clock = Math.max(this.clock + 1000, Date.now());
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  addComment(input: {
    owner: string;
    repo: string;
    issueNumber: number;
    body: string;
    user?: StoredComment['user'];
  }): StoredComment {
    const at = this.now();
    const comment: StoredComment = {
      id: this.nextCommentId++,
      owner: input.owner,
      repo: input.repo,
      issueNumber: input.issueNumber,
      body: input.body,
      user: input.user ?? { login: 'octocat', id: 583231, type: 'User' },
      createdAt: at,
      updatedAt: at,
    };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(owner: string, repo: string, issueNumber: number): StoredComment[] {
    return this.comments.filter(
      (c) => same(c.owner, owner) && same(c.repo, repo) && c.issueNumber === issueNumber,
    );
  }

  addPull(input: {
    owner: string;
    repo: string;
    number: number;
    data?: Record<string, unknown>;
    files?: PullRequestFile[];
  }): StoredPull {
    const pull: StoredPull = {
      owner: input.owner,
      repo: input.repo,
      number: input.number,
      data: { number: input.number, state: 'open', ...input.data },
      files: input.files ?? [],
    };
    this.pulls.push(pull);
    return pull;
  }

  findPull(owner: string, repo: string, number: number): StoredPull | undefined {
    return this.pulls.find(
      (p) => same(p.owner, owner) && same(p.repo, repo) && p.number === number,
    );
  }
}

// GitHub owner and repository names are case-insensitive.
export function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
