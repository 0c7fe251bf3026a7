// Folds text to the form every comparison uses: lower case, diacritics removed (`één` → `een`,
// `café` → `cafe`), ligatures spelled out, so that accents typed or not typed never decide a match.

const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ĳ: 'ij', ł: 'l' };

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[\u0080-\uffff]/;
const LIGATURE_CHARS = /[ßæœøĳł]/g;

/** Lower-cases `text` and strips diacritics. @example foldText('Één café') === 'een cafe' */
export function foldText(text: string): string {
  // Most campaign text is plain ASCII, which only needs lower case.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_CHARS, (char) => LIGATURES[char] ?? char);
}
