// The JSON GitHub's REST API answers with, built from what the fake stores: the fields a client
// may read, with GitHub's names and null/absent conventions.
import type { FakeState } from './state.js';
import type { PullFileSpec, StoredComment, StoredIssue, StoredLabel, StoredUser } from './types.js';

export interface Shapes {
  user(user: StoredUser): Record<string, unknown>;
  label(label: StoredLabel): Record<string, unknown>;
  /** `withClosedBy`: GitHub sends closed_by only when one issue is read, never in a listing. */
  issue(issue: StoredIssue, withClosedBy: boolean): Record<string, unknown>;
  comment(comment: StoredComment): Record<string, unknown>;
  pullFile(file: PullFileSpec, index: number): Record<string, unknown>;
}

export function makeShapes(state: FakeState, base: string): Shapes {
  const { owner, repo } = state.options;
  const repoUrl = `${base}/repos/${owner}/${repo}`;
  const web = `https://github.com/${owner}/${repo}`;
  const user = (u: StoredUser) => ({
    login: u.login,
    id: u.id,
    node_id: `U_${u.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: `${base}/users/${encodeURIComponent(u.login)}`,
    html_url: `https://github.com/${u.login}`,
    type: u.type,
    site_admin: false,
  });
  const label = (l: StoredLabel) => ({
    id: l.id,
    node_id: `LA_${l.id}`,
    url: `${repoUrl}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description,
  });
  return {
    user,
    label,
    issue: (issue, withClosedBy) => ({
      url: `${repoUrl}/issues/${issue.number}`,
      repository_url: repoUrl,
      comments_url: `${repoUrl}/issues/${issue.number}/comments`,
      html_url: `${web}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`,
      id: issue.id,
      node_id: `I_${issue.id}`,
      number: issue.number,
      title: issue.title,
      user: user(issue.user),
      labels: issue.labels.map((name) => label(state.ensureLabel(name))),
      state: issue.state,
      locked: false,
      assignee: issue.assignees[0] ? user(state.user(issue.assignees[0])) : null,
      assignees: issue.assignees.map((login) => user(state.user(login))),
      milestone: null,
      comments: state.comments.get(issue.number)?.length ?? 0,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      author_association: 'NONE',
      state_reason: issue.state_reason,
      body: issue.body,
      ...(withClosedBy ? { closed_by: issue.closed_by ? user(issue.closed_by) : null } : {}),
      ...(issue.pull_request
        ? {
            pull_request: {
              url: `${repoUrl}/pulls/${issue.number}`,
              html_url: `${web}/pull/${issue.number}`,
            },
          }
        : {}),
    }),
    comment: (c) => ({
      url: `${repoUrl}/issues/comments/${c.id}`,
      html_url: `${web}/issues/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${repoUrl}/issues/${c.issue}`,
      id: c.id,
      node_id: `IC_${c.id}`,
      user: user(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: 'NONE',
      body: c.body,
    }),
    pullFile: (f, index) => {
      const sha = (index + 1).toString(16).padStart(40, '0');
      return {
        sha,
        filename: f.filename,
        status: f.status,
        additions: f.status === 'removed' ? 0 : 10,
        deletions: f.status === 'added' ? 0 : 2,
        changes: f.status === 'added' ? 10 : 12,
        blob_url: `${web}/blob/${sha}/${f.filename}`,
        raw_url: `${web}/raw/${sha}/${f.filename}`,
        contents_url: `${repoUrl}/contents/${f.filename}?ref=${sha}`,
        patch: '@@ -1,2 +1,10 @@',
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      };
    },
  };
}
