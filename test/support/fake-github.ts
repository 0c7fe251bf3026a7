// A local HTTP server that behaves like the part of GitHub's REST API the Action uses, and keeps
// state: issues (and pull requests as issues), comments, labels, pull request files. It answers
// with GitHub's response shapes and status codes, paginates with `Link` headers, refuses writes to
// a read-only token, refuses unknown assignees, and can be told to fail (502, 429, secondary rate
// limits) so tests see what a person on github.com would see. It listens on 127.0.0.1 only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenSpec {
  login: string;
  /** False for the read-only token a pull request from a fork gets. */
  write: boolean;
  /** False for the workflow token: GraphQL `viewer` is refused to it, as on GitHub. */
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
}

export type FaultKind = 'bad-gateway' | 'secondary-rate-limit' | 'too-many-requests' | 'rate-limit';

export interface Fault {
  kind: FaultKind;
  method?: string;
  /** Matches the request path (without query). */
  path: RegExp;
  /** How many matching requests fail; 1 by default. */
  times?: number;
  /** Seconds in `retry-after` (secondary limits, 429). */
  retryAfter?: number;
  /** Do the write, then answer with the failure: the client cannot know it succeeded. */
  afterEffect?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  login: string | null;
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

export interface FakeGitHub {
  /** REST base URL, for GITHUB_API_URL. */
  url: string;
  /** GraphQL endpoint, for GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
  requests: LoggedRequest[];
  addPullRequest(pull: { number?: number; title?: string; login?: string; files: PullFileSpec[] }): number;
  setPullFiles(pull: number, files: PullFileSpec[]): void;
  addIssue(
    issue: Partial<Omit<StoredIssue, 'user' | 'closed_by'>> & { login: string; closedBy?: string },
  ): StoredIssue;
  addComment(issue: number, comment: { login: string; body: string }): StoredComment;
  addLabel(name: string): void;
  issues(): StoredIssue[];
  comments(issue: number): StoredComment[];
  labels(): StoredLabel[];
  /** Acts as a person on github.com: closes an issue in their name. */
  closeIssueAs(login: string, number: number, stateReason: 'completed' | 'not_planned'): void;
  inject(fault: Fault): void;
  /** Requests that changed something (or tried to): everything but GET and the GraphQL read. */
  writes(): LoggedRequest[];
  close(): Promise<void>;
}

const REPO_ID = 4242;
const DOCS = 'https://docs.github.com/rest';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const { owner, repo } = options;
  const users = new Map<string, StoredUser>();
  const issues = new Map<number, StoredIssue>();
  const comments: StoredComment[] = [];
  const labels = new Map<string, StoredLabel>();
  const pullFiles = new Map<number, PullFileSpec[]>();
  const faults: (Fault & { left: number })[] = [];
  const requests: LoggedRequest[] = [];
  let nextNumber = 1;
  let nextId = 1000;
  // A clock that moves one second per change, so created_at orders like on GitHub and tests stay reproducible.
  let clock = Date.parse('2024-01-01T00:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');

