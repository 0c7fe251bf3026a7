// Issue and pull request comments (one endpoint for both, as on GitHub): list, create, read, edit, delete.
import {
  checkBody,
  checkBodyLength,
  notFound,
  page,
  refuseReadOnly,
  type Route,
  type RouteContext,
} from '../http.js';
import type { StoredComment } from '../types.js';

function commentAt(context: RouteContext, match: RegExpExecArray): StoredComment {
  const comment = context.state.findComment(Number(match[1]));
  if (!comment) throw notFound();
  return comment;
}

function issueNumber(context: RouteContext, match: RegExpExecArray): number {
  const number = Number(match[1]);
  if (!context.state.issues.has(number)) throw notFound();
  return number;
}

const ON_ISSUE = /^\/issues\/(\d+)\/comments$/;
const ONE = /^\/issues\/comments\/(\d+)$/;

export const commentRoutes: Route[] = [
  {
    method: 'GET',
    path: ON_ISSUE,
    handle: (context, match) =>
      page(context, context.state.commentsOf(issueNumber(context, match)).map(context.shapes.comment)),
  },
  {
    method: 'POST',
    path: ON_ISSUE,
    handle(context, match) {
      refuseReadOnly(context);
      const number = issueNumber(context, match);
      checkBody(context.input, { body: 'string' });
      checkBodyLength(context.input.body, 'IssueComment');
      const comment = context.state.addComment(number, context.token.login, context.input.body as string);
      return { status: 201, body: context.shapes.comment(comment) };
    },
  },
  {
    method: 'GET',
    path: ONE,
    handle: (context, match) => ({ status: 200, body: context.shapes.comment(commentAt(context, match)) }),
  },
  {
    method: 'PATCH',
    path: ONE,
    handle(context, match) {
      refuseReadOnly(context);
      const comment = commentAt(context, match);
      checkBody(context.input, { body: 'string' });
      checkBodyLength(context.input.body, 'IssueComment');
      comment.body = context.input.body as string;
      comment.updated_at = context.state.now();
      return { status: 200, body: context.shapes.comment(comment) };
    },
  },
  {
    method: 'DELETE',
    path: ONE,
    handle(context, match) {
      refuseReadOnly(context);
      context.state.removeComment(commentAt(context, match));
      return { status: 204, body: null };
    },
  },
];
