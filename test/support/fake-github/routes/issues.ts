// Issues: list (by label and state, sorted, paginated; pull requests included as on GitHub), create,
// read one (with closed_by), update (title, body, state, state_reason), add assignees.
import {
  checkBody,
  checkBodyLength,
  notFound,
  page,
  refuseReadOnly,
  validationFailed,
  type Route,
  type RouteContext,
} from '../http.js';
import type { StoredIssue } from '../types.js';

const NUMBER = /^\/issues\/(\d+)$/;

function issueAt(context: RouteContext, match: RegExpExecArray): StoredIssue {
  const issue = context.state.issues.get(Number(match[1]));
  if (!issue) throw notFound();
  return issue;
}

function refuseUnassignable(context: RouteContext, logins: readonly string[]): void {
  const refused = logins.filter((login) => !context.state.options.assignable.includes(login));
  if (refused.length > 0) {
    throw validationFailed(
      refused.map((value) => ({ value, resource: 'Issue', field: 'assignees', code: 'invalid' })),
    );
  }
}

export const issueRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/issues$/,
    handle(context) {
      const { url, state, shapes } = context;
      const wantedState = url.searchParams.get('state') ?? 'open';
      if (!['open', 'closed', 'all'].includes(wantedState))
        throw validationFailed([{ resource: 'Issue', field: 'state', code: 'invalid' }]);
      const wanted = (url.searchParams.get('labels') ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
      const sort = url.searchParams.get('sort') ?? 'created';
      const direction = url.searchParams.get('direction') === 'asc' ? 1 : -1;
      const key = (issue: StoredIssue) => (sort === 'updated' ? issue.updated_at : issue.created_at);
      const list = [...state.issues.values()]
        .filter(
          (issue) =>
            (wantedState === 'all' || issue.state === wantedState) &&
            wanted.every((name) => issue.labels.some((label) => label.toLowerCase() === name)),
        )
        .sort((a, b) => direction * (key(a).localeCompare(key(b)) || a.number - b.number));
      return page(
        context,
        list.map((issue) => shapes.issue(issue, false)),
      );
    },
  },
  {
    method: 'POST',
    path: /^\/issues$/,
    handle(context) {
      refuseReadOnly(context);
      const { input, state, token, shapes } = context;
      checkBody(input, { title: 'string', body: 'string|null', labels: 'string[]', assignees: 'string[]' });
      checkBodyLength(input.body, 'Issue');
      const assignees = (input.assignees as string[] | undefined) ?? [];
      refuseUnassignable(context, assignees);
      const labels = ((input.labels as string[] | undefined) ?? []).map(
        (name) => state.ensureLabel(name).name,
      );
      const issue = state.addIssue({
        title: input.title as string,
        body: typeof input.body === 'string' ? input.body : null,
        user: state.user(token.login),
        labels,
        assignees: [...assignees],
      });
      return { status: 201, body: shapes.issue(issue, true) };
    },
  },
  {
    method: 'GET',
    path: NUMBER,
    handle: (context, match) => ({ status: 200, body: context.shapes.issue(issueAt(context, match), true) }),
  },
  {
    method: 'PATCH',
    path: NUMBER,
    handle(context, match) {
      refuseReadOnly(context);
      const { input, state, token, shapes } = context;
      const issue = issueAt(context, match);
      checkBody(input, {
        title: 'string?',
        body: 'string|null',
        state: 'string?',
        state_reason: 'string|null',
      });
      checkBodyLength(input.body, 'Issue');
      if (input.state !== undefined && input.state !== 'open' && input.state !== 'closed') {
        throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state' }]);
      }
      const reason = input.state_reason as string | null | undefined;
      const known = state.options.stateReasons ?? ['completed', 'not_planned', 'reopened', 'duplicate'];
      if (reason !== undefined && reason !== null && !known.includes(reason)) {
        throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state_reason' }]);
      }
      if (typeof input.title === 'string') issue.title = input.title;
      if (input.body !== undefined) issue.body = input.body as string | null;
      if (input.state === 'closed' && issue.state === 'open') {
        issue.state = 'closed';
        issue.closed_at = state.now();
        issue.closed_by = state.user(token.login);
        issue.state_reason = reason ?? 'completed';
      } else if (input.state === 'open' && issue.state === 'closed') {
        issue.state = 'open';
        issue.closed_at = null;
        issue.closed_by = null;
        issue.state_reason = 'reopened';
      } else if (reason) {
        issue.state_reason = reason;
      }
      issue.updated_at = state.now();
      return { status: 200, body: shapes.issue(issue, true) };
    },
  },
  {
    method: 'POST',
    path: /^\/issues\/(\d+)\/assignees$/,
    handle(context, match) {
      refuseReadOnly(context);
      const issue = issueAt(context, match);
      checkBody(context.input, { assignees: 'string[]' });
      const logins = (context.input.assignees as string[] | undefined) ?? [];
      refuseUnassignable(context, logins);
      for (const login of logins) if (!issue.assignees.includes(login)) issue.assignees.push(login);
      issue.updated_at = context.state.now();
      return { status: 201, body: context.shapes.issue(issue, false) };
    },
  },
];
