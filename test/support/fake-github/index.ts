// A local HTTP server that behaves like the part of GitHub's REST API the Action uses, and keeps
// state: issues (and pull requests as issues), comments, labels, pull requests and their files,
// the repository. It answers with GitHub's response shapes and status codes, paginates with `Link`
// headers, checks request bodies as GitHub does (422), refuses writes to a read-only token and
// unknown assignees, and can be told to fail (502, a dropped connection, rate limits), before or
// after the write took effect, so tests see what a client on github.com would see. It listens on
// 127.0.0.1 only. One module per resource under routes/: add a resource there and list it below.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { faultError, Faults } from './faults.js';
import { DOCS, HttpError, notFound, REPO_ID, type Result, type Route, type RouteContext } from './http.js';
import { commentRoutes } from './routes/comments.js';
import { graphql } from './routes/graphql.js';
import { issueRoutes } from './routes/issues.js';
import { labelRoutes } from './routes/labels.js';
import { pullRoutes } from './routes/pulls.js';
import { repositoryRoutes } from './routes/repository.js';
import { makeShapes } from './shapes.js';
import { FakeState } from './state.js';
import type { FakeGitHub, FakeGitHubOptions, LoggedRequest } from './types.js';

export type * from './types.js';

const ROUTES: Route[] = [
  ...repositoryRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...pullRoutes,
];

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const { owner, repo } = options;
  const state = new FakeState(options);
  const faults = new Faults();
  const requests: LoggedRequest[] = [];

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const prefix = options.enterprise ? '/api/v3' : '';
  const base = `${origin}${prefix}`;
  const graphqlPath = options.enterprise ? '/api/graphql' : '/graphql';
  const repoUrl = `${base}/repos/${owner}/${repo}`;
  const shapes = makeShapes(state, base);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const entry: LoggedRequest = { method, path: url.pathname, query: url.search, status: 0, login: null };
    requests.push(entry);
    let result: Result;
    const fault = faults.take(method, url.pathname);
    try {
      const raw = await readBody(req);
      const token = options.tokens[(req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '')];
      if (!token)
        throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      entry.login = token.login;
      if (fault && !fault.afterEffect) throw faultError(fault);
      let input: Record<string, unknown> = {};
      try {
        input = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        throw new HttpError(400, {
          message: 'Problems parsing JSON',
          documentation_url: DOCS,
          status: '400',
        });
      }
      if (raw) entry.input = input;
      result = route({ method, url, input, token, state, shapes, base, repoUrl });
      if (fault) throw faultError(fault);
    } catch (error) {
      result =
        error instanceof HttpError
          ? { status: error.status, body: error.body, headers: error.headers }
          : { status: 500, body: { message: String(error) } };
    }
    if (fault?.kind === 'drop') {
      // The request reached GitHub (and, after effect, did its work); the answer never arrives.
      req.socket.destroy();
      return;
    }
    entry.status = result.status;
    const body = result.body;
    const text = result.status === 204 ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(result.status, {
      'content-type': typeof body === 'string' ? 'text/html' : 'application/json; charset=utf-8',
      'x-github-request-id': `FAKE:${requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...result.headers,
    });
    res.end(text);
  }

  function route(context: RouteContext): Result {
    const { method, url } = context;
    if (url.pathname === graphqlPath && method === 'POST') return graphql(context.input, context.token);
    if (!url.pathname.startsWith(`${prefix}/`)) throw notFound();
    const path = url.pathname
      .slice(prefix.length)
      .replace(`/repositories/${REPO_ID}`, `/repos/${owner}/${repo}`);
    const repoPath = `/repos/${owner}/${repo}`;
    if (path !== repoPath && !path.startsWith(`${repoPath}/`)) throw notFound();
    const rest = path.slice(repoPath.length);
    for (const candidate of ROUTES) {
      const match = candidate.method === method ? candidate.path.exec(rest) : null;
      if (match) return candidate.handle(context, match);
    }
    throw notFound();
  }

  // --- the test's side -------------------------------------------------------------------------

  return {
    url: base,
    graphqlUrl: `${origin}${graphqlPath}`,
    requests,
    addPullRequest({ number, title = 'Add a campaign', login = 'octocat', files, changedFiles }) {
      if (number !== undefined) state.nextNumber = Math.max(state.nextNumber, number);
      const issue = state.addIssue({
        title,
        user: state.user(login),
        pull_request: true,
        ...(number ? { number } : {}),
      });
      state.nextNumber = Math.max(state.nextNumber, issue.number + 1);
      state.pulls.set(issue.number, {
        files,
        changedFiles: changedFiles ?? files.length,
        baseRef: 'main',
        headRef: 'changes',
      });
      return issue.number;
    },
    setPullFiles(pull, files) {
      const stored = state.pulls.get(pull);
      if (!stored) throw new Error(`no pull request #${pull}`);
      Object.assign(stored, { files, changedFiles: files.length });
    },
    addIssue: ({ login, closedBy, ...fields }) =>
      state.addIssue({
        ...fields,
        user: state.user(login),
        closed_by: closedBy ? state.user(closedBy) : null,
      }),
    addComment: (issue, { login, body }) => state.addComment(issue, login, body),
    addLabel(name, description) {
      state.ensureLabel(name, description ?? null);
    },
    issues: () => [...state.issues.values()].filter((issue) => !issue.pull_request),
    comments: (issue) => [...state.commentsOf(issue)],
    labels: () => [...state.labels.values()],
    closeIssueAs(login, number, stateReason) {
      const issue = state.issues.get(number);
      if (!issue) throw new Error(`no issue #${number}`);
      Object.assign(issue, {
        state: 'closed',
        state_reason: stateReason,
        closed_by: state.user(login),
        closed_at: state.now(),
      });
    },
    reopenIssueAs(number) {
      const issue = state.issues.get(number);
      if (!issue) throw new Error(`no issue #${number}`);
      Object.assign(issue, { state: 'open', state_reason: 'reopened', closed_by: null, closed_at: null });
    },
    inject: (fault) => faults.add(fault),
    writes: () => requests.filter((r) => r.method !== 'GET' && r.path !== graphqlPath),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
