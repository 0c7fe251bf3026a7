// Review mode through run(), against the fake GitHub: what a person sees on the pull request
// (exactly one comment, kept up to date) and in the run (annotations, summary, outputs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REVIEW_MARKER } from '../../src/core/render/review-comment.js';
import {
  makeWorkspace,
  pullRequestPayload,
  REPO_ROOT,
  runAction,
  STAFF,
  TOKENS,
  type RunOptions,
  type Workspace,
} from '../support/action-harness.js';
import { startFakeGitHub, type FakeGitHub, type PullFileSpec } from '../support/fake-github.js';

// A new plan, like the ones the lessons should inform.
const NEW_CAMPAIGN = readFileSync(
  path.join(REPO_ROOT, 'test/fixtures/action/2026-09-discord-trainee-community.yaml'),
  'utf8',
);

const INVALID_CAMPAIGN = `id: 2026-10-broken
title: A campaign with mistakes
status: sleeping
owner: "@jdevries"
period: { start: 2026-10-01 }
channels: [radio]
learning_goals: []
retention: { owner: "@acme/recruitment", plan: Present it. }
`;

let github: FakeGitHub;
let workspace: Workspace;

beforeEach(async () => {
  github = await startFakeGitHub({ owner: 'acme', repo: 'careers', tokens: TOKENS, assignable: STAFF });
  workspace = await makeWorkspace({
    'lessons/2026-09-discord-trainee-community.yaml': NEW_CAMPAIGN,
    'lessons/2026-10-broken.yaml': INVALID_CAMPAIGN,
  });
});

afterEach(async () => {
  await github.close();
  await workspace.dispose();
});

function review(pull: number, extra: Partial<RunOptions> = {}) {
  return runAction({ github, workspace, event: 'pull_request', payload: pullRequestPayload(pull), ...extra });
}

function openPull(files: PullFileSpec[]): number {
  return github.addPullRequest({ files });
}

const discord: PullFileSpec = { filename: 'lessons/2026-09-discord-trainee-community.yaml', status: 'added' };
const broken: PullFileSpec = { filename: 'lessons/2026-10-broken.yaml', status: 'added' };

