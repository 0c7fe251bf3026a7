// Turns tokens into weighted terms: per sentence the language is told, stop words dropped,
// words stemmed, Dutch compounds split against the corpus vocabulary, adjacent words that the
// corpus writes as one compound joined, and words and phrases of the concept list added as
// concept terms. Each term comes with the word it came from, so reasons can quote it.
import { conceptLookup, MAX_PHRASE_WORDS } from './concepts.js';
import { splitCompound } from './compounds.js';
import type { Language } from './language.js';
import { wordForms } from './stem.js';
import { countStopWords, isStopWord } from './stop-words.js';
import type { Token } from './tokenize.js';

/** Receives each term of a text with its weight and the folded word it came from. */
export type TermSink = (term: string, weight: number, word: string) => void;

interface Emission {
  term: string;
  weight: number;
  word: string;
}

/** What one token means in one language; computed once per distinct word. */
interface WordInfo {
  stop: boolean;
  /** Its stem: the key of phrases. */
  first: string;
  startsPhrase: boolean;
  emissions: Emission[];
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
  /** Emits the terms of one text, given as tokens; `fallback` is the campaign's language. */
  analyze(tokens: readonly Token[], fallback: Language, sink: TermSink): void;
  /** The language of some texts together by their function words, undefined on a tie. */
  languageOf(texts: readonly (readonly Token[])[]): Language | undefined;
}

