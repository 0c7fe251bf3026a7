// Turns a campaign's conclusions — top-level and those drawn in reviews — into lessons, and orders
// lessons the way the report shows them: fundamental ones first, because those are the conclusions
// organisations most often fail to draw.
import { placedConclusions } from '../conclusions.js';
import type { Campaign } from '../types.js';
import type { ReportLesson } from './model.js';

/** The campaign's conclusions as lessons, in file order: top-level first, then review by review. */
export function collectLessons(campaign: Campaign, file: string): ReportLesson[] {
  return placedConclusions(campaign).map(({ conclusion, path }, index) => {
    const reviewDate = path[0] === 'reviews' ? campaign.reviews?.[path[1] as number]?.date : undefined;
    const date = reviewDate ?? campaign.period.start;
    const goal = campaign.learning_goals.find((candidate) => candidate.id === conclusion.goal);
    return {
      key: `${campaign.id}/${index + 1}`,
      campaign: { id: campaign.id, title: campaign.title, file },
      finding: conclusion.finding,
      level: conclusion.level,
      ...(conclusion.outcome ? { outcome: conclusion.outcome } : {}),
      ...(conclusion.evidence ? { evidence: conclusion.evidence } : {}),
      ...(conclusion.recommendation ? { recommendation: conclusion.recommendation } : {}),
      ...(goal ? { goal: { id: goal.id, question: goal.question } } : {}),
      ...(reviewDate ? { reviewDate } : {}),
      date,
      year: Number(date.slice(0, 4)),
      channels: campaign.channels,
      audiences: campaign.audiences ?? [],
      tags: campaign.tags ?? [],
    };
  });
}

/** Fundamental before execution, then the most recent first, then by campaign id and file order. */
export function compareLessons(a: ReportLesson, b: ReportLesson): number {
  if (a.level !== b.level) return a.level === 'fundamental' ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.campaign.id !== b.campaign.id) return a.campaign.id < b.campaign.id ? -1 : 1;
  return lessonNumber(a) - lessonNumber(b);
}

function lessonNumber(lesson: ReportLesson): number {
  return Number(lesson.key.slice(lesson.key.lastIndexOf('/') + 1));
}