  const user = (login: string): StoredUser => {
    let known = users.get(login);
    if (!known) {
      known = { login, id: nextId++, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      users.set(login, known);
    }
    return known;
  };

  const ensureLabel = (name: string) => {
    if (!labels.has(name.toLowerCase())) {
      labels.set(name.toLowerCase(), { id: nextId++, name, color: 'ededed', description: null });
    }
    return labels.get(name.toLowerCase())!;
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const prefix = options.enterprise ? '/api/v3' : '';
  const base = `${origin}${prefix}`;
  const graphqlPath = options.enterprise ? '/api/graphql' : '/graphql';

  // --- response shapes -------------------------------------------------------------------------

  const userJson = (u: StoredUser) => ({
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

  const labelJson = (l: StoredLabel) => ({
    id: l.id,
    node_id: `LA_${l.id}`,
    url: `${base}/repos/${owner}/${repo}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description,
  });

  const issueJson = (issue: StoredIssue, withClosedBy: boolean) => ({
    url: `${base}/repos/${owner}/${repo}/issues/${issue.number}`,
    repository_url: `${base}/repos/${owner}/${repo}`,
    comments_url: `${base}/repos/${owner}/${repo}/issues/${issue.number}/comments`,
    html_url: `https://github.com/${owner}/${repo}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`,
    id: issue.id,
    node_id: `I_${issue.id}`,
    number: issue.number,
    title: issue.title,
    user: userJson(issue.user),
    labels: issue.labels.map((name) => labelJson(ensureLabel(name))),
    state: issue.state,
    locked: false,
    assignee: issue.assignees[0] ? userJson(user(issue.assignees[0])) : null,
    assignees: issue.assignees.map((login) => userJson(user(login))),
    milestone: null,
    comments: comments.filter((c) => c.issue === issue.number).length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: 'NONE',
    state_reason: issue.state_reason,
    body: issue.body,
    // GitHub sends closed_by only when one issue is read, never in a listing.
    ...(withClosedBy ? { closed_by: issue.closed_by ? userJson(issue.closed_by) : null } : {}),
    ...(issue.pull_request
      ? {
          pull_request: {
            url: `${base}/repos/${owner}/${repo}/pulls/${issue.number}`,
            html_url: `https://github.com/${owner}/${repo}/pull/${issue.number}`,
          },
        }
      : {}),
  });

  const commentJson = (c: StoredComment) => ({
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/issues/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${c.issue}`,
    id: c.id,
    node_id: `IC_${c.id}`,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'NONE',
    body: c.body,
  });

  const fileJson = (f: PullFileSpec, index: number) => {
    const sha = (index + 1).toString(16).padStart(40, '0');
    return {
      sha,
      filename: f.filename,
      status: f.status,
      additions: f.status === 'removed' ? 0 : 10,
      deletions: f.status === 'added' ? 0 : 2,
      changes: f.status === 'added' ? 10 : 12,
      blob_url: `https://github.com/${owner}/${repo}/blob/${sha}/${f.filename}`,
      raw_url: `https://github.com/${owner}/${repo}/raw/${sha}/${f.filename}`,
      contents_url: `${base}/repos/${owner}/${repo}/contents/${f.filename}?ref=${sha}`,
      patch: '@@ -1,2 +1,10 @@',
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    };
  };

  // --- request handling ------------------------------------------------------------------------

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const entry: LoggedRequest = { method, path: url.pathname, query: url.search, status: 0, login: null };
    requests.push(entry);
    let status = 200;
    let body: unknown = null;
    let headers: Record<string, string> = {};
    try {
      const raw = await readBody(req);
      const token = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
      const spec = options.tokens[token];
      if (!spec)
        throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      entry.login = spec.login;
      const fault = takeFault(method, url.pathname);
      if (fault && !fault.afterEffect) throw faultError(fault);
      const result = route(method, url, raw ? JSON.parse(raw) : {}, spec);
      status = result.status;
      body = result.body;
      headers = result.headers ?? {};
      if (fault) throw faultError(fault);
    } catch (error) {
      if (!(error instanceof HttpError)) {
        status = 500;
        body = { message: String(error) };
      } else {
        status = error.status;
        body = error.body;
        headers = error.headers;
      }
    }
    entry.status = status;
    const text = status === 204 ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/html' : 'application/json; charset=utf-8',
      'x-github-request-id': `FAKE:${requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    res.end(text);
  }

  function takeFault(method: string, path: string) {
    const fault = faults.find((f) => f.left > 0 && (!f.method || f.method === method) && f.path.test(path));
    if (fault) fault.left--;
    return fault;
  }

  function faultError(fault: Fault): HttpError {
    const retryAfter = String(fault.retryAfter ?? 1);
    switch (fault.kind) {
      case 'bad-gateway':
        return new HttpError(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
      case 'secondary-rate-limit':
        return new HttpError(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
              'If you reach out to GitHub Support for help, please include the request ID FAKE.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
            status: '403',
          },
          { 'retry-after': retryAfter },
        );
      case 'too-many-requests':
        return new HttpError(
          429,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
            status: '429',
          },
          { 'retry-after': retryAfter },
        );
      case 'rate-limit':
        return new HttpError(
          429,
          {
            message: 'API rate limit exceeded for installation.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
            status: '429',
          },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + Number(retryAfter)),
          },
        );
    }
  }

  type Result = { status: number; body: unknown; headers?: Record<string, string> };

  function route(method: string, url: URL, input: Record<string, unknown>, spec: TokenSpec): Result {
    if (url.pathname === graphqlPath && method === 'POST') return graphql(input, spec);
    if (!url.pathname.startsWith(`${prefix}/`)) throw notFound();
    const path = url.pathname
      .slice(prefix.length)
      .replace(`/repositories/${REPO_ID}/`, `/repos/${owner}/${repo}/`);
    const repoPath = `/repos/${owner}/${repo}`;
    if (!path.startsWith(`${repoPath}/`)) throw notFound();
    const rest = path.slice(repoPath.length);
    const write = method !== 'GET' && method !== 'HEAD';
    if (write && !spec.write) {
      throw new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${DOCS}/issues`,
        status: '403',
      });
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const pull = Number(m[1]);
      const files = pullFiles.get(pull);
      if (!files) throw notFound();
      // GitHub lists at most 3000 files of a pull request.
      return page(url, files.map(fileJson), 3000);
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const number = Number(m[1]);
      const issue = issues.get(number);
      if (!issue) throw notFound();
      if (method === 'GET') return page(url, comments.filter((c) => c.issue === number).map(commentJson));
      if (method === 'POST') {
        const text = requireString(input, 'body');
        const at = now();
        const c: StoredComment = {
          id: nextId++,
          issue: number,
          body: text,
          user: user(spec.login),
          created_at: at,
          updated_at: at,
        };
        comments.push(c);
        return { status: 201, body: commentJson(c) };
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const c = comments.find((x) => x.id === Number(m![1]));
      if (!c) throw notFound();
      if (method === 'GET') return { status: 200, body: commentJson(c) };
      if (method === 'PATCH') {
        c.body = requireString(input, 'body');
        c.updated_at = now();
        return { status: 200, body: commentJson(c) };
      }
      if (method === 'DELETE') {
        comments.splice(comments.indexOf(c), 1);
        return { status: 204, body: null };
      }
    }
    if (rest === '/issues' && method === 'GET') return listIssues(url);
    if (rest === '/issues' && method === 'POST') return createIssue(input, spec);
    if ((m = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = issues.get(Number(m[1]));
      if (!issue) throw notFound();
      if (method === 'GET') return { status: 200, body: issueJson(issue, true) };
      if (method === 'PATCH') return updateIssue(issue, input, spec);
    }
    if ((m = /^\/issues\/(\d+)\/assignees$/.exec(rest)) && method === 'POST') {
      const issue = issues.get(Number(m[1]));
      if (!issue) throw notFound();
      const logins = (input.assignees as string[] | undefined) ?? [];
      refuseUnassignable(logins);
      for (const login of logins) if (!issue.assignees.includes(login)) issue.assignees.push(login);
      issue.updated_at = now();
      return { status: 201, body: issueJson(issue, false) };
    }
    if (rest === '/labels' && method === 'POST') {
      const name = requireString(input, 'name');
      if (labels.has(name.toLowerCase())) {
        throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      }
      const label: StoredLabel = {
        id: nextId++,
        name,
        color: typeof input.color === 'string' ? input.color : 'ededed',
        description: typeof input.description === 'string' ? input.description : null,
      };
      labels.set(name.toLowerCase(), label);
      return { status: 201, body: labelJson(label) };
    }
    if (rest === '/labels' && method === 'GET') return page(url, [...labels.values()].map(labelJson));
    throw notFound();
  }

  function graphql(input: Record<string, unknown>, spec: TokenSpec): Result {
    const query = typeof input.query === 'string' ? input.query : '';
    if (!/\bviewer\s*\{\s*login\s*\}/.test(query)) {
      return {
        status: 200,
        body: { errors: [{ message: `The fake GitHub knows only viewer { login }: ${query}` }] },
      };
    }
    if (!spec.viewer) {
      return {
        status: 200,
        body: {
          data: null,
          errors: [
            {
              type: 'FORBIDDEN',
              path: ['viewer'],
              locations: [{ line: 1, column: 9 }],
              message: 'Resource not accessible by integration',
            },
          ],
        },
      };
    }
    return { status: 200, body: { data: { viewer: { login: spec.login } } } };
  }

  function listIssues(url: URL): Result {
    const state = url.searchParams.get('state') ?? 'open';
    const wanted = (url.searchParams.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const direction = url.searchParams.get('direction') ?? 'desc';
    let list = [...issues.values()].filter(
      (issue) =>
        (state === 'all' || issue.state === state) &&
        wanted.every((name) => issue.labels.some((l) => l.toLowerCase() === name)),
    );
    list = list.sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    return page(
      url,
      list.map((issue) => issueJson(issue, false)),
    );
  }

  function createIssue(input: Record<string, unknown>, spec: TokenSpec): Result {
    const title = requireString(input, 'title');
    const assignees = (input.assignees as string[] | undefined) ?? [];
    refuseUnassignable(assignees);
    const names = ((input.labels as string[] | undefined) ?? []).map((name) => ensureLabel(name).name);
    const at = now();
    const issue: StoredIssue = {
      id: nextId++,
      number: nextNumber++,
      title,
      body: typeof input.body === 'string' ? input.body : null,
      state: 'open',
      state_reason: null,
      user: user(spec.login),
      labels: names,
      assignees: [...assignees],
      closed_by: null,
      created_at: at,
      updated_at: at,
      closed_at: null,
      pull_request: false,
    };
    issues.set(issue.number, issue);
    return { status: 201, body: issueJson(issue, true) };
  }

  function updateIssue(issue: StoredIssue, input: Record<string, unknown>, spec: TokenSpec): Result {
    if (typeof input.title === 'string') issue.title = input.title;
    if (typeof input.body === 'string') issue.body = input.body;
    const reason = input.state_reason as string | undefined;
    const known = options.stateReasons ?? ['completed', 'not_planned', 'reopened', 'duplicate'];
    if (reason !== undefined && reason !== null && !known.includes(reason)) {
      throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state_reason' }]);
    }
    if (input.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closed_at = now();
      issue.closed_by = user(spec.login);
      issue.state_reason = reason ?? 'completed';
    } else if (input.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closed_at = null;
      issue.closed_by = null;
      issue.state_reason = 'reopened';
    } else if (reason) {
      issue.state_reason = reason;
    }
    issue.updated_at = now();
    return { status: 200, body: issueJson(issue, true) };
  }

  function refuseUnassignable(logins: string[]) {
    const refused = logins.filter((login) => !options.assignable.includes(login));
    if (refused.length > 0) {
      throw validationFailed(
        refused.map((value) => ({ value, resource: 'Issue', field: 'assignees', code: 'invalid' })),
      );
    }
  }

  // GitHub's pagination: per_page (30 by default, at most 100), page from 1, and a Link header with
  // next/last (and prev/first) built on the URL that was asked for.
  function page(url: URL, items: unknown[], cap = Infinity): Result {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const number = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const all = items.slice(0, cap);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const target = new URL(url.href);
      target.searchParams.set('page', String(p));
      // GitHub writes next links on /repositories/<id>/…: clients must follow them as given.
      target.pathname = target.pathname.replace(`/repos/${owner}/${repo}/`, `/repositories/${REPO_ID}/`);
      return `<${target.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (number > 1) links.push(link(number - 1, 'prev'), link(1, 'first'));
    if (number < last) links.push(link(number + 1, 'next'), link(last, 'last'));
    return {
      status: 200,
      body: all.slice((number - 1) * perPage, number * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  function notFound() {
    return new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  }

  function validationFailed(errors: Record<string, unknown>[]) {
    return new HttpError(422, {
      message: 'Validation Failed',
      errors,
      documentation_url: DOCS,
      status: '422',
    });
  }

  function requireString(input: Record<string, unknown>, key: string): string {
    const value = input[key];
    if (typeof value !== 'string')
      throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: key }]);
    return value;
  }

  // --- the test's side -------------------------------------------------------------------------

  return {
    url: base,
    graphqlUrl: `${origin}${graphqlPath}`,
    requests,
    addPullRequest({ number, title = 'Add a campaign', login = 'octocat', files }) {
      const n = number ?? nextNumber;
      nextNumber = Math.max(nextNumber, n + 1);
      const at = now();
      issues.set(n, {
        id: nextId++,
        number: n,
        title,
        body: null,
        state: 'open',
        state_reason: null,
        user: user(login),
        labels: [],
        assignees: [],
        closed_by: null,
        created_at: at,
        updated_at: at,
        closed_at: null,
        pull_request: true,
      });
      pullFiles.set(n, files);
      return n;
    },
    setPullFiles(pull, files) {
      pullFiles.set(pull, files);
    },
    addIssue({ login, closedBy, ...fields }) {
      const at = now();
      const issue: StoredIssue = {
        id: nextId++,
        number: nextNumber++,
        title: 'An issue',
        body: null,
        state: 'open',
        state_reason: null,
        labels: [],
        assignees: [],
        created_at: at,
        updated_at: at,
        closed_at: null,
        pull_request: false,
        ...fields,
        user: user(login),
        closed_by: closedBy ? user(closedBy) : null,
      };
      for (const name of issue.labels) ensureLabel(name);
      issues.set(issue.number, issue);
      return issue;
    },
    addComment(issue, { login, body }) {
      const at = now();
      const c: StoredComment = {
        id: nextId++,
        issue,
        body,
        user: user(login),
        created_at: at,
        updated_at: at,
      };
      comments.push(c);
      return c;
    },
    addLabel(name) {
      ensureLabel(name);
    },
    issues: () => [...issues.values()].filter((issue) => !issue.pull_request),
    comments: (issue) => comments.filter((c) => c.issue === issue),
    labels: () => [...labels.values()],
    closeIssueAs(login, number, stateReason) {
      const issue = issues.get(number);
      if (!issue) throw new Error(`no issue #${number}`);
      issue.state = 'closed';
      issue.state_reason = stateReason;
      issue.closed_by = user(login);
      issue.closed_at = now();
    },
    inject(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
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
