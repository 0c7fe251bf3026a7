// The GitHub port on Octokit: REST for everything, GraphQL only for the token's login. Base URLs
// come from the runner, so GitHub Enterprise Server works. Failures are handled by the client's
// one policy (octokit-client.ts).
import { createClient, type ClientOptions } from './octokit-client.js';
import { describeFailure, statusOf } from './failure.js';
import {
  AssigneeRefusedError,
  type GitHubPort,
  type Issue,
  type IssueUpdate,
  type NewIssue,
  type PullFile,
} from './port.js';
import { isForbidden, refusesAssignee, toComment, toIssue, validationCodes } from './rest-shapes.js';

export interface OctokitPortOptions extends ClientOptions {
  owner: string;
  repo: string;
  /** GITHUB_GRAPHQL_URL, e.g. https://api.github.com/graphql */
  graphqlUrl: string;
}

// GitHub's token formats: `ghs_` is an installation's (the workflow token, a GitHub App's), which
// GraphQL's `viewer` always refuses, so it is not asked.
const INSTALLATION_TOKEN = /^ghs_/;

export function createOctokitPort(options: OctokitPortOptions): GitHubPort {
  const { owner, repo } = options;
  const { octokit, attempt } = createClient(options);
  const repoParams = { owner, repo };
  // A create is never repeated by the retry plugin: after a lost answer the caller reads first.
  const once = { request: { retries: 0 } };

  async function createComment(issue: number, body: string, action: string, permission: string) {
    return attempt(
      action,
      permission,
      async () =>
        toComment(
          (await octokit.rest.issues.createComment({ ...repoParams, issue_number: issue, body, ...once }))
            .data,
        ),
      true,
    );
  }

  return {
    async viewerLogin() {
      if (INSTALLATION_TOKEN.test(options.token)) return null;
      try {
        // The object form, because `url` may not be passed beside a query string.
        const result = await octokit.graphql<{ viewer: { login: string } }>({
          query: 'query { viewer { login } }',
          url: options.graphqlUrl,
        });
        return result.viewer.login;
      } catch (error) {
        // Installation tokens (the workflow token, a GitHub App's) are refused `viewer` and GET /user.
        if (isForbidden(error, statusOf(error))) return null;
        throw describeFailure(
          error,
          'ask GitHub who the token belongs to',
          'a token that can read the repository',
        );
      }
    },

    defaultBranch: () =>
      attempt(
        'read the repository',
        'contents: read',
        async () => (await octokit.rest.repos.get(repoParams)).data.default_branch,
      ),

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
      createComment(pull, body, 'comment on the pull request', 'pull-requests: write'),

    // Same endpoint, other permission: on an issue the workflow needs `issues: write`.
    createIssueComment: (issue, body) =>
      createComment(issue, body, `comment on issue #${issue}`, 'issues: write'),

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
        try {
          await octokit.rest.issues.deleteComment({ ...repoParams, comment_id: commentId });
        } catch (error) {
          // Gone already (a retried delete that had worked): what was asked is done.
          if (statusOf(error) !== 404) throw error;
        }
      }),

    listIssuesByLabel: (label, { newerThan } = {}) =>
      attempt(`list the issues labelled "${label}"`, 'issues: read', async () => {
        const params = {
          ...repoParams,
          labels: label,
          state: 'all' as const,
          sort: 'created' as const,
          per_page: 100,
        };
        if (newerThan === undefined) {
          const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
            ...params,
            direction: 'asc',
          });
          // The issues list includes pull requests; they are never ours.
          return issues.filter((issue) => !issue.pull_request).map(toIssue);
        }
        // Newest first, until the listing reaches what was known: usually one page.
        const found: Issue[] = [];
        for await (const { data } of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
          ...params,
          direction: 'desc',
        })) {
          const newer = data.filter((issue) => issue.number > newerThan);
          found.push(...newer.filter((issue) => !issue.pull_request).map(toIssue));
          if (newer.length < data.length) break;
        }
        return found.reverse();
      }),

    getIssue: (issue) =>
      attempt(`read issue #${issue}`, 'issues: read', async () => {
        const { data } = await octokit.rest.issues.get({ ...repoParams, issue_number: issue });
        return toIssue(data);
      }),

    createIssue: (issue: NewIssue) =>
      attempt(
        'open an issue',
        'issues: write',
        async () => {
          try {
            const { data } = await octokit.rest.issues.create({ ...repoParams, ...issue, ...once });
            return toIssue(data);
          } catch (error) {
            if (issue.assignees.length > 0 && refusesAssignee(error, statusOf(error)))
              throw new AssigneeRefusedError(issue.assignees);
            throw error;
          }
        },
        true,
      ),

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
          if (refusesAssignee(error, statusOf(error))) throw new AssigneeRefusedError(logins);
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

    getLabel: (name) =>
      attempt(`read the label "${name}"`, 'issues: read', async () => {
        try {
          const { data } = await octokit.rest.issues.getLabel({ ...repoParams, name });
          return { name: data.name, description: data.description ?? null };
        } catch (error) {
          if (statusOf(error) === 404) return null;
          throw error;
        }
      }),

    deleteLabel: (name) =>
      attempt(`delete the label "${name}"`, 'issues: write', async () => {
        try {
          await octokit.rest.issues.deleteLabel({ ...repoParams, name });
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
      }),
  };
}
