// The Octokit port against the fake GitHub: pagination, identities, refusals turned into
// sentences, and the retries that keep a run alive through 502s and rate limits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokitPort } from '../../src/github/octokit-port.js';
import {
  AssigneeRefusedError,
  PermissionError,
  RateLimitError,
  UnsureWriteError,
  type GitHubPort,
} from '../../src/github/port.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub({
    owner: 'acme',
    repo: 'careers',
    tokens: {
      workflow: { login: 'github-actions[bot]', write: true, viewer: false },
      pat: { login: 'lessons-bot', write: true, viewer: true },
      fork: { login: 'github-actions[bot]', write: false, viewer: false },
    },
    assignable: ['jdevries'],
  });
});

afterEach(async () => {
  await github.close();
});

function port(token = 'workflow', messages: string[] = []): GitHubPort {
  return createOctokitPort({
    token,
    owner: 'acme',
    repo: 'careers',
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    log: { info: (m) => messages.push(m), debug: () => {} },
    // The plugins' own logic, with waits of milliseconds instead of seconds. The throttle's spacing
    // of writes (one to three seconds, shared by every client of the process) is the end-to-end
    // tests' to keep: here it would only make the tests slow.
    retry: { retryAfterBaseValue: 5 },
    throttle: { enabled: false },
  });
}

describe('identity', () => {
  it('asks GraphQL who a personal token is', async () => {
    expect(await port('pat').viewerLogin()).toBe('lessons-bot');
  });

  it('says it does not know for the workflow token, which GraphQL refuses', async () => {
    expect(await port('workflow').viewerLogin()).toBeNull();
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
  });

  it('does not ask for an installation token (ghs_), which GraphQL always refuses', async () => {
    expect(await port('ghs_installation').viewerLogin()).toBeNull();
    expect(github.requests).toEqual([]);
  });
});

describe('GitHub Enterprise Server', () => {
  it('uses the runner’s API and GraphQL addresses under /api', async () => {
    const ghes = await startFakeGitHub({
      owner: 'acme',
      repo: 'careers',
      tokens: { pat: { login: 'lessons-bot', write: true, viewer: true } },
      assignable: [],
      enterprise: true,
    });
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/);
      const enterprise = createOctokitPort({
        token: 'pat',
        owner: 'acme',
        repo: 'careers',
        apiUrl: ghes.url,
        graphqlUrl: ghes.graphqlUrl,
        log: { info: () => {}, debug: () => {} },
      });
      expect(await enterprise.viewerLogin()).toBe('lessons-bot');
      const pull = ghes.addPullRequest({
        files: Array.from({ length: 120 }, (_, i) => ({
          filename: `lessons/c-${i}.yaml`,
          status: 'added' as const,
        })),
      });
      expect(await enterprise.listPullFiles(pull)).toHaveLength(120);
      expect(ghes.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'POST /api/graphql 200',
        `GET /api/v3/repos/acme/careers/pulls/${pull}/files 200`,
        `GET /api/v3/repositories/4242/pulls/${pull}/files 200`,
      ]);
    } finally {
      await ghes.close();
    }
  });
});

describe('reads', () => {
  it('follows Link headers through every page of pull request files', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `lessons/c-${i}.yaml`,
      status: 'added' as const,
    }));
    const pull = github.addPullRequest({
      files: [...files, { filename: 'lessons/gone.yaml', status: 'removed' }],
    });
    const listed = await port().listPullFiles(pull);
    expect(listed).toHaveLength(251);
    expect(listed.at(-1)).toEqual({ filename: 'lessons/gone.yaml', status: 'removed' });
    expect(github.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(3);
  });

  it('lists open and closed issues by label, without pull requests, and reads closed_by only one by one', async () => {
    const open = github.addIssue({ login: 'github-actions[bot]', title: 'A', labels: ['lessons'] });
    const closed = github.addIssue({ login: 'github-actions[bot]', title: 'B', labels: ['lessons'] });
    github.addIssue({ login: 'someone', title: 'C', labels: ['other'] });
    github.closeIssueAs('jdevries', closed.number, 'not_planned');
    const issues = await port().listIssuesByLabel('lessons');
    expect(issues.map((i) => [i.number, i.state, i.stateReason, i.closedBy])).toEqual([
      [open.number, 'open', null, undefined],
      [closed.number, 'closed', 'not_planned', undefined],
    ]);
    expect((await port().getIssue(closed.number)).closedBy).toBe('jdevries');
  });

  it('lists only the labelled issues opened since a number, newest first until there', async () => {
    for (let i = 0; i < 150; i++) github.addIssue({ login: 'kjanssen', title: `I${i}`, labels: ['lessons'] });
    const newer = await port().listIssuesByLabel('lessons', { newerThan: 140 });
    expect(newer.map((issue) => issue.number)).toEqual([141, 142, 143, 144, 145, 146, 147, 148, 149, 150]);
    expect(github.requests.filter((r) => r.path.endsWith('/issues'))).toHaveLength(1);
  });

  it('reads the default branch, and a label that may be missing', async () => {
    expect(await port().defaultBranch()).toBe('main');
    expect(await port().getLabel('lessons')).toBeNull();
    github.addLabel('lessons', 'held');
    expect(await port().getLabel('lessons')).toEqual({ name: 'lessons', description: 'held' });
    await port().deleteLabel('lessons');
    await port().deleteLabel('lessons');
    expect(github.labels()).toEqual([]);
  });

  it('pages through more than 100 comments', async () => {
    const pull = github.addPullRequest({ files: [] });
    for (let i = 0; i < 130; i++) github.addComment(pull, { login: 'octocat', body: `comment ${i}` });
    const comments = await port().listIssueComments(pull);
    expect(comments).toHaveLength(130);
    expect(comments[129]).toMatchObject({ body: 'comment 129', author: 'octocat' });
  });
});

