// The bundled Action run as the runner runs it (`node dist/index.js`), against the fake GitHub,
// with real webhook payloads and GitHub's own retry and throttling timing. Asserts what a person
// sees on GitHub after one and two runs, and counts the API requests each run makes.
import path from 'node:path';
import { describe, expect } from 'vitest';
import { campaignMarker } from '../../src/core/render/audit-issue.js';
import { REVIEW_MARKER } from '../../src/core/render/review-comment.js';
import { isLockRequest, pullRequestPayload, pushPayload, SHA } from '../support/action-harness.js';
import { DISCORD, HOSTILE, it, LABEL } from '../support/e2e.js';

describe.concurrent('on the repository’s own lessons/', () => {
  it('makes the API requests DESIGN §7 budgets: a constant per review, one per page and per write in an audit', async ({
    e2e,
  }) => {
    const { github, workspace, review, audit, expectedAwaiting } = e2e;
    for (const file of [DISCORD, HOSTILE]) await workspace.remove(file);
    const pull = github.addPullRequest({
      files: [{ filename: 'lessons/2009-11-linkedin-group.yaml', status: 'modified' }],
    });
    const first = await review('review of lessons/ (first run)', pull);
    const second = await review('review of lessons/ (second run)', pull);
    // The files, the comments, the comment posted; then the files and the comments. The workflow
    // token (ghs_) is never asked who it is: GraphQL refuses it.
    expect(first.requests).toHaveLength(3);
    expect(second.requests).toHaveLength(2);

    const awaiting = await expectedAwaiting();
    const auditFirst = await audit('audit of lessons/ (first run)');
    const refused = auditFirst.annotations.filter((a) => a.message.includes('as assignee')).length;
    // One page of issues; the lock, and the page read again under it; the label; one create per
    // campaign, and a second create per refused assignee; the lock released.
    expect(auditFirst.requests).toHaveLength(5 + awaiting.length + refused);
    const auditSecond = await audit('audit of lessons/ (second run)');
    expect(auditSecond.requests).toHaveLength(1);
  });
});

