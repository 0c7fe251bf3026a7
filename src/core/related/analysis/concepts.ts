// Looks words and short phrases up in the bilingual concept list. Entries are analysed exactly
// like campaign text (tokenized, stemmed per language), so `vacatures` in a Dutch sentence and
// `vacancies` in an English one both reach the concept `vacancy`.
import { CONCEPTS } from './concept-list.js';
import type { Language } from './language.js';
import { wordForms } from './stem.js';
import { tokenize } from './tokenize.js';

/** Prefix of concept terms; stems never start with it. */
export const CONCEPT_PREFIX = '~';

/** Words of one language's list that mean something else in the other (`stage`: a phase). */
const FALSE_FRIENDS: ReadonlySet<string> = new Set([
  'stage',
  'stages',
  'intern',
  'interne',
  'los',
  'start',
  'stand',
]);

/**
 * Listed words whose stem also belongs to unrelated words: they name their concept only as
 * written. `followers` would otherwise make `follow-up` a member, `stations` make a railway
 * station a radio station, `lecturers` make guest lectures teaching, `zorg` make `zorgen`
 * (to see to it) care, `personal` make `personality` a conversation.
 */
const NOT_BY_STEM: ReadonlySet<string> = new Set([
  'follower',
  'followers',
  'volger',
  'volgers',
  'lecturer',
  'lecturers',
  'installer',
  'installers',
  'moderator',
  'host',
  'personal',
  'persoonlijk',
  'persoonlijke',
  'publicity',
  'pers',
  'texting',
  'wording',
  'mobile',
  'zorg',
  'instroom',
  'los',
  'losse',
  'stations',
  'dated',
  'diensten',
  'presentation',
  'presentations',
  'watched',
  'opvolging',
]);

/** A stem shorter than this (`ad` of `added`, `age` of `aged`) matches a concept only as written. */
const MIN_STEM = 4;

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

function add(table: Table, key: string, concept: string): void {
  const list = table.get(key);
  if (list === undefined) table.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

/**
 * Builds the lookup tables once; they are shared by every index. A word is looked up as written
 * first, then by its stem, but a stem that words of different concepts share (the English
 * stemmer makes `intern`, `internal` and `international` all `intern`), a short stem, or the
 * stem of a word in NOT_BY_STEM only by the word itself.
 */
function buildConceptLookup(): ConceptLookup {
  const surface: Record<Language, Table> = { nl: new Map(), en: new Map() };
  const stems: Record<Language, Table> = { nl: new Map(), en: new Map() };
  const phrase: Record<Language, Table> = { nl: new Map(), en: new Map() };
  const starts: Record<Language, Map<string, Set<string>>> = { nl: new Map(), en: new Map() };
  const words = new Set<string>();
  for (const concept of CONCEPTS) {
    const term = CONCEPT_PREFIX + concept.id;
    for (const language of ['nl', 'en'] as const) {
      for (const entry of concept[language].split(',')) {
        const tokens = tokenize(entry);
        if (tokens.length === 1) {
          const word = tokens[0]!.word;
          words.add(word);
          add(surface[language], word, term);
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
  for (const language of ['nl', 'en'] as const) {
    const ambiguous = new Set<string>();
    for (const [word, concepts] of surface[language]) {
      if (NOT_BY_STEM.has(word)) continue;
      for (const form of wordForms(word, language)) {
        if (form.length < MIN_STEM) continue;
        const known = stems[language].get(form);
        if (known !== undefined && known.join() !== concepts.join()) ambiguous.add(form);
        else stems[language].set(form, concepts);
      }
    }
    for (const form of ambiguous) stems[language].delete(form);
  }
  const none: readonly string[] = [];
  return {
    ofWord(word, forms, language) {
      const exact = surface[language].get(word);
      if (exact !== undefined) return exact;
      // A word of the other language, as written (`technicians` in a Dutch sentence).
      const other = surface[language === 'nl' ? 'en' : 'nl'].get(word);
      if (other !== undefined && !FALSE_FRIENDS.has(word)) return other;
      const table = stems[language];
      if (forms.length === 1) return table.get(forms[0]!) ?? none;
      const found: string[] = [];
      for (const form of forms)
        for (const term of table.get(form) ?? none) if (!found.includes(term)) found.push(term);
      return found;
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

/** The lookup, built on first use: a run that never compares campaigns (an audit) never pays for it. */
export function conceptLookup(): ConceptLookup {
  return (built ??= buildConceptLookup());
}
