// Which campaigns await conclusions on a given day (DESIGN §2), with fixed dates: every reason,
// the grace boundaries, and the `since` each reports.
import { describe, expect, it } from 'vitest';
import { awaitingVerdict, DEFAULT_GRACE_DAYS, findAwaiting, overdueReview } from '../../src/core/awaiting.js';
import type { Campaign } from '../../src/core/types.js';
import { entry, makeCampaign } from './make-campaign.js';

const conclusion = { goal: 'reach', finding: 'We learned something.', level: 'fundamental' as const };
const verdict = (c: Campaign, today: string, graceDays?: number) => awaitingVerdict(c, { today, graceDays });
const continuous = (overrides: Partial<Campaign> = {}) =>
  makeCampaign({ mode: 'continuous', review_every_days: 90, period: { start: '2026-01-01' }, ...overrides });

describe('awaitingVerdict', () => {
  it('uses 14 days of grace by default', () => {
    expect(DEFAULT_GRACE_DAYS).toBe(14);
  });

  describe('closed-without-conclusions', () => {
    it('applies to closed and cancelled work, since the end date', () => {
      const closed = makeCampaign({ status: 'closed', period: { start: '2010-03-01', end: '2010-06-30' } });
      expect(verdict(closed, '2026-11-26')).toEqual({
        reason: 'closed-without-conclusions',
        since: '2010-06-30',
      });
      expect(verdict({ ...closed, status: 'cancelled' }, '2026-11-26')).toEqual({
        reason: 'closed-without-conclusions',
        since: '2010-06-30',
      });
    });

    it('is since the start when there is no end', () => {
      const c = makeCampaign({ status: 'cancelled', period: { start: '2026-05-01' } });
      expect(verdict(c, '2026-11-26')?.since).toBe('2026-05-01');
    });

    it('needs no grace: a campaign closed early awaits at once', () => {
      const c = makeCampaign({ status: 'closed', period: { start: '2026-11-01', end: '2026-12-31' } });
      expect(verdict(c, '2026-11-26')).toEqual({ reason: 'closed-without-conclusions', since: '2026-12-31' });
    });

    it('ends with conclusions, top-level or inside reviews', () => {
      expect(verdict(makeCampaign({ status: 'closed', conclusions: [conclusion] }), '2026-11-26')).toBeNull();
      const reviewed = continuous({
        status: 'closed',
        reviews: [{ date: '2026-02-01', summary: 's', conclusions: [conclusion] }],
      });
      expect(verdict(reviewed, '2026-11-26')).toBeNull();
    });

    it('applies to closed continuous work without conclusions, however recent its reviews', () => {
      const c = continuous({
        status: 'closed',
        period: { start: '2026-01-01', end: '2026-11-20' },
        reviews: [{ date: '2026-11-15', summary: 'A review without conclusions.' }],
      });
      expect(verdict(c, '2026-11-26')).toEqual({ reason: 'closed-without-conclusions', since: '2026-11-20' });
    });

    it('ignores empty conclusion lists', () => {
      const c = continuous({
        status: 'closed',
        conclusions: [],
        reviews: [{ date: '2026-02-01', summary: 's', conclusions: [] }],
      });
      expect(verdict(c, '2026-11-26')?.reason).toBe('closed-without-conclusions');
    });
  });

  describe('ended-without-conclusions', () => {
    const ended = makeCampaign({ status: 'running', period: { start: '2026-01-01', end: '2026-11-01' } });

    it('is not yet awaiting on exactly end + grace, and is one day later', () => {
      expect(verdict(ended, '2026-11-15')).toBeNull();
      expect(verdict(ended, '2026-11-16')).toEqual({
        reason: 'ended-without-conclusions',
        since: '2026-11-01',
      });
    });

    it('follows the grace days given, zero included', () => {
      expect(verdict(ended, '2026-11-02', 0)).toEqual({
        reason: 'ended-without-conclusions',
        since: '2026-11-01',
      });
      expect(verdict(ended, '2026-11-01', 0)).toBeNull();
      expect(verdict(ended, '2026-12-01', 30)).toBeNull();
      expect(verdict(ended, '2026-12-02', 30)?.reason).toBe('ended-without-conclusions');
    });

    it('applies to planned work too', () => {
      expect(verdict({ ...ended, status: 'planned' }, '2026-11-16')?.reason).toBe(
        'ended-without-conclusions',
      );
    });

    it('counts grace across months, years and leap days in UTC calendar dates', () => {
      const leap = makeCampaign({ period: { start: '2024-01-01', end: '2024-02-20' } });
      expect(verdict(leap, '2024-03-05')).toBeNull(); // 2024-02-20 + 14 = 2024-03-05
      expect(verdict(leap, '2024-03-06')?.reason).toBe('ended-without-conclusions');
      const newYear = makeCampaign({ period: { start: '2025-01-01', end: '2025-12-25' } });
      expect(verdict(newYear, '2026-01-08')).toBeNull();
      expect(verdict(newYear, '2026-01-09')?.since).toBe('2025-12-25');
    });

    it('never applies without an end date, or with interim conclusions', () => {
      expect(verdict(makeCampaign({ period: { start: '2000-01-01' } }), '2026-11-26')).toBeNull();
      expect(verdict({ ...ended, conclusions: [conclusion] }, '2030-01-01')).toBeNull();
    });
  });

  describe('review-overdue', () => {
    it('counts from period.start when there is no review yet', () => {
      const c = continuous({ period: { start: '2026-01-01' } }); // due 2026-04-01, awaiting after 04-15
      expect(verdict(c, '2026-04-15')).toBeNull();
      expect(verdict(c, '2026-04-16')).toEqual({ reason: 'review-overdue', since: '2026-04-01' });
    });

    it('counts from the latest review date, whatever the order of the list', () => {
      const c = continuous({
        reviews: [
          { date: '2026-03-01', summary: 'a' },
          { date: '2026-08-01', summary: 'b' },
          { date: '2026-05-01', summary: 'c' },
        ],
      });
      // 2026-08-01 + 90 = 2026-10-30; + 14 = 2026-11-13
      expect(verdict(c, '2026-11-13')).toBeNull();
      expect(verdict(c, '2026-11-14')).toEqual({ reason: 'review-overdue', since: '2026-10-30' });
    });

    it('does not apply when earlier reviews have conclusions: only work without conclusions awaits them', () => {
      const c = continuous({ reviews: [{ date: '2026-02-01', summary: 's', conclusions: [conclusion] }] });
      expect(verdict(c, '2026-11-26')).toBeNull();
      expect(overdueReview(c, { today: '2026-11-26' })).toBe('2026-05-02');
      expect(overdueReview(c, { today: '2026-05-16' })).toBeNull();
    });

    it('follows the grace days given', () => {
      const c = continuous({ period: { start: '2026-01-01' } });
      expect(verdict(c, '2026-04-02', 0)).toEqual({ reason: 'review-overdue', since: '2026-04-01' });
      expect(verdict(c, '2026-04-01', 0)).toBeNull();
    });

    it('does not apply to continuous work that has not started, or that is closed', () => {
      expect(
        verdict(continuous({ status: 'planned', period: { start: '2027-01-01' } }), '2026-11-26'),
      ).toBeNull();
      expect(verdict(continuous({ status: 'closed', conclusions: [conclusion] }), '2026-11-26')).toBeNull();
    });

    it('applies to planned continuous work whose start is long past', () => {
      expect(verdict(continuous({ status: 'planned' }), '2026-11-26')?.reason).toBe('review-overdue');
    });

    it('leaves continuous work that ended without any conclusions as ended, when its reviews are on time', () => {
      const c = continuous({
        period: { start: '2025-01-01', end: '2026-06-30' },
        reviews: [{ date: '2026-10-01', summary: 'A review without conclusions.' }],
      });
      expect(verdict(c, '2026-11-26')).toEqual({ reason: 'ended-without-conclusions', since: '2026-06-30' });
      const withConclusions = continuous({
        period: { start: '2025-01-01', end: '2026-06-30' },
        reviews: [{ date: '2026-10-01', summary: 's', conclusions: [conclusion] }],
      });
      expect(verdict(withConclusions, '2026-11-26')).toBeNull();
    });

    it('says review-overdue when both apply: the review date is what continuous work is held to', () => {
      const c = continuous({ period: { start: '2025-01-01', end: '2025-06-30' } });
      expect(verdict(c, '2026-11-26')).toEqual({ reason: 'review-overdue', since: '2025-04-01' });
    });
  });

  it('says nothing about running work within its period', () => {
    expect(
      verdict(makeCampaign({ period: { start: '2026-01-01', end: '2026-12-31' } }), '2026-11-26'),
    ).toBeNull();
  });
});

