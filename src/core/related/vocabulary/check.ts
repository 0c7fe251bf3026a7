// Checks the vocabulary beyond its JSON Schemas, so that a pull request that extends it is
// reviewed by a test: every word once per concept (an inflection of a listed word is found by
// its stem already, so listing it is refused), no word in two concepts of one language, and
// every concept, family or field a file names exists. Each problem names the file and the path
// of the entry, which the build script turns into a line.
import { tokenize } from '../analysis/tokenize.js';
import { wordForms } from '../analysis/stem.js';
import type { Language } from '../analysis/language.js';
import { CHANNEL_CUE, FIELD_CUES, type Vocabulary, type VocabularyFile } from './types.js';

export interface VocabularyProblem {
  file: VocabularyFile;
  path: (string | number)[];
  message: string;
}

/** Shortest stem before a `*`: a shorter one would match too many unrelated words. */
export const MIN_PREFIX = 4;

/** A stem shorter than this (`ad` of `ads`) matches a concept only as written. */
export const MIN_STEM = 4;

export function isShortStem(word: string, language: Language): boolean {
  return !word.includes(' ') && !word.endsWith('*') && wordForms(word, language)[0]!.length < MIN_STEM;
}

/** The key two entries of one language collide on: the stems of their words, in a row. */
export function entryKey(entry: string, language: Language): string {
  if (entry.endsWith('*')) return `${entry.slice(0, -1)}*`;
  return tokenize(entry)
    .map((token) => wordForms(token.word, language)[0]!)
    .join(' ');
}

function checkConcepts(vocabulary: Vocabulary, problems: VocabularyProblem[]): void {
  const file = 'concepts';
  const seenConcepts = new Map<string, number>();
  const owners: Record<Language, Map<string, { concept: string; word: string }>> = {
    nl: new Map(),
    en: new Map(),
  };
  vocabulary.concepts.concepts.forEach((entry, i) => {
    const first = seenConcepts.get(entry.concept);
    if (first !== undefined) {
      problems.push({
        file,
        path: ['concepts', i, 'concept'],
        message: `the concept "${entry.concept}" is listed twice`,
      });
    }
    seenConcepts.set(entry.concept, i);
    for (const language of ['nl', 'en'] as const) {
      const own = new Map<string, string>();
      entry[language].forEach((word, k) => {
        const path = ['concepts', i, language, k];
        if (word !== word.trim() || word !== word.toLowerCase()) {
          problems.push({ file, path, message: `write "${word}" in lower case, without spaces around it` });
        }
        if (word.endsWith('*') && (word.length - 1 < MIN_PREFIX || word.slice(0, -1).includes(' '))) {
          problems.push({
            file,
            path,
            message: `"${word}": a stem with * needs at least ${MIN_PREFIX} letters and no space`,
          });
        }
        if (tokenize(word.replace(/\*$/, '')).length === 0) {
          problems.push({ file, path, message: `"${word}" has no word in it` });
          return;
        }
        // A word matched only as written (listed under exact, or with a stem too short to trust)
        // is not found through its stem: its other forms are listed too.
        const asWritten = (entry.exact ?? []).includes(word) || isShortStem(word, language);
        const key = asWritten ? `=${word}` : entryKey(word, language);
        const twin = own.get(key);
        if (twin !== undefined) {
          problems.push({
            file,
            path,
            message: `"${word}" is found already through "${twin}" (same stem "${key}"): list each word once, in its plain form`,
          });
          return;
        }
        own.set(key, word);
        // Two concepts may share a stem (`community`, `communication`): the word nearest in
        // spelling decides then. The very same word in two concepts cannot be decided.
        const other = owners[language].get(word);
        if (other !== undefined && other.concept !== entry.concept) {
          problems.push({
            file,
            path,
            message: `"${word}" (${language}) is in the concept "${other.concept}" already: a word belongs to one concept`,
          });
        } else {
          owners[language].set(word, { concept: entry.concept, word });
        }
      });
    }
    (entry.exact ?? []).forEach((word, k) => {
      if (!entry.nl.includes(word) && !entry.en.includes(word)) {
        problems.push({
          file,
          path: ['concepts', i, 'exact', k],
          message: `"${word}" is under exact but not listed under nl or en of "${entry.concept}"`,
        });
      }
    });
  });
}

function checkSlugTypes(
  vocabulary: Vocabulary,
  concepts: ReadonlySet<string>,
  problems: VocabularyProblem[],
): void {
  const lists = [
    { file: 'channels' as const, key: 'families', items: vocabulary.channels.families },
    { file: 'audiences' as const, key: 'groups', items: vocabulary.audiences.groups },
    { file: 'audiences' as const, key: 'sectors', items: vocabulary.audiences.sectors },
  ];
  for (const { file, key, items } of lists) {
    const names = new Set<string>();
    items.forEach((item, i) => {
      const name = 'family' in item ? item.family : 'group' in item ? item.group : item.sector;
      if (names.has(name)) problems.push({ file, path: [key, i], message: `"${name}" is listed twice` });
      names.add(name);
      if ((item.concepts ?? []).length === 0 && (item.slugs ?? []).length === 0) {
        problems.push({
          file,
          path: [key, i],
          message: `"${name}" needs concepts or slugs to be recognised by`,
        });
      }
      (item.concepts ?? []).forEach((concept, k) => {
        if (!concepts.has(concept)) {
          problems.push({
            file,
            path: [key, i, 'concepts', k],
            message: `"${concept}" is not a concept of concepts.yaml`,
          });
        }
      });
    });
  }
}

function checkFundamentals(
  vocabulary: Vocabulary,
  concepts: ReadonlySet<string>,
  problems: VocabularyProblem[],
): void {
  const families = new Set(vocabulary.channels.families.map((family) => family.family));
  const names = new Set<string>();
  vocabulary.fundamentals.fundamentals.forEach((entry, i) => {
    if (names.has(entry.fundamental)) {
      problems.push({
        file: 'fundamentals',
        path: ['fundamentals', i],
        message: `"${entry.fundamental}" is listed twice`,
      });
    }
    names.add(entry.fundamental);
    entry.all.forEach((group, g) =>
      group.forEach((cue, k) => {
        const known = cue.startsWith(CHANNEL_CUE)
          ? families.has(cue.slice(CHANNEL_CUE.length))
          : cue.includes(':')
            ? (FIELD_CUES as readonly string[]).includes(cue)
            : concepts.has(cue);
        if (!known) {
          problems.push({
            file: 'fundamentals',
            path: ['fundamentals', i, 'all', g, k],
            message: `"${cue}" is not a concept, a channel:family or one of ${FIELD_CUES.join(', ')}`,
          });
        }
      }),
    );
  });
}

/** Every problem of the vocabulary beyond its schemas; none for the shipped one. */
export function checkVocabulary(vocabulary: Vocabulary): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  checkConcepts(vocabulary, problems);
  const concepts = new Set(vocabulary.concepts.concepts.map((entry) => entry.concept));
  checkSlugTypes(vocabulary, concepts, problems);
  checkFundamentals(vocabulary, concepts, problems);
  return problems;
}
