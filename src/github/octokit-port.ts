// The GitHub port on Octokit: REST for everything, GraphQL only for the token's login, with the
// retry and throttling plugins so transient failures are retried and writes stay under GitHub's
// secondary rate limits. Base URLs come from the runner, so GitHub Enterprise Server works.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { describeFailure, statusOf } from './failure.js';
import {
  AssigneeRefusedError,
  type GitHubPort,
  type Issue,
  type IssueComment,
  type IssueUpdate,
  type NewIssue,
  type PullFile,
} from './port.js';

// How often a request refused by a rate limit is tried again before the run gives up.
const RATE_LIMIT_RETRIES = 3;

export interface OctokitPortOptions {
  token: string;
  owner: string;
  repo: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghes.example/api/v3 */
  apiUrl: string;
  /** GITHUB_GRAPHQL_URL, e.g. https://api.github.com/graphql */
  graphqlUrl: string;
  /** Where the port says what it is waiting for (rate limits) and, at debug level, each request. */
  log: { info(message: string): void; debug(message: string): void };
  /** Tests shorten the waits between retries; the Action keeps the plugins' defaults. */
  retry?: { retries?: number; retryAfterBaseValue?: number };
  throttle?: { enabled?: boolean; retryAfterBaseValue?: number; fallbackSecondaryRateRetryAfter?: number };
}

const ActionOctokit = Octokit.plugin(retry, throttling);
type Client = InstanceType<typeof ActionOctokit>;

export function createOctokitPort(options: OctokitPortOptions): GitHubPort {
  const { owner, repo, log } = options;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const again = count < RATE_LIMIT_RETRIES;
      log.info(
        `GitHub's ${kind} limit was hit on ${request.method} ${request.url}; ` +
          (again ? `trying again in ${retryAfter} s.` : 'giving up.'),
      );
      return again;
    };
  const octokit: Client = new ActionOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'campaign-lessons',
    // Expected refusals (a 422 for an existing label, a 403 on a fork) are handled by the caller.
    log: { debug: log.debug, info: log.debug, warn: log.info, error: log.debug },
    retry: options.retry ?? {},
    throttle: {
      onRateLimit: onLimit('rate'),
      onSecondaryRateLimit: onLimit('secondary rate'),
      ...options.throttle,
    },
  });
  const repoParams = { owner, repo };

  async function attempt<T>(action: string, permission: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof AssigneeRefusedError) throw error;
      throw describeFailure(error, action, permission);
    }
  }

  return {
    async viewerLogin() {
      try {
        // The object form, because `url` may not be passed beside a query string.
        const result = await octokit.graphql<{ viewer: { login: string } }>({
          query: 'query { viewer { login } }',
          url: options.graphqlUrl,
        });
        return result.viewer.login;
      } catch (error) {
        // Installation tokens (the workflow token, a GitHub App's) are refused `viewer` and GET /user.
        if (isForbidden(error)) return null;
        throw describeFailure(
          error,
          'ask GitHub who the token belongs to',
          'a token that can read the repository',
        );
      }
    },

    listPullFiles: (pull) =>
      attempt('list the files of the pull request', 'pull-requests: read', async () => {
        const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
          ...repoParams,
          pull_number: pull,
          per_page: 100,
        });
        return files.map((file): PullFile => ({ filename: file.filename, status: file.status }));
      }),

    listIssueComments: (issue) =>
      attempt('read the comments of the pull request', 'pull-requests: read', async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repoParams,
          issue_number: issue,
          per_page: 100,
        });
        return comments.map(toComment);
      }),

    createPullComment: (pull, body) =>
      attempt('comment on the pull request', 'pull-requests: write', async () => {
        const { data } = await octokit.rest.issues.createComment({ ...repoParams, issue_number: pull, body });
        return toComment(data);
      }),

    // Same endpoint, other permission: on an issue the workflow needs `issues: write`.
    createIssueComment: (issue, body) =>
      attempt(`comment on issue #${issue}`, 'issues: write', async () => {
        const { data } = await octokit.rest.issues.createComment({
          ...repoParams,
          issue_number: issue,
          body,
        });
        return toComment(data);
      }),

    updateIssueComment: (commentId, body) =>
      attempt('edit the comment on the pull request', 'pull-requests: write', async () => {
        const { data } = await octokit.rest.issues.updateComment({
          ...repoParams,
          comment_id: commentId,
          body,
        });
        return toComment(data);
      }),

    deleteIssueComment: (commentId) =>
      attempt('delete a duplicate comment on the pull request', 'pull-requests: write', async () => {
        await octokit.rest.issues.deleteComment({ ...repoParams, comment_id: commentId });
      }),

    listIssuesByLabel: (label) =>
      attempt(`list the issues labelled "${label}"`, 'issues: read', async () => {
        const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repoParams,
          labels: label,
          state: 'all',
          sort: 'created',
          direction: 'asc',
          per_page: 100,
        });
        // The issues list includes pull requests; they are never ours.
        return issues.filter((issue) => !issue.pull_request).map(toIssue);
      }),

    getIssue: (issue) =>
      attempt(`read issue #${issue}`, 'issues: read', async () => {
        const { data } = await octokit.rest.issues.get({ ...repoParams, issue_number: issue });
        return toIssue(data);
      }),

    createIssue: (issue: NewIssue) =>
      attempt('open an issue', 'issues: write', async () => {
        try {
          const { data } = await octokit.rest.issues.create({ ...repoParams, ...issue });
          return toIssue(data);
        } catch (error) {
          if (issue.assignees.length > 0 && refusesAssignee(error))
            throw new AssigneeRefusedError(issue.assignees);
          throw error;
        }
      }),

    updateIssue: (issue, update: IssueUpdate) =>
      attempt(`update issue #${issue}`, 'issues: write', async () => {
        const { data } = await octokit.rest.issues.update({ ...repoParams, issue_number: issue, ...update });
        return toIssue(data);
      }),

    closeIssue: (issue, reason, update: IssueUpdate = {}) =>
      attempt(`close issue #${issue}`, 'issues: write', async () => {
        const close = (stateReason: typeof reason) =>
          octokit.rest.issues.update({
            ...repoParams,
            issue_number: issue,
            state: 'closed',
            state_reason: stateReason,
            ...update,
          });
        try {
          return toIssue((await close(reason)).data);
        } catch (error) {
          // Older GitHub Enterprise Server knows no 'duplicate' reason: not planned is the nearest.
          if (reason === 'duplicate' && statusOf(error) === 422)
            return toIssue((await close('not_planned')).data);
          throw error;
        }
      }),

    reopenIssue: (issue, update: IssueUpdate) =>
      attempt(`reopen issue #${issue}`, 'issues: write', async () => {
        const { data } = await octokit.rest.issues.update({
          ...repoParams,
          issue_number: issue,
          state: 'open',
          ...update,
        });
        return toIssue(data);
      }),

    addAssignees: (issue, logins) =>
      attempt(`assign issue #${issue}`, 'issues: write', async () => {
        try {
          const { data } = await octokit.rest.issues.addAssignees({
            ...repoParams,
            issue_number: issue,
            assignees: logins,
          });
          // GitHub may answer 201 and silently leave out a login it cannot assign.
          const assigned = new Set((data.assignees ?? []).map((user) => user.login.toLowerCase()));
          const left = logins.filter((login) => !assigned.has(login.toLowerCase()));
          if (left.length > 0) throw new AssigneeRefusedError(left);
        } catch (error) {
          if (error instanceof AssigneeRefusedError) throw error;
          if (refusesAssignee(error)) throw new AssigneeRefusedError(logins);
          throw error;
        }
      }),

    createLabel: (label) =>
      attempt(`create the label "${label.name}"`, 'issues: write', async () => {
        try {
          await octokit.rest.issues.createLabel({ ...repoParams, ...label });
          return 'created' as const;
        } catch (error) {
          if (statusOf(error) === 422 && validationCodes(error).includes('already_exists'))
            return 'exists' as const;
          throw error;
        }
      }),
  };
}

