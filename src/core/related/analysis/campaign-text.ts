// The texts of a campaign that say what it is about and what it taught, each with its role,
// conclusions counted as `allConclusions` counts them (top-level first, then those in reviews).
import { allConclusions } from '../../conclusions.js';
import type { Campaign } from '../../types.js';

export type TextRole =
  'title' | 'summary' | 'tags' | 'goal' | 'measure' | 'finding' | 'recommendation' | 'evidence' | 'review';

export interface CampaignText {
  role: TextRole;
  text: string;
  /** Index into `allConclusions(campaign)` for conclusion texts. */
  conclusion?: number;
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
