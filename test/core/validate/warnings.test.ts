// The warnings about learning (DESIGN §1): each at the key it is about, as advice a recruiter
// can act on. `today` is always given.
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../src/core/types.js';
import { campaignWarnings } from '../../../src/core/validate/warnings.js';
import { makeCampaign } from '../make-campaign.js';

const TODAY = '2026-11-26';
const warn = (c: Campaign, today = TODAY, graceDays = 14) =>
  campaignWarnings(c, { today, graceDays }).map((w) => [w.rule, w.path, w.at, w.severity]);
const fundamental = { goal: 'reach', finding: 'The approach was wrong.', level: 'fundamental' as const };
const execution = { goal: 'reach', finding: 'The timing was wrong.', level: 'execution' as const };
const continuous = (overrides: Partial<Campaign> = {}) =>
  makeCampaign({ mode: 'continuous', review_every_days: 90, period: { start: '2026-01-01' }, ...overrides });

describe('campaignWarnings', () => {
  it('has nothing to say about a running campaign before its end', () => {
    expect(warn(makeCampaign({ period: { start: '2026-01-01', end: '2026-12-31' } }))).toEqual([]);
  });

  it('missing-conclusions: closed or cancelled without conclusions, at status', () => {
    expect(warn(makeCampaign({ status: 'closed' }))).toEqual([
      ['missing-conclusions', ['status'], 'key', 'warning'],
    ]);
    const [cancelled] = campaignWarnings(makeCampaign({ status: 'cancelled' }), {
      today: TODAY,
      graceDays: 14,
    });
    expect(cancelled?.rule).toBe('missing-conclusions');
    expect(cancelled?.message).toMatch(/cancelled work teaches too/);
  });

  it('missing-conclusions does not wait for the grace period or the end date', () => {
    expect(
      warn(makeCampaign({ status: 'closed', period: { start: '2026-11-01', end: '2026-12-31' } })),
    ).toEqual([['missing-conclusions', ['status'], 'key', 'warning']]);
  });

  it('ended-without-conclusions: still running after end + grace, at status', () => {
    const c = makeCampaign({ period: { start: '2026-01-01', end: '2026-11-11' } });
    expect(warn(c)).toEqual([['ended-without-conclusions', ['status'], 'key', 'warning']]);
    expect(warn(c, '2026-11-25')).toEqual([]);
    expect(warn(c, TODAY, 15)).toEqual([]);
    const [w] = campaignWarnings(c, { today: TODAY, graceDays: 14 });
    expect(w?.message).toBe(
      'This campaign ended on 2026-11-11, more than 14 days ago, but is still running and has no conclusions. Set status: closed and add what you learned.',
    );
  });

  it('ended-without-conclusions: interim conclusions count', () => {
    const c = makeCampaign({
      status: 'planned',
      period: { start: '2026-01-01', end: '2026-02-01' },
      conclusions: [fundamental],
    });
    expect(warn(c)).toEqual([]);
  });

  it('unanswered-goal: each goal of a finished campaign without a conclusion, at the goal', () => {
    const c = makeCampaign({
      status: 'cancelled',
      learning_goals: [
        { id: 'reach', question: 'a' },
        { id: 'cost', question: 'b' },
        { id: 'apply', question: 'c' },
      ],
      conclusions: [fundamental],
    });
    expect(warn(c)).toEqual([
      ['unanswered-goal', ['learning_goals', 1], 'key', 'warning'],
      ['unanswered-goal', ['learning_goals', 2], 'key', 'warning'],
    ]);
  });

  it('unanswered-goal: a conclusion without a goal answers the only goal there is, not one of several', () => {
    const unnamed = { finding: 'f', level: 'fundamental' as const };
    expect(warn(makeCampaign({ status: 'closed', conclusions: [unnamed] }))).toEqual([]);
    const two = makeCampaign({
      status: 'closed',
      learning_goals: [
        { id: 'reach', question: 'a' },
        { id: 'cost', question: 'b' },
      ],
      conclusions: [unnamed],
    });
    expect(warn(two).map((w) => w[0])).toEqual(['unanswered-goal', 'unanswered-goal']);
  });

  it('unanswered-goal: not while running, and counts review conclusions', () => {
    const goals = [
      { id: 'reach', question: 'a' },
      { id: 'cost', question: 'b' },
    ];
    expect(
      warn(
        makeCampaign({ learning_goals: goals, conclusions: [fundamental], period: { start: '2026-01-01' } }),
      ),
    ).toEqual([]);
    const closed = continuous({
      status: 'closed',
      learning_goals: goals,
      conclusions: [fundamental],
      reviews: [
        {
          date: '2026-03-01',
          summary: 's',
          conclusions: [{ goal: 'cost', finding: 'f', level: 'fundamental' }],
        },
      ],
    });
    expect(warn(closed)).toEqual([]);
  });

  it('only-execution-conclusions: at conclusions, asking about the fundamentals', () => {
    const c = makeCampaign({ status: 'closed', conclusions: [execution, execution] });
    expect(warn(c)).toEqual([['only-execution-conclusions', ['conclusions'], 'key', 'warning']]);
    const [w] = campaignWarnings(c, { today: TODAY, graceDays: 14 });
    expect(w?.message).toMatch(/Were these the right conclusions\?/);
    expect(w?.message).toMatch(/level: fundamental/);
  });

  it('only-execution-conclusions: one fundamental conclusion anywhere is enough', () => {
    expect(warn(makeCampaign({ status: 'closed', conclusions: [execution, fundamental] }))).toEqual([]);
    const c = continuous({
      conclusions: [execution],
      reviews: [{ date: '2026-11-01', summary: 's', conclusions: [fundamental] }],
    });
    expect(warn(c)).toEqual([]);
  });

  it('only-execution-conclusions: at reviews when the conclusions are only there', () => {
    const c = continuous({ reviews: [{ date: '2026-11-01', summary: 's', conclusions: [execution] }] });
    expect(warn(c)).toEqual([['only-execution-conclusions', ['reviews'], 'key', 'warning']]);
  });

  it('only-execution-conclusions and unanswered-goal need at least one conclusion', () => {
    expect(warn(makeCampaign({ status: 'closed', conclusions: [] })).map((w) => w[0])).toEqual([
      'missing-conclusions',
    ]);
    const emptyReviews = continuous({
      status: 'closed',
      reviews: [{ date: '2026-02-01', summary: 's', conclusions: [] }],
    });
    expect(warn(emptyReviews).map((w) => w[0])).toEqual(['missing-conclusions']);
  });

  it('applies to interim conclusions of running work too', () => {
    const c = makeCampaign({ period: { start: '2026-01-01' }, conclusions: [execution] });
    expect(warn(c)).toEqual([['only-execution-conclusions', ['conclusions'], 'key', 'warning']]);
  });

  it('review-overdue: at reviews, or at review_every_days before the first review', () => {
    const reviewed = continuous({ reviews: [{ date: '2026-08-01', summary: 's' }] });
    expect(warn(reviewed)).toEqual([['review-overdue', ['reviews'], 'key', 'warning']]);
    const [w] = campaignWarnings(reviewed, { today: TODAY, graceDays: 14 });
    expect(w?.message).toBe(
      'A review of this continuous work was due on 2026-10-30 (every 90 days). Review it and add what you learned to reviews.',
    );
    expect(warn(continuous())).toEqual([['review-overdue', ['review_every_days'], 'key', 'warning']]);
  });

  it('review-overdue even when earlier reviews have fundamental conclusions', () => {
    const c = continuous({ reviews: [{ date: '2026-05-01', summary: 's', conclusions: [fundamental] }] });
    expect(warn(c)).toEqual([['review-overdue', ['reviews'], 'key', 'warning']]);
  });

  it('messages are sentences and name no parser terms', () => {
    const cases = [
      makeCampaign({ status: 'closed' }),
      makeCampaign({ period: { start: '2026-01-01', end: '2026-02-01' } }),
      makeCampaign({
        status: 'closed',
        conclusions: [execution],
        learning_goals: [
          { id: 'reach', question: 'q' },
          { id: 'x', question: 'q' },
        ],
      }),
      continuous(),
    ];
    for (const c of cases) {
      for (const w of campaignWarnings(c, { today: TODAY, graceDays: 14 })) {
        expect(w.message).toMatch(/^[A-Z].*[.?]$/);
        expect(w.message).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });
});
