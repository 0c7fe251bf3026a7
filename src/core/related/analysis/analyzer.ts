// Turns words into weighted terms: per sentence the language is told, stop words dropped,
// words stemmed, Dutch compounds split against the corpus vocabulary, adjacent words that the
// corpus writes as one compound joined, and words and phrases of the concept list added as
// concept terms. Each term comes with the word it came from, so reasons can quote it.
// Words and terms are interned (vocabulary.ts): the index streams word ids through
// `analyzeStream`; tests, reasons and slugs use `analyze` on tokens.
import { CONCEPT_PREFIX, conceptLookup, MAX_PHRASE_WORDS } from './concepts.js';
import { splitCompound } from './compounds.js';
import type { Language } from './language.js';
import { wordForms } from './stem.js';
import { isStopWord } from './stop-words.js';
import type { Token } from './tokenize.js';
import { languageFlags, StringTable, WordTable } from './word-table.js';
import { ensureLength } from '../growable.js';

/** Receives each term of a text with its weight and the folded word it came from. */
export type TermSink = (term: string, weight: number, word: string) => void;

/** The same with interned terms; `word` is only read by reasons. */
export interface TermIdSink {
  term(term: number, weight: number, word: string): void;
  /**
   * All terms of one word at once, `terms[from, to)` with their weights, words and whether each
   * is a concept (the common case, so a sink can add them in one loop).
   */
  word(
    terms: Int32Array,
    weights: Float64Array,
    words: readonly string[],
    from: number,
    to: number,
    concepts: Uint8Array,
  ): void;
}

/** A text as word ids, sentences ended by this marker. */
export const SENTENCE_END = -1;

interface Emission {
  term: string;
  weight: number;
  word: string;
}

/** What one word means in one language; computed once per distinct word. */
interface WordInfo {
  stop: boolean;
  /** Its stem: the key of phrases. */
  first: string;
  /** The first forms of the second words of phrases that start with this word. */
  phraseSeconds: ReadonlySet<string> | undefined;
  /** Its terms are `emitted.terms[from, to)` (all words' terms share three arrays). */
  from: number;
  to: number;
}

/** The terms of all analysed words, back to back. */
class Emitted {
  terms = new Int32Array(1 << 14);
  weights = new Float64Array(1 << 14);
  /** 1 where the term is a concept (`~community`), so sinks need not look it up. */
  concepts = new Uint8Array(1 << 14);
  readonly words: string[] = [];
  length = 0;

  push(term: number, weight: number, word: string, concept: boolean): void {
    if (this.length === this.terms.length) {
      this.terms = ensureLength(this.terms, this.length + 1);
      this.weights = ensureLength(this.weights, this.length + 1);
      this.concepts = ensureLength(this.concepts, this.length + 1);
    }
    this.terms[this.length] = term;
    this.weights[this.length] = weight;
    this.concepts[this.length] = concept ? 1 : 0;
    this.words.push(word);
    this.length += 1;
  }
}

// Weights of the secondary terms of a word, relative to its own stem (1): they widen the match
// without letting a compound's parts or a loanword's second stem outweigh the word itself.
const SECOND_FORM = 0.5;
const COMPOUND_PART = 0.5;
const HYPHEN_WHOLE = 0.5;
const JOINED_WORDS = 0.5;
// A word of the concept list counts mostly through its concept: `sollicitaties` in a Dutch
// lesson then matches `applications` in an English plan about as well as `applications` in an
// English lesson does. Its own stem keeps a little weight, so the very same word still ranks a
// little higher than a synonym.
const STEM_OF_CONCEPT_WORD = 0.25;

export interface Analyzer {
  /** The interned words; before `words.seal()` every word added is corpus vocabulary. */
  readonly words: WordTable;
  /** The interned terms (stems and `~concepts`). */
  readonly terms: StringTable;
  /** Emits the terms of one text, given as tokens; `fallback` is the campaign's language. */
  analyze(tokens: readonly Token[], fallback: Language, sink: TermSink): void;
  /** The same for a text as word ids in `stream[start, end)` (sentences ended by SENTENCE_END). */
  analyzeStream(stream: Int32Array, start: number, end: number, fallback: Language, sink: TermIdSink): void;
  /** The language of some texts together by their function words, undefined on a tie. */
  languageOf(texts: readonly (readonly Token[])[]): Language | undefined;
  /** Dutch minus English function words in `stream[start, end)`. */
  balance(stream: Int32Array, start: number, end: number): number;
  /** Whether a term id is a concept term (`~community`) rather than a stem. */
  isConcept(term: number): boolean;
}

/** @param vocabulary folded words of the corpus: the words compounds are split into and joined to. */
export function createAnalyzer(vocabulary: Iterable<string>): Analyzer {
  const words = new WordTable();
  for (const word of vocabulary) words.add(word, undefined);
  words.seal();
  return analyzerOf(words);
}

