// The issue that asks for a campaign's conclusions, and the comments that close or reopen it.
import { describe, expect, it } from 'vitest';
import { CLOSING_MARKER, issueChangeKind, renderIssueChange } from '../../src/core/render/audit-comments.js';
import {
  assignableLogin,
  campaignMarker,
  markedCampaign,
  quotesCampaignMarker,
  renderAuditIssue,
  sameIssueBody,
} from '../../src/core/render/audit-issue.js';
import type { Awaiting, Campaign } from '../../src/core/types.js';

const campaign: Campaign = {
  id: '2014-05-tram',
  title: 'Tram advertising in Rotterdam',
  status: 'closed',
  owner: '@kjanssen',
  period: { start: '2014-05-01', end: '2014-07-31' },
  channels: ['outdoor'],
  learning_goals: [
    {
      id: 'reach',
      question: 'Do commuters remember the tram?',
      hypothesis: 'One in five does.',
      measure: 'Street survey.',
    },
    { id: 'applications', question: 'Does it bring applications?' },
  ],
  retention: { owner: '@acme/recruitment', plan: 'Present at the recruitment meeting.' },
};

const awaiting: Awaiting = {
  id: campaign.id,
  file: 'lessons/2014-05-tram.yaml',
  owner: campaign.owner,
  reason: 'closed-without-conclusions',
  since: '2014-07-31',
};

const fileUrl = 'https://github.com/acme/careers/blob/main/lessons/2014-05-tram.yaml';

