// Scores the past campaigns against a query in two stages. First, through the posting lists,
// the cosine similarity of the whole texts plus the shared channels, audiences and tags, for
// every campaign that shares anything. Then, for the best of those, how well each conclusion
// answers the plan, weighted by its value as a lesson. Finally the relevance threshold.
import type { Campaign } from '../types.js';
import type { FacetIndex, LessonIndex } from './lesson-index.js';
import { dot, type QueryVector } from './sparse-vector.js';
import {
  LESSON_SATURATION,
  MIN_SCORE,
  MIN_TEXT,
  RELATIVE_FLOOR,
  RERANK_DEPTH,
  SIGNAL_WEIGHT,
  TEXT_SATURATION,
} from './weights.js';

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

/** Adds, per lesson, the rarity-weighted share of the plan's slugs it shares. */
function facetOverlap(facet: FacetIndex, slugs: readonly string[] | undefined, size: number): Float64Array {
  const overlap = new Float64Array(size);
  const unique = [...new Set(slugs ?? [])];
  let total = 0;
  for (const slug of unique) total += facet.idf(slug);
  for (const slug of unique) {
    const share = facet.idf(slug) / total;
    for (const lesson of facet.lessons.get(slug) ?? []) overlap[lesson]! += share;
  }
  return overlap;
}

export function rankLessons(index: LessonIndex, target: Campaign, query: QueryVector): ScoredLesson[] {
  const size = index.lessons.length;
  const text = new Float64Array(size);
  for (const [id, weight] of query) {
    const list = index.postings[id]!;
    for (let i = 0; i < list.lessons.length; i += 1) text[list.lessons[i]!]! += weight * list.weights[i]!;
  }
  const channel = facetOverlap(index.facets.channel, target.channels, size);
  const audience = facetOverlap(index.facets.audience, target.audiences, size);
  const tag = facetOverlap(index.facets.tag, target.tags, size);

  const facetScore = (i: number): number =>
    SIGNAL_WEIGHT.channel * channel[i]! + SIGNAL_WEIGHT.audience * audience[i]! + SIGNAL_WEIGHT.tag * tag[i]!;
  const firstStage: { lesson: number; base: number }[] = [];
  for (let i = 0; i < size; i += 1) {
    if (text[i]! < MIN_TEXT || index.lessons[i]!.entry.campaign.id === target.id) continue;
    firstStage.push({
      lesson: i,
      base: SIGNAL_WEIGHT.text * saturate(text[i]!, TEXT_SATURATION) + facetScore(i),
    });
  }
  firstStage.sort((a, b) => b.base - a.base || a.lesson - b.lesson);

  const scored = firstStage.slice(0, RERANK_DEPTH).map(({ lesson, base }): ScoredLesson => {
    const conclusionScores = index.lessons[lesson]!.conclusions.map((c) => dot(c.vector, query) * c.value);
    const best = Math.max(0, ...conclusionScores);
    const score = base + SIGNAL_WEIGHT.lesson * saturate(best, LESSON_SATURATION);
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
  return scored.filter((s) => s.score >= MIN_SCORE && s.score >= RELATIVE_FLOOR * top);
}
