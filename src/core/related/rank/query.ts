// The new campaign as a query: its plan (and interim conclusions, if any) analysed with the
// index's analyzer and weighted with the index's IDF, as a unit vector.
import type { Campaign } from '../../types.js';
import { slugTerms } from '../analysis/slug-terms.js';
import type { LessonIndex } from '../index/lesson-index.js';
import { termWeight, type QueryVector } from './sparse-vector.js';
import { campaignTerms } from '../analysis/term-bag.js';
import { PLAN_ROLE_WEIGHT, PLAN_SLUG_TERM_WEIGHT } from '../weights.js';

export function queryVector(index: LessonIndex, target: Campaign): QueryVector {
  const { analyzer } = index;
  const whole = campaignTerms(analyzer, target, PLAN_ROLE_WEIGHT);
  // The plan's own channels and audiences are measured by the slug signals; in the text they
  // count less, so that the text similarity says what a lesson is about rather than who for.
  const slugTermsOfPlan = new Set<number>();
  for (const slug of [...target.channels, ...(target.audiences ?? [])]) {
    for (const term of slugTerms(analyzer, slug).keys()) slugTermsOfPlan.add(analyzer.terms.intern(term));
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
    const weight = termWeight(frequency, index.idfById(term));
    norm += weight * weight;
    if (term < index.idf.length && weight > 0) vector.set(term, weight);
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}
