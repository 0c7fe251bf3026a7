// Scores the past campaigns against a query in two stages. First, through the posting lists,
// the cosine similarity of the whole texts plus the shared channels, audiences and tags, for
// every campaign that shares anything. Then, for the best of those, how well each conclusion
// answers the plan, weighted by its value as a lesson. Finally the relevance threshold.
import type { Campaign } from '../../types.js';
import { facetOverlap } from '../analysis/slug-terms.js';
import { Touched } from './touched.js';
import type { LessonIndex } from '../index/lesson-index.js';
import { dotRow, type QueryVector } from './sparse-vector.js';
import { RANKING as R, RERANK_DEPTH } from '../weights.js';

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

/**
 * The `k` lessons of `lessons` with the highest `base`, best first, ties by lesson number: a
 * partial insertion sort, since k is small and the lessons touched are many.
 */
function best(lessons: readonly number[], base: Float64Array, k: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number): boolean => base[a]! > base[b]! || (base[a] === base[b] && a < b);
  for (const lesson of lessons) {
    if (top.length === k && !before(lesson, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && before(lesson, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = lesson;
  }
  return top;
}

export function rankLessons(index: LessonIndex, target: Campaign, query: QueryVector): ScoredLesson[] {
  const size = index.size;
  // Only campaigns that share a term or a slug are ever looked at: no work per query that grows
  // with the whole knowledge base beyond the posting lists.
  const touched = new Touched(size);
  const text = new Float64Array(size);
  const { postings } = index;
  for (const [term, weight] of query) {
    for (let i = postings.start[term]!; i < postings.start[term + 1]!; i += 1) {
      const lesson = postings.lessons[i]!;
      touched.add(lesson);
      text[lesson]! += weight * postings.weights[i]!;
    }
  }
  const channel = facetOverlap(index.analyzer, index.facets.channel, target.channels, touched);
  const audience = facetOverlap(index.analyzer, index.facets.audience, target.audiences, touched);
  const tag = facetOverlap(index.analyzer, index.facets.tag, target.tags, touched);

  const self = index.lessonsOf(target.id);
  const candidates: number[] = [];
  const base = new Float64Array(size);
  for (const lesson of touched.list) {
    if (self.includes(lesson)) continue;
    // Shared slugs count fully once the texts share something too; a lesson that shares only a
    // channel or an audience (a Facebook salary ad for a Facebook parents' group) counts less.
    const substance = R.slugFloor + (1 - R.slugFloor) * saturate(text[lesson]!, R.slugTextSaturation);
    const facets =
      substance * (R.channel * channel[lesson]! + R.audience * audience[lesson]! + R.tag * tag[lesson]!);
    base[lesson] = R.text * saturate(text[lesson]!, R.textSaturation) + facets;
    candidates.push(lesson);
  }

  const scored = best(candidates, base, RERANK_DEPTH).map((lesson): ScoredLesson => {
    const conclusionScores: number[] = [];
    for (let row = index.conclusionRows[lesson]!; row < index.conclusionRows[lesson + 1]!; row += 1) {
      conclusionScores.push(dotRow(index.vectors, row, query) * index.conclusionValues[row - size]!);
    }
    const bestConclusion = Math.max(0, ...conclusionScores);
    const score = base[lesson]! + R.lesson * saturate(bestConclusion, R.lessonSaturation);
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
  const id = (s: ScoredLesson): string => index.entries[s.lesson]!.campaign.id;
  scored.sort((a, b) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  const top = scored[0]?.score ?? 0;
  return scored.filter((s) => s.score >= R.minScore && s.score >= R.relativeFloor * top);
}
