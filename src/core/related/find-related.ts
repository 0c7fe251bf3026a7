// Answers "which past lessons matter for this campaign?", in the order of the pipeline: the plan
// is analysed into a query (rank/query.ts), scored against the index (rank/rank.ts), cut where
// the evidence ends (rank/cut.ts), and each lesson shown is explained (explain/).
import type { Campaign, RelatedLesson } from '../types.js';
import { bestConclusions } from './explain/best-conclusions.js';
import { explainLesson, planWords } from './explain/reasons.js';
import { LessonIndex, type RelatedIndex } from './index/lesson-index.js';
import { alsoRunning, type AlsoRunning } from './rank/also-running.js';
import { cut } from './rank/cut.js';
import { queryOf } from './rank/query.js';
import { rankLessons } from './rank/rank.js';

export interface RelatedOptions {
  /** Most lessons to return (default 5); fewer when fewer pass the cut. */
  limit?: number;
  /**
   * Also list planned campaigns on the same channel, audience or topic beside the running ones
   * (`lessons new`: someone may be planning the same thing).
   */
  alsoPlanned?: boolean;
}

export interface RelatedResult {
  campaign: string;
  related: RelatedLesson[];
  alsoRunning: AlsoRunning[];
}

export const DEFAULT_LIMIT = 5;

/**
 * @example
 * const index = buildRelatedIndex(knowledgeBase.entries);
 * findRelated(index, planned).related.map((lesson) => lesson.reasons);
 * // [['same fundamental question: who keeps the community alive once the launch is over?',
 * //   'same channel: hyves', 'shared audience: trainees'], ...]
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
  const shown = cut(rankLessons(index, queryOf(index, target), target.id), limit);
  const words = shown.length > 0 ? planWords(index, target) : undefined;
  const related = shown.map(({ scored, strength }): RelatedLesson => {
    const entry = index.entries[scored.lesson]!;
    return {
      id: entry.campaign.id,
      file: entry.file,
      title: entry.campaign.title,
      score: scored.score,
      strength,
      reasons: explainLesson(index, target, scored, words),
      conclusions: bestConclusions(index, scored),
    };
  });
  const running = alsoRunning(index.running, target, limit, options.alsoPlanned === true);
  return { campaign: target.id, related, alsoRunning: running };
}
