// Issue 8, items 1 and 2, as the runner runs it: only what the Action's identity wrote AND opens with
// the marker is its own. Issues and comments that quote a marker (a person's notes, a bug report,
// another workflow on the same token, another app) are never edited, closed, reopened or deleted,
// and the summary says they were left alone.
import { describe, expect } from 'vitest';
import { CLOSED_BY_ACTION_MARKER, campaignMarker } from '../../src/core/render/audit-issue.js';
import { REVIEW_MARKER } from '../../src/core/render/review-comment.js';
import { DISCORD, it, LABEL } from '../support/e2e.js';

const TIMEOUT = { timeout: 300_000 };

describe.concurrent('audit: a person’s issue that quotes a marker is never the Action’s', TIMEOUT, () => {
  it('leaves look-alikes alone, opens its own issues, and says so in the summary', async ({ e2e }) => {
    const { github, audit, expectedAwaiting } = e2e;
    const awaiting = await expectedAwaiting();
    const notes = github.addIssue({
      login: 'kjanssen',
      title: 'My notes on the bedrijvendag',
      labels: [LABEL],
      body: `The bot finds its issue by \`${campaignMarker('2015-03-hogeschool-bedrijvendag')}\`. Our notes follow.`,
    });
    const bug = github.addIssue({
      login: 'pvanleeuwen',
      title: 'Bug: the marker shows in the e-mail',
      labels: [LABEL],
      body: `The notification shows this:\n\n\`\`\`\n${campaignMarker('2010-03-hyves-trainee-community')}\n\`\`\``,
    });
    const madeUp = github.addIssue({
      login: 'tvandenberg',
      title: 'How do markers work?',
      labels: [LABEL],
      body: `Like \`${campaignMarker('2099-01-made-up')}\`?`,
    });
    // Opens with the marker, carries the closing marker, and was closed by its own author.
    const copied = github.addIssue({
      login: 'nhoekstra',
      title: 'Podcast: my own checklist',
      labels: [LABEL],
      body: `${campaignMarker('2022-10-podcast-onder-de-waterlijn')}\nMy checklist.\n\n${CLOSED_BY_ACTION_MARKER}\n`,
    });
    github.closeIssueAs('nhoekstra', copied.number, 'completed');
    // Another workflow on the same token that echoes a marker further down.
    const echo = github.addIssue({
      login: 'github-actions[bot]',
      title: 'Nightly export',
      labels: [LABEL],
      body: `Exported 12 campaigns.\n\n${campaignMarker('2018-10-werkenbij-site')}`,
    });
    const lookalikes = [notes, bug, madeUp, copied, echo].map((issue) => structuredClone(issue));

    const result = await audit('audit beside five look-alike issues');
    expect(result.exitCode).toBe(0);
    for (const before of lookalikes) {
      const after = github.issues().find((issue) => issue.number === before.number)!;
      expect(after).toMatchObject({
        title: before.title,
        body: before.body,
        state: before.state,
        state_reason: before.state_reason,
      });
      expect(github.comments(before.number)).toEqual([]);
    }
    const ours = github.issues().filter((issue) => issue.user.login === 'github-actions[bot]');
    for (const id of awaiting) {
      expect(ours.filter((issue) => issue.body?.startsWith(campaignMarker(id)))).toHaveLength(1);
    }
    expect(result.summary).toContain('Left alone 5 labelled issues that quote a campaign marker');
    expect(result.report?.lookalikes).toEqual(lookalikes.map((issue) => issue.number));

    const again = await audit('audit beside the look-alikes, second run');
    expect(again.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/careers/issues']);
  });
});

describe.concurrent('review: a comment that quotes the marker is never the Action’s', TIMEOUT, () => {
  it('leaves another workflow’s comments on the same token alone, older or newer', async ({ e2e }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    const older = github.addComment(pull, {
      login: 'github-actions[bot]',
      body: `Build log of another workflow:\n\`\`\`\n${REVIEW_MARKER}\n\`\`\``,
    });
    const first = await review('review beside an older echo on the same token', pull);
    expect(first.exitCode).toBe(0);
    const newer = github.addComment(pull, {
      login: 'github-actions[bot]',
      body: `Echo: ${REVIEW_MARKER}`,
    });
    const second = await review('review beside a newer echo on the same token', pull);
    expect(second.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const comments = github.comments(pull);
    expect(comments.map((c) => c.id)).toEqual([older.id, comments[1]!.id, newer.id]);
    expect(comments[0]!.body).toBe(older.body);
    expect(comments[2]!.body).toBe(newer.body);
    expect(comments[1]!.body.startsWith(REVIEW_MARKER)).toBe(true);
    expect(second.summary).toContain('Left alone 2 comments that quote the review marker');
  });

  it('with an App token, never takes another app’s comment that quotes the marker for its own', async ({
    e2e,
  }) => {
    const { github, review } = e2e;
    const pull = github.addPullRequest({ files: [{ filename: DISCORD, status: 'added' }] });
    const other = github.addComment(pull, {
      login: 'other-app[bot]',
      body: `Linting done. Hidden state: ${REVIEW_MARKER}`,
    });
    await review('review with an App token beside another app’s echo', pull, { token: 'app' });
    const again = await review('review with an App token, second run', pull, { token: 'app' });
    expect(again.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const comments = github.comments(pull);
    expect(comments[0]).toMatchObject({ id: other.id, body: other.body });
    expect(comments.slice(1).map((c) => c.user.login)).toEqual(['lessons-app[bot]']);
  });
});
