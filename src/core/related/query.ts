// The new campaign as a query: its plan (and interim conclusions, if any) analysed with the
// index's analyzer and weighted with the index's IDF, as a unit vector.
import type { Campaign } from '../types.js';
import { lessonTexts, planTexts } from './campaign-text.js';
import type { LessonIndex } from './lesson-index.js';
import { termWeight, type QueryVector } from './sparse-vector.js';
import { campaignBags, tokenizeTexts } from './term-bag.js';
import { PLAN_ROLE_WEIGHT, PLAN_SLUG_TERM_WEIGHT } from './weights.js';
import { slugTerms } from './facets.js';

export function queryVector(index: LessonIndex, target: Campaign): QueryVector {
  const texts = tokenizeTexts([...planTexts(target), ...lessonTexts(target)]);
  const { whole } = campaignBags(index.analyzer, target, texts, PLAN_ROLE_WEIGHT);
  // The plan's own channels and audiences are measured by the slug signals; in the text they
  // count less, so that the text similarity says what a lesson is about rather than who for.
  const slugTermsOfPlan = new Set<string>();
  for (const slug of [...target.channels, ...(target.audiences ?? [])]) {
    for (const term of slugTerms(index.analyzer, slug).keys()) slugTermsOfPlan.add(term);
  }
  for (const term of slugTermsOfPlan) {
    const frequency = whole.get(term);
    if (frequency !== undefined) whole.set(term, frequency * PLAN_SLUG_TERM_WEIGHT);
  }
  const vector = new Map<number, number>();
  // Terms no lesson has still count in the norm: a plan mostly about things never tried before
  // is less similar to everything.
  let norm = 0;
  for (const [term, frequency] of whole) {
    const id = index.termIds.get(term);
    const weight = termWeight(frequency, id === undefined ? index.unseenIdf : index.idf[id]!);
    norm += weight * weight;
    if (id !== undefined && weight > 0) vector.set(id, weight);
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [id, weight] of vector) vector.set(id, weight / norm);
  return vector;
}
