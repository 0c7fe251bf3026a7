// The narrow port through which the Action talks to GitHub: the few reads and writes review and
// audit need, in the Action's own terms. The Octokit implementation lives next to it; tests run
// it against a local server that behaves like GitHub.

export type PullFileStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullFile {
  /** Path relative to the repository root. */
  filename: string;
  status: PullFileStatus;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the comment's author. */
  author: string;
  /** The author is an app's bot account (REST `user.type` 'Bot'), as the token of an installation is. */
  authorIsBot: boolean;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  author: string;
  /** The author is an app's bot account (REST `user.type` 'Bot'). */
  authorIsBot: boolean;
  assignees: string[];
  /** How many comments it has: none means there is no earlier comment of ours to look for. */
  comments: number;
  /** ISO time it was last closed, null while open. */
  closedAt: string | null;
  /** Who closed it; only a single-issue read knows (listings leave it out), so undefined there. */
  closedBy?: string | null;
}

export interface IssueUpdate {
  title?: string;
  body?: string;
}

/** The login GitHub gives the workflow token, which may not ask GraphQL who it is. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

export type CloseReason = 'completed' | 'not_planned' | 'duplicate';

export interface NewIssue {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

export interface Label {
  name: string;
  description: string | null;
}

/**
 * Every method turns GitHub's refusals into errors of the Action's own: PermissionError (the
 * token lacks a permission), RateLimitError (a rate limit the run will not wait for), and, for a
 * write that is not safe to repeat, UnsureWriteError (it may have taken effect).
 */
export interface GitHubPort {
  /**
   * The login of the token's identity: whose comments and issues are "ours". Null when GitHub will
   * not say, as for an installation token (the workflow token, a GitHub App's).
   */
  viewerLogin(): Promise<string | null>;
  /** The repository's default branch, for when the event payload does not name it. */
  defaultBranch(): Promise<string>;
  listPullFiles(pull: number): Promise<PullFile[]>;
  listIssueComments(issue: number): Promise<IssueComment[]>;
  /** A comment on a pull request: needs `pull-requests: write`. Throws UnsureWriteError (see above). */
  createPullComment(pull: number, body: string): Promise<IssueComment>;
  /** A comment on an issue: needs `issues: write`. Throws UnsureWriteError (see above). */
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  deleteIssueComment(commentId: number): Promise<void>;
  /**
   * Open and closed issues with the label, oldest first. With `newerThan`, only those with a
   * higher number, read newest first until there: what was opened since a listing.
   */
  listIssuesByLabel(label: string, options?: { newerThan?: number }): Promise<Issue[]>;
  getIssue(issue: number): Promise<Issue>;
  /**
   * Throws AssigneeRefusedError when GitHub will not assign one of the assignees, and
   * UnsureWriteError when the issue may have been created (see above).
   */
  createIssue(issue: NewIssue): Promise<Issue>;
  /** Title and body. */
  updateIssue(issue: number, update: IssueUpdate): Promise<Issue>;
  /**
   * Closes, writing `update` in the same request. 'duplicate' falls back to 'not_planned' where
   * GitHub does not know it (older Enterprise Server).
   */
  closeIssue(issue: number, reason: CloseReason, update?: IssueUpdate): Promise<Issue>;
  /** Reopens, with the title and body it should have again. */
  reopenIssue(issue: number, update: IssueUpdate): Promise<Issue>;
  /** Throws AssigneeRefusedError when GitHub refuses, or silently leaves out, one of the logins. */
  addAssignees(issue: number, logins: string[]): Promise<void>;
  /** Creates the label; 'exists' when it was already there. */
  createLabel(label: { name: string; color: string; description: string }): Promise<'created' | 'exists'>;
  /** The label, or null when there is none of that name. */
  getLabel(name: string): Promise<Label | null>;
  /** Deletes the label; one already gone is no error. */
  deleteLabel(name: string): Promise<void>;
}

/** The token may not do what was asked: the message names the permission the workflow must grant. */
export class PermissionError extends Error {
  constructor(
    readonly permission: string,
    message: string,
  ) {
    super(message);
    this.name = 'PermissionError';
  }
}

/** GitHub refused an assignee (422): perhaps someone who left, or who has no access to the repository. */
export class AssigneeRefusedError extends Error {
  constructor(readonly logins: string[]) {
    super(`GitHub refused to assign ${logins.map((login) => `@${login}`).join(', ')}`);
    this.name = 'AssigneeRefusedError';
  }
}

/** A rate limit the run will not wait for: the message says until when, and that the next run continues. */
export class RateLimitError extends Error {
  constructor(
    message: string,
    /** When the limit resets (ms since the epoch), when GitHub said. */
    readonly resetAt: number | null = null,
  ) {
    super(message);
    this.name = 'RateLimitError';
  }
}

/**
 * A write that is not safe to repeat (creating an issue or a comment) got no answer, or a 5xx:
 * GitHub may have done it. The caller reads again before it tries again.
 */
export class UnsureWriteError extends Error {
  constructor(
    readonly action: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Could not tell whether GitHub managed to ${action}: the connection dropped or GitHub answered with an error.`,
      options,
    );
    this.name = 'UnsureWriteError';
  }
}