/** @param vocabulary folded words of the corpus: the words compounds are split into and joined to. */
export function createAnalyzer(vocabulary: ReadonlySet<string>): Analyzer {
  // Every distinct word is analysed once per language; a knowledge base repeats its words a lot.
  const plainCache: Record<Language, Map<string, WordInfo>> = { nl: new Map(), en: new Map() };
  const hyphenCache: Record<Language, Map<string, WordInfo>> = { nl: new Map(), en: new Map() };
  const joinedCache: Record<Language, Map<string, Emission[]>> = { nl: new Map(), en: new Map() };
  const stopFlags = new Map<string, number>();
  /** Bit 1: a Dutch stop word; bit 2: an English one (evidence of the sentence's language). */
  const flags = (word: string): number => {
    let found = stopFlags.get(word);
    if (found === undefined) {
      found = (countStopWords([word], 'nl') > 0 ? 1 : 0) | (countStopWords([word], 'en') > 0 ? 2 : 0);
      stopFlags.set(word, found);
    }
    return found;
  };
  const isKnown = (word: string): boolean =>
    (vocabulary.has(word) || conceptLookup.words.has(word)) && !isStopWord(word, 'nl');

  /** `shown` is the word as a reason quotes it (a hyphenated word keeps its hyphens). */
  function plainWord(
    word: string,
    language: Language,
    scale: number,
    split: boolean,
    out: Emission[],
    shown = word,
  ): void {
    const forms = wordForms(word, language);
    const concepts = conceptLookup.ofWord(word, forms, language);
    const own = concepts.length > 0 ? scale * STEM_OF_CONCEPT_WORD : scale;
    out.push({ term: forms[0]!, weight: own, word: shown });
    if (forms.length > 1) out.push({ term: forms[1]!, weight: own * SECOND_FORM, word: shown });
    for (const concept of concepts) out.push({ term: concept, weight: scale, word: shown });
    if (!split || language !== 'nl') return;
    const parts = splitCompound(word, isKnown);
    if (parts === undefined) return;
    for (const part of parts) plainWord(part, language, scale * COMPOUND_PART, false, out);
  }

  function hyphenated(token: Token, parts: readonly string[], language: Language, out: Emission[]): void {
    // `trainee-community`: the parts are the words; the whole still matches `traineecommunity`.
    for (const part of parts) if (!isStopWord(part, language)) plainWord(part, language, 1, true, out);
    plainWord(token.word, language, HYPHEN_WHOLE, false, out, parts.join('-'));
    // The whole may name a concept as one word or as a phrase (`employer-branding`).
    const concepts = [
      ...conceptLookup.ofWord(token.word, wordForms(token.word, language), language),
      ...conceptLookup.ofPhrase(
        parts.map((part) => wordForms(part, language)[0]!),
        language,
      ),
    ];
    for (const concept of new Set(concepts)) out.push({ term: concept, weight: 1, word: parts.join('-') });
  }

  function info(token: Token, language: Language): WordInfo {
    const table = token.parts === undefined ? plainCache[language] : hyphenCache[language];
    const key = token.parts === undefined ? token.word : token.parts.join('-');
    let found = table.get(key);
    if (found !== undefined) return found;
    const first = wordForms(token.word, language)[0]!;
    const stop = token.parts === undefined && isStopWord(token.word, language);
    const emissions: Emission[] = [];
    if (token.parts !== undefined) hyphenated(token, token.parts, language, emissions);
    else if (!stop) plainWord(token.word, language, 1, true, emissions);
    found = { stop, first, startsPhrase: conceptLookup.startsPhrase(first, language), emissions };
    table.set(key, found);
    return found;
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

  function phrases(
    tokens: readonly Token[],
    infos: readonly WordInfo[],
    i: number,
    language: Language,
    sink: TermSink,
  ) {
    // Phrases of the concept list (`employer brand`, `refer a friend`) may contain stop words.
    const forms: string[] = [infos[i]!.first];
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= tokens.length; n += 1) {
      forms.push(infos[i + n - 1]!.first);
      for (const concept of conceptLookup.ofPhrase(forms, language)) {
        sink(
          concept,
          1,
          tokens
            .slice(i, i + n)
            .map((token) => token.word)
            .join(' '),
        );
      }
    }
  }

  function analyzeSentence(tokens: readonly Token[], language: Language, sink: TermSink): void {
    const infos = tokens.map((token) => info(token, language));
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i]!;
      const word = infos[i]!;
      for (const emission of word.emissions) sink(emission.term, emission.weight, emission.word);
      if (word.startsPhrase) phrases(tokens, infos, i, language, sink);
      const next = tokens[i + 1];
      if (
        word.stop ||
        language !== 'nl' ||
        next === undefined ||
        next.parts !== undefined ||
        infos[i + 1]!.stop
      ) {
        continue;
      }
      // `werkgevers merk` written apart where the corpus writes `werkgeversmerk`.
      const joined = token.word + next.word;
      if (vocabulary.has(joined)) {
        for (const emission of joinedTerms(joined, language)) {
          sink(emission.term, emission.weight, `${token.word} ${next.word}`);
        }
      }
    }
  }

  /** Dutch minus English function words in tokens[start, end). */
  function balanceOf(tokens: readonly Token[], start: number, end: number): number {
    let balance = 0;
    for (let i = start; i < end; i += 1) {
      const bits = flags(tokens[i]!.word);
      balance += (bits & 1) - ((bits >> 1) & 1);
    }
    return balance;
  }

  function languageOf(tokens: readonly Token[], start: number, end: number): Language | undefined {
    const balance = balanceOf(tokens, start, end);
    return balance > 0 ? 'nl' : balance < 0 ? 'en' : undefined;
  }

  return {
    languageOf(texts) {
      const balance = texts.reduce((sum, tokens) => sum + balanceOf(tokens, 0, tokens.length), 0);
      return balance > 0 ? 'nl' : balance < 0 ? 'en' : undefined;
    },
    analyze(tokens, fallback, sink) {
      // Told per sentence; a sentence that does not tell takes the text's, then the campaign's.
      let textLanguage: Language | undefined;
      let start = 0;
      while (start < tokens.length) {
        const sentence = tokens[start]!.sentence;
        let end = start;
        while (end < tokens.length && tokens[end]!.sentence === sentence) end += 1;
        let language = languageOf(tokens, start, end);
        if (language === undefined) {
          textLanguage ??= languageOf(tokens, 0, tokens.length) ?? fallback;
          language = textLanguage;
        }
        analyzeSentence(
          start === 0 && end === tokens.length ? tokens : tokens.slice(start, end),
          language,
          sink,
        );
        start = end;
      }
    },
  };
}
