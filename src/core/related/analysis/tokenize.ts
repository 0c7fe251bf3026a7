// Splits text into folded words, keeping the pieces of hyphenated words (`trainee-community`,
// `Hyves-community`) so both the whole and its parts can match, and marking sentence ends so
// the language can be told per sentence in mixed text.
import { foldText } from '../../fold-text.js';

export interface Token {
  /** Folded word; a hyphenated word is joined (`traineecommunity`). */
  word: string;
  /** The pieces of a hyphenated word, folded; absent for a plain word. */
  parts?: string[];
  /** Index of the sentence the word is in, counted from 0 within the text. */
  sentence: number;
}

// A word is letters and digits, with inner hyphens (compounds) and apostrophes (`foto's`).
// Dutch writes suffixes after an abbreviation with a hyphen (`mbo-ers`, `A4-tje`): one word.
const SUFFIX_PARTS = new Set(['er', 'ers', 'ster', 'sters', 'tje', 'tjes', 'je', 'jes', 's', 'en']);
const HAS_LETTER = /\p{L}/u;
const APOSTROPHES = /['’‘]/g;
const HYPHENS = /-/g;
// The full pattern is slow on long texts; most texts have no address, which this tells fast.
const WEB_HINT = /https?:|www\.|\.(?:nl|com|org|net|io|eu|be)\b/;
const WEB_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|io|eu|be)\b\S*/g;

const NOT_WORD = 0;
const LETTER = 1;
const NUMBER = 2;
const UNICODE_LETTER = /^\p{L}$/u;
const UNICODE_NUMBER = /^\p{N}$/u;
const unicodeClasses = new Map<number, number>();

const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
    ? LETTER
    : code >= 48 && code <= 57
      ? NUMBER
      : NOT_WORD,
);

/**
 * Whether the character at `i` is a letter, a number or neither (\p{L}, \p{N}), for a
 * non-ASCII code unit. A surrogate pair is classified as its code point; its second half takes
 * the class of the pair, so a word runs on through it.
 */
function unicodeClass(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  const second = unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
  const code = second ? text.codePointAt(i - 1)! : text.codePointAt(i)!;
  let found = unicodeClasses.get(code);
  if (found === undefined) {
    const char = String.fromCodePoint(code);
    found = UNICODE_LETTER.test(char) ? LETTER : UNICODE_NUMBER.test(char) ? NUMBER : NOT_WORD;
    unicodeClasses.set(code, found);
  }
  return found;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSeparator(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 0x2018;
}

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 10;
}

/** FNV-1a over UTF-16 code units: the hash under which words are interned. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** Receives the words of a text in order. */
export interface WordVisitor {
  /**
   * A plain word (no hyphen or apostrophe): `text.slice(start, end)`, with its hash. Given as a
   * range, so a word already known costs no new string.
   */
  plain(text: string, start: number, end: number, hash: number): void;
  /** A word written with a hyphen or an apostrophe; `parts` only for a hyphenated compound. */
  word(word: string, parts: string[] | undefined): void;
  /** A sentence ended (called only after at least one word of it). */
  sentenceEnd(): void;
}

/**
 * Walks the words of a text without building tokens: the index reads every text of the
 * knowledge base this way, straight into its interned word ids.
 */
export function scanText(text: string, visit: WordVisitor): void {
  // Web addresses are not words (`werkenbij.nl/techniek?utm_source=…`).
  let folded = foldText(text);
  if (WEB_HINT.test(folded)) folded = folded.replace(WEB_ADDRESS, ' ');
  const length = folded.length;
  let open = false;
  let i = 0;
  while (i < length) {
    // ASCII is classified by a table, in line: nearly every character of a campaign is ASCII.
    let unit = folded.charCodeAt(i);
    let kind = unit < 128 ? ASCII_CLASSES[unit]! : unicodeClass(folded, i);
    if (kind === NOT_WORD) {
      if (open && isSentenceEnd(unit)) {
        visit.sentenceEnd();
        open = false;
      }
      i += unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(folded.charCodeAt(i + 1)) ? 2 : 1;
      continue;
    }
    // A run of letters and digits, then more runs after single separators.
    const start = i;
    let letter = false;
    let separated = false;
    let hash = HASH_SEED;
    for (;;) {
      if (kind === LETTER) letter = true;
      hash = Math.imul(hash ^ unit, 16777619);
      i += 1;
      if (i >= length) break;
      unit = folded.charCodeAt(i);
      kind = unit < 128 ? ASCII_CLASSES[unit]! : unicodeClass(folded, i);
      if (kind !== NOT_WORD) continue;
      if (!isSeparator(unit) || i + 1 >= length) break;
      const after = folded.charCodeAt(i + 1);
      const afterKind = after < 128 ? ASCII_CLASSES[after]! : unicodeClass(folded, i + 1);
      if (afterKind === NOT_WORD) break;
      separated = true;
      i += 1;
      unit = after;
      kind = afterKind;
    }
    // Single letters (`TU/e`, `e` in a list) are no words; numbers (budgets, years, counts) say
    // nothing about the topic of a campaign.
    if (i - start === 1 || (isDigit(folded.charCodeAt(start)) && !letter)) continue;
    if (!separated) {
      visit.plain(folded, start, i, hash);
      open = true;
      continue;
    }
    const clean = folded.slice(start, i).replace(APOSTROPHES, '');
    if (!clean.includes('-')) {
      visit.word(clean, undefined);
      open = true;
      continue;
    }
    // A one-letter piece (`e-sports`, `A/B-test`) is no word of its own; it stays in the whole.
    const parts = clean.split('-').filter((part) => part.length > 1 && HAS_LETTER.test(part));
    if (parts.length === 0) continue;
    const whole = clean.replace(HYPHENS, '');
    visit.word(
      whole,
      parts.length === 1 || (parts.length === 2 && SUFFIX_PARTS.has(parts[1]!)) ? undefined : parts,
    );
    open = true;
  }
}

/** @example tokenize('Trainee-community, op Hyves.').map((t) => t.word) → ['traineecommunity', 'op', 'hyves'] */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  scanText(text, {
    plain: (folded, start, end) => tokens.push({ word: folded.slice(start, end), sentence }),
    word: (word, parts) => tokens.push(parts === undefined ? { word, sentence } : { word, parts, sentence }),
    sentenceEnd: () => (sentence += 1),
  });
  return tokens;
}
