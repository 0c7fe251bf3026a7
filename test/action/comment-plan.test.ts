// Exactly one review comment: found by marker and author, rewritten only when it changes.
import { describe, expect, it } from 'vitest';
import { planReviewComment } from '../../src/action/comment-plan.js';
import { installationLogin } from '../../src/action/ownership.js';
import { REVIEW_MARKER } from '../../src/core/render/review-comment.js';
import type { IssueComment } from '../../src/github/port.js';

const BOT = 'github-actions[bot]';
const body = `${REVIEW_MARKER}\nthe review`;
const outdated = `${REVIEW_MARKER}\nno campaign any more`;
const comment = (id: number, author: string, text: string): IssueComment => ({
  id,
  author,
  authorIsBot: author.endsWith('[bot]'),
  body: text,
});

describe('planReviewComment', () => {
  it('creates the comment when there is none of ours', () => {
    const plan = planReviewComment([comment(1, 'octocat', 'LGTM')], body, outdated, BOT);
    expect(plan).toEqual({ steps: [{ kind: 'create', body }], outcome: 'created', foreign: 0 });
  });

  it('leaves an unchanged comment alone, even with Windows line ends from a browser edit', () => {
    const plan = planReviewComment([comment(1, BOT, body.replace('\n', '\r\n'))], body, outdated, BOT);
    expect(plan).toEqual({ steps: [], outcome: 'unchanged', foreign: 0 });
  });

  it('updates the oldest of ours and deletes the other copies', () => {
    const plan = planReviewComment(
      [comment(9, BOT, `${REVIEW_MARKER}\nnewer`), comment(3, BOT, `${REVIEW_MARKER}\nold`)],
      body,
      outdated,
      BOT,
    );
    expect(plan.steps).toEqual([
      { kind: 'update', commentId: 3, body },
      { kind: 'delete', commentId: 9 },
    ]);
  });

  it('never touches a comment by someone else, marker or not', () => {
    const plan = planReviewComment(
      [comment(1, 'mallory', body), comment(2, 'mallory', 'x')],
      body,
      outdated,
      BOT,
    );
    expect(plan).toEqual({ steps: [{ kind: 'create', body }], outcome: 'created', foreign: 1 });
  });

  it('takes only its own comment that opens with the marker: one quoting it further down is another’s', () => {
    const echoed = comment(2, BOT, `Another workflow says: \`${REVIEW_MARKER}\``);
    const fenced = comment(3, BOT, `\`\`\`\n${REVIEW_MARKER}\n\`\`\``);
    const plan = planReviewComment([echoed, fenced], body, outdated, BOT);
    expect(plan).toEqual({ steps: [{ kind: 'create', body }], outcome: 'created', foreign: 2 });
    // Not deleted as a "duplicate" of ours either, older or newer.
    const withOurs = planReviewComment([echoed, comment(5, BOT, body), fenced], body, outdated, BOT);
    expect(withOurs).toEqual({ steps: [], outcome: 'unchanged', foreign: 2 });
  });

  it('edits ours to one line when no campaign is touched any more, and posts nothing new', () => {
    expect(planReviewComment([comment(1, BOT, body)], null, outdated, BOT)).toEqual({
      steps: [{ kind: 'update', commentId: 1, body: outdated }],
      outcome: 'outdated',
      foreign: 0,
    });
    expect(planReviewComment([comment(1, BOT, outdated)], null, outdated, BOT).steps).toEqual([]);
    expect(planReviewComment([], null, outdated, BOT)).toEqual({ steps: [], outcome: 'none', foreign: 0 });
  });
});

describe('installationLogin', () => {
  it('takes the one app bot among the authors of marked items, else the workflow token’s login', () => {
    const app = 'lessons-app[bot]';
    expect(installationLogin([comment(1, app, body), comment(2, 'mallory', body)])).toBe(app);
    expect(installationLogin([comment(1, app, body), comment(2, 'other-app[bot]', body)])).toBe(BOT);
    expect(installationLogin([{ ...comment(1, 'human[bot]', body), authorIsBot: false }])).toBe(BOT);
    expect(installationLogin([])).toBe(BOT);
  });
});
