// Builds the related-lessons index from the valid campaigns of a knowledge base. Two passes:
// the first tokenizes every text and collects the vocabulary (compound splitting needs the
// words of the whole corpus), the second analyses, weighs and inverts.
import type { CampaignEntry } from '../types.js';
import { indexRunning } from './also-running.js';
import { createAnalyzer } from './analyzer.js';
import { buildFacet } from './facets.js';
import { allConclusions, hasConclusions, lessonTexts, planTexts } from './campaign-text.js';
import {
  LessonIndex,
  inverseFrequency,
  type IndexedLesson,
  type Postings,
  type RelatedIndex,
} from './lesson-index.js';
import { termWeight, unitVector, type SparseVector } from './sparse-vector.js';
import { campaignBags, tokenizeTexts, type TermBag } from './term-bag.js';
import { conclusionValue, LESSON_ROLE_WEIGHT } from './weights.js';

/** Share of lessons above which a term counts as common... */
const COMMON_SHARE = 0.5;
/** ... once that is more than a handful of lessons (in a tiny knowledge base nothing is common). */
const MIN_COMMON = 10;

/** @example findRelated(buildRelatedIndex(knowledgeBase.entries), plannedCampaign) */
export function buildRelatedIndex(entries: readonly CampaignEntry[]): RelatedIndex {
  const candidates = entries.filter((entry) => hasConclusions(entry.campaign));
  const tokenized = candidates.map((entry) =>
    tokenizeTexts([...planTexts(entry.campaign), ...lessonTexts(entry.campaign)]),
  );
  const vocabulary = new Set<string>();
  for (const texts of tokenized) {
    for (const { tokens } of texts) {
      for (const token of tokens) {
        vocabulary.add(token.word);
        if (token.parts !== undefined) for (const part of token.parts) vocabulary.add(part);
      }
    }
  }
  const analyzer = createAnalyzer(vocabulary);
  const bags = candidates.map((entry, i) =>
    campaignBags(analyzer, entry.campaign, tokenized[i]!, LESSON_ROLE_WEIGHT),
  );

  const termIds = new Map<string, number>();
  const frequency: number[] = [];
  for (const { whole } of bags) {
    for (const term of whole.keys()) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        frequency.push(0);
      }
      frequency[id]! += 1;
    }
  }
  // A term in most lessons tells them apart no better than a stop word, and its posting list
  // would make every query visit most of the index: it is left out (as a corpus stop word).
  const common = Math.max(MIN_COMMON, COMMON_SHARE * candidates.length);
  const idf = Float64Array.from(frequency, (count) =>
    count > common ? 0 : inverseFrequency(candidates.length, count),
  );
  const toVector = (bag: TermBag): SparseVector => {
    const ids: number[] = [];
    const weights: number[] = [];
    for (const [term, frequency] of bag) {
      const id = termIds.get(term)!;
      ids.push(id);
      weights.push(termWeight(frequency, idf[id]!));
    }
    return unitVector(ids, weights);
  };

  const postings: Postings[] = Array.from({ length: termIds.size }, () => ({ lessons: [], weights: [] }));
  const lessons: IndexedLesson[] = candidates.map((entry, index) => {
    const vector = toVector(bags[index]!.whole);
    for (let i = 0; i < vector.ids.length; i += 1) {
      const list = postings[vector.ids[i]!]!;
      list.lessons.push(index);
      list.weights.push(vector.weights[i]!);
    }
    const conclusions = allConclusions(entry.campaign).map((conclusion, i) => ({
      conclusion,
      value: conclusionValue(conclusion),
      vector: toVector(bags[index]!.conclusions[i]!),
    }));
    return { entry, language: bags[index]!.language, vector, conclusions };
  });

  const facets = {
    channel: buildFacet(
      analyzer,
      candidates.map((entry) => entry.campaign.channels),
    ),
    audience: buildFacet(
      analyzer,
      candidates.map((entry) => entry.campaign.audiences),
    ),
    tag: buildFacet(
      analyzer,
      candidates.map((entry) => entry.campaign.tags),
    ),
  };
  return new LessonIndex(
    analyzer,
    termIds,
    idf,
    inverseFrequency(candidates.length, 0),
    lessons,
    postings,
    facets,
    indexRunning(entries),
  );
}
