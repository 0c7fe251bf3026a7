// The shapes the fake GitHub stores and the handle a test holds. Stored records keep only what
// the routes need; the JSON GitHub sends is built from them in shapes.ts.

export interface TokenSpec {
  login: string;
  /** False for the read-only token a pull request from a fork gets. */
  write: boolean;
  /** False for installation tokens (the workflow token, an App's): GraphQL `viewer` is refused to them. */
  viewer: boolean;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  tokens: Record<string, TokenSpec>;
  /** Logins that can be assigned to issues; any other gets a 422. */
  assignable: string[];
  /** Serve as GitHub Enterprise Server does: REST under /api/v3, GraphQL at /api/graphql. */
  enterprise?: boolean;
  /** The state reasons an issue may be closed with; older Enterprise Server knows no 'duplicate'. */
  stateReasons?: string[];
  /** The repository's default branch, as `GET /repos/{owner}/{repo}` says; `main` by default. */
  defaultBranch?: string;
}

export type FaultKind =
  /** 502 with GitHub's HTML page. */
  | 'bad-gateway'
  /** The connection is closed without an answer, as when a proxy or the network drops it. */
  | 'drop'
  /** 403 with the secondary rate limit's message and `retry-after`. */
  | 'secondary-rate-limit'
  /** 403 with GitHub Enterprise Server's older wording, "abuse detection mechanism", and `retry-after`. */
  | 'abuse-detection'
  /** 429 with the secondary rate limit's message and `retry-after`. */
  | 'too-many-requests'
  /** The primary rate limit: `x-ratelimit-remaining: 0` until `x-ratelimit-reset` (429, or 403 with `status`). */
  | 'rate-limit'
  /** A 403 that is neither a rate limit nor a permission: `message` (an archived repository by default). */
  | 'forbidden';

export interface Fault {
  kind: FaultKind;
  method?: string;
  /** Matches the request path (without query). */
  path: RegExp;
  /** How many matching requests fail; 1 by default. */
  times?: number;
  /** Seconds in `retry-after` (secondary limits, 429), or until the primary limit resets. */
  retryAfter?: number;
  /** Status of a primary rate limit: 429 (default) or 403, as github.com sends both. */
  status?: 403 | 429;
  /** The message of a 'forbidden' fault. */
  message?: string;
  /** Do the write, then fail or drop the connection: the client cannot know it succeeded. */
  afterEffect?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  /** 0 for a dropped connection. */
  status: number;
  login: string | null;
  /** The JSON body sent, if any. */
  input?: Record<string, unknown>;
}

export interface StoredUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface StoredIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: StoredUser;
  labels: string[];
  assignees: string[];
  closed_by: StoredUser | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull_request: boolean;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: StoredUser;
  created_at: string;
  updated_at: string;
}

export interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface PullFileSpec {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface StoredPull {
  files: PullFileSpec[];
  /** What `changed_files` says: the number of files, even past the 3,000 the listing shows. */
  changedFiles: number;
  baseRef: string;
  headRef: string;
}

export interface NewPullRequest {
  number?: number;
  title?: string;
  login?: string;
  files: PullFileSpec[];
  /** `changed_files`, when it should differ from the files given (a listing cut short). */
  changedFiles?: number;
}

export type NewIssue = Partial<Omit<StoredIssue, 'user' | 'closed_by'>> & {
  login: string;
  closedBy?: string;
};

export interface FakeGitHub {
  /** REST base URL, for GITHUB_API_URL. */
  url: string;
  /** GraphQL endpoint, for GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  requests: LoggedRequest[];
  addPullRequest(pull: NewPullRequest): number;
  setPullFiles(pull: number, files: PullFileSpec[]): void;
  addIssue(issue: NewIssue): StoredIssue;
  addComment(issue: number, comment: { login: string; body: string }): StoredComment;
  addLabel(name: string, description?: string): void;
  issues(): StoredIssue[];
  comments(issue: number): StoredComment[];
  labels(): StoredLabel[];
  /** Acts as a person on github.com: closes an issue in their name. */
  closeIssueAs(login: string, number: number, stateReason: 'completed' | 'not_planned'): void;
  /** Acts as a person on github.com: reopens an issue. */
  reopenIssueAs(number: number): void;
  inject(fault: Fault): void;
  /** Requests that changed something (or tried to): everything but GET and the GraphQL read. */
  writes(): LoggedRequest[];
  close(): Promise<void>;
}
