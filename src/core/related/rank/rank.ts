// Scores the past campaigns against a query in two stages. First, for every campaign that
// shares a term or a fundamental question with the plan (found through posting lists), the
// text similarity, the fundamental questions, the audience and the channels; the best of those
// then get how well each of their conclusions answers the plan. Last, the calibrated cut
// (cut.ts) says which are strong matches, which weaker, and which are not shown.
import { Touched } from './touched.js';
import type { LessonIndex } from '../index/lesson-index.js';
import { dotRow } from './sparse-vector.js';
import type { Query } from './query.js';
import { audienceMatch, channelMatch, fundamentalMatch, type FundamentalMatch } from './signals.js';
import { topK } from './top-k.js';
import { RANKING as R, RERANK_DEPTH } from '../weights.js';

export interface ScoredLesson {
  /** Position in `index.entries`. */
  lesson: number;
  /** Cosine similarity of the whole texts, 0..1. */
  text: number;
  /** Cosine similarity of their concepts alone (language-free), 0..1. */
  concept: number;
  /** Best conclusion similarity times its value as a lesson, 0..1. */
  best: number;
  /** Per conclusion (in `allConclusions` order): similarity times value. */
  conclusionScores: number[];
  fundamental: FundamentalMatch;
  /** 0..1, see signals.ts. */
  audience: number;
  channel: number;
  /** 0..1, rounded to 3 decimals. */
  score: number;
}

function saturate(value: number, full: number): number {
  return Math.min(1, value / full);
}

/**
 * Shared channels and audiences count fully once the lesson's words show the plan's problem; a
 * lesson that shares only a channel (a Facebook salary ad for a Facebook parents' group), or a
 * channel and a question its words do not bear out, keeps a small part of them: a shared channel
 * never outweighs a different problem.
 */
export function substance(text: number): number {
  return R.slugFloor + (1 - R.slugFloor) * saturate(text, R.slugTextSaturation);
}

/** The candidates, scored and ordered best first (at most RERANK_DEPTH of them). */
export function rankLessons(index: LessonIndex, query: Query, targetId: string): ScoredLesson[] {
  const size = index.size;
  // Only campaigns that share a term or a fundamental question are ever looked at.
  const touched = new Touched(size);
  const text = new Float64Array(size);
  const concept = new Float64Array(size);
  const { postings, analyzer } = index;
  let queryConcepts = 0;
  for (const [term, weight] of query.vector) {
    const isConcept = analyzer.isConcept(term);
    if (isConcept) queryConcepts += weight * weight;
    for (let i = postings.start[term]!; i < postings.start[term + 1]!; i += 1) {
      const lesson = postings.lessons[i]!;
      touched.add(lesson);
      const product = weight * postings.weights[i]!;
      text[lesson]! += product;
      if (isConcept) concept[lesson]! += product;
    }
  }
  const conceptNorm = Math.sqrt(queryConcepts);
  const plan = query.profile;
  plan.fundamentals.forEach((strength, f) => {
    if (strength > 0) for (const lesson of index.fundamentalLessons[f]!) touched.add(lesson);
  });

  const self = index.lessonsOf(targetId);
  const candidates: number[] = [];
  const base = new Float64Array(size);
  const matches = new Map<number, { fundamental: FundamentalMatch; audience: number; channel: number }>();
  for (const lesson of touched.list) {
    if (self.includes(lesson)) continue;
    const profile = index.profiles[lesson]!;
    const fundamental = fundamentalMatch(plan, profile, index.fundamentalWeights);
    const audience = audienceMatch(plan, profile, index.typeRarity);
    const channel = channelMatch(plan, profile, index.typeRarity);
    const norms = conceptNorm * index.conceptNorms[lesson]!;
    concept[lesson] = norms > 0 ? concept[lesson]! / norms : 0;
    const slugs = substance(text[lesson]!) * (R.audience * audience + R.channel * channel);
    base[lesson] =
      R.text * saturate(text[lesson]!, R.textSaturation) +
      R.concept * saturate(concept[lesson]!, R.conceptSaturation) +
      R.fundamental * fundamental.score +
      slugs;
    matches.set(lesson, { fundamental, audience, channel });
    candidates.push(lesson);
  }

  const scored = topK(candidates, base, RERANK_DEPTH).map((lesson): ScoredLesson => {
    const conclusionScores: number[] = [];
    for (let row = index.conclusionRows[lesson]!; row < index.conclusionRows[lesson + 1]!; row += 1) {
      conclusionScores.push(dotRow(index.vectors, row, query.vector) * index.conclusionValues[row - size]!);
    }
    const bestConclusion = Math.max(0, ...conclusionScores);
    const score = base[lesson]! + R.lesson * saturate(bestConclusion, R.lessonSaturation);
    return {
      lesson,
      text: text[lesson]!,
      concept: concept[lesson]!,
      best: bestConclusion,
      conclusionScores,
      ...matches.get(lesson)!,
      score: Math.round(score * 1000) / 1000,
    };
  });
  const id = (s: ScoredLesson): string => index.entries[s.lesson]!.campaign.id;
  return scored.sort((a, b) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}
