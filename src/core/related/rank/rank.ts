// Scores the past campaigns against a query in two stages. First, for every campaign that
// shares a term or a fundamental question with the plan (found through posting lists), the
// text similarity, the fundamental questions, the audience and the channels; the best of those
// then get how well each of their conclusions answers the plan. Last, the calibrated cut
// (cut.ts) says which are strong matches, which weaker, and which are not shown.
import type { LessonIndex } from '../index/lesson-index.js';
import { dotRow, type QueryVector } from './sparse-vector.js';
import type { Touched } from './touched.js';
import type { Query } from './query.js';
import {
  audienceMatch,
  channelMatch,
  fundamentalMatch,
  PlanQuestions,
  planChannel,
  type FundamentalMatch,
} from './signals.js';
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
  // Only campaigns that share a term or a fundamental question are ever looked at.
  const touched = index.scratch();
  const questions = new PlanQuestions(query.profile, index.fundamentalWeights);
  const conceptNorm = accumulate(index, query.vector, touched);
  for (const f of questions.fundamentals) {
    for (const lesson of index.fundamentalLessons[f]!) touched.add(lesson);
  }
  const candidates = baseScores(index, query, questions, conceptNorm, targetId, touched);
  const scored = topK(candidates, touched.base, RERANK_DEPTH).map((lesson) =>
    detail(index, query, touched, lesson),
  );
  touched.clear();
  const id = (s: ScoredLesson): string => index.entries[s.lesson]!.campaign.id;
  return scored.sort((a, b) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

/**
 * Walks the posting lists of the query's terms: the dot products of the whole texts, and of the
 * concept terms alone, into `touched`. Returns the length of the query's concept part.
 */
function accumulate(index: LessonIndex, vector: QueryVector, touched: Touched): number {
  const { postings, analyzer } = index;
  const { text, concept } = touched;
  let queryConcepts = 0;
  for (const [term, weight] of vector) {
    const isConcept = analyzer.isConcept(term);
    if (isConcept) queryConcepts += weight * weight;
    const end = postings.start[term + 1]!;
    for (let i = postings.start[term]!; i < end; i += 1) {
      const lesson = postings.lessons[i]!;
      touched.add(lesson);
      const product = weight * postings.weights[i]!;
      text[lesson]! += product;
      if (isConcept) concept[lesson]! += product;
    }
  }
  return Math.sqrt(queryConcepts);
}

/**
 * The base score of every candidate, from flat arrays and with no allocation per candidate: a
 * query may touch most of a large knowledge base. Returns the candidates (not the plan itself).
 */
function baseScores(
  index: LessonIndex,
  query: Query,
  questions: PlanQuestions,
  conceptNorm: number,
  targetId: string,
  touched: Touched,
): number[] {
  const plan = query.profile;
  const { text, concept, base } = touched;
  const { channels, conceptNorms, profiles, typeRarity, fundamentalMatrix } = index;
  const channelOf = Float64Array.from(channels.types, (type) => planChannel(plan, type, typeRarity));
  const self = index.lessonsOf(targetId);
  const candidates: number[] = [];
  for (const lesson of touched.list) {
    if (self.length > 0 && self.includes(lesson)) continue;
    const norms = conceptNorm * conceptNorms[lesson]!;
    const conceptSimilarity = norms > 0 ? concept[lesson]! / norms : 0;
    concept[lesson] = conceptSimilarity;
    let channel = 0;
    for (let i = channels.start[lesson]!; i < channels.start[lesson + 1]!; i += 1) {
      channel = Math.max(channel, channelOf[channels.ids[i]!]!);
    }
    const audience = audienceMatch(plan, profiles[lesson]!, typeRarity);
    const similarity = text[lesson]!;
    base[lesson] =
      R.text * saturate(similarity, R.textSaturation) +
      R.concept * saturate(conceptSimilarity, R.conceptSaturation) +
      R.fundamental * questions.score(fundamentalMatrix, lesson) +
      substance(similarity) * (R.audience * audience + R.channel * channel);
    candidates.push(lesson);
  }
  return candidates;
}

/** Everything about one of the best candidates: its conclusions scored, its signals explained. */
function detail(index: LessonIndex, query: Query, touched: Touched, lesson: number): ScoredLesson {
  const plan = query.profile;
  const profile = index.profiles[lesson]!;
  const conclusionScores: number[] = [];
  for (let row = index.conclusionRows[lesson]!; row < index.conclusionRows[lesson + 1]!; row += 1) {
    conclusionScores.push(
      dotRow(index.vectors, row, query.vector) * index.conclusionValues[row - index.size]!,
    );
  }
  const bestConclusion = Math.max(0, ...conclusionScores);
  const score = touched.base[lesson]! + R.lesson * saturate(bestConclusion, R.lessonSaturation);
  return {
    lesson,
    text: touched.text[lesson]!,
    concept: touched.concept[lesson]!,
    best: bestConclusion,
    conclusionScores,
    fundamental: fundamentalMatch(plan, profile, index.fundamentalWeights),
    audience: audienceMatch(plan, profile, index.typeRarity),
    channel: channelMatch(plan, profile, index.typeRarity),
    score: Math.round(score * 1000) / 1000,
  };
}
