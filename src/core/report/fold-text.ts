// Folds text for the report's search and for new ids: lowercase, without diacritics, so "Café"
// finds "cafe" and a Dutch title like "Ontdek één stad" gives the id "ontdek-een-stad". The page's
// script repeats exactly these steps on what people type (html/script.ts), which is why this is
// its own small function rather than the related-lessons fold, whose rules follow the ranking.

// Letters that Unicode does not decompose into a base letter plus a mark.
const SPECIAL_LETTERS: Record<string, string> = {
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

/** Lowercases `text` and removes diacritics: `foldText('Één Café')` → `'een cafe'`. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}
