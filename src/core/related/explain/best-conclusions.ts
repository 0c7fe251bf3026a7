// The conclusions of a related lesson that answer the plan best, as the lesson shows them.
import { allConclusions } from '../../conclusions.js';
import type { RelatedConclusion } from '../../types.js';
import type { LessonIndex } from '../index/lesson-index.js';
import type { ScoredLesson } from '../rank/rank.js';
import { conclusionValue, MAX_CONCLUSIONS } from '../weights.js';

/**
 * At most MAX_CONCLUSIONS, best answer first. A conclusion that shares no words with the plan is
 * shown only when none does: then the most valuable ones (fundamental, refuted first).
 */
export function bestConclusions(index: LessonIndex, scored: ScoredLesson): RelatedConclusion[] {
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
