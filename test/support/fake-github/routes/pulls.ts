// Pull requests: read one (with changed_files, which counts every file) and list its files, which
// GitHub stops at 3,000 whatever changed_files says.
import { notFound, page, type Route, type RouteContext } from '../http.js';

// GitHub lists at most 3,000 files of a pull request.
const FILES_LISTED = 3000;

function pullAt(context: RouteContext, match: RegExpExecArray) {
  const number = Number(match[1]);
  const pull = context.state.pulls.get(number);
  const issue = context.state.issues.get(number);
  if (!pull || !issue) throw notFound();
  return { number, pull, issue };
}

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/pulls\/(\d+)$/,
    handle(context, match) {
      const { number, pull, issue } = pullAt(context, match);
      return {
        status: 200,
        body: {
          url: `${context.repoUrl}/pulls/${number}`,
          number,
          state: issue.state,
          title: issue.title,
          user: context.shapes.user(issue.user),
          changed_files: pull.changedFiles,
          base: { ref: pull.baseRef, sha: 'b'.repeat(40) },
          head: { ref: pull.headRef, sha: 'h'.repeat(40) },
        },
      };
    },
  },
  {
    method: 'GET',
    path: /^\/pulls\/(\d+)\/files$/,
    handle(context, match) {
      const { pull } = pullAt(context, match);
      return page(context, pull.files.map(context.shapes.pullFile), FILES_LISTED);
    },
  },
];
