// Folds text to the form every comparison uses: lower case, without diacritics, ligatures and
// special letters spelled out, so that accents typed or not typed never decide a match. The
// related-lessons ranking, the report's search and new ids all fold this way; the report page's
// script repeats exactly these steps on what people type (report/html/script.ts).

/** Letters that Unicode does not decompose into a base letter plus a mark. */
export const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const NOT_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}+/gu;
const SPECIAL = /[ßæœøłđðþı]/g;

/** Lowercases `text` and removes diacritics: `foldText('Één Café')` → `'een cafe'`. */
export function foldText(text: string): string {
  // Most campaign text is plain ASCII, which only needs lower case.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  // Decomposed before lower case: `𝐀` becomes `A` only then, and must still be lowered.
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}
