// Builds the related-lessons index from the valid campaigns of a knowledge base, in two passes
// over compact data. The first reads every text into one stream of interned word ids (compound
// splitting needs the words of the whole corpus before any analysis). The second analyses the
// stream — each distinct word once — into term frequencies by id, written straight into flat
// rows; then the rows are weighted by IDF, scaled to unit length in place and inverted.
import type { CampaignEntry } from '../../types.js';
import { indexRunning } from '../rank/also-running.js';
import { analyzerOf, type Analyzer } from '../analysis/analyzer.js';
import { allConclusions, hasConclusions } from '../../conclusions.js';
import { fundamentalTable } from '../analysis/fundamentals.js';
import { profileOf, type CampaignProfile } from '../analysis/profile.js';
import type { TypeRarity } from '../rank/signals.js';
import type { ChannelType } from '../analysis/slug-types.js';
import type { Language } from '../analysis/language.js';
import {
  inverseFrequency,
  LessonIndex,
  type ChannelRows,
  type Postings,
  type RelatedIndex,
  type VectorRows,
} from './lesson-index.js';
import { termWeight } from '../rank/sparse-vector.js';
import {
  analyzeCampaign,
  bagOf,
  campaignTexts,
  TermAccumulator,
  TextSpans,
  WordStream,
  type TermBag,
} from '../analysis/term-bag.js';
import { WordTable } from '../analysis/word-table.js';
import { conclusionValue, LESSON_ROLE_WEIGHT } from '../weights.js';
import { ensureLength } from '../growable.js';

/**
 * Above how many of `size` lessons a term counts as common: half of them in a small knowledge
 * base (in a tiny one, nothing), tending to a quarter in a large one, where a term that common
 * tells lessons apart little and walking its postings would cost every query.
 */
function commonCount(size: number): number {
  return Math.max(10, Math.min(0.5 * size, 50 + 0.25 * size));
}

/** Growable rows of (term, weight) pairs, written one after another. */
class RowWriter {
  terms = new Int32Array(1 << 16);
  weights = new Float64Array(1 << 16);
  length = 0;

  /** Moves what `accumulator` holds into the next row; returns where the row starts. */
  take(accumulator: TermAccumulator): number {
    const start = this.length;
    const end = start + accumulator.size;
    this.terms = ensureLength(this.terms, end);
    this.weights = ensureLength(this.weights, end);
    this.length = accumulator.drainTo(this.terms, this.weights, start);
    return start;
  }
}

