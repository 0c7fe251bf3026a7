// Answers "which past lessons matter for this campaign?": ranks, keeps what passes the
// relevance threshold, and explains each result with reasons and its best-matching conclusions.
import type { Campaign, RelatedConclusion, RelatedLesson } from '../types.js';
import { alsoRunning, type AlsoRunning } from './rank/also-running.js';
import { LessonIndex, type RelatedIndex } from './index/lesson-index.js';
import { queryVector } from './rank/query.js';
import { rankLessons, type ScoredLesson } from './rank/rank.js';
import { explainLesson } from './explain/reasons.js';
import { allConclusions } from '../conclusions.js';
import { conclusionValue, MAX_CONCLUSIONS } from './weights.js';

export interface RelatedOptions {
  /** Most lessons to return (default 5); fewer when fewer pass the relevance threshold. */
  limit?: number;
}

export interface RelatedResult {
  campaign: string;
  related: RelatedLesson[];
  alsoRunning: AlsoRunning[];
}

export const DEFAULT_LIMIT = 5;

/**
 * The conclusions that answer the plan best, at most MAX_CONCLUSIONS. A conclusion that shares
 * no words with the plan is shown only when none does: then the most valuable one.
 */
function bestConclusions(index: LessonIndex, scored: ScoredLesson): RelatedConclusion[] {
  const conclusions = allConclusions(index.entries[scored.lesson]!.campaign);
  const order = conclusions
    .map((conclusion, i) => ({
      conclusion,
      i,
      value: conclusionValue(conclusion),
      score: scored.conclusionScores[i]!,
    }))
    .sort((a, b) => b.score - a.score || b.value - a.value || a.i - b.i);
  const matching = order.filter((item) => item.score > 0);
  const shown = (matching.length > 0 ? matching : order).slice(0, MAX_CONCLUSIONS);
  return shown.map(({ conclusion }) => {
    const { finding, level, outcome } = conclusion;
    return { finding, level, outcome: outcome ?? null };
  });
}

/**
 * @example
 * const index = buildRelatedIndex(knowledgeBase.entries);
 * findRelated(index, planned).related.map((lesson) => lesson.reasons);
 * // [['same channel: hyves', 'shared audience: trainees', 'similar goal: community, actief'], ...]
 */
export function findRelated(
  index: RelatedIndex,
  target: Campaign,
  options: RelatedOptions = {},
): RelatedResult {
  if (!(index instanceof LessonIndex))
    throw new TypeError('findRelated needs an index from buildRelatedIndex');
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
  const ranked = rankLessons(index, target, queryVector(index, target)).slice(0, limit);
  const related = ranked.map((scored): RelatedLesson => {
    const entry = index.entries[scored.lesson]!;
    return {
      id: entry.campaign.id,
      file: entry.file,
      title: entry.campaign.title,
      score: scored.score,
      reasons: explainLesson(index, target, scored.lesson),
      conclusions: bestConclusions(index, scored),
    };
  });
  return { campaign: target.id, related, alsoRunning: alsoRunning(index.running, target, limit) };
}