describe('renderAuditIssue', () => {
  it('asks for the conclusions with a checklist, a snippet to fill in, and who owns it', () => {
    const issue = renderAuditIssue({ awaiting, campaign, fileUrl, ownerUnassignable: false });
    expect(issue.title).toBe('Lessons missing: Tram advertising in Rotterdam');
    expect(issue.body).toMatchInlineSnapshot(`
      "<!-- campaign-lessons:campaign=2014-05-tram -->
      **Tram advertising in Rotterdam** was closed without conclusions (its period ended on 2014-07-31).

      What did it teach us? Write the conclusions down while people still remember, so the next campaign starts from them.

      - **File:** [lessons/2014-05-tram.yaml](https://github.com/acme/careers/blob/main/lessons/2014-05-tram.yaml)
      - **Owner:** @kjanssen
      - **Retention owner:** @acme/recruitment, who makes sure the conclusions are kept: Present at the recruitment meeting.

      ### Learning goals

      - [ ] Do commuters remember the tram? \`reach\` (expected: One in five does; measured by: Street survey)
      - [ ] Does it bring applications? \`applications\`

      ### Fill in

      Add this to the campaign file, one conclusion per learning goal:

      \`\`\`yaml
      conclusions:
        - goal: reach
          finding:          # what happened, in a sentence or two
          level:            # fundamental (the approach itself) or execution (the details)
          outcome:          # confirmed, refuted or inconclusive
          evidence:         # the figures that show it
          recommendation:   # what the next campaign should do
        - goal: applications
          finding:          # what happened, in a sentence or two
          level:            # fundamental (the approach itself) or execution (the details)
          outcome:          # confirmed, refuted or inconclusive
          evidence:         # the figures that show it
          recommendation:   # what the next campaign should do
      \`\`\`

      Question the fundamentals, not only the details: was the community central, was this continuous communication rather than a one-off campaign, was there budget for content?

      ---
      _This issue is kept by campaign-lessons and closes itself when the conclusions are merged. Its description is rewritten when the campaign file changes; comments are kept._
      "
    `);
  });

  it('mentions an owner who cannot be assigned and asks for a hand-over', () => {
    const { body } = renderAuditIssue({ awaiting, campaign, fileUrl, ownerUnassignable: true });
    expect(body).toContain(
      '> @kjanssen could not be assigned (perhaps they left). Please hand this knowledge',
    );
  });

  it('asks continuous work for a review', () => {
    const continuous: Campaign = {
      ...campaign,
      mode: 'continuous',
      status: 'running',
      review_every_days: 90,
    };
    const { body } = renderAuditIssue({
      awaiting: { ...awaiting, reason: 'review-overdue', since: '2025-08-10' },
      campaign: continuous,
      fileUrl,
      ownerUnassignable: false,
    });
    expect(body).toContain('is continuous work, reviewed every 90 days; a review was due on 2025-08-10.');
    expect(body).toContain(
      'reviews:\n  - date: YYYY-MM-DD\n    summary:\n    conclusions:\n      - goal: reach',
    );
  });

  it('escapes text from the file but mentions well-formed owner handles', () => {
    const hostile: Campaign = {
      ...campaign,
      title: '@everyone\n# <script>x</script>',
      learning_goals: [{ id: 'reach', question: '![x](https://evil.example) | @acme/all' }],
    };
    const issue = renderAuditIssue({ awaiting, campaign: hostile, fileUrl, ownerUnassignable: false });
    expect(issue.title).toBe('Lessons missing: @everyone # <script>x</script>');
    const mentions = issue.body.match(/@(?!\u200d)[\w/-]+/g);
    expect(mentions).toEqual(['@kjanssen', '@acme/recruitment']);
    expect(issue.body).not.toMatch(/(?<!\\)<script/);
    expect(issue.body).not.toMatch(/(?<!\\)!\[/);
  });

  it('is found again by its marker, and a ticked box is no reason to rewrite it', () => {
    const { body } = renderAuditIssue({ awaiting, campaign, fileUrl, ownerUnassignable: false });
    expect(markedCampaign(body)).toBe('2014-05-tram');
    expect(markedCampaign('no marker here')).toBeNull();
    // Only at the very start: quoted in a code span, a fence or a person's notes it ties the issue to nothing.
    expect(markedCampaign(`\n\n${campaignMarker('a')}\nbody`)).toBe('a');
    expect(markedCampaign(`See \`${campaignMarker('a')}\``)).toBeNull();
    expect(markedCampaign(`\`\`\`\n${campaignMarker('a')}\n\`\`\``)).toBeNull();
    expect(quotesCampaignMarker(`See \`${campaignMarker('a')}\``)).toBe(true);
    expect(body.startsWith(campaignMarker('2014-05-tram'))).toBe(true);
    expect(sameIssueBody(body.replace('- [ ]', '- [x]').replace(/\n/g, '\r\n'), body)).toBe(true);
    expect(sameIssueBody(body.replace('tram?', 'trams?'), body)).toBe(false);
  });

  it('assigns people, never teams', () => {
    expect(assignableLogin('@kjanssen')).toBe('kjanssen');
    expect(assignableLogin('@acme/recruitment')).toBeNull();
    expect(assignableLogin('kjanssen')).toBeNull();
  });
});

describe('renderIssueChange', () => {
  it('names the commit when it closes or reopens, after a marker of its kind', () => {
    const sha = 'c0ffee5a1b2c3d4e5f60718293a4b5c6d7e8f901';
    expect(renderIssueChange({ kind: 'concluded', sha, file: 'lessons/a.yaml' })).toBe(
      `<!-- campaign-lessons:closing -->\nThe conclusions are in: \`lessons/a.yaml\` has them as of ${sha}. Thank you for writing them down.`,
    );
    expect(issueChangeKind(renderIssueChange({ kind: 'deleted', sha, id: 'a' }))).toBe('closing');
    expect(issueChangeKind(renderIssueChange({ kind: 'reopened', sha, file: 'a.yaml' }))).toBe('reopening');
    expect(issueChangeKind(`Quoting \`${CLOSING_MARKER}\``)).toBeNull();
    expect(renderIssueChange({ kind: 'deleted', sha, id: 'a' })).toContain(`was removed as of ${sha}`);
    expect(renderIssueChange({ kind: 'reopened', sha, file: 'lessons/a.yaml' })).toContain(
      'awaits conclusions again',
    );
    expect(renderIssueChange({ kind: 'duplicate', of: 12 })).toBe(
      `${CLOSING_MARKER}\nDuplicate of #12, which tracks the same campaign.`,
    );
  });
});
