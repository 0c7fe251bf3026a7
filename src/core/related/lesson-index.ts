// The data of a related-lessons index: every past campaign with conclusions as a term vector,
// an inverted index from term to campaigns, and indexes of channels, audiences and tags.
// Built once per knowledge base; each query then touches only the posting lists of its terms.
import type { CampaignEntry, Conclusion } from '../types.js';
import type { RunningIndex } from './also-running.js';
import type { Analyzer } from './analyzer.js';
import type { FacetIndex } from './facets.js';
import type { Language } from './language.js';
import type { SparseVector } from './sparse-vector.js';

/** The public, opaque face of the index. */
export interface RelatedIndex {
  /** How many campaigns can be lessons (they have conclusions). */
  readonly size: number;
}

export interface IndexedConclusion {
  conclusion: Conclusion;
  value: number;
  vector: SparseVector;
}

export interface IndexedLesson {
  entry: CampaignEntry;
  language: Language;
  vector: SparseVector;
  conclusions: IndexedConclusion[];
}

export interface Postings {
  lessons: number[];
  weights: number[];
}

export interface Facets {
  channel: FacetIndex;
  audience: FacetIndex;
  tag: FacetIndex;
}

export class LessonIndex implements RelatedIndex {
  constructor(
    readonly analyzer: Analyzer,
    readonly termIds: ReadonlyMap<string, number>,
    readonly idf: Float64Array,
    /** IDF of a term no lesson has: as rare as can be. */
    readonly unseenIdf: number,
    readonly lessons: readonly IndexedLesson[],
    readonly postings: readonly Postings[],
    readonly facets: Facets,
    /** Campaigns with status running, for "also running". */
    readonly running: RunningIndex,
  ) {}

  get size(): number {
    return this.lessons.length;
  }
}

/** Inverse document frequency: rare terms tell more than common ones. */
export function inverseFrequency(total: number, frequency: number): number {
  return Math.log(1 + total / Math.max(frequency, 0.5));
}
