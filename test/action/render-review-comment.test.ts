// The review comment as GitHub Markdown: its layout, its escaping, and its size limit.
import { describe, expect, it } from 'vitest';
import {
  renderReviewComment,
  renderReviewOutdated,
  REVIEW_MARKER,
  type ReviewedFile,
} from '../../src/core/render/review-comment.js';
import { GITHUB_BODY_LIMIT } from '../../src/core/render/truncate-markdown.js';
import type { Campaign } from '../../src/core/types.js';

const fileUrl = (file: string) => `https://github.com/acme/careers/blob/abc1234/${file}`;

const tiktok: Campaign = {
  id: '2027-02-tiktok',
  title: 'Trainees on TikTok',
  status: 'planned',
  owner: '@jdevries',
  period: { start: '2027-02-01', end: '2027-06-30' },
  channels: ['tiktok'],
  audiences: ['students'],
  learning_goals: [{ id: 'reach', question: 'Do students watch trainee videos?' }],
  retention: { owner: '@jdevries', plan: 'Tell the team.' },
};

const reviewed: ReviewedFile = {
  file: 'lessons/2027-02-tiktok.yaml',
  campaign: tiktok,
  problems: [],
  related: [
    {
      id: '2010-03-hyves',
      file: 'lessons/2010-03-hyves.yaml',
      title: 'Trainee community on Hyves',
      score: 0.71,
      strength: 'strong',
      reasons: ['shared audience: students', 'similar goal: community'],
      conclusions: [
        { finding: 'The community went quiet after the giveaway.', level: 'fundamental', outcome: 'refuted' },
        { finding: 'Posting on Friday worked better.', level: 'execution', outcome: null },
      ],
    },
    {
      id: '2014-05-radio',
      file: 'lessons/2014-05-radio.yaml',
      title: 'Radio for trainees',
      score: 0.22,
      strength: 'weak',
      reasons: ['shared audience: students'],
      conclusions: [{ finding: 'Listeners did not apply.', level: 'fundamental', outcome: 'refuted' }],
    },
  ],
  alsoRunning: [
    {
      id: '2027-01-ig',
      file: 'lessons/2027-01-ig.yaml',
      title: 'Instagram takeover',
      reasons: ['shared audience: students'],
    },
  ],
};

const broken: ReviewedFile = {
  file: 'lessons/2027-03-broken.yaml',
  campaign: null,
  title: 'Broken | plan',
  problems: [
    {
      file: 'lessons/2027-03-broken.yaml',
      line: 3,
      column: 9,
      severity: 'error',
      rule: 'schema',
      message: 'status must be one of planned, running, closed, cancelled, not "sleeping | <b>"',
    },
  ],
  related: [],
  alsoRunning: [],
};

describe('renderReviewComment', () => {
  it('leads with the problems, then the lessons per campaign, with nudges for a thin plan', () => {
    expect(renderReviewComment([broken, reviewed], { fileUrl })).toMatchInlineSnapshot(`
      "<!-- campaign-lessons:review -->
      ## Lessons from earlier campaigns

      This pull request adds or changes 2 campaigns. Before the plan is final, read what earlier campaigns taught us.

      ### Problems

      1 error to fix before this can be merged, and no warnings:

      | Where | Severity | Rule | Problem |
      |---|---|---|---|
      | [lessons/2027-03-broken.yaml:3](https://github.com/acme/careers/blob/abc1234/lessons/2027-03-broken.yaml#L3) | error | schema | status must be one of planned, running, closed, cancelled, not "sleeping &#124; \\<b\\>" |

      ### Broken &#124; plan

      [lessons/2027-03-broken.yaml](https://github.com/acme/careers/blob/abc1234/lessons/2027-03-broken.yaml)

      This file has errors (see above). Related lessons appear here once it is valid.

      ### Trainees on TikTok

      [lessons/2027-02-tiktok.yaml](https://github.com/acme/careers/blob/abc1234/lessons/2027-02-tiktok.yaml)

      **Related lessons**

      1. **[Trainee community on Hyves](https://github.com/acme/careers/blob/abc1234/lessons/2010-03-hyves.yaml)** — shared audience: students · similar goal: community
         - **Fundamental · refuted:** The community went quiet after the giveaway.
         - **Execution:** Posting on Friday worked better.
      2. **[Radio for trainees](https://github.com/acme/careers/blob/abc1234/lessons/2014-05-radio.yaml)** — _weaker match_ · shared audience: students
         - **Fundamental · refuted:** Listeners did not apply.

      **Also running now:** [Instagram takeover](https://github.com/acme/careers/blob/abc1234/lessons/2027-01-ig.yaml) (shared audience: students). Compare notes with them.

      **To strengthen the plan**

      - Add a measure to learning goal reach: without one, the conclusion will be an opinion.
      - Write down what you expect (a hypothesis), so the outcome can confirm or refute it.
      - There is one learning goal. Is there also a question about the fundamentals: is this a one-off campaign or continuous communication, and is there budget for content?
      - The retention plan is short: say where the conclusions are kept and when they are presented.
      - The owner also keeps the knowledge: when they leave, it leaves with them. Consider a team as retention owner.
      - The retention plan shares with no one (share\\_with): who else should learn from this?

      ---
      _Lessons with a fundamental conclusion or a refuted outcome come first: they are the ones most easily forgotten. This comment is kept up to date by campaign-lessons._
      "
    `);
  });

  it('is the same text for the same findings, so a re-run has nothing to update', () => {
    expect(renderReviewComment([reviewed], { fileUrl })).toBe(renderReviewComment([reviewed], { fileUrl }));
  });

  it('stays under GitHub’s limit however large the pull request, and points to the job summary', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...reviewed,
      file: `lessons/c-${i}.yaml`,
      related: Array.from({ length: 5 }, () => reviewed.related[0]!),
    }));
    const body = renderReviewComment(many, { fileUrl });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body.startsWith(REVIEW_MARKER)).toBe(true);
    expect(body).toContain('The job summary of the workflow run shows all of it.');
  });

  it('shrinks to one line when no campaign is touched any more', () => {
    expect(renderReviewOutdated()).toMatchInlineSnapshot(`
      "<!-- campaign-lessons:review -->
      _This pull request no longer adds or changes a campaign file, so there are no lessons to show here._
      "
    `);
  });

  it('escapes hostile text from campaign files', () => {
    const hostile: ReviewedFile = {
      ...reviewed,
      campaign: { ...tiktok, title: '# @everyone <img src=x onerror=alert(1)>' },
      related: [
        {
          ...reviewed.related[0]!,
          title: '[click](https://evil.example)',
          conclusions: [{ finding: '| a | b |\n|---|---|\n@acme/all', level: 'fundamental', outcome: null }],
        },
      ],
    };
    const body = renderReviewComment([hostile], { fileUrl });
    expect(body).not.toMatch(/@(?!\u200d)/);
    expect(body).not.toMatch(/(?<!\\)<img/);
    expect(body).not.toContain('[click]');
    expect(body).not.toContain('| a |');
    expect(body).toContain('### #\u200d @\u200deveryone \\<img src=x onerror=alert(1)\\>');
  });
});