describe('writes', () => {
  it('reports an assignee GitHub refuses, so the caller can mention them instead', async () => {
    const refused = port().createIssue({ title: 'T', body: 'B', labels: ['l'], assignees: ['ghost'] });
    await expect(refused).rejects.toBeInstanceOf(AssigneeRefusedError);
    await expect(refused).rejects.toThrow('@ghost');
    expect(github.issues()).toHaveLength(0);
  });

  it('creates a label once and knows when it already exists', async () => {
    const label = { name: 'lessons: missing conclusions', color: 'd4c5f9', description: 'x' };
    expect(await port().createLabel(label)).toBe('created');
    expect(await port().createLabel(label)).toBe('exists');
    expect(github.labels().map((l) => [l.name, l.color])).toEqual([
      ['lessons: missing conclusions', 'd4c5f9'],
    ]);
  });

  it('turns a read-only token’s 403 into a sentence naming the missing permission', async () => {
    const pull = github.addPullRequest({ files: [] });
    const comment = port('fork').createPullComment(pull, 'hello');
    await expect(comment).rejects.toBeInstanceOf(PermissionError);
    await expect(comment).rejects.toThrow('`pull-requests: write`');
    await expect(
      port('fork').createIssue({ title: 'T', body: 'B', labels: [], assignees: [] }),
    ).rejects.toThrow('`issues: write`');
    const issue = github.addIssue({ login: 'github-actions[bot]', title: 'T' });
    const onIssue = port('fork').createIssueComment(issue.number, 'closing');
    await expect(onIssue).rejects.toMatchObject({ permission: 'issues: write' });
    await expect(onIssue).rejects.toThrow(`The token may not comment on issue #${issue.number}`);
  });

  it('closes as a duplicate, and as not planned where GitHub does not know that reason', async () => {
    const issue = await port().createIssue({ title: 'T', body: 'B', labels: [], assignees: [] });
    const closed = await port().closeIssue(issue.number, 'duplicate', { body: 'B, closed' });
    expect([closed.stateReason, closed.body]).toEqual(['duplicate', 'B, closed']);
    const older = await startFakeGitHub({
      owner: 'acme',
      repo: 'careers',
      tokens: { workflow: { login: 'github-actions[bot]', write: true, viewer: false } },
      assignable: [],
      enterprise: true,
      stateReasons: ['completed', 'not_planned', 'reopened'],
    });
    try {
      const enterprise = createOctokitPort({
        token: 'workflow',
        owner: 'acme',
        repo: 'careers',
        apiUrl: older.url,
        graphqlUrl: older.graphqlUrl,
        log: { info: () => {}, debug: () => {} },
      });
      const other = await enterprise.createIssue({ title: 'T', body: 'B', labels: [], assignees: [] });
      const fallback = await enterprise.closeIssue(other.number, 'duplicate', { body: 'B, closed' });
      expect([fallback.state, fallback.stateReason, fallback.body]).toEqual([
        'closed',
        'not_planned',
        'B, closed',
      ]);
      expect(older.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
        'POST 201',
        'PATCH 422',
        'PATCH 200',
      ]);
    } finally {
      await older.close();
    }
  });

  it('closes with a state reason, records who closed it, and reopens', async () => {
    const issue = await port().createIssue({ title: 'T', body: 'B', labels: ['l'], assignees: ['jdevries'] });
    const closed = await port().closeIssue(issue.number, 'not_planned');
    expect([closed.state, closed.stateReason, closed.closedBy]).toEqual([
      'closed',
      'not_planned',
      'github-actions[bot]',
    ]);
    const reopened = await port().reopenIssue(issue.number, { body: 'B2' });
    expect([reopened.state, reopened.stateReason, reopened.assignees, reopened.body]).toEqual([
      'open',
      'reopened',
      ['jdevries'],
      'B2',
    ]);
    const updated = await port().updateIssue(issue.number, { title: 'T2' });
    expect([updated.state, updated.title]).toEqual(['open', 'T2']);
  });

  it('adds assignees, and reports one GitHub refuses', async () => {
    const issue = await port().createIssue({ title: 'T', body: 'B', labels: [], assignees: [] });
    await port().addAssignees(issue.number, ['jdevries']);
    expect(github.issues()[0]!.assignees).toEqual(['jdevries']);
    await expect(port().addAssignees(issue.number, ['ghost'])).rejects.toBeInstanceOf(AssigneeRefusedError);
  });
});

