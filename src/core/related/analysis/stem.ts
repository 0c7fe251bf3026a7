// Reduces a folded word to the terms it is indexed under, with the Snowball stemmer of its
// text's language. A Dutch stem passes through the English stemmer as well, and the English
// stem of the raw word is kept beside it: Dutch campaign texts are full of English loanwords
// (`community`, `recruitment`, `trainees`), and this way a loanword in a Dutch sentence lands
// on the same term as in an English one.
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { Language } from './language.js';

/**
 * The terms of one word: the first is its stem in `language`; a Dutch word may have a second,
 * its English stem, for loanwords. @example wordForms('communities', 'en') → ['commun']
 */
export function wordForms(word: string, language: Language): string[] {
  const english = nonEmpty(englishStemmer(word), word);
  if (language === 'en') return [english];
  const dutch = nonEmpty(englishStemmer(nonEmpty(dutchStemmer(word), word)), word);
  return dutch === english ? [dutch] : [dutch, english];
}

function nonEmpty(stem: string, word: string): string {
  return stem === '' ? word : stem;
}
