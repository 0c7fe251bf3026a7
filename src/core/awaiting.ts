// Which campaigns await conclusions on a given day (DESIGN §2). `today` is a parameter so
// every rule can be tested for any date.
import { hasConclusions, lastReviewDate } from './conclusions.js';
import { addDays } from './dates.js';
import type { Awaiting, AwaitingReason, Campaign, CampaignEntry } from './types.js';

export const DEFAULT_GRACE_DAYS = 14;

export interface AwaitingOptions {
  today: string;
  graceDays?: number;
}

export interface AwaitingVerdict {
  reason: AwaitingReason;
  since: string;
}

/**
 * The day the next review of continuous work fell due, when that day plus the grace period has
 * passed; null for other work and for reviews on time. The `review-overdue` warning uses it
 * whether or not earlier reviews had conclusions.
 */
export function overdueReview(campaign: Campaign, options: AwaitingOptions): string | null {
  const active = campaign.status === 'planned' || campaign.status === 'running';
  if (!active || campaign.mode !== 'continuous' || campaign.review_every_days === undefined) return null;
  const due = addDays(lastReviewDate(campaign) ?? campaign.period.start, campaign.review_every_days);
  return addDays(due, options.graceDays ?? DEFAULT_GRACE_DAYS) < options.today ? due : null;
}

/**
 * Why (and since when) one campaign awaits conclusions, or null. As DESIGN §2 says, only a
 * campaign without any conclusions (conclusions in reviews count) awaits them.
 * @example awaitingVerdict(closedWithoutConclusions, { today: '2026-01-01' })
 *   // { reason: 'closed-without-conclusions', since: '2010-06-30' }
 */
export function awaitingVerdict(campaign: Campaign, options: AwaitingOptions): AwaitingVerdict | null {
  if (hasConclusions(campaign)) return null;
  const grace = options.graceDays ?? DEFAULT_GRACE_DAYS;
  if (campaign.status === 'closed' || campaign.status === 'cancelled') {
    return { reason: 'closed-without-conclusions', since: campaign.period.end ?? campaign.period.start };
  }
  const due = overdueReview(campaign, options);
  if (due !== null) return { reason: 'review-overdue', since: due };
  // Reviews on time do not excuse continuous work that ended without any conclusions.
  const end = campaign.period.end;
  if (end && addDays(end, grace) < options.today) return { reason: 'ended-without-conclusions', since: end };
  return null;
}

export function findAwaiting(entries: readonly CampaignEntry[], options: AwaitingOptions): Awaiting[] {
  const out: Awaiting[] = [];
  for (const entry of entries) {
    const verdict = awaitingVerdict(entry.campaign, options);
    if (!verdict) continue;
    out.push({ id: entry.campaign.id, file: entry.file, owner: entry.campaign.owner, ...verdict });
  }
  return out.sort((a, b) => (a.since === b.since ? a.id.localeCompare(b.id) : a.since < b.since ? -1 : 1));
}
