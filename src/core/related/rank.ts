// Scores the past campaigns against a query in two stages. First, through the posting lists,
// the cosine similarity of the whole texts plus the shared channels, audiences and tags, for
// every campaign that shares anything. Then, for the best of those, how well each conclusion
// answers the plan, weighted by its value as a lesson. Finally the relevance threshold.
import type { Campaign } from '../types.js';
import { facetOverlap } from './facets.js';
import { Touched } from './touched.js';
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

/** The `k` best items by `better` (a negative result puts `a` first), in that order. */
function best<T>(items: readonly T[], k: number, better: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && better(item, top[k - 1]!) >= 0) continue;
    let at = top.length === k ? k - 1 : top.length;
    top[at] = item;
    while (at > 0 && better(top[at]!, top[at - 1]!) < 0) {
      [top[at - 1], top[at]] = [top[at]!, top[at - 1]!];
      at -= 1;
    }
  }
  return top;
}

export function rankLessons(index: LessonIndex, target: Campaign, query: QueryVector): ScoredLesson[] {
  const size = index.lessons.length;
  // Only campaigns that share a term or a slug are ever looked at: no work per query that grows
  // with the whole knowledge base beyond the posting lists.
  const touched = new Touched(size);
  const text = new Float64Array(size);
  for (const [id, weight] of query) {
    const list = index.postings[id]!;
    for (let i = 0; i < list.lessons.length; i += 1) {
      const lesson = list.lessons[i]!;
      touched.add(lesson);
      text[lesson]! += weight * list.weights[i]!;
    }
  }
  const channel = facetOverlap(index.analyzer, index.facets.channel, target.channels, touched);
  const audience = facetOverlap(index.analyzer, index.facets.audience, target.audiences, touched);
  const tag = facetOverlap(index.analyzer, index.facets.tag, target.tags, touched);

  const firstStage: { lesson: number; base: number }[] = [];
  for (const lesson of touched.list) {
    if (index.lessons[lesson]!.entry.campaign.id === target.id) continue;
    // Shared slugs count fully once the texts share something too; a lesson that shares only a
    // channel or an audience (a Facebook salary ad for a Facebook parents' group) counts less.
    const substance = R.slugFloor + (1 - R.slugFloor) * saturate(text[lesson]!, R.slugTextSaturation);
    const facets =
      substance * (R.channel * channel[lesson]! + R.audience * audience[lesson]! + R.tag * tag[lesson]!);
    firstStage.push({ lesson, base: R.text * saturate(text[lesson]!, R.textSaturation) + facets });
  }
  const shortlist = best(firstStage, RERANK_DEPTH, (a, b) => b.base - a.base || a.lesson - b.lesson);

  const scored = shortlist.map(({ lesson, base }): ScoredLesson => {
    const conclusionScores = index.lessons[lesson]!.conclusions.map((c) => dot(c.vector, query) * c.value);
    const bestConclusion = Math.max(0, ...conclusionScores);
    const score = base + R.lesson * saturate(bestConclusion, R.lessonSaturation);
    return {
      lesson,
      text: text[lesson]!,
      best: bestConclusion,
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