/**
 * An analyzer over interned words; the words added to `words` before it is sealed are the
 * corpus vocabulary (the index adds every word of the knowledge base, then seals).
 */
export function analyzerOf(words: WordTable): Analyzer {
  const lookup = conceptLookup();
  const terms = new StringTable();
  const emitted = new Emitted();
  // Every distinct word is analysed once per language; a knowledge base repeats its words a lot.
  const infos: Record<Language, (WordInfo | undefined)[]> = { nl: [], en: [] };
  const joinedCache: Record<Language, Map<string, Emission[]>> = { nl: new Map(), en: new Map() };
  const formsCache: Record<Language, Map<string, string[]>> = { nl: new Map(), en: new Map() };
  const isKnown = (word: string): boolean =>
    (words.isKnown(word) || lookup.words.has(word)) && !isStopWord(word, 'nl');

  /** Stems, once per distinct word and language (words recur as compound and hyphen parts). */
  function forms(word: string, language: Language): string[] {
    let found = formsCache[language].get(word);
    if (found === undefined) {
      found = wordForms(word, language);
      formsCache[language].set(word, found);
    }
    return found;
  }

  /** `shown` is the word as a reason quotes it (a hyphenated word keeps its hyphens). */
  function plainWord(
    word: string,
    language: Language,
    scale: number,
    split: boolean,
    out: Emission[],
    shown = word,
  ): void {
    const stems = forms(word, language);
    const concepts = lookup.ofWord(word, stems, language);
    const own = concepts.length > 0 ? scale * STEM_OF_CONCEPT_WORD : scale;
    out.push({ term: stems[0]!, weight: own, word: shown });
    if (stems.length > 1) out.push({ term: stems[1]!, weight: own * SECOND_FORM, word: shown });
    for (const concept of concepts) out.push({ term: concept, weight: scale, word: shown });
    if (!split || language !== 'nl') return;
    const parts = splitCompound(word, isKnown);
    if (parts === undefined) return;
    for (const part of parts) plainWord(part, language, scale * COMPOUND_PART, false, out);
  }

  function hyphenated(word: string, parts: readonly string[], language: Language, out: Emission[]): void {
    // `trainee-community`: the parts are the words; the whole still matches `traineecommunity`.
    for (const part of parts) if (!isStopWord(part, language)) plainWord(part, language, 1, true, out);
    plainWord(word, language, HYPHEN_WHOLE, false, out, parts.join('-'));
    // The whole may name a concept as one word or as a phrase (`employer-branding`).
    const concepts = [
      ...lookup.ofWord(word, forms(word, language), language),
      ...lookup.ofPhrase(
        parts.map((part) => forms(part, language)[0]!),
        language,
      ),
    ];
    for (const concept of new Set(concepts)) out.push({ term: concept, weight: 1, word: parts.join('-') });
  }

  function info(id: number, language: Language): WordInfo {
    const found = infos[language][id];
    if (found !== undefined) return found;
    const key = words.strings[id]!;
    const parts = words.isHyphenated(id) ? key.split('-') : undefined;
    const word = parts === undefined ? key : words.strings[words.whole(id)]!;
    const first = forms(word, language)[0]!;
    const stop = parts === undefined && isStopWord(word, language);
    const emissions: Emission[] = [];
    if (parts !== undefined) hyphenated(word, parts, language, emissions);
    else if (!stop) plainWord(word, language, 1, true, emissions);
    const from = emitted.length;
    for (const e of emissions) {
      emitted.push(terms.intern(e.term), e.weight, e.word, e.term.startsWith(CONCEPT_PREFIX));
    }
    const made: WordInfo = {
      stop,
      first,
      phraseSeconds: lookup.phraseSeconds(first, language),
      from,
      to: emitted.length,
    };
    infos[language][id] = made;
    return made;
  }

  function joinedTerms(joined: string, language: Language): Emission[] {
    let found = joinedCache[language].get(joined);
    if (found === undefined) {
      found = [];
      plainWord(joined, language, JOINED_WORDS, false, found);
      joinedCache[language].set(joined, found);
    }
    return found;
  }

  function phrases(stream: Int32Array, i: number, end: number, language: Language, sink: TermIdSink): void {
    // Phrases of the concept list (`employer brand`, `refer a friend`) may contain stop words.
    const firsts: string[] = [info(stream[i]!, language).first];
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= end; n += 1) {
      firsts.push(info(stream[i + n - 1]!, language).first);
      const concepts = lookup.ofPhrase(firsts, language);
      if (concepts.length === 0) continue;
      const shown: string[] = [];
      for (let k = i; k < i + n; k += 1) shown.push(words.strings[words.whole(stream[k]!)]!);
      for (const concept of concepts) sink.term(terms.intern(concept), 1, shown.join(' '));
    }
  }

  function analyzeSentence(
    stream: Int32Array,
    start: number,
    end: number,
    language: Language,
    sink: TermIdSink,
  ): void {
    const known = infos[language];
    let word = known[stream[start]!] ?? info(stream[start]!, language);
    for (let i = start; i < end; i += 1) {
      const id = stream[i]!;
      if (word.to > word.from) {
        sink.word(emitted.terms, emitted.weights, emitted.words, word.from, word.to, emitted.concepts);
      }
      if (i + 1 >= end) continue;
      const next = stream[i + 1]!;
      const nextWord = known[next] ?? info(next, language);
      const current = word;
      word = nextWord;
      if (current.phraseSeconds?.has(nextWord.first) === true) phrases(stream, i, end, language, sink);
      if (current.stop || language !== 'nl' || words.isHyphenated(next) || nextWord.stop) continue;
      // `werkgevers merk` written apart where the corpus writes `werkgeversmerk`.
      const joined = words.knownJoin(words.whole(id), next);
      if (joined >= 0) {
        const shown = `${words.strings[words.whole(id)]!} ${words.strings[next]!}`;
        for (const emission of joinedTerms(words.strings[joined]!, language)) {
          sink.term(terms.intern(emission.term), emission.weight, shown);
        }
      }
    }
  }

  function balance(stream: Int32Array, start: number, end: number): number {
    let sum = 0;
    for (let i = start; i < end; i += 1) {
      const id = stream[i]!;
      if (id === SENTENCE_END) continue;
      const bits = words.flags(id);
      sum += (bits & 1) - ((bits >> 1) & 1);
    }
    return sum;
  }

  const sign = (value: number): Language | undefined => (value > 0 ? 'nl' : value < 0 ? 'en' : undefined);

  function analyzeStream(
    stream: Int32Array,
    start: number,
    end: number,
    fallback: Language,
    sink: TermIdSink,
  ): void {
    // Told per sentence; a sentence that does not tell takes the text's, then the campaign's.
    let textLanguage: Language | undefined;
    let from = start;
    while (from < end) {
      if (stream[from] === SENTENCE_END) {
        from += 1;
        continue;
      }
      let to = from;
      while (to < end && stream[to] !== SENTENCE_END) to += 1;
      let language = sign(balance(stream, from, to));
      if (language === undefined) {
        textLanguage ??= sign(balance(stream, start, end)) ?? fallback;
        language = textLanguage;
      }
      analyzeSentence(stream, from, to, language, sink);
      from = to;
    }
  }

  const flagCache = new Map<string, number>();
  // Per term id: 0 not yet known, 1 a stem, 2 a concept.
  let conceptFlags = new Uint8Array(1024);
  function isConcept(term: number): boolean {
    if (term >= conceptFlags.length) conceptFlags = ensureLength(conceptFlags, term + 1);
    if (conceptFlags[term] === 0)
      conceptFlags[term] = terms.strings[term]!.startsWith(CONCEPT_PREFIX) ? 2 : 1;
    return conceptFlags[term] === 2;
  }
  return {
    isConcept,
    words,
    terms,
    analyzeStream,
    balance,
    analyze(tokens, fallback, sink) {
      const stream = encodeTokens(words, tokens);
      analyzeStream(stream, 0, stream.length, fallback, {
        term: (term, weight, word) => sink(terms.strings[term]!, weight, word),
        word: (ids, weights, shown, from, to) => {
          for (let k = from; k < to; k += 1) sink(terms.strings[ids[k]!]!, weights[k]!, shown[k]!);
        },
      });
    },
    languageOf(texts) {
      let sum = 0;
      for (const tokens of texts) {
        for (const { word } of tokens) {
          let bits = flagCache.get(word);
          if (bits === undefined) flagCache.set(word, (bits = languageFlags(word)));
          sum += (bits & 1) - ((bits >> 1) & 1);
        }
      }
      return sign(sum);
    },
  };
}

/** Tokens as a stream of word ids, a SENTENCE_END between sentences. */
function encodeTokens(words: WordTable, tokens: readonly Token[]): Int32Array {
  let breaks = 0;
  for (let i = 1; i < tokens.length; i += 1) if (tokens[i]!.sentence !== tokens[i - 1]!.sentence) breaks += 1;
  const stream = new Int32Array(tokens.length + breaks);
  let at = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (i > 0 && token.sentence !== tokens[i - 1]!.sentence) stream[at++] = SENTENCE_END;
    stream[at++] = words.add(token.word, token.parts);
  }
  return stream;
}