interface RestUser {
  login: string;
  type?: string;
}

function toComment(data: { id: number; body?: string | null; user: RestUser | null }): IssueComment {
  return {
    id: data.id,
    body: data.body ?? '',
    author: data.user?.login ?? '',
    authorIsBot: data.user?.type === 'Bot',
  };
}

function toIssue(data: {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  closed_at?: string | null;
  user: RestUser | null;
  assignees?: RestUser[] | null;
  closed_by?: RestUser | null;
}): Issue {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
    stateReason: data.state_reason ?? null,
    closedAt: data.closed_at ?? null,
    author: data.user?.login ?? '',
    assignees: (data.assignees ?? []).map((user) => user.login),
    // Absent from listings: undefined means "not known", null means "nobody known".
    closedBy: 'closed_by' in data ? (data.closed_by?.login ?? null) : undefined,
  };
}

function validationCodes(error: unknown): string[] {
  const errors = (error as { response?: { data?: { errors?: unknown } } }).response?.data?.errors;
  return Array.isArray(errors) ? errors.map((item: { code?: string }) => item?.code ?? '') : [];
}

function refusesAssignee(error: unknown): boolean {
  if (statusOf(error) !== 422) return false;
  const data = (error as { response?: { data?: { errors?: { field?: string }[]; message?: string } } })
    .response?.data;
  return (
    (data?.errors ?? []).some((item) => item?.field === 'assignees' || item?.field === 'assignee') ||
    /assign/i.test(data?.message ?? '')
  );
}

function isForbidden(error: unknown): boolean {
  if (statusOf(error) === 403) return true;
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? [];
  return errors.some(
    (item) => item.type === 'FORBIDDEN' || /not accessible by integration/i.test(item.message ?? ''),
  );
}
