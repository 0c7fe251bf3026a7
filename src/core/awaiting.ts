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
 * Why (and since when) one campaign awaits conclusions, or null.
 * @example awaitingVerdict(closedWithoutConclusions, { today: '2026-01-01' })
 *   // { reason: 'closed-without-conclusions', since: '2010-06-30' }
 */
export function awaitingVerdict(campaign: Campaign, options: AwaitingOptions): AwaitingVerdict | null {
  const grace = options.graceDays ?? DEFAULT_GRACE_DAYS;
  const finished = campaign.status === 'closed' || campaign.status === 'cancelled';
  const active = campaign.status === 'planned' || campaign.status === 'running';
  const since = campaign.period.end ?? campaign.period.start;
  if (finished) return hasConclusions(campaign) ? null : { reason: 'closed-without-conclusions', since };
  if (!active) return null;
  if (campaign.mode === 'continuous' && campaign.review_every_days !== undefined) {
    // A review is a fresh round of conclusions: continuous work awaits one whenever its
    // cadence has lapsed, even when earlier reviews had conclusions.
    const due = addDays(lastReviewDate(campaign) ?? campaign.period.start, campaign.review_every_days);
    if (addDays(due, grace) < options.today) return { reason: 'review-overdue', since: due };
    // Reviews on time do not excuse continuous work that ended without any conclusions.
  }
  const end = campaign.period.end;
  if (end && !hasConclusions(campaign) && addDays(end, grace) < options.today) {
    return { reason: 'ended-without-conclusions', since: end };
  }
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
