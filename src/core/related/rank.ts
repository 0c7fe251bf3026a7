// Scores the past campaigns against a query in two stages. First, through the posting lists,
// the cosine similarity of the whole texts plus the shared channels, audiences and tags, for
// every campaign that shares anything. Then, for the best of those, how well each conclusion
// answers the plan, weighted by its value as a lesson. Finally the relevance threshold.
import type { Campaign } from '../types.js';
import { facetOverlap } from './facets.js';
import type { LessonIndex } from './lesson-index.js';
import { dot, type QueryVector } from './sparse-vector.js';
import { RANKING as R, RERANK_DEPTH } from './weights.js';

export interface ScoredLesson {
  /** Position in `index.lessons`. */
  lesson: number;
  /** Cosine similarity of the whole texts, 0..1. */
  text: number;
  /** Best conclusion similarity times its value as a lesson, 0..1. */
  best: number;
  /** Per conclusion (in index order): similarity times value. */
  conclusionScores: number[];
  /** Shared slugs as a share of the plan's slugs, weighted by rarity, 0..1. */
  channel: number;
  audience: number;
  tag: number;
  /** Rounded to 3 decimals, 0..1. */
  score: number;
}

function saturate(value: number, full: number): number {
  return Math.min(1, value / full);
}

export function rankLessons(index: LessonIndex, target: Campaign, query: QueryVector): ScoredLesson[] {
  const size = index.lessons.length;
  const text = new Float64Array(size);
  for (const [id, weight] of query) {
    const list = index.postings[id]!;
    for (let i = 0; i < list.lessons.length; i += 1) text[list.lessons[i]!]! += weight * list.weights[i]!;
  }
  const channel = facetOverlap(index.analyzer, index.facets.channel, target.channels, size);
  const audience = facetOverlap(index.analyzer, index.facets.audience, target.audiences, size);
  const tag = facetOverlap(index.analyzer, index.facets.tag, target.tags, size);

  const facetScore = (i: number): number =>
    R.channel * channel[i]! + R.audience * audience[i]! + R.tag * tag[i]!;
  const firstStage: { lesson: number; base: number }[] = [];
  for (let i = 0; i < size; i += 1) {
    if ((text[i]! < R.minText && facetScore(i) === 0) || index.lessons[i]!.entry.campaign.id === target.id)
      continue;
    firstStage.push({
      lesson: i,
      base: R.text * saturate(text[i]!, R.textSaturation) + facetScore(i),
    });
  }
  firstStage.sort((a, b) => b.base - a.base || a.lesson - b.lesson);

  const scored = firstStage.slice(0, RERANK_DEPTH).map(({ lesson, base }): ScoredLesson => {
    const conclusionScores = index.lessons[lesson]!.conclusions.map((c) => dot(c.vector, query) * c.value);
    const best = Math.max(0, ...conclusionScores);
    const score = base + R.lesson * saturate(best, R.lessonSaturation);
    return {
      lesson,
      text: text[lesson]!,
      best,
      conclusionScores,
      channel: channel[lesson]!,
      audience: audience[lesson]!,
      tag: tag[lesson]!,
      score: Math.round(score * 1000) / 1000,
    };
  });
  const id = (s: ScoredLesson): string => index.lessons[s.lesson]!.entry.campaign.id;
  scored.sort((a, b) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  const top = scored[0]?.score ?? 0;
  return scored.filter((s) => s.score >= R.minScore && s.score >= R.relativeFloor * top);
}
