// Where a campaign's conclusions live: at the top level and, for continuous work, inside
// reviews. Both count as conclusions everywhere (DESIGN §1).
import type { Campaign, Conclusion } from './types.js';

export interface PlacedConclusion {
  conclusion: Conclusion;
  path: (string | number)[];
}

export function placedConclusions(campaign: Pick<Campaign, 'conclusions' | 'reviews'>): PlacedConclusion[] {
  const out: PlacedConclusion[] = [];
  (campaign.conclusions ?? []).forEach((conclusion, i) => out.push({ conclusion, path: ['conclusions', i] }));
  (campaign.reviews ?? []).forEach((review, r) =>
    (review.conclusions ?? []).forEach((conclusion, i) =>
      out.push({ conclusion, path: ['reviews', r, 'conclusions', i] }),
    ),
  );
  return out;
}

export function allConclusions(campaign: Pick<Campaign, 'conclusions' | 'reviews'>): Conclusion[] {
  return placedConclusions(campaign).map((p) => p.conclusion);
}

export function hasConclusions(campaign: Pick<Campaign, 'conclusions' | 'reviews'>): boolean {
  if ((campaign.conclusions?.length ?? 0) > 0) return true;
  return (campaign.reviews ?? []).some((r) => (r.conclusions?.length ?? 0) > 0);
}

/** The date of the latest review, or undefined when there is none. */
export function lastReviewDate(campaign: Pick<Campaign, 'reviews'>): string | undefined {
  let last: string | undefined;
  for (const review of campaign.reviews ?? []) if (!last || review.date > last) last = review.date;
  return last;
}
