// Audit mode through run(), against the fake GitHub: exactly one open issue per campaign awaiting
// conclusions, closed and reopened as the files change, people's decisions respected.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockName } from '../../src/action/audit-lock.js';
import { campaignMarker } from '../../src/core/render/audit-issue.js';
import {
  contentWrites,
  makeWorkspace,
  pushPayload,
  runAction,
  SHA,
  STAFF,
  TOKENS,
  type RunOptions,
  type Workspace,
} from '../support/action-harness.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const LABEL = 'lessons: missing conclusions';
// What `lessons check` finds in the repository's lessons/ on this day (DESIGN §2).
const AWAITING = [
  '2015-03-hogeschool-bedrijvendag',
  '2022-10-podcast-onder-de-waterlijn',
  '2018-10-werkenbij-site',
  '2025-01-whatsapp-kanaal-zij-instromers',
];
const BEURS = 'lessons/2015-03-hogeschool-bedrijvendag.yaml';
const CONCLUSIONS = `conclusions:
  - goal: ${'{goal}'}
    finding: Students came for the free coffee, not for us.
    level: fundamental
    outcome: refuted
`;

let github: FakeGitHub;
let workspace: Workspace;

beforeEach(async () => {
  github = await startFakeGitHub({ owner: 'acme', repo: 'careers', tokens: TOKENS, assignable: STAFF });
  workspace = await makeWorkspace();
});

afterEach(async () => {
  await github.close();
  await workspace.dispose();
});

function audit(extra: Partial<RunOptions> = {}) {
  return runAction({ github, workspace, event: 'schedule', payload: { schedule: '0 6 * * *' }, ...extra });
}

function openIssues() {
  return github.issues().filter((issue) => issue.state === 'open');
}

function issueFor(id: string) {
  return github.issues().filter((issue) => issue.body?.includes(campaignMarker(id)));
}

async function addConclusions(file: string) {
  const text = await workspace.read(file);
  const goal = /learning_goals:\s*\n\s*- id: ([a-z0-9-]+)/.exec(text)?.[1];
  await workspace.write(file, `${text.trimEnd()}\n${CONCLUSIONS.replace('{goal}', goal ?? 'x')}`);
}

