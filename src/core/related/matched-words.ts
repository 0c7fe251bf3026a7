// Finds the words behind a text match, for reasons a person can check: which terms the plan
// and the lesson share, weighted by how much each added to the similarity, shown as the plan's
// own word — with the lesson's word beside it when they differ (`community (gemeenschap)`).
import type { Analyzer } from './analyzer.js';
import { CONCEPT_PREFIX } from './concepts.js';
import type { Language } from './language.js';
import type { LessonIndex } from './lesson-index.js';
import type { TokenizedText } from './term-bag.js';

/** Whether two words plainly share a root (`trainee`/`trainees`): then one of them is enough. */
function sameRoot(a: string, b: string): boolean {
  const length = Math.min(5, a.length, b.length);
  return a.slice(0, length) === b.slice(0, length);
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

/**
 * The best shared words of `plan` and `lesson`, at most `max`, strongest first, skipping words
 * in `exclude` (already named by another reason). Ties are broken by the word, for stable output.
 */
export function matchedWords(
  index: LessonIndex,
  plan: Surfaces,
  lesson: Surfaces,
  max: number,
  exclude: ReadonlySet<string>,
): string[] {
  const matches: { word: string; shown: string; strength: number }[] = [];
  for (const [term, mine] of plan) {
    const theirs = lesson.get(term);
    const id = index.termIds.get(term);
    if (theirs === undefined || id === undefined) continue;
    const idf = index.idf[id]!;
    const shown =
      term.startsWith(CONCEPT_PREFIX) && !sameRoot(mine.word, theirs.word)
        ? `${mine.word} (${theirs.word})`
        : mine.word;
    matches.push({
      word: mine.word,
      shown,
      strength: Math.log1p(mine.weight) * Math.log1p(theirs.weight) * idf * idf,
    });
  }
  matches.sort((a, b) => b.strength - a.strength || (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  const words: string[] = [];
  const used = new Set(exclude);
  for (const match of matches) {
    if (words.length === max) break;
    if (used.has(match.word)) continue;
    used.add(match.word);
    words.push(match.shown);
  }
  return words;
}
