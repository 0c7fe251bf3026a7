// Finds the words behind a text match, for reasons a person can check: which terms the plan
// and the lesson share, strongest first, shown as the plan's own word — with the lesson's word
// beside it when they differ (`community (gemeenschap)`). Only content words reach this point
// (stop words make no terms); among them concepts and rare words are preferred, and words of
// one root are named once.
import type { Analyzer } from '../analysis/analyzer.js';
import { CONCEPT_PREFIX } from '../analysis/concepts.js';
import type { Language } from '../analysis/language.js';
import type { LessonIndex } from '../index/lesson-index.js';
import { wordForms } from '../analysis/stem.js';
import type { TokenizedText } from '../analysis/term-bag.js';

/**
 * A shared concept tells a reader more than a shared spelling, and it is what matches across
 * languages: it is preferred over a plain word of the same rarity.
 */
const CONCEPT_PREFERENCE = 2;
/** Letters two words must share at the start to count as one root (`sollicitanten`, `solliciteert`). */
const ROOT_LENGTH = 5;

/**
 * Keys of a word's root: its start and its stems, so that `trainee` and `trainees`, `posting`
 * and `posts`, or `solliciteert` and `sollicitanten` are named only once.
 */
export function rootKeys(word: string): string[] {
  const joined = word.replace(/[ -]/g, '');
  return [
    joined.slice(0, ROOT_LENGTH),
    `en:${wordForms(joined, 'en')[0]!}`,
    `nl:${wordForms(joined, 'nl')[0]!}`,
  ];
}

/** Per term: its total weight in the texts and the word it first came from. */
export type Surfaces = Map<string, { weight: number; word: string }>;

export function surfaces(analyzer: Analyzer, texts: readonly TokenizedText[], language: Language): Surfaces {
  const found: Surfaces = new Map();
  for (const { tokens } of texts) {
    analyzer.analyze(tokens, language, (term, weight, word) => {
      const seen = found.get(term);
      if (seen === undefined) found.set(term, { weight, word });
      else seen.weight += weight;
    });
  }
  return found;
}

/** What a reason has named already: terms and roots, so no word is named twice. */
export interface Named {
  terms: Set<string>;
  roots: Set<string>;
}

/**
 * The best shared words of `plan` and `lesson`, at most `max`, strongest first, skipping what
 * `named` holds (and adding what is chosen to it). Ties are broken by the word, for stable output.
 */
export function matchedWords(
  index: LessonIndex,
  plan: Surfaces,
  lesson: Surfaces,
  max: number,
  named: Named,
): string[] {
  const matches: { term: string; mine: string; theirs: string; concept: boolean; strength: number }[] = [];
  for (const [term, mine] of plan) {
    const theirs = lesson.get(term);
    const idf = index.idfOf(term);
    if (theirs === undefined || idf === undefined || named.terms.has(term)) continue;
    // A term in most lessons (idf 0) tells nothing about this one.
    if (idf <= 0) continue;
    const concept = term.startsWith(CONCEPT_PREFIX);
    matches.push({
      term,
      mine: mine.word,
      theirs: theirs.word,
      concept,
      strength:
        Math.log1p(mine.weight) * Math.log1p(theirs.weight) * idf * idf * (concept ? CONCEPT_PREFERENCE : 1),
    });
  }
  matches.sort((a, b) => b.strength - a.strength || (a.mine < b.mine ? -1 : a.mine > b.mine ? 1 : 0));
  const words: string[] = [];
  for (const match of matches) {
    if (words.length === max) break;
    const mine = rootKeys(match.mine);
    const theirs = rootKeys(match.theirs);
    if ([...mine, ...theirs].some((key) => named.roots.has(key))) continue;
    for (const key of [...mine, ...theirs]) named.roots.add(key);
    named.terms.add(match.term);
    const sameRoot = mine.some((key) => theirs.includes(key));
    words.push(match.concept && !sameRoot ? `${match.mine} (${match.theirs})` : match.mine);
  }
  return words;
}