describe.concurrent('review, as the runner runs it', () => {
  it('keeps exactly one comment over two runs, with outputs, summary and annotations', async ({ e2e }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    const first = await review('review, first run (comment posted)', pull);
    expect(first.exitCode).toBe(0);
    expect(github.comments(pull)).toHaveLength(1);
    const body = github.comments(pull)[0]!.body;
    expect(body.startsWith(REVIEW_MARKER)).toBe(true);
    expect(body).toContain('Trainee-community op Hyves');
    expect(Number(first.outputs.related)).toBeGreaterThan(0);
    expect(first.outputs.problems).toBe('0');
    expect(first.outputs['issues-opened']).toBe('0');
    expect(path.isAbsolute(first.outputs.report!)).toBe(true);
    expect(first.summary).toContain('Trainee community on Discord');
    expect(first.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'GET 200', 'POST 201']);

    const second = await review('review, second run (nothing changed)', pull);
    expect(second.exitCode).toBe(0);
    expect(github.comments(pull)).toHaveLength(1);
    expect(github.comments(pull)[0]!.body).toBe(body);
    expect(second.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
  });

  it('rewrites nothing after a push that changes no finding: no link carries the head commit', async ({
    e2e,
  }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    await review('review at a first head commit', pull, {
      payload: pullRequestPayload(pull, 'a'.repeat(40)),
    });
    const body = github.comments(pull)[0]!.body;
    expect(body).toContain(`(https://github.com/acme/careers/blob/changes/${DISCORD})`);
    expect(body).toContain(
      '(https://github.com/acme/careers/blob/main/lessons/2010-03-hyves-trainee-community.yaml)',
    );
    const pushed = await review('review after a push (same files, new head commit)', pull, {
      payload: pullRequestPayload(pull, 'b'.repeat(40)),
    });
    expect(pushed.exitCode).toBe(0);
    expect(pushed.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
    expect(github.comments(pull)).toEqual([expect.objectContaining({ body })]);
  });

  it('with a GitHub App’s token, which may not ask who it is, keeps its own one comment', async ({ e2e }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    github.addComment(pull, { login: 'other-app[bot]', body: 'Thanks for the pull request!' });
    await review('review with an App token, first run', pull, { token: 'app' });
    const again = await review('review with an App token, second run', pull, { token: 'app' });
    expect(again.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
    const ours = github.comments(pull).filter((c) => c.body.includes(REVIEW_MARKER));
    expect(ours.map((c) => c.user.login)).toEqual(['lessons-app[bot]']);
  });

  it('on a fork with a read-only token: annotations, summary, a warning naming pull-requests: write, exit per fail-on', async ({
    e2e,
  }) => {
    const { github, workspace, review } = e2e;
    await workspace.write(
      'lessons/2026-10-broken.yaml',
      'id: 2026-10-broken\ntitle: Broken\nstatus: sleeping\n',
    );
    const pull = github.addPullRequest({
      files: [
        { filename: DISCORD, status: 'added' },
        { filename: 'lessons/2026-10-broken.yaml', status: 'added' },
      ],
    });
    const result = await review('review on a fork (read-only token)', pull, { token: 'fork' });
    expect(result.exitCode).toBe(1);
    expect(github.comments(pull)).toEqual([]);
    const errors = result.annotations.filter(
      (a) => a.level === 'error' && a.properties.file === 'lessons/2026-10-broken.yaml',
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((a) => Number(a.properties.line) >= 1)).toBe(true);
    expect(
      result.annotations.some((a) => a.level === 'warning' && a.message.includes('`pull-requests: write`')),
    ).toBe(true);
    expect(result.summary).toContain('Trainee community on Discord');
    expect(result.summary).toContain('### Problems');

    const lenient = await review('review on a fork, fail-on never', pull, {
      token: 'fork',
      inputs: { 'fail-on': 'never' },
    });
    expect(lenient.exitCode).toBe(0);
  });

  it('edits its comment to one line when no campaign is touched any more, never a comment by someone else', async ({
    e2e,
  }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    const copied = github.addComment(pull, { login: 'mallory', body: `${REVIEW_MARKER}\nNot the bot.` });
    await review('review with a copied marker', pull);
    github.setPullFiles(pull, [{ filename: 'README.md', status: 'modified' }]);
    const result = await review('review after the campaign left the pull request', pull);
    expect(result.exitCode).toBe(0);
    const comments = github.comments(pull);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatchObject({ id: copied.id, body: `${REVIEW_MARKER}\nNot the bot.` });
    expect(comments[1]!.body).toContain('no longer adds or changes a campaign file');
  });

  it('escapes hostile text from a campaign file in the comment and the summary', async ({ e2e }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: HOSTILE, status: 'added' }] });
    const result = await review('review of hostile text', pull);
    const body = github.comments(pull)[0]!.body;
    for (const text of [body, result.summary]) {
      expect(text).not.toMatch(/@(?!\u200d)\w/);
      expect(text).not.toMatch(/(?<!\\)<(img|script|b>)/);
      expect(text).not.toMatch(/(?<!\\)\[click/);
      expect(text).toContain('\\<img src=x onerror=alert(1)\\>');
    }
  });

  it('makes no writes in a dry run', async ({ e2e }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    const result = await review('review, dry run', pull, { inputs: { 'dry-run': 'true' } });
    expect(result.exitCode).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(result.stdout).toContain('Dry run: would post the review');
  });
});

