// Issue 8, items 6, 7 and 8, as the runner runs it: two audits at once open each issue once (the
// audit's lock); a write whose answer was lost is looked for before it is made again, and a run
// stopped between a closing comment and the closing does not say it twice; and an audit writes
// only on the default branch.
import { describe, expect } from 'vitest';
import { CLOSING_MARKER } from '../../src/core/render/audit-comments.js';
import { REVIEW_MARKER } from '../../src/core/render/review-comment.js';
import { pullRequestPayload, workflowDispatchPayload } from '../support/action-harness.js';
import { DISCORD, it, LABEL } from '../support/e2e.js';

const TIMEOUT = { timeout: 300_000 };
const BEURS = 'lessons/2015-03-hogeschool-bedrijvendag.yaml';

describe.concurrent('races and retries', TIMEOUT, () => {
  it('two audits at once open every issue once', async ({ e2e }) => {
    const { github, audit, expectedAwaiting, issuesOf } = e2e;
    const awaiting = await expectedAwaiting();
    const [one, two] = await Promise.all([
      audit('audit started at the same time as another (1)'),
      audit('audit started at the same time as another (2)'),
    ]);
    expect([one.exitCode, two.exitCode]).toEqual([0, 0]);
    expect(github.issues()).toHaveLength(awaiting.length);
    for (const id of awaiting) expect(issuesOf(id)).toHaveLength(1);
    expect(Number(one.outputs['issues-opened']) + Number(two.outputs['issues-opened'])).toBe(awaiting.length);
    // The lock is gone with both runs; only the issues' label is left.
    expect(github.labels().map((label) => label.name)).toEqual([LABEL]);
  });

  it('says why it closes an issue once, though the run before stopped between the comment and the closing', async ({
    e2e,
  }) => {
    const { github, workspace, audit, issuesOf } = e2e;
    await audit('audit that opens the issues');
    const text = await workspace.read(BEURS);
    await workspace.write(
      BEURS,
      `${text.trimEnd()}\nconclusions:\n  - goal: stand-vs-pitch\n    finding: The pitch worked.\n    level: execution\n`,
    );
    const [issue] = issuesOf('2015-03-hogeschool-bedrijvendag');
    // The closing never gets through: as if the run were killed right after its comment.
    github.inject({ kind: 'drop', method: 'PATCH', path: new RegExp(`/issues/${issue!.number}$`), times: 4 });
    const cut = await audit('audit cut off between the closing comment and the closing');
    expect(cut.exitCode).toBe(1);
    expect(github.comments(issue!.number)).toHaveLength(1);
    expect(issue!.state).toBe('open');

    const resumed = await audit('audit after the one that was cut off');
    expect(resumed.exitCode).toBe(0);
    expect(issue!.state).toBe('closed');
    expect(github.comments(issue!.number).map((c) => c.body.startsWith(CLOSING_MARKER))).toEqual([true]);
    expect(resumed.outputs['issues-closed']).toBe('1');
  });

  it('looks for a closing comment whose answer was lost before it posts it again', async ({ e2e }) => {
    const { github, workspace, audit, issuesOf } = e2e;
    await audit('audit that opens the issues');
    await workspace.remove(BEURS);
    github.inject({ kind: 'drop', method: 'POST', path: /\/issues\/\d+\/comments$/, afterEffect: true });
    const result = await audit('audit whose closing comment lost its answer');
    expect(result.exitCode).toBe(0);
    const [issue] = issuesOf('2015-03-hogeschool-bedrijvendag');
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(github.comments(issue!.number)).toHaveLength(1);
  });

  it('posts the review comment once when the answer to the first try was lost', async ({ e2e }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    github.inject({ kind: 'drop', method: 'POST', path: /\/comments$/, afterEffect: true });
    const result = await review('review whose comment lost its answer', pull);
    expect(result.exitCode).toBe(0);
    expect(github.comments(pull).map((c) => c.body.startsWith(REVIEW_MARKER))).toEqual([true]);
    expect(result.summary).toContain('Posted the review as a comment');
  });
});

describe.concurrent('writes only on the default branch', TIMEOUT, () => {
  it('reports but closes nothing when dispatched on a tag', async ({ e2e }) => {
    const { workspace, audit, issuesOf } = e2e;
    await audit('audit on the default branch');
    // The tag's checkout is older: a campaign of today is not in it.
    await workspace.remove(BEURS);
    const onTag = await audit('audit dispatched on a tag', {
      event: 'workflow_dispatch',
      payload: workflowDispatchPayload('refs/tags/v1.0'),
      ref: 'refs/tags/v1.0',
    });
    expect(onTag.exitCode).toBe(0);
    expect(onTag.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(issuesOf('2015-03-hogeschool-bedrijvendag')).toEqual([expect.objectContaining({ state: 'open' })]);
    expect(onTag.annotations).toContainEqual(
      expect.objectContaining({ level: 'notice', message: expect.stringContaining('on the tag v1.0') }),
    );
    expect(onTag.summary).toContain('only on the default branch');
  });

  it('reports but writes no issue when told to audit on a pull request', async ({ e2e }) => {
    const { github, audit } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    const result = await audit('audit on a pull request’s merge ref', {
      event: 'pull_request',
      payload: pullRequestPayload(pull),
      ref: `refs/pull/${pull}/merge`,
      inputs: { mode: 'audit' },
    });
    expect(result.exitCode).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(result.summary).toContain(`the merge ref of pull request #${pull}`);
  });
});