describe('faults', () => {
  it('retries a 502 on a read', async () => {
    github.inject({ kind: 'bad-gateway', method: 'GET', path: /\/issues$/, times: 2 });
    expect(await port().listIssuesByLabel('lessons')).toEqual([]);
    expect(github.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('waits out a secondary rate limit (403 with retry-after) on a write', async () => {
    const messages: string[] = [];
    github.inject({ kind: 'secondary-rate-limit', method: 'POST', path: /\/issues$/, retryAfter: 1 });
    await port('workflow', messages).createIssue({ title: 'T', body: 'B', labels: [], assignees: [] });
    expect(github.issues()).toHaveLength(1);
    expect(github.requests.map((r) => r.status)).toEqual([403, 201]);
    expect(messages.join('\n')).toMatch(
      /secondary rate limit was hit while trying to open an issue; trying again in 1 s/,
    );
  });

  it('waits out a 429 and a primary rate limit', async () => {
    github.inject({ kind: 'too-many-requests', method: 'GET', path: /\/comments$/ });
    github.inject({ kind: 'rate-limit', method: 'GET', path: /\/comments$/, retryAfter: 0 });
    const pull = github.addPullRequest({ files: [] });
    expect(await port().listIssueComments(pull)).toEqual([]);
    expect(github.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it.each(['bad-gateway', 'drop'] as const)(
    'never repeats a create whose answer was lost (%s after the write): it says it may have been made',
    async (kind) => {
      github.inject({ kind, method: 'POST', path: /\/issues$/, afterEffect: true });
      const create = port().createIssue({ title: 'T', body: 'B', labels: [], assignees: [] });
      await expect(create).rejects.toBeInstanceOf(UnsureWriteError);
      expect(github.issues()).toHaveLength(1);
      const pull = github.addPullRequest({ files: [] });
      github.inject({ kind, method: 'POST', path: /\/comments$/, afterEffect: true });
      await expect(port().createPullComment(pull, 'hi')).rejects.toBeInstanceOf(UnsureWriteError);
      expect(github.comments(pull)).toHaveLength(1);
    },
  );

  it('repeats a safe write (an update) after a dropped connection', async () => {
    const issue = github.addIssue({ login: 'github-actions[bot]', title: 'T' });
    github.inject({ kind: 'drop', method: 'PATCH', path: /\/issues\/\d+$/, afterEffect: true });
    expect((await port().updateIssue(issue.number, { title: 'T2' })).title).toBe('T2');
    expect(github.requests.map((r) => r.status)).toEqual([0, 200]);
  });

  it('waits out GitHub Enterprise Server’s "abuse detection" 403, and never calls it a missing permission', async () => {
    const messages: string[] = [];
    github.inject({ kind: 'abuse-detection', method: 'POST', path: /\/issues$/, retryAfter: 2 });
    await port('workflow', messages).createIssue({ title: 'T', body: 'B', labels: [], assignees: [] });
    expect(github.requests.map((r) => r.status)).toEqual([403, 201]);
    expect(messages.join('\n')).toMatch(/secondary rate limit was hit .*trying again in 2 s/);
  });

  it('stops at a primary rate limit that resets far away instead of sleeping, and says until when', async () => {
    github.inject({ kind: 'rate-limit', status: 403, method: 'POST', path: /\/issues$/, retryAfter: 3600 });
    const create = port().createIssue({ title: 'T', body: 'B', labels: [], assignees: [] });
    await expect(create).rejects.toBeInstanceOf(RateLimitError);
    await expect(create).rejects.toThrow(
      /rate limit for this token is used up until \d\d:\d\d UTC \(60 min from now\)/,
    );
    expect(github.requests.map((r) => r.status)).toEqual([403]);
  });

  it('waits for a primary rate limit that resets within the bound', async () => {
    github.inject({ kind: 'rate-limit', status: 403, method: 'GET', path: /\/issues$/, retryAfter: 1 });
    expect(await port().listIssuesByLabel('lessons')).toEqual([]);
    expect(github.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('gives a 403 that is neither a rate limit nor a permission GitHub’s own words', async () => {
    github.inject({ kind: 'forbidden', method: 'POST', path: /\/issues$/ });
    const create = port().createIssue({ title: 'T', body: 'B', labels: [], assignees: [] });
    await expect(create).rejects.not.toBeInstanceOf(PermissionError);
    await expect(create).rejects.toThrow(
      'GitHub refused to open an issue (HTTP 403): Repository was archived so is read-only.',
    );
  });

  it('gives up after a few attempts and says what it was doing', async () => {
    github.inject({ kind: 'bad-gateway', method: 'GET', path: /\/files$/, times: 10 });
    const pull = github.addPullRequest({ files: [] });
    await expect(port().listPullFiles(pull)).rejects.toThrow(
      /Could not list the files of the pull request \(HTTP 502\)/,
    );
    expect(github.requests.filter((r) => r.status === 502)).toHaveLength(4);
  });
});
