// The texts of a campaign that say what it is about and what it taught, each with its role,
// and every conclusion it has: top-level ones and those inside reviews of continuous work.
import type { Campaign, Conclusion } from '../types.js';

export type TextRole =
  'title' | 'summary' | 'tags' | 'goal' | 'measure' | 'finding' | 'recommendation' | 'evidence' | 'review';

export interface CampaignText {
  role: TextRole;
  text: string;
  /** Index into `allConclusions(campaign)` for conclusion texts. */
  conclusion?: number;
}

/** Top-level conclusions first, then those of the reviews in file order. */
export function allConclusions(campaign: Campaign): Conclusion[] {
  const list = [...(campaign.conclusions ?? [])];
  for (const review of campaign.reviews ?? []) list.push(...(review.conclusions ?? []));
  return list;
}

export function hasConclusions(campaign: Campaign): boolean {
  return (
    (campaign.conclusions?.length ?? 0) > 0 ||
    (campaign.reviews ?? []).some((review) => (review.conclusions?.length ?? 0) > 0)
  );
}

/** What the campaign says about itself: its plan (title, summary, tags, learning goals). */
export function planTexts(campaign: Campaign): CampaignText[] {
  const texts: CampaignText[] = [{ role: 'title', text: campaign.title }];
  if (campaign.summary !== undefined) texts.push({ role: 'summary', text: campaign.summary });
  // Tag slugs read as words: `employer-branding` is matched like "employer-branding" in text.
  if ((campaign.tags?.length ?? 0) > 0) texts.push({ role: 'tags', text: campaign.tags!.join('. ') });
  for (const goal of campaign.learning_goals) {
    texts.push({ role: 'goal', text: [goal.question, goal.hypothesis ?? ''].join('\n') });
    if (goal.measure !== undefined) texts.push({ role: 'measure', text: goal.measure });
  }
  return texts;
}

/** What the campaign taught: its conclusions and review summaries. */
export function lessonTexts(campaign: Campaign): CampaignText[] {
  const texts: CampaignText[] = [];
  allConclusions(campaign).forEach((conclusion, index) => {
    texts.push({ role: 'finding', text: conclusion.finding, conclusion: index });
    if (conclusion.recommendation !== undefined) {
      texts.push({ role: 'recommendation', text: conclusion.recommendation, conclusion: index });
    }
    if (conclusion.evidence !== undefined) {
      texts.push({ role: 'evidence', text: conclusion.evidence, conclusion: index });
    }
  });
  for (const review of campaign.reviews ?? []) texts.push({ role: 'review', text: review.summary });
  return texts;
}