/** @example findRelated(buildRelatedIndex(knowledgeBase.entries), plannedCampaign) */
export function buildRelatedIndex(entries: readonly CampaignEntry[]): RelatedIndex {
  const lessons = entries.filter((entry) => hasConclusions(entry.campaign));
  const size = lessons.length;

  // Pass 1: every text as word ids; the words seen are the corpus vocabulary.
  const words = new WordTable();
  const stream = new WordStream(words);
  const spans = new TextSpans();
  const firstText = new Int32Array(size + 1);
  lessons.forEach((entry, lesson) => {
    firstText[lesson] = spans.read(stream, campaignTexts(entry.campaign));
  });
  firstText[size] = spans.length;
  words.seal();
  const analyzer = analyzerOf(words);

  // Pass 2: term frequencies per lesson and per conclusion, in flat rows. Conclusion rows follow
  // the lessons' rows; rows are filled in the order lessons are read, so row starts are recorded.
  const conclusionRows = new Int32Array(size + 1);
  const allOf = lessons.map((entry) => allConclusions(entry.campaign));
  conclusionRows[0] = size;
  for (let lesson = 0; lesson < size; lesson += 1) {
    conclusionRows[lesson + 1] = conclusionRows[lesson]! + allOf[lesson]!.length;
  }
  const rowCount = conclusionRows[size]!;
  const rows = new RowWriter();
  const rowStart = new Int32Array(rowCount);
  const rowEnd = new Int32Array(rowCount);
  const conclusionValues = new Float64Array(rowCount - size);
  let frequency = new Int32Array(1024);
  const whole = new TermAccumulator();
  const own = new TermAccumulator();
  const asked = new TermAccumulator();
  const languages: Language[] = [];
  const profiles: CampaignProfile[] = [];
  let ownLesson = 0;
  const conclusionDone = (conclusion: number): void => {
    const row = conclusionRows[ownLesson]! + conclusion;
    rowStart[row] = rows.take(own);
    rowEnd[row] = rows.length;
  };
  for (let lesson = 0; lesson < size; lesson += 1) {
    ownLesson = lesson;
    const conclusions = allOf[lesson]!;
    languages.push(
      analyzeCampaign(
        analyzer,
        stream.data,
        spans,
        firstText[lesson]!,
        firstText[lesson + 1]!,
        conclusions,
        LESSON_ROLE_WEIGHT,
        whole,
        { accumulator: own, done: conclusionDone },
        asked,
      ),
    );
    conclusions.forEach((conclusion, i) => {
      conclusionValues[conclusionRows[lesson]! - size + i] = conclusionValue(conclusion);
    });
    rowStart[lesson] = rows.take(whole);
    rowEnd[lesson] = rows.length;
    const [from, to] = [rowStart[lesson]!, rows.length];
    const concepts = (): TermBag => bagOf(rowWeights(rows.terms, rows.weights, from, to));
    profiles.push(profileOf(analyzer, lessons[lesson]!.campaign, asked, concepts));
    asked.clear();
    frequency = ensureLength(frequency, analyzer.terms.size);
    for (let i = rowStart[lesson]!; i < rows.length; i += 1) frequency[rows.terms[i]!]! += 1;
  }

  // A term in most lessons tells them apart no better than a stop word, and its posting list
  // would make every query visit most of the index: it is left out (as a corpus stop word).
  const termCount = analyzer.terms.size;
  const common = commonCount(size);
  const idf = new Float64Array(termCount);
  for (let term = 0; term < termCount; term += 1) {
    const count = term < frequency.length ? frequency[term]! : 0;
    idf[term] = count > common ? 0 : inverseFrequency(size, count);
  }
  const vectors = unitRows(rows, rowStart, rowEnd, idf);

  return new LessonIndex({
    analyzer,
    idf,
    entries: lessons,
    languages,
    vectors,
    conclusionRows,
    conclusionValues,
    postings: invert(vectors, size, termCount),
    conceptNorms: conceptNorms(analyzer, vectors, size),
    profiles,
    ...fundamentalPostings(profiles),
    typeRarity: typeRarity(profiles),
    channels: channelRows(profiles),
    running: indexRunning(entries),
  });
}

/**
 * Turns rows of term frequencies into TF-IDF unit vectors, in row order and in place (a row
 * only shrinks: terms without weight are dropped).
 */
function unitRows(rows: RowWriter, rowStart: Int32Array, rowEnd: Int32Array, idf: Float64Array): VectorRows {
  const count = rowStart.length;
  const order = Int32Array.from({ length: count }, (_, row) => row).sort(
    (a, b) => rowStart[a]! - rowStart[b]!,
  );
  const start = new Int32Array(count + 1);
  const { terms, weights } = rows;
  let at = 0;
  // Rows were written in file order (a lesson's conclusions before the lesson itself); compacting
  // in that order keeps every write behind every read.
  const kept = new Int32Array(count);
  const from = new Int32Array(count);
  for (const row of order) {
    from[row] = at;
    let norm = 0;
    for (let i = rowStart[row]!; i < rowEnd[row]!; i += 1) {
      const weight = termWeight(weights[i]!, idf[terms[i]!]!);
      if (weight <= 0) continue;
      norm += weight * weight;
      terms[at] = terms[i]!;
      weights[at] = weight;
      at += 1;
    }
    norm = Math.sqrt(norm);
    for (let i = from[row]!; i < at; i += 1) weights[i]! /= norm;
    kept[row] = at - from[row]!;
  }
  // Rows in row order, one after another.
  const outTerms = new Int32Array(at);
  const outWeights = new Float64Array(at);
  let out = 0;
  for (let row = 0; row < count; row += 1) {
    start[row] = out;
    outTerms.set(terms.subarray(from[row]!, from[row]! + kept[row]!), out);
    outWeights.set(weights.subarray(from[row]!, from[row]! + kept[row]!), out);
    out += kept[row]!;
  }
  start[count] = out;
  return { start, terms: outTerms, weights: outWeights };
}

