// The calibrated cut: which ranked lessons are shown, and which of them as weaker matches. The
// score it reads is built from signals that each mean the same in a knowledge base of 20 or of
// 10,000 campaigns (cosine similarities, shares of questions, audience and channel types), and a
// lesson that raises the plan's fundamental question for the same audience is a strong match
// whatever its words. Weaker matches are shown only beside a strong one, and marked; a plan that
// nothing strongly matches gets an empty answer.
import type { Strength } from '../../types.js';
import { CUT as C } from '../weights.js';
import type { ScoredLesson } from './rank.js';

export function strengthOf(scored: ScoredLesson): Strength {
  const aboutTheProblem = scored.text >= C.text || scored.concept >= C.concept;
  const sameQuestionAndAudience =
    scored.fundamental.best >= C.question && scored.audience >= C.audience && scored.text >= C.questionText;
  return (scored.score >= C.strong && aboutTheProblem) || sameQuestionAndAudience ? 'strong' : 'weak';
}

export interface Shown {
  scored: ScoredLesson;
  strength: Strength;
}

/**
 * Of lessons ranked best first, those shown, in rank order: nothing when none is strong; else
 * the strong ones and the weaker ones that score enough, at most `limit`.
 */
export function cut(ranked: readonly ScoredLesson[], limit: number): Shown[] {
  const rated = ranked.map((scored) => ({ scored, strength: strengthOf(scored) }));
  const firstStrong = rated.find((item) => item.strength === 'strong');
  if (firstStrong === undefined) return [];
  const floor = Math.max(C.weakScore, C.weakShare * firstStrong.scored.score);
  return rated.filter((item) => item.strength === 'strong' || item.scored.score >= floor).slice(0, limit);
}
