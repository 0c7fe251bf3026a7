// What the fake GitHub remembers between requests: users, issues (pull requests among them, as on
// GitHub), comments per issue, labels and pull request files, with ids and a clock.
import type {
  FakeGitHubOptions,
  StoredComment,
  StoredIssue,
  StoredLabel,
  StoredPull,
  StoredUser,
} from './types.js';

export class FakeState {
  readonly users = new Map<string, StoredUser>();
  readonly issues = new Map<number, StoredIssue>();
  /** Comments by issue number, oldest first: a listing is one lookup, even with thousands of issues. */
  readonly comments = new Map<number, StoredComment[]>();
  /** Labels by lower-case name: GitHub matches label names without regard to case. */
  readonly labels = new Map<string, StoredLabel>();
  readonly pulls = new Map<number, StoredPull>();
  nextNumber = 1;
  private nextId = 1000;
  // A clock that moves one second per change, so created_at orders like on GitHub and tests stay reproducible.
  private clock = Date.parse('2024-01-01T00:00:00Z');

  constructor(readonly options: FakeGitHubOptions) {}

  id(): number {
    return this.nextId++;
  }

  now(): string {
    return new Date((this.clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  user(login: string): StoredUser {
    let known = this.users.get(login);
    if (!known) {
      known = { login, id: this.id(), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.users.set(login, known);
    }
    return known;
  }

  label(name: string): StoredLabel | undefined {
    return this.labels.get(name.toLowerCase());
  }

  /** The label, made on the fly as GitHub does when an issue is created with a new label name. */
  ensureLabel(name: string, description: string | null = null): StoredLabel {
    let label = this.label(name);
    if (!label) {
      label = { id: this.id(), name, color: 'ededed', description };
      this.labels.set(name.toLowerCase(), label);
    }
    return label;
  }

  commentsOf(issue: number): StoredComment[] {
    let list = this.comments.get(issue);
    if (!list) {
      list = [];
      this.comments.set(issue, list);
    }
    return list;
  }

  addComment(issue: number, login: string, body: string): StoredComment {
    const at = this.now();
    const comment: StoredComment = {
      id: this.id(),
      issue,
      body,
      user: this.user(login),
      created_at: at,
      updated_at: at,
    };
    this.commentsOf(issue).push(comment);
    return comment;
  }

  findComment(id: number): StoredComment | undefined {
    for (const list of this.comments.values()) {
      const found = list.find((comment) => comment.id === id);
      if (found) return found;
    }
    return undefined;
  }

  removeComment(comment: StoredComment): void {
    const list = this.commentsOf(comment.issue);
    list.splice(list.indexOf(comment), 1);
  }

  addIssue(fields: Partial<StoredIssue> & { user: StoredUser }): StoredIssue {
    const at = this.now();
    const issue: StoredIssue = {
      id: this.id(),
      number: this.nextNumber++,
      title: 'An issue',
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: [],
      closed_by: null,
      created_at: at,
      updated_at: at,
      closed_at: null,
      pull_request: false,
      ...fields,
    };
    for (const name of issue.labels) this.ensureLabel(name);
    this.issues.set(issue.number, issue);
    return issue;
  }
}
