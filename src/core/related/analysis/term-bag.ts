// Analyses the texts of a campaign into weighted terms: for the whole campaign and per
// conclusion, each word weighted by the role of its text. Texts are read as streams of word
// ids (the index reads the whole knowledge base this way) and terms are summed by id in a
// reusable accumulator, so a campaign costs no strings or maps of its own.
import type { Campaign, Conclusion } from '../../types.js';
import { SENTENCE_END, type Analyzer, type TermIdSink } from './analyzer.js';
import { allConclusions } from '../../conclusions.js';
import { lessonTexts, planTexts, type CampaignText, type TextRole } from './campaign-text.js';
import type { Language } from './language.js';
import { scanText, tokenize, type Token } from './tokenize.js';
import type { WordTable } from './word-table.js';
import { conclusionTextWeight } from '../weights.js';
import { ensureLength } from '../growable.js';

export interface TokenizedText {
  text: CampaignText;
  tokens: Token[];
}

export function tokenizeTexts(texts: readonly CampaignText[]): TokenizedText[] {
  return texts.map((text) => ({ text, tokens: tokenize(text.text) }));
}

/** The language most of some tokenized texts are written in: the fallback for sentences that do not tell. */
export function textsLanguage(analyzer: Analyzer, texts: readonly TokenizedText[]): Language {
  return analyzer.languageOf(texts.map(({ tokens }) => tokens)) ?? 'en';
}

/** Everything a campaign says, in the order the index and the query read it. */
export function campaignTexts(campaign: Campaign): CampaignText[] {
  return [...planTexts(campaign), ...lessonTexts(campaign)];
}

/** A growable stream of word ids: the texts of many campaigns back to back. */
export class WordStream {
  data = new Int32Array(4096);
  length = 0;

  constructor(private readonly words: WordTable) {}

  private push(value: number): void {
    if (this.length === this.data.length) this.data = ensureLength(this.data, this.length + 1);
    this.data[this.length++] = value;
  }

  private readonly visitor = {
    plain: (text: string, start: number, end: number, hash: number): void =>
      this.push(this.words.addRange(text, start, end, hash)),
    word: (word: string, parts: string[] | undefined): void => this.push(this.words.add(word, parts)),
    sentenceEnd: (): void => this.push(SENTENCE_END),
  };

  /** Appends one text; returns where it starts (it ends at `length`). */
  append(text: string): number {
    const start = this.length;
    scanText(text, this.visitor);
    return start;
  }
}

/** Weights of terms by id, and the terms there are: what a campaign's profile is read from. */
export interface TermBag {
  get(term: number): number;
  readonly terms: readonly number[];
}

/** Sums weights per term id without a map: dense values, and the list of terms touched. */
export class TermAccumulator implements TermBag {
  private values = new Float64Array(1024);
  private seen = new Uint8Array(1024);
  private touched: number[] = [];

  add(term: number, weight: number): void {
    if (term >= this.values.length) this.grow(term);
    if (this.seen[term] === 0) {
      this.seen[term] = 1;
      this.touched.push(term);
    }
    this.values[term]! += weight;
  }

  /** Adds `weights[k] * scale` to `terms[k]` for every k in [from, to). */
  addAll(terms: Int32Array, weights: Float64Array, scale: number, from: number, to: number): void {
    for (let k = from; k < to; k += 1) {
      const term = terms[k]!;
      if (term >= this.values.length) this.grow(term);
      if (this.seen[term] === 0) {
        this.seen[term] = 1;
        this.touched.push(term);
      }
      this.values[term]! += weights[k]! * scale;
    }
  }

  private grow(term: number): void {
    this.values = ensureLength(this.values, term + 1);
    this.seen = ensureLength(this.seen, term + 1);
  }

  get size(): number {
    return this.touched.length;
  }

  get(term: number): number {
    return term < this.values.length ? this.values[term]! : 0;
  }

  /** The terms added since the accumulator was last emptied, in the order first added. */
  get terms(): readonly number[] {
    return this.touched;
  }

  /** Empties the accumulator. */
  clear(): void {
    this.drain(() => undefined);
  }

  /**
   * Writes the terms, in the order first added, and their weights into `terms` and `weights`
   * from `at` (which must have room for `size` more), empties the accumulator and returns the end.
   */
  drainTo(terms: Int32Array, weights: Float64Array, at: number): number {
    for (const term of this.touched) {
      terms[at] = term;
      weights[at] = this.values[term]!;
      at += 1;
      this.values[term] = 0;
      this.seen[term] = 0;
    }
    this.touched.length = 0;
    return at;
  }

  /** Calls `visit` per term in the order first added, then empties the accumulator. */
  drain(visit: (term: number, weight: number) => void): void {
    for (const term of this.touched) {
      visit(term, this.values[term]!);
      this.values[term] = 0;
      this.seen[term] = 0;
    }
    this.touched.length = 0;
  }
}

const ROLES: readonly TextRole[] = [
  'title',
  'summary',
  'tags',
  'goal',
  'measure',
  'finding',
  'recommendation',
  'evidence',
  'review',
];
const ROLE_CODES = new Map(ROLES.map((role, code) => [role, code]));

/**
 * The texts read into a stream: per text its role, its conclusion (an index into
 * `allConclusions(campaign)`, or -1) and where it lies. Flat arrays, not an object per text.
 */
export class TextSpans {
  role = new Uint8Array(1024);
  conclusion = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  length = 0;

