// Splits Dutch compounds (`werkgeversmerk`, `wervingscampagne`, `contentbudget`) into words the
// corpus itself uses, so a lesson that wrote `werkgevers merk` or `content` still matches.
// Splitting only against known words keeps it from cutting `bijbaan` or `recruitment` apart.

/** Parts shorter than this are too ambiguous to count as words of their own. */
const MIN_PART = 4;
/** A Dutch compound joins its parts with `s` or `en`/`e` (werving-s-campagne, student-en-baan). */
const LINKS = ['s', 'en', 'e'];

/**
 * The parts of `word` when it is a compound of known words, else undefined. The head may itself
 * be a compound once (`wervingscampagnebudget`).
 * @example splitCompound('werkgeversmerk', (w) => ['werkgevers', 'merk'].includes(w)) → ['werkgevers', 'merk']
 */
export function splitCompound(
  word: string,
  isKnown: (word: string) => boolean,
  depth = 0,
): string[] | undefined {
  if (word.length < 2 * MIN_PART) return undefined;
  // Longest tail first: the last part of a Dutch compound is its head noun.
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut += 1) {
    const tail = word.slice(cut);
    if (!isKnown(tail)) continue;
    const head = headParts(word.slice(0, cut), isKnown, depth);
    if (head !== undefined) return [...head, tail];
  }
  return undefined;
}

function headParts(head: string, isKnown: (word: string) => boolean, depth: number): string[] | undefined {
  if (isKnown(head)) return [head];
  for (const link of LINKS) {
    const bare = head.slice(0, head.length - link.length);
    if (head.endsWith(link) && bare.length >= MIN_PART && isKnown(bare)) return [bare];
  }
  return depth === 0 ? splitCompound(head, isKnown, depth + 1) : undefined;
}
