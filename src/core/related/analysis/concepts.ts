// Looks words and short phrases up in the concept list (vocabulary/concepts.yaml). Entries are
// analysed exactly like campaign text (tokenized, stemmed per language), so `vacatures` in a
// Dutch sentence and `vacancies` in an English one both reach the concept `vacancy`.
import { isShortStem } from '../vocabulary/check.js';
import { VOCABULARY } from '../vocabulary/data.generated.js';
import type { ConceptsFile } from '../vocabulary/types.js';
import type { Language } from './language.js';
import { wordForms } from './stem.js';
import { tokenize } from './tokenize.js';

/** Prefix of concept terms; stems never start with it. */
export const CONCEPT_PREFIX = '~';

/** Longest phrase in the list, in words. */
export const MAX_PHRASE_WORDS = 4;

export interface ConceptLookup {
  /** Concept terms of a folded word, given also its forms (from `wordForms`). */
  ofWord(word: string, forms: readonly string[], language: Language): readonly string[];
  /** Concept terms of a phrase, given the first form of each of its words. */
  ofPhrase(firstForms: readonly string[], language: Language): readonly string[];
  /** The first forms that can follow `firstForm` in a phrase, if any phrase starts with it. */
  phraseSeconds(firstForm: string, language: Language): ReadonlySet<string> | undefined;
  /** Folded single words of the list: known words for compound splitting. */
  words: ReadonlySet<string>;
}

type Table = Map<string, string[]>;

/** A listed word under its stem, with its concept term. */
interface Listed {
  word: string;
  term: string;
}

function add(table: Table, key: string, concept: string): void {
  const list = table.get(key);
  if (list === undefined) table.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Of the listed words that share a stem with `word` (`community`, `communication`), the one
 * it is a form of: a listed word it starts with (the longest), else the longest shared start.
 */
function nearest(word: string, listed: readonly Listed[]): string {
  let best = listed[0]!;
  let bestScore = -1;
  for (const candidate of listed) {
    const prefix = commonPrefix(word, candidate.word);
    const score = (prefix === candidate.word.length ? 1000 : 0) + prefix;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best.term;
}

/**
 * Builds the lookup tables once; they are shared by every index. A word is looked up as written
 * first, then by its stem (a stem several concepts share goes to the nearest listed word), then
 * by the longest listed stem with `*` it starts with. Words listed under `exact`, and words whose
 * stem is too short to trust, match only as written.
 */
export function buildConceptLookup(file: ConceptsFile): ConceptLookup {
  const surface: Record<Language, Table> = { nl: new Map(), en: new Map() };
  const stems: Record<Language, Map<string, Listed[]>> = { nl: new Map(), en: new Map() };
  const prefixes: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };
  const phrase: Record<Language, Table> = { nl: new Map(), en: new Map() };
  const starts: Record<Language, Map<string, Set<string>>> = { nl: new Map(), en: new Map() };
  const falseFriends = new Set(file.false_friends ?? []);
  const words = new Set<string>();
  let longestPrefix = 0;
  for (const concept of file.concepts) {
    const term = CONCEPT_PREFIX + concept.concept;
    const exact = new Set(concept.exact ?? []);
    for (const language of ['nl', 'en'] as const) {
      for (const entry of concept[language]) {
        if (entry.endsWith('*')) {
          const stem = tokenize(entry.slice(0, -1))
            .map((token) => token.word)
            .join('');
          prefixes[language].set(stem, term);
          longestPrefix = Math.max(longestPrefix, stem.length);
          words.add(stem);
          continue;
        }
        const tokens = tokenize(entry);
        if (tokens.length === 1) {
          const word = tokens[0]!.word;
          words.add(word);
          add(surface[language], word, term);
          if (exact.has(entry) || isShortStem(word, language)) continue;
          for (const form of wordForms(word, language)) {
            const listed = stems[language].get(form);
            if (listed === undefined) stems[language].set(form, [{ word, term }]);
            else listed.push({ word, term });
          }
        } else {
          const firstForms = tokens.map((token) => wordForms(token.word, language)[0]!);
          add(phrase[language], firstForms.join(' '), term);
          let seconds = starts[language].get(firstForms[0]!);
          if (seconds === undefined) starts[language].set(firstForms[0]!, (seconds = new Set()));
          seconds.add(firstForms[1]!);
        }
      }
    }
  }
  const none: readonly string[] = [];
  const byStem = (word: string, form: string, language: Language): string | undefined => {
    const listed = stems[language].get(form);
    if (listed === undefined) return undefined;
    return listed.length === 1 ? listed[0]!.term : nearest(word, listed);
  };
  const byPrefix = (word: string, language: Language): string | undefined => {
    const table = prefixes[language];
    if (table.size === 0) return undefined;
    for (let length = Math.min(word.length, longestPrefix); length > 0; length -= 1) {
      const term = table.get(word.slice(0, length));
      if (term !== undefined) return term;
    }
    return undefined;
  };
  return {
    ofWord(word, forms, language) {
      const exact = surface[language].get(word);
      if (exact !== undefined) return exact;
      // A word of the other language, as written (`technicians` in a Dutch sentence).
      const other = surface[language === 'nl' ? 'en' : 'nl'].get(word);
      if (other !== undefined && !falseFriends.has(word)) return other;
      const found: string[] = [];
      for (const form of forms) {
        const term = byStem(word, form, language);
        if (term !== undefined && !found.includes(term)) found.push(term);
      }
      if (found.length > 0) return found;
      const prefixed = byPrefix(word, language);
      return prefixed === undefined ? none : [prefixed];
    },
    ofPhrase(firstForms, language) {
      return phrase[language].get(firstForms.join(' ')) ?? none;
    },
    phraseSeconds(firstForm, language) {
      return starts[language].get(firstForm);
    },
    words,
  };
}

let built: ConceptLookup | undefined;

/** The lookup of the shipped vocabulary, built on first use: an audit never pays for it. */
export function conceptLookup(): ConceptLookup {
  return (built ??= buildConceptLookup(VOCABULARY.concepts));
}