  /** Reads `texts` into `stream`; returns the index of the first of them here. */
  read(stream: WordStream, texts: readonly CampaignText[]): number {
    const first = this.length;
    for (const text of texts) {
      const at = this.length;
      if (at === this.role.length) {
        this.role = ensureLength(this.role, at + 1);
        this.conclusion = ensureLength(this.conclusion, at + 1);
        this.start = ensureLength(this.start, at + 1);
        this.end = ensureLength(this.end, at + 1);
      }
      this.role[at] = ROLE_CODES.get(text.role)!;
      this.conclusion[at] = text.conclusion ?? -1;
      this.start[at] = stream.append(text.text);
      this.end[at] = stream.length;
      this.length += 1;
    }
    return first;
  }
}

/** The language most of some texts `[from, to)` are written in ('en' on a tie). */
export function spansLanguage(
  analyzer: Analyzer,
  data: Int32Array,
  spans: TextSpans,
  from: number,
  to: number,
): Language {
  let balance = 0;
  for (let k = from; k < to; k += 1) balance += analyzer.balance(data, spans.start[k]!, spans.end[k]!);
  return balance > 0 ? 'nl' : 'en';
}

/** Adds terms to the campaign's accumulator scaled by their text, and to a conclusion's. */
class CampaignSink implements TermIdSink {
  scale = 1;
  base = 1;
  toOwn = false;
  toQuestions = false;
  /** Weight of the current text in the questions. */
  asked = 0;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly whole: TermAccumulator,
    private readonly own: TermAccumulator | undefined,
    private readonly questions: TermAccumulator | undefined,
  ) {}

  term(term: number, weight: number): void {
    this.whole.add(term, weight * this.scale);
    if (this.toOwn) this.own!.add(term, weight * this.base);
    if (this.toQuestions && this.analyzer.isConcept(term)) this.questions!.add(term, weight * this.asked);
  }

  word(
    terms: Int32Array,
    weights: Float64Array,
    _words: readonly string[],
    from: number,
    to: number,
    concepts: Uint8Array,
  ): void {
    this.whole.addAll(terms, weights, this.scale, from, to);
    if (this.toOwn) this.own!.addAll(terms, weights, this.base, from, to);
    if (this.toQuestions) {
      for (let k = from; k < to; k += 1) {
        if (concepts[k] === 1) this.questions!.add(terms[k]!, weights[k]! * this.asked);
      }
    }
  }
}

/**
 * The texts a campaign's fundamental questions are read from, with their weight (DESIGN §1:
 * what it wants to learn and what it learned): learning goals, tags, conclusions and reviews;
 * the summary, which says how the plan means to work, counts half.
 */
const QUESTION_ROLES: ReadonlyMap<TextRole, number> = new Map([
  ['goal', 1],
  ['tags', 1],
  ['finding', 1],
  ['recommendation', 1],
  ['review', 0.5],
  ['summary', 0.5],
]);

/**
 * Adds the terms of one campaign's texts (`spans` from `from` to `to`) to `whole`, each weighted
 * by its role (and a conclusion's words by the conclusion's value), and gathers each
 * conclusion's own terms in `own.accumulator`, calling `own.done` after each conclusion in
 * `allConclusions` order (a conclusion's texts are read one after another), and the concept
 * terms of the texts that state its questions in `questions`.
 */
export function analyzeCampaign(
  analyzer: Analyzer,
  data: Int32Array,
  spans: TextSpans,
  from: number,
  to: number,
  conclusions: readonly Conclusion[],
  roleWeight: Readonly<Record<TextRole, number>>,
  whole: TermAccumulator,
  own?: { accumulator: TermAccumulator; done: (conclusion: number) => void },
  questions?: TermAccumulator,
): Language {
  const language = spansLanguage(analyzer, data, spans, from, to);
  const sink = new CampaignSink(analyzer, whole, own?.accumulator, questions);
  let current = -1;
  for (let k = from; k < to; k += 1) {
    const conclusion = spans.conclusion[k]!;
    if (own !== undefined && conclusion !== current) {
      if (current >= 0) own.done(current);
      current = conclusion;
    }
    sink.base = roleWeight[ROLES[spans.role[k]!]!];
    sink.scale = conclusion < 0 ? sink.base : sink.base * conclusionTextWeight(conclusions[conclusion]!);
    sink.toOwn = own !== undefined && conclusion >= 0;
    sink.asked = QUESTION_ROLES.get(ROLES[spans.role[k]!]!) ?? 0;
    sink.toQuestions = questions !== undefined && sink.asked > 0;
    analyzer.analyzeStream(data, spans.start[k]!, spans.end[k]!, language, sink);
  }
  if (own !== undefined && current >= 0) own.done(current);
  return language;
}

/** A bag of terms from a map of term id to weight. */
export function bagOf(weights: ReadonlyMap<number, number>): TermBag {
  return { get: (term) => weights.get(term) ?? 0, terms: [...weights.keys()] };
}

/** One campaign's terms by id with their weights, as the query reads it, and its question concepts. */
export function campaignTerms(
  analyzer: Analyzer,
  campaign: Campaign,
  roleWeight: Readonly<Record<TextRole, number>>,
): { terms: Map<number, number>; questions: Map<number, number> } {
  const stream = new WordStream(analyzer.words);
  const spans = new TextSpans();
  const texts = campaignTexts(campaign);
  spans.read(stream, texts);
  const whole = new TermAccumulator();
  const asked = new TermAccumulator();
  const conclusions = allConclusions(campaign);
  analyzeCampaign(
    analyzer,
    stream.data,
    spans,
    0,
    texts.length,
    conclusions,
    roleWeight,
    whole,
    undefined,
    asked,
  );
  const terms = new Map<number, number>();
  whole.drain((term, weight) => terms.set(term, weight));
  const questions = new Map<number, number>();
  asked.drain((term, weight) => questions.set(term, weight));
  return { terms, questions };
}