/** Postings of the lessons' whole vectors (rows 0..size-1), lessons in order. */
function invert(vectors: VectorRows, size: number, termCount: number): Postings {
  const start = new Int32Array(termCount + 1);
  const end = vectors.start[size]!;
  for (let i = 0; i < end; i += 1) start[vectors.terms[i]! + 1]! += 1;
  for (let term = 0; term < termCount; term += 1) start[term + 1]! += start[term]!;
  const lessons = new Int32Array(end);
  const weights = new Float64Array(end);
  const fill = start.slice(0, termCount);
  for (let lesson = 0; lesson < size; lesson += 1) {
    for (let i = vectors.start[lesson]!; i < vectors.start[lesson + 1]!; i += 1) {
      const at = fill[vectors.terms[i]!]!++;
      lessons[at] = lesson;
      weights[at] = vectors.weights[i]!;
    }
  }
  return { start, lessons, weights };
}

/**
 * How much sharing a type (a question, a channel family, an audience group or sector) tells, by
 * the share of lessons that have it: 1 for one no lesson has, ½ for one every lesson has (a
 * shared common type still says something). A share, not a count, so it means the same in a
 * knowledge base of any size.
 */
function rarity(count: number, total: number): number {
  return 1 - (0.5 * count) / Math.max(1, total);
}

/**
 * Per fundamental, the lessons that raise it (so a query finds them even without a shared word),
 * and its rarity.
 */
function fundamentalPostings(profiles: readonly CampaignProfile[]): {
  fundamentalLessons: Int32Array[];
  fundamentalWeights: Float64Array;
  fundamentalMatrix: Float64Array;
} {
  const count = fundamentalTable().entries.length;
  const lists: number[][] = Array.from({ length: count }, () => []);
  profiles.forEach((profile, lesson) => {
    for (let f = 0; f < count; f += 1) if (profile.fundamentals[f]! > 0) lists[f]!.push(lesson);
  });
  const fundamentalWeights = Float64Array.from(lists, (list) => rarity(list.length, profiles.length));
  const fundamentalMatrix = new Float64Array(profiles.length * count);
  profiles.forEach((profile, lesson) => fundamentalMatrix.set(profile.fundamentals, lesson * count));
  return {
    fundamentalLessons: lists.map((list) => Int32Array.from(list)),
    fundamentalWeights,
    fundamentalMatrix,
  };
}

/** Per type bit of each kind: its rarity among the lessons' profiles. */
function typeRarity(profiles: readonly CampaignProfile[]): TypeRarity {
  const share = (mask: (profile: CampaignProfile) => number): Float64Array => {
    const counts = new Float64Array(32);
    for (const profile of profiles) {
      const bits = mask(profile);
      for (let bit = 0; bits >> bit !== 0; bit += 1) if ((bits & (1 << bit)) !== 0) counts[bit]! += 1;
    }
    return counts.map((count) => rarity(count, profiles.length));
  };
  return {
    families: share((profile) => profile.families),
    groups: share((profile) => profile.groups),
    sectors: share((profile) => profile.sectors),
  };
}

/**
 * Per lesson, the length of the concept part of its unit vector: the concept similarity
 * (rank.ts) compares the concepts alone, whatever the language and words they were named in.
 */
function conceptNorms(analyzer: Analyzer, vectors: VectorRows, size: number): Float64Array {
  const norms = new Float64Array(size);
  for (let lesson = 0; lesson < size; lesson += 1) {
    let sum = 0;
    for (let i = vectors.start[lesson]!; i < vectors.start[lesson + 1]!; i += 1) {
      if (analyzer.isConcept(vectors.terms[i]!)) sum += vectors.weights[i]! * vectors.weights[i]!;
    }
    norms[lesson] = Math.sqrt(sum);
  }
  return norms;
}

/** The lessons' channel types, each distinct one once. */
function channelRows(profiles: readonly CampaignProfile[]): ChannelRows {
  const types: ChannelType[] = [];
  const known = new Map<string, number>();
  const start = new Int32Array(profiles.length + 1);
  const ids: number[] = [];
  profiles.forEach((profile, lesson) => {
    start[lesson] = ids.length;
    for (const channel of profile.channels) {
      const key = `${channel.slug}|${channel.families}`;
      let id = known.get(key);
      if (id === undefined) {
        id = types.push(channel) - 1;
        known.set(key, id);
      }
      ids.push(id);
    }
  });
  start[profiles.length] = ids.length;
  return { types, start, ids: Int32Array.from(ids) };
}

/** The terms of a row with their weights. */
function rowWeights(terms: Int32Array, weights: Float64Array, from: number, to: number): Map<number, number> {
  const found = new Map<number, number>();
  for (let i = from; i < to; i += 1) found.set(terms[i]!, weights[i]!);
  return found;
}