describe('review', () => {
  it('posts one comment with related lessons, linked at the base branch, and leaves it alone on a re-run', async () => {
    const pull = openPull([discord, { filename: 'README.md', status: 'modified' }]);
    const first = await review(pull);
    const comments = github.comments(pull);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(REVIEW_MARKER)).toBe(true);
    expect(body).toContain('### Trainee community on Discord');
    expect(body).toMatch(/Trainee-community op Hyves.*already considered while planning/);
    expect(body).toContain(
      '(https://github.com/acme/careers/blob/main/lessons/2010-03-hyves-trainee-community.yaml)',
    );
    expect(body).toContain(
      '(https://github.com/acme/careers/blob/changes/lessons/2026-09-discord-trainee-community.yaml)',
    );
    expect(body).not.toContain('5ca1ab1e');
    expect(first.outcome.failed).toBeNull();
    expect(Number(first.outputs.related)).toBeGreaterThan(0);
    expect(first.summary).toContain('Trainee-community op Hyves');
    expect(first.summary).toContain('Posted the review as a comment');

    const writesBefore = github.writes().length;
    const second = await review(pull);
    expect(github.comments(pull)).toHaveLength(1);
    expect(github.comments(pull)[0]!.body).toBe(body);
    expect(github.writes()).toHaveLength(writesBefore);
    expect(second.summary).toContain('already up to date');
  });

  it('links a fork’s files in the fork at its branch, encoded, and at the files tab once the fork is gone', async () => {
    const pull = openPull([discord]);
    const file = 'lessons/2026-09-discord-trainee-community.yaml';
    const fromFork = (headRepo: string | null) =>
      runAction({
        github,
        workspace,
        event: 'pull_request',
        payload: pullRequestPayload(pull, undefined, { headRef: 'feature/new #1', headRepo }),
      });
    await fromFork('contributor/careers');
    const body = github.comments(pull)[0]!.body;
    expect(body).toContain(`(https://github.com/contributor/careers/blob/feature/new%20%231/${file})`);
    expect(body).toContain(
      '(https://github.com/acme/careers/blob/main/lessons/2010-03-hyves-trainee-community.yaml)',
    );
    await fromFork(null);
    expect(github.comments(pull)[0]!.body).toContain(
      `[${file}](https://github.com/acme/careers/pull/${pull}/files)`,
    );
  });

  it('annotates errors on their line, puts the problems first, and fails per fail-on', async () => {
    const pull = openPull([broken, discord]);
    const result = await review(pull);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((a) => a.properties?.file === 'lessons/2026-10-broken.yaml')).toBe(true);
    expect(errors.some((a) => a.properties?.startLine === 3)).toBe(true);
    const body = github.comments(pull)[0]!.body;
    expect(body.indexOf('### Problems')).toBeLessThan(body.indexOf('### Trainee community on Discord'));
    expect(body).toContain('This file has errors');
    expect(result.outcome.failed).toMatch(/error/);
    expect(result.failed).toHaveLength(1);

    const lenient = await review(pull, { inputs: { 'fail-on': 'never' } });
    expect(lenient.failed).toEqual([]);
    expect(Number(lenient.outputs.problems)).toBe(Number(result.outputs.problems));
  });

  it('updates its comment when the campaign changes, and edits it to one line when no campaign is touched any more', async () => {
    const pull = openPull([discord]);
    await review(pull);
    const id = github.comments(pull)[0]!.id;
    await workspace.write(
      'lessons/2026-09-discord-trainee-community.yaml',
      NEW_CAMPAIGN.replace('Trainee community on Discord', 'Trainee server on Discord'),
    );
    await review(pull);
    expect(github.comments(pull).map((c) => c.id)).toEqual([id]);
    expect(github.comments(pull)[0]!.body).toContain('Trainee server on Discord');

    github.setPullFiles(pull, [{ filename: 'README.md', status: 'modified' }]);
    const result = await review(pull);
    const [comment] = github.comments(pull);
    expect(github.comments(pull)).toHaveLength(1);
    expect(comment!.id).toBe(id);
    expect(comment!.body).toContain('no longer adds or changes a campaign file');
    expect(comment!.body.split('\n').filter(Boolean)).toHaveLength(2);
    expect(result.outputs.problems).toBe(0);
  });

  it('posts nothing on a pull request that never touched a campaign, and does not ask who it is', async () => {
    const pull = openPull([
      { filename: 'README.md', status: 'modified' },
      { ...discord, status: 'removed' },
    ]);
    const result = await review(pull);
    expect(github.comments(pull)).toHaveLength(0);
    expect(github.requests.map((r) => r.path)).not.toContain('/graphql');
    expect(result.summary).toContain('adds or changes no campaign file');
  });

  it('never edits a comment someone else wrote with our marker, and removes duplicates of its own', async () => {
    const pull = openPull([discord]);
    const copied = github.addComment(pull, {
      login: 'mallory',
      body: `${REVIEW_MARKER}\nI copied the marker.`,
    });
    const ours1 = github.addComment(pull, {
      login: 'github-actions[bot]',
      body: `${REVIEW_MARKER}\nold review`,
    });
    const ours2 = github.addComment(pull, {
      login: 'github-actions[bot]',
      body: `${REVIEW_MARKER}\nduplicate`,
    });
    await review(pull);
    const comments = github.comments(pull);
    expect(comments.map((c) => c.id)).toEqual([copied.id, ours1.id]);
    expect(comments[0]!.body).toBe(`${REVIEW_MARKER}\nI copied the marker.`);
    expect(comments[1]!.body).toContain('Trainee community on Discord');
    expect(github.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      `/repos/acme/careers/issues/comments/${ours2.id}`,
    ]);
  });

  it('knows its own comments by the login GraphQL gives a personal token', async () => {
    const pull = openPull([discord]);
    const other = github.addComment(pull, {
      login: 'github-actions[bot]',
      body: `${REVIEW_MARKER}\nby the workflow token`,
    });
    await review(pull, { token: 'pat' });
    await review(pull, { token: 'pat' });
    const comments = github.comments(pull);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatchObject({ id: other.id, body: `${REVIEW_MARKER}\nby the workflow token` });
    expect(comments[1]!.user.login).toBe('lessons-bot');
  });

  it('on a fork (read-only token) still annotates and summarises, and warns which permission is missing', async () => {
    const pull = openPull([broken, discord]);
    const result = await review(pull, { token: 'fork', inputs: { 'fail-on': 'warning' } });
    expect(github.comments(pull)).toHaveLength(0);
    expect(
      result.annotations.some(
        (a) => a.level === 'error' && a.properties?.file === 'lessons/2026-10-broken.yaml',
      ),
    ).toBe(true);
    const warning = result.annotations.find(
      (a) => a.level === 'warning' && a.message.includes('pull-requests: write'),
    );
    expect(warning?.message).toContain('fork');
    expect(result.summary).toContain('Trainee community on Discord');
    expect(result.summary).toContain('could not be written');
    expect(result.failed).toHaveLength(1);

    await workspace.remove('lessons/2026-10-broken.yaml');
    github.setPullFiles(pull, [discord]);
    const valid = await review(pull, { token: 'fork', inputs: { 'fail-on': 'error' } });
    expect(valid.failed).toEqual([]);
    expect(valid.annotations.some((a) => a.message.includes('pull-requests: write'))).toBe(true);
  });

  it('makes no writes in a dry run, and says what it would have done', async () => {
    const pull = openPull([discord]);
    const result = await review(pull, { inputs: { 'dry-run': 'true' } });
    expect(github.writes()).toEqual([]);
    expect(result.log.join('\n')).toMatch(/Dry run: would post the review on pull request #\d+/);
    expect(result.summary).toContain('Dry run');
  });

  it('reads every page of a pull request with more than 100 files', async () => {
    const many: PullFileSpec[] = Array.from({ length: 150 }, (_, i) => ({
      filename: `docs/page-${i}.md`,
      status: 'added',
    }));
    const pull = openPull([...many, discord]);
    await review(pull);
    expect(github.requests.filter((r) => r.path.endsWith(`/pulls/${pull}/files`))).toHaveLength(2);
    expect(github.comments(pull)[0]!.body).toContain('Trainee community on Discord');
  });

  it('reports a changed file that is missing from the checkout instead of crashing', async () => {
    const pull = openPull([{ filename: 'lessons/2026-12-elsewhere.yaml', status: 'added' }]);
    const result = await review(pull);
    expect(github.comments(pull)[0]!.body).toContain('not in the checked-out workspace');
    expect(result.failed).toEqual([]);
  });
});
