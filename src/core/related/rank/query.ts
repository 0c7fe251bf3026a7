// The new campaign as a query: its plan (and interim conclusions, if any) analysed with the
// index's analyzer and weighted with the index's IDF, as a unit vector, and its profile
// (fundamental questions, channel and audience types).
import type { Campaign } from '../../types.js';
import { profileOf, type CampaignProfile } from '../analysis/profile.js';
import { slugTerms } from '../analysis/slug-terms.js';
import { slugTypes } from '../analysis/slug-types.js';
import type { Analyzer } from '../analysis/analyzer.js';
import { bagOf, campaignTerms } from '../analysis/term-bag.js';
import type { LessonIndex } from '../index/lesson-index.js';
import { PLAN_ROLE_WEIGHT, PLAN_SLUG_TERM_WEIGHT } from '../weights.js';
import { termWeight, type QueryVector } from './sparse-vector.js';

export interface Query {
  vector: QueryVector;
  profile: CampaignProfile;
}

export function queryOf(index: LessonIndex, target: Campaign): Query {
  const { analyzer } = index;
  const { terms: whole, questions } = campaignTerms(analyzer, target, PLAN_ROLE_WEIGHT);
  const profile = profileOf(analyzer, target, bagOf(questions), () => bagOf(whole));
  // The plan's own channels and audiences are measured by the profile; in the text they count
  // less, so that the text similarity says what a lesson is about rather than who for.
  const slugTermsOfPlan = new Set<number>();
  for (const slug of [...target.channels, ...(target.audiences ?? [])]) {
    for (const term of slugTerms(analyzer, slug).keys()) slugTermsOfPlan.add(analyzer.terms.intern(term));
  }
  // So do the concepts that say who the audience is (`~care`, `~student`): a lesson is chosen
  // for the problem it taught more than for whom.
  for (const term of audienceConceptTerms(analyzer)) slugTermsOfPlan.add(term);
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
  return { vector, profile };
}

const audienceTerms = new WeakMap<Analyzer, number[]>();

/** The term ids of the concepts that type audiences (groups and sectors). */
function audienceConceptTerms(analyzer: Analyzer): number[] {
  let found = audienceTerms.get(analyzer);
  if (found === undefined) {
    const { groups, sectors } = slugTypes();
    found = [...groups.byConcept.keys(), ...sectors.byConcept.keys()].map((term) =>
      analyzer.terms.intern(term),
    );
    audienceTerms.set(analyzer, found);
  }
  return found;
}
