// Splits text into folded words, keeping the pieces of hyphenated words (`trainee-community`,
// `Hyves-community`) so both the whole and its parts can match, and marking sentence ends so
// the language can be told per sentence in mixed text.
import { foldText } from './fold.js';

export interface Token {
  /** Folded word; a hyphenated word is joined (`traineecommunity`). */
  word: string;
  /** The pieces of a hyphenated word, folded; absent for a plain word. */
  parts?: string[];
  /** Index of the sentence the word is in, counted from 0 within the text. */
  sentence: number;
}

// A word is letters and digits, with inner hyphens (compounds) and apostrophes (`foto's`).
const WORD = /[\p{L}\p{N}]+(?:['’‘-][\p{L}\p{N}]+)*|[.!?;:\n]/gu;
const APOSTROPHES = /['’‘]/g;
// Dutch writes suffixes after an abbreviation with a hyphen (`mbo-ers`, `A4-tje`): one word.
const SUFFIX_PARTS = new Set(['er', 'ers', 'ster', 'sters', 'tje', 'tjes', 'je', 'jes', 's', 'en']);
const HAS_LETTER = /\p{L}/u;
const SEPARATOR = /['’‘-]/;
const HYPHENS = /-/g;
// The full pattern is slow on long texts; most texts have no address, which this tells fast.
const WEB_HINT = /https?:|www\.|\.(?:nl|com|org|net|io|eu|be)\b/;
const WEB_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|io|eu|be)\b\S*/g;
const SENTENCE_END = '.!?;:\n';

/** @example tokenize('Trainee-community, op Hyves.').map((t) => t.word) → ['traineecommunity', 'op', 'hyves'] */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  // Web addresses are not words (`werkenbij.nl/techniek?utm_source=…`).
  let folded = foldText(text);
  if (WEB_HINT.test(folded)) folded = folded.replace(WEB_ADDRESS, ' ');
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded)) {
    const raw = match[0];
    if (raw.length === 1 && SENTENCE_END.includes(raw)) {
      if (tokens.length > 0 && tokens[tokens.length - 1]!.sentence === sentence) sentence += 1;
      continue;
    }
    // Numbers (budgets, years, counts) say nothing about the topic of a campaign.
    if (isDigit(raw.charCodeAt(0)) && !HAS_LETTER.test(raw)) continue;
    // Single letters (`TU/e`, `e-` in a list) are no words.
    if (raw.length === 1) continue;
    if (!SEPARATOR.test(raw)) {
      tokens.push({ word: raw, sentence });
      continue;
    }
    const clean = raw.replace(APOSTROPHES, '');
    if (!clean.includes('-')) {
      tokens.push({ word: clean, sentence });
      continue;
    }
    // A one-letter piece (`e-sports`, `A/B-test`) is no word of its own; it stays in the whole.
    const parts = clean.split('-').filter((part) => part.length > 1 && HAS_LETTER.test(part));
    if (parts.length === 0) continue;
    if (parts.length === 1 || (parts.length === 2 && SUFFIX_PARTS.has(parts[1]!))) {
      tokens.push({ word: clean.replace(HYPHENS, ''), sentence });
    } else tokens.push({ word: clean.replace(HYPHENS, ''), parts, sentence });
  }
  return tokens;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