describe('audit', () => {
  it('opens one issue per campaign awaiting conclusions, and a second run changes nothing', async () => {
    const first = await audit();
    expect(openIssues()).toHaveLength(AWAITING.length);
    for (const id of AWAITING) expect(issueFor(id)).toHaveLength(1);
    expect(github.labels().map((label) => [label.name, label.color])).toEqual([[LABEL, 'fbca04']]);
    expect(first.outputs['issues-opened']).toBe(AWAITING.length);
    expect(first.outputs['issues-closed']).toBe(0);
    expect(first.failed).toEqual([]);

    const beurs = issueFor('2015-03-hogeschool-bedrijvendag')[0]!;
    expect(beurs.title).toBe('Lessons missing: Bedrijvendag Techniek at Hogeschool Rotterdam');
    expect(beurs.labels).toEqual([LABEL]);
    expect(beurs.assignees).toEqual(['kjanssen']);
    expect(beurs.body).toMatch(/^- \[ \] /m);
    expect(beurs.body).toContain('```yaml\nconclusions:\n  - goal: ');
    expect(beurs.body).toContain(`(https://github.com/acme/careers/blob/main/${BEURS})`);
    // Continuous work whose review is overdue is asked for a review.
    const whatsapp = issueFor('2025-01-whatsapp-kanaal-zij-instromers')[0]!;
    expect(whatsapp.body).toContain('reviews:\n  - date: YYYY-MM-DD');

    const writes = github.writes().length;
    const second = await audit();
    expect(github.writes()).toHaveLength(writes);
    expect(openIssues()).toHaveLength(AWAITING.length);
    expect(second.outputs['issues-opened']).toBe(0);
    expect(second.summary).toContain('open, up to date');
  });

  it('mentions an owner GitHub refuses as assignee and asks to hand the knowledge over', async () => {
    const result = await audit();
    const podcast = issueFor('2022-10-podcast-onder-de-waterlijn')[0]!;
    expect(podcast.assignees).toEqual([]);
    expect(podcast.body).toContain('@nhoekstra could not be assigned (perhaps they left)');
    expect(podcast.body).toContain('someone who is still here');
    expect(result.summary).toContain(`opened #${podcast.number}, @nhoekstra mentioned instead`);
    expect(result.annotations.some((a) => a.level === 'warning' && a.message.includes('@nhoekstra'))).toBe(
      true,
    );
    const writes = github.writes().length;
    await audit();
    expect(github.writes()).toHaveLength(writes);
  });

  it('assigns a new owner beside the people assigned, mentions a team or a refused owner, and then rests', async () => {
    await audit();
    const owned = async (owner: string) => {
      const text = await workspace.read(BEURS);
      await workspace.write(BEURS, text.replace(/^owner: .*$/m, `owner: "${owner}"`));
      return audit();
    };
    const beurs = () => issueFor('2015-03-hogeschool-bedrijvendag')[0]!;
    beurs().assignees.push('pvanleeuwen'); // a person added a helper

    await owned('@acme/recruitment');
    expect(beurs().assignees).toEqual(['kjanssen', 'pvanleeuwen']);
    expect(beurs().body).toContain('**Owner:** @acme/recruitment');

    const moved = await owned('@tvandenberg');
    expect(beurs().assignees).toEqual(['kjanssen', 'pvanleeuwen', 'tvandenberg']);
    expect(moved.summary).toMatch(/updated #\d+; assigned @tvandenberg to #\d+/);
    let writes = github.writes().length;
    await audit();
    expect(github.writes()).toHaveLength(writes);

    const refused = await owned('@nhoekstra');
    expect(beurs().assignees).toEqual(['kjanssen', 'pvanleeuwen', 'tvandenberg']);
    expect(refused.summary).toContain('@nhoekstra mentioned instead: GitHub refused them as assignee');
    expect(refused.summary).not.toContain('assigned @nhoekstra');
    expect(beurs().body).toContain('@nhoekstra could not be assigned (perhaps they left)');
    expect(refused.annotations.some((a) => a.level === 'warning' && a.message.includes('@nhoekstra'))).toBe(
      true,
    );
    writes = github.writes().length;
    await audit();
    expect(github.writes()).toHaveLength(writes);
  });

  it('closes the issue as completed, naming the commit, when conclusions land', async () => {
    await audit();
    await addConclusions(BEURS);
    const result = await audit();
    const [issue] = issueFor('2015-03-hogeschool-bedrijvendag');
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    const comments = github.comments(issue!.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(SHA.slice(0, 7));
    expect(result.outputs['issues-closed']).toBe(1);
    expect(openIssues()).toHaveLength(AWAITING.length - 1);

    const writes = github.writes().length;
    await audit();
    expect(github.writes()).toHaveLength(writes);
  });

  it('reopens an issue it closed when the conclusions disappear again', async () => {
    await audit();
    const original = await workspace.read(BEURS);
    await addConclusions(BEURS);
    await audit();
    await workspace.write(BEURS, original);
    const result = await audit();
    const issues = issueFor('2015-03-hogeschool-bedrijvendag');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(github.comments(issues[0]!.number).at(-1)!.body).toContain('awaits conclusions again');
    expect(result.outputs['issues-opened']).toBe(1);
    // Before reopening, it read who closed the issue: the Action itself.
    expect(
      github.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/issues/${issues[0]!.number}`)),
    ).toBe(true);
  });

  it('leaves closed an issue a person reopened and closed again after the Action closed it', async () => {
    await audit();
    const original = await workspace.read(BEURS);
    await addConclusions(BEURS);
    await audit();
    const issue = issueFor('2015-03-hogeschool-bedrijvendag')[0]!;
    expect(issue.body).toContain('closed-by-action');
    // A person reopens it, then closes it again: the marker stays, closed_by names them.
    Object.assign(issue, { state: 'open', state_reason: 'reopened', closed_at: null, closed_by: null });
    github.closeIssueAs('kjanssen', issue.number, 'not_planned');
    await workspace.write(BEURS, original);
    const writes = github.writes().length;
    const result = await audit();
    expect(github.writes()).toHaveLength(writes);
    expect(issueFor('2015-03-hogeschool-bedrijvendag')).toEqual([
      expect.objectContaining({ state: 'closed', state_reason: 'not_planned' }),
    ]);
    expect(result.summary).toContain(`#${issue.number} was closed by a person: left closed`);
    // One read of that issue, for who closed it; none for the others.
    const reads = github.requests.slice(-2).map((r) => `${r.method} ${r.path}`);
    expect(reads).toEqual([
      'GET /repos/acme/careers/issues',
      `GET /repos/acme/careers/issues/${issue.number}`,
    ]);
  });

  it('closes the issue as not planned when the campaign file is deleted', async () => {
    await audit();
    await workspace.remove(BEURS);
    await audit();
    const [issue] = issueFor('2015-03-hogeschool-bedrijvendag');
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(github.comments(issue!.number)[0]!.body).toContain('was removed');
  });

  it('stops, closing nothing, when the root input names a file or is missing', async () => {
    await audit();
    const writes = github.writes().length;
    const onFile = await audit({ inputs: { root: BEURS } });
    expect(onFile.failed).toEqual([
      `${BEURS} is not a folder: the root input takes the folder that holds the campaign files (default: lessons).`,
    ]);
    const missing = await audit({ inputs: { root: 'campaigns' } });
    expect(missing.failed).toHaveLength(1);
    expect(missing.failed[0]).toContain('The folder campaigns is not in the checkout');
    expect(missing.failed[0]).toContain('actions/checkout');
    expect(github.writes()).toHaveLength(writes);
    expect(openIssues()).toHaveLength(AWAITING.length);
  });

  it('respects an issue a person closed: never reopened, never duplicated', async () => {
    await audit();
    const [issue] = issueFor('2015-03-hogeschool-bedrijvendag');
    github.closeIssueAs('kjanssen', issue!.number, 'not_planned');
    const writes = github.writes().length;
    const result = await audit();
    expect(issueFor('2015-03-hogeschool-bedrijvendag')).toHaveLength(1);
    expect(issueFor('2015-03-hogeschool-bedrijvendag')[0]!.state).toBe('closed');
    expect(github.writes()).toHaveLength(writes);
    expect(result.summary).toContain('was closed by a person');
  });

  it('leaves the issue of a campaign whose file became invalid open', async () => {
    await audit();
    const text = await workspace.read(BEURS);
    await workspace.write(BEURS, text.replace(/^status: .*$/m, 'status: sleeping'));
    const result = await audit({ inputs: { 'fail-on': 'never' } });
    expect(issueFor('2015-03-hogeschool-bedrijvendag')[0]!.state).toBe('open');
    expect(result.outputs['issues-closed']).toBe(0);
    expect(result.annotations.some((a) => a.level === 'error' && a.properties?.file === BEURS)).toBe(true);
  });

  it('rewrites the description when the learning goals change, but not when a person ticks a box', async () => {
    await audit();
    const [issue] = issueFor('2015-03-hogeschool-bedrijvendag');
    issue!.body = issue!.body!.replace('- [ ]', '- [x]');
    const writes = contentWrites(github).length;
    await audit();
    expect(contentWrites(github)).toHaveLength(writes);

    const text = await workspace.read(BEURS);
    await workspace.write(
      BEURS,
      text.replace(/question: .*/, 'question: Do students of the hogeschool remember us a year later?'),
    );
    await audit();
    expect(issueFor('2015-03-hogeschool-bedrijvendag')[0]!.body).toContain('remember us a year later');
    expect(contentWrites(github)).toHaveLength(writes + 1);
  });

  it('keeps one open issue per campaign through 502s, lost answers and rate limits, and counts what happened', async () => {
    github.inject({ kind: 'bad-gateway', method: 'GET', path: /\/issues$/ });
    github.inject({ kind: 'bad-gateway', method: 'POST', path: /\/issues$/, afterEffect: true });
    github.inject({ kind: 'drop', method: 'POST', path: /\/issues$/, afterEffect: true });
    github.inject({ kind: 'drop', method: 'POST', path: /\/issues$/ });
    github.inject({ kind: 'secondary-rate-limit', method: 'POST', path: /\/issues$/, retryAfter: 1 });
    github.inject({ kind: 'too-many-requests', method: 'POST', path: /\/labels$/, retryAfter: 1 });
    const first = await audit();
    // Each create whose answer was lost was looked for before it was tried again: no duplicates.
    expect(openIssues()).toHaveLength(AWAITING.length);
    for (const id of AWAITING) expect(issueFor(id)).toHaveLength(1);
    expect(first.outputs['issues-opened']).toBe(AWAITING.length);
    expect(first.failed).toEqual([]);
    const writes = github.writes().length;
    await audit();
    expect(github.writes()).toHaveLength(writes);
  });

  it('repairs two open issues of one campaign by closing the newer as a duplicate', async () => {
    await audit();
    const [kept] = issueFor('2015-03-hogeschool-bedrijvendag');
    const { title, body, labels, assignees, user } = kept!;
    const copy = github.addIssue({ login: user.login, title, body, labels, assignees });
    const result = await audit();
    expect(issueFor('2015-03-hogeschool-bedrijvendag').map((issue) => [issue.number, issue.state])).toEqual([
      [kept!.number, 'open'],
      [copy.number, 'closed'],
    ]);
    expect(github.comments(copy.number)[0]!.body).toMatch(/Duplicate of #\d+/);
    expect(result.outputs['issues-closed']).toBe(1);
  });

  it('pages through more than 100 labelled issues', async () => {
    for (let i = 0; i < 130; i++) {
      github.addIssue({
        login: 'kjanssen',
        title: `Old ${i}`,
        labels: [LABEL],
        state: 'closed',
        body: `old ${i}`,
      });
    }
    await audit();
    const lists = github.requests.filter((r) => r.method === 'GET' && /\/issues$/.test(r.path));
    // Two pages, and the same two again once the run holds the lock (another run may have written).
    expect(lists).toHaveLength(4);
    expect(openIssues()).toHaveLength(AWAITING.length);
    // The label was there already (130 issues carry it): no attempt to create it.
    expect(contentWrites(github).filter((r) => r.path.endsWith('/labels'))).toHaveLength(0);
  });

  it('makes no writes in a dry run, and logs each one it would make', async () => {
    const result = await audit({ inputs: { 'dry-run': 'true' } });
    expect(github.writes()).toEqual([]);
    expect(github.issues()).toEqual([]);
    expect(result.outputs['issues-opened']).toBe(0);
    const planned = result.log.filter((line) => line.startsWith('Dry run: would open an issue'));
    expect(planned).toHaveLength(AWAITING.length);
    expect(result.summary).toContain('would be opened');
  });

  it('warns that issues: write is missing on a read-only token, and still summarises', async () => {
    const result = await audit({ token: 'fork' });
    expect(github.issues()).toEqual([]);
    expect(
      result.annotations.some((a) => a.level === 'warning' && a.message.includes('`issues: write`')),
    ).toBe(true);
    expect(result.summary).toContain('Bedrijvendag Techniek at Hogeschool Rotterdam');
    expect(result.summary).toContain('not opened: permission missing');
    expect(result.failed).toEqual([]);
  });

  it('fails on awaiting campaigns only with fail-on: warning', async () => {
    const result = await audit({ inputs: { 'fail-on': 'warning', 'dry-run': 'true' } });
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toMatch(/4 campaigns awaiting conclusions/);
  });

  it('only reports on a push to another branch than the default one', async () => {
    const result = await audit({
      event: 'push',
      payload: pushPayload('refs/heads/feature'),
      ref: 'refs/heads/feature',
    });
    expect(github.writes()).toEqual([]);
    expect(
      result.annotations.some(
        (a) => a.level === 'notice' && a.message.includes('only on the default branch'),
      ),
    ).toBe(true);
    await audit({ event: 'push', payload: pushPayload() });
    expect(openIssues()).toHaveLength(AWAITING.length);
  });
});

describe('audit: one run writes at a time', () => {
  it('only reports while another run holds the lock, and says until when', async () => {
    github.addLabel(lockName(LABEL), 'Held by run 77 of campaign-lessons until 2999-01-01T00:00:00Z');
    const result = await audit();
    expect(github.issues()).toEqual([]);
    expect(result.failed).toEqual([]);
    expect(result.summary).toContain(
      'Another audit (run 77) is writing these issues until 2999-01-01T00:00:00Z',
    );
    expect(result.summary).toContain('to be opened by the next run');
    expect(github.labels().map((label) => label.name)).toEqual([lockName(LABEL)]);
  });

  it('takes over a lock whose time ran out (a run that was killed), and releases it', async () => {
    github.addLabel(lockName(LABEL), 'Held by run 76 of campaign-lessons until 2001-01-01T00:00:00Z');
    await audit();
    expect(openIssues()).toHaveLength(AWAITING.length);
    expect(github.labels().map((label) => label.name)).toEqual([LABEL]);
  });

  it('takes no lock when there is nothing to write', async () => {
    await audit();
    const writes = github.writes().length;
    await audit();
    expect(github.writes()).toHaveLength(writes);
  });
});

describe('audit: writes only on the default branch', () => {
  const withoutRepository = (ref: string) => {
    const { repository: _repository, ...payload } = pushPayload(ref);
    return payload;
  };

  it('asks GitHub for the default branch when the payload does not say', async () => {
    const feature = await audit({
      event: 'push',
      payload: withoutRepository('refs/heads/feature'),
      ref: 'refs/heads/feature',
    });
    expect(github.writes()).toEqual([]);
    expect(feature.summary).toContain('only on the default branch (main); on feature it only reports');
    expect(github.requests.filter((r) => r.path === '/repos/acme/careers')).toHaveLength(1);
    await audit({ event: 'push', payload: withoutRepository('refs/heads/main') });
    expect(openIssues()).toHaveLength(AWAITING.length);
  });

  it('takes a scheduled run to be on the default branch, without asking', async () => {
    await audit({ payload: { schedule: '0 6 * * *' } });
    expect(openIssues()).toHaveLength(AWAITING.length);
    expect(github.requests.filter((r) => r.path === '/repos/acme/careers')).toEqual([]);
  });
});

describe('audit: bounded work', () => {
  it('leaves what does not fit in operations-per-run to the next run, most recent first', async () => {
    const first = await audit({ inputs: { 'operations-per-run': '3' } });
    // Three writes: the label and two issues, for the two campaigns whose conclusions fell due last
    // (the 422 of a refused assignee wrote nothing).
    expect(contentWrites(github).filter((r) => r.status < 400)).toHaveLength(3);
    expect(issueFor('2025-01-whatsapp-kanaal-zij-instromers')).toHaveLength(1);
    expect(issueFor('2018-10-werkenbij-site')).toHaveLength(1);
    expect(first.outputs['issues-opened']).toBe(2);
    expect(first.summary).toContain('2 issues to open are left for the next run');
    const second = await audit({ inputs: { 'operations-per-run': '3' } });
    expect(second.outputs['issues-opened']).toBe(2);
    expect(openIssues()).toHaveLength(AWAITING.length);
  });

  it('plans no more than operations-per-run in a dry run either', async () => {
    const result = await audit({ inputs: { 'operations-per-run': '2', 'dry-run': 'true' } });
    expect(result.log.filter((line) => line.startsWith('Dry run: would'))).toHaveLength(2);
    expect(result.summary).toContain('to be opened by the next run');
  });
});

describe('run: one finisher for every ending', () => {
  it('writes the outputs, the summary and the report file when a read fails', async () => {
    github.inject({ kind: 'bad-gateway', method: 'GET', path: /\/issues$/, times: 4 });
    const result = await audit();
    expect(result.failed).toEqual([
      expect.stringMatching(
        /^Could not list the issues labelled "lessons: missing conclusions" \(HTTP 502\)/,
      ),
    ]);
    expect(result.summary).toContain('## campaign-lessons stopped');
    expect(result.outputs).toMatchObject({ 'issues-opened': 0, 'issues-closed': 0 });
    const report = JSON.parse(await readFile(String(result.outputs.report), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(report).toMatchObject({ mode: 'audit', failed: result.failed[0], writes: [] });
  });
});
