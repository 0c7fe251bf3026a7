// The data of a related-lessons index: every past campaign with conclusions as a term vector,
// each of its conclusions as one too, an inverted index from term to campaigns and one from
// fundamental question to campaigns, and each lesson's profile (questions, channel and audience
// types). Built once per knowledge base; each query then touches only the posting lists of its
// terms and questions. Vectors and postings are kept in flat typed arrays (one
// row per vector), not in an object per campaign.
import type { CampaignEntry } from '../../types.js';
import type { RunningIndex } from '../rank/also-running.js';
import type { Analyzer } from '../analysis/analyzer.js';
import type { CampaignProfile } from '../analysis/profile.js';
import type { ChannelType } from '../analysis/slug-types.js';
import type { TypeRarity } from '../rank/signals.js';
import { Touched } from '../rank/touched.js';
import type { Language } from '../analysis/language.js';

/** The public, opaque face of the index. */
export interface RelatedIndex {
  /** How many campaigns can be lessons (they have conclusions). */
  readonly size: number;
}

/** Rows of sparse unit vectors: row `r` is `terms`/`weights` from `start[r]` to `start[r + 1]`. */
export interface VectorRows {
  start: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Channel types interned: a query matches each distinct type once, not each lesson's (a large
 * knowledge base has thousands of lessons and a few hundred channels).
 */
export interface ChannelRows {
  types: readonly ChannelType[];
  /** Lesson `l` has the types `ids[start[l], start[l + 1])`. */
  start: Int32Array;
  ids: Int32Array;
}

/** Per term, the lessons whose whole vector has it, in lesson order, with its weight there. */
export interface Postings {
  start: Int32Array;
  lessons: Int32Array;
  weights: Float64Array;
}

export interface LessonIndexData {
  analyzer: Analyzer;
  /** Per term id below `idf.length`: its inverse document frequency (0 for corpus-common terms). */
  idf: Float64Array;
  entries: readonly CampaignEntry[];
  languages: readonly Language[];
  /** Rows 0..size-1: the lessons; then the conclusions, lesson by lesson. */
  vectors: VectorRows;
  /** Per lesson: the row of its first conclusion; entry `size` ends the last lesson's. */
  conclusionRows: Int32Array;
  /** Per conclusion row (counted from the first): its value as a lesson. */
  conclusionValues: Float64Array;
  postings: Postings;
  /** Per lesson: the length of the concept terms' part of its unit vector. */
  conceptNorms: Float64Array;
  /** Per lesson: its fundamental questions, channel types and audience types. */
  profiles: readonly CampaignProfile[];
  /** Per fundamental: the lessons that raise it, in lesson order. */
  fundamentalLessons: readonly Int32Array[];
  /** Every lesson's fundamental strengths in one row each (lesson × fundamentals), for speed. */
  fundamentalMatrix: Float64Array;
  /** Per fundamental: its rarity, ½ (every lesson raises it) to 1 (none does). */
  fundamentalWeights: Float64Array;
  /** Per channel family, audience group and sector: its rarity among the lessons. */
  typeRarity: TypeRarity;
  /** The distinct channel types of the lessons, and per lesson its own, as rows of ids. */
  channels: ChannelRows;
  /** Campaigns with status running, for "also running". */
  running: RunningIndex;
}

export class LessonIndex implements RelatedIndex {
  readonly analyzer: Analyzer;
  readonly idf: Float64Array;
  /** IDF of a term no lesson has: as rare as can be. */
  readonly unseenIdf: number;
  readonly entries: readonly CampaignEntry[];
  readonly languages: readonly Language[];
  readonly vectors: VectorRows;
  readonly conclusionRows: Int32Array;
  readonly conclusionValues: Float64Array;
  readonly postings: Postings;
  readonly conceptNorms: Float64Array;
  readonly profiles: readonly CampaignProfile[];
  readonly fundamentalLessons: readonly Int32Array[];
  readonly fundamentalMatrix: Float64Array;
  readonly fundamentalWeights: Float64Array;
  readonly typeRarity: TypeRarity;
  readonly channels: ChannelRows;
  readonly running: RunningIndex;

  constructor(data: LessonIndexData) {
    this.analyzer = data.analyzer;
    this.idf = data.idf;
    this.entries = data.entries;
    this.languages = data.languages;
    this.vectors = data.vectors;
    this.conclusionRows = data.conclusionRows;
    this.conclusionValues = data.conclusionValues;
    this.postings = data.postings;
    this.conceptNorms = data.conceptNorms;
    this.profiles = data.profiles;
    this.fundamentalLessons = data.fundamentalLessons;
    this.fundamentalMatrix = data.fundamentalMatrix;
    this.fundamentalWeights = data.fundamentalWeights;
    this.typeRarity = data.typeRarity;
    this.channels = data.channels;
    this.running = data.running;
    this.unseenIdf = inverseFrequency(data.entries.length, 0);
  }

  get size(): number {
    return this.entries.length;
  }

  private lessonIds: Map<string, number[]> | undefined;

  /** The lessons with this campaign id (a campaign is never its own lesson); usually none or one. */
  lessonsOf(id: string): readonly number[] {
    if (this.lessonIds === undefined) {
      const ids = new Map<string, number[]>();
      this.entries.forEach((entry, lesson) => {
        const known = ids.get(entry.campaign.id);
        if (known === undefined) ids.set(entry.campaign.id, [lesson]);
        else known.push(lesson);
      });
      this.lessonIds = ids;
    }
    return this.lessonIds.get(id) ?? [];
  }

  private working: Touched | undefined;

  /** The working memory of a query (rank/touched.ts), made once and reused; cleared after use. */
  scratch(): Touched {
    return (this.working ??= new Touched(this.size));
  }

  private slugCounts: Record<string, Map<string, number>> | undefined;

  /** How many lessons use `slug` as a channel, audience or tag (for the order of reasons). */
  slugCount(kind: 'channel' | 'audience' | 'tag', slug: string): number {
    if (this.slugCounts === undefined) {
      const counts = { channel: new Map<string, number>(), audience: new Map(), tag: new Map() };
      for (const { campaign } of this.entries) {
        const lists = { channel: campaign.channels, audience: campaign.audiences, tag: campaign.tags };
        for (const key of ['channel', 'audience', 'tag'] as const) {
          for (const one of new Set(lists[key] ?? [])) counts[key].set(one, (counts[key].get(one) ?? 0) + 1);
        }
      }
      this.slugCounts = counts;
    }
    return this.slugCounts[kind]!.get(slug) ?? 0;
  }

  /** The IDF of a term, or undefined for a term the index has never seen. */
  idfOf(term: string): number | undefined {
    const id = this.analyzer.terms.id(term);
    return id === undefined || id >= this.idf.length ? undefined : this.idf[id];
  }

  /** IDF by term id; a term interned after the build (by a query) is unseen. */
  idfById(id: number): number {
    return id < this.idf.length ? this.idf[id]! : this.unseenIdf;
  }
}

/** Inverse document frequency: rare terms tell more than common ones. */
export function inverseFrequency(total: number, frequency: number): number {
  return Math.log(1 + total / Math.max(frequency, 0.5));
}