describe('findAwaiting', () => {
  const today = '2026-11-26';
  const campaigns = [
    makeCampaign({ id: 'fine', period: { start: '2026-01-01', end: '2026-12-31' } }),
    makeCampaign({
      id: 'b-closed',
      status: 'closed',
      owner: '@acme/team',
      period: { start: '2012-01-01', end: '2012-02-01' },
    }),
    makeCampaign({ id: 'a-closed', status: 'closed', period: { start: '2012-01-01', end: '2012-02-01' } }),
    makeCampaign({ id: 'ended', period: { start: '2020-01-01', end: '2020-02-01' } }),
    continuous({ id: 'community', owner: '@kjanssen' }),
  ];

  it('lists each awaiting campaign with id, file, owner, reason and since, oldest first', () => {
    const found = findAwaiting(
      campaigns.map((c) => entry(c)),
      { today },
    );
    expect(found).toEqual([
      {
        id: 'a-closed',
        file: 'lessons/a-closed.yaml',
        owner: '@jdevries',
        reason: 'closed-without-conclusions',
        since: '2012-02-01',
      },
      {
        id: 'b-closed',
        file: 'lessons/b-closed.yaml',
        owner: '@acme/team',
        reason: 'closed-without-conclusions',
        since: '2012-02-01',
      },
      {
        id: 'ended',
        file: 'lessons/ended.yaml',
        owner: '@jdevries',
        reason: 'ended-without-conclusions',
        since: '2020-02-01',
      },
      {
        id: 'community',
        file: 'lessons/community.yaml',
        owner: '@kjanssen',
        reason: 'review-overdue',
        since: '2026-04-01',
      },
    ]);
    for (const a of found) expect(Object.keys(a).sort()).toEqual(['file', 'id', 'owner', 'reason', 'since']);
  });

  it('depends only on the date and grace given', () => {
    const entries = campaigns.map((c) => entry(c));
    // Closed work awaits at once, whatever the date; the rest only once its time has come.
    expect(findAwaiting(entries, { today: '2012-01-15' }).map((a) => a.id)).toEqual(['a-closed', 'b-closed']);
    expect(findAwaiting(entries, { today: '2026-04-15' }).map((a) => a.id)).toEqual([
      'a-closed',
      'b-closed',
      'ended',
    ]);
    expect(findAwaiting(entries, { today: '2026-04-16' }).map((a) => a.id)).toContain('community');
    expect(findAwaiting(entries, { today: '2026-04-16', graceDays: 3000 }).map((a) => a.id)).toEqual([
      'a-closed',
      'b-closed',
    ]);
  });

  it('returns an empty list for an empty knowledge base', () => {
    expect(findAwaiting([], { today })).toEqual([]);
  });
});