describe.concurrent('audit, as the runner runs it', () => {
  it('keeps exactly one issue per campaign awaiting conclusions over two runs', async ({ e2e }) => {
    const { github, audit, openIssues, issuesOf, expectedAwaiting } = e2e;
    const awaiting = await expectedAwaiting();
    expect(awaiting).toContain('2019-06-hostile-text');
    const first = await audit('audit, first run (label and issues created)');
    expect(first.exitCode).toBe(0);
    expect(first.outputs['issues-opened']).toBe(String(awaiting.length));
    expect(openIssues()).toHaveLength(awaiting.length);
    for (const id of awaiting) expect(issuesOf(id)).toHaveLength(1);
    expect(github.labels().map((label) => label.name)).toEqual([LABEL]);
    expect(first.summary).toContain('| Campaign | Owner | Why | Since | Issue |');

    const second = await audit('audit, second run (nothing changed)');
    expect(second.exitCode).toBe(0);
    expect(second.outputs['issues-opened']).toBe('0');
    expect(second.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/careers/issues']);
    expect(openIssues()).toHaveLength(awaiting.length);
  });

  it('escapes the hostile campaign’s text in its issue, mentioning only the owners', async ({ e2e }) => {
    const { audit, issuesOf } = e2e;
    await audit('audit with hostile text');
    const [issue] = issuesOf('2019-06-hostile-text');
    expect(issue!.assignees).toEqual(['jdevries']);
    expect(issue!.body!.match(/@(?!\u200d)[\w/-]+/g)).toEqual(['@jdevries', '@acme/recruitment']);
    const text = issue!.body!.replace(campaignMarker('2019-06-hostile-text'), '');
    expect(text).not.toMatch(/(?<!\\)<(img|script|b>|!--)/);
    expect(issue!.body).not.toMatch(/(?<!\\)!\[pixel/);
    expect(issue!.body).not.toMatch(/acme\/careers#1/);
  });

  it('closes on conclusions naming the commit, as not planned on deletion, and respects a person’s closing', async ({
    e2e,
  }) => {
    const { github, workspace, audit, issuesOf } = e2e;
    await audit('audit before the changes');
    const beurs = 'lessons/2015-03-hogeschool-bedrijvendag.yaml';
    const text = await workspace.read(beurs);
    await workspace.write(
      beurs,
      `${text.trimEnd()}\nconclusions:\n  - goal: stand-vs-pitch\n    finding: The pitch brought three times as many conversations.\n    level: execution\n    outcome: confirmed\n`,
    );
    await workspace.remove('lessons/2018-10-werkenbij-site.yaml');
    const [podcast] = issuesOf('2022-10-podcast-onder-de-waterlijn');
    github.closeIssueAs('nhoekstra', podcast!.number, 'not_planned');

    const result = await audit('audit after conclusions, a deletion and a person closing');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['issues-closed']).toBe('2');
    const [concluded] = issuesOf('2015-03-hogeschool-bedrijvendag');
    expect(concluded).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(github.comments(concluded!.number).at(-1)!.body).toContain(SHA);
    const [deleted] = issuesOf('2018-10-werkenbij-site');
    expect(deleted).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(issuesOf('2022-10-podcast-onder-de-waterlijn')).toEqual([
      expect.objectContaining({ number: podcast!.number, state: 'closed', state_reason: 'not_planned' }),
    ]);

    // Who closed each issue shows in the listing: the Action's closings carry a marker.
    expect(concluded!.body).toContain('<!-- campaign-lessons:closed-by-action -->');
    expect(issuesOf('2022-10-podcast-onder-de-waterlijn')[0]!.body).not.toContain('closed-by-action');
    const again = await audit('audit, run after the closings');
    expect(again.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/careers/issues']);

    await workspace.write(beurs, text);
    const reopened = await audit('audit reopening an issue it closed');
    expect(issuesOf('2015-03-hogeschool-bedrijvendag')).toEqual([
      expect.objectContaining({ number: concluded!.number, state: 'open', state_reason: 'reopened' }),
    ]);
    expect(issuesOf('2015-03-hogeschool-bedrijvendag')[0]!.body).not.toContain('closed-by-action');
    // The listing, who closed it (closed_by: only a single-issue read has it), the listing again under
    // the lock, the comments (is the reopening said already?), the comment, the reopening.
    expect(reopened.requests.filter((r) => !isLockRequest(r)).map((r) => r.method)).toEqual([
      'GET',
      'GET',
      'GET',
      'GET',
      'POST',
      'PATCH',
    ]);
  });

  it('assigns an owner who took over the campaign, and leaves the earlier assignee', async ({ e2e }) => {
    const { workspace, audit, issuesOf } = e2e;
    await audit('audit before the owner changed');
    const beurs = 'lessons/2015-03-hogeschool-bedrijvendag.yaml';
    await workspace.write(
      beurs,
      (await workspace.read(beurs)).replace(/^owner: .*$/m, 'owner: "@tvandenberg"'),
    );
    const moved = await audit('audit after the owner changed');
    expect(issuesOf('2015-03-hogeschool-bedrijvendag')[0]!.assignees).toEqual(['kjanssen', 'tvandenberg']);
    expect(moved.requests.filter((r) => !isLockRequest(r)).map((r) => r.method)).toEqual([
      'GET',
      'GET',
      'PATCH',
      'POST',
    ]);
    const again = await audit('audit after the owner was assigned');
    expect(again.requests).toHaveLength(1);
  });

  it('names issues: write when a read-only token may not comment on the issue it would close', async ({
    e2e,
  }) => {
    const { workspace, audit } = e2e;
    await audit('audit that opens the issues');
    const beurs = 'lessons/2015-03-hogeschool-bedrijvendag.yaml';
    await workspace.write(
      beurs,
      `${(await workspace.read(beurs)).trimEnd()}\nconclusions:\n  - goal: stand-vs-pitch\n    finding: The pitch worked.\n    level: execution\n`,
    );
    const result = await audit('audit closing with a read-only token', {
      token: 'fork',
      event: 'push',
      payload: pushPayload(),
    });
    expect(result.exitCode).toBe(0);
    const warnings = result.annotations.filter((a) => a.level === 'warning' && a.message.includes('may not'));
    expect(warnings.map((a) => a.message)).toEqual([
      expect.stringMatching(/comment on issue #\d+: grant `issues: write`/),
    ]);
    expect(result.summary).not.toContain('pull-requests: write');
  });

  it('keeps one issue per campaign through lost answers, 502s and secondary rate limits', async ({ e2e }) => {
    const { github, audit, openIssues, issuesOf, expectedAwaiting } = e2e;
    const awaiting = await expectedAwaiting();
    github.inject({ kind: 'bad-gateway', method: 'GET', path: /\/issues$/ });
    github.inject({ kind: 'bad-gateway', method: 'POST', path: /\/issues$/, afterEffect: true });
    github.inject({ kind: 'drop', method: 'POST', path: /\/issues$/, afterEffect: true });
    github.inject({ kind: 'secondary-rate-limit', method: 'POST', path: /\/issues$/, retryAfter: 1 });
    github.inject({ kind: 'too-many-requests', method: 'POST', path: /\/labels$/, retryAfter: 1 });
    const first = await audit('audit with injected faults');
    expect(first.exitCode).toBe(0);
    // Each create whose answer was lost was looked for before it was tried again.
    expect(github.issues()).toHaveLength(awaiting.length);
    expect(first.outputs['issues-opened']).toBe(String(awaiting.length));
    for (const id of awaiting) expect(issuesOf(id)).toHaveLength(1);
    const again = await audit('audit after the faults');
    expect(again.requests).toHaveLength(1);
    expect(openIssues()).toHaveLength(awaiting.length);
  });

  it('reads every page of more than 100 labelled issues', async ({ e2e }) => {
    const { github, audit, openIssues, expectedAwaiting } = e2e;
    for (let i = 0; i < 150; i++) {
      github.addIssue({
        login: 'kjanssen',
        title: `Older ${i}`,
        labels: [LABEL],
        state: 'closed',
        body: `older ${i}`,
      });
    }
    const result = await audit('audit with 150 older labelled issues');
    // Two pages, and both again under the lock.
    expect(result.requests.filter((r) => r.method === 'GET' && /\/issues$/.test(r.path))).toHaveLength(4);
    expect(openIssues()).toHaveLength((await expectedAwaiting()).length);
  });

  it('makes no writes in a dry run, and warns about issues: write on a read-only token', async ({ e2e }) => {
    const { github, audit } = e2e;
    const dry = await audit('audit, dry run', { inputs: { 'dry-run': 'true', 'fail-on': 'warning' } });
    expect(github.writes()).toEqual([]);
    expect(dry.exitCode).toBe(1);
    expect(dry.outputs['issues-opened']).toBe('0');
    expect(dry.stdout).toContain('Dry run: would open an issue for 2019-06-hostile-text');

    const readOnly = await audit('audit with a read-only token', {
      token: 'fork',
      event: 'push',
      payload: pushPayload(),
    });
    expect(readOnly.exitCode).toBe(0);
    expect(github.issues()).toEqual([]);
    expect(
      readOnly.annotations.some((a) => a.level === 'warning' && a.message.includes('`issues: write`')),
    ).toBe(true);
  });

  it('names a bad input in the error', async ({ e2e }) => {
    const { audit } = e2e;
    const result = await audit('audit with a bad input', { inputs: { 'grace-days': 'ten' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual({
      level: 'error',
      properties: {},
      message: "Invalid input 'grace-days': expected a whole number, got 'ten'",
    });
    expect(result.requests).toEqual([]);
  });
});
