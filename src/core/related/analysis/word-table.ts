// Interned strings: every distinct word and every distinct term gets a small whole number once,
// so the index keeps numbers in typed arrays instead of strings in maps, and analyses, stems
// and looks up each distinct word once however often the knowledge base repeats it.
import { countStopWords } from './stop-words.js';
import { HASH_SEED, hashStep } from './tokenize.js';
import { ensureLength } from '../growable.js';

/** A growable table of distinct strings, each with its id (its position). */
export class StringTable {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  get size(): number {
    return this.strings.length;
  }

  /** The id of `text`, added when new. */
  intern(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(text, id);
      this.strings.push(text);
    }
    return id;
  }

  /** The id of `text`, or undefined when it was never interned. */
  id(text: string): number | undefined {
    return this.ids.get(text);
  }
}

/** Bit 1: a Dutch stop word; bit 2: an English one (evidence of a sentence's language). */
export function languageFlags(word: string): number {
  return (countStopWords([word], 'nl') > 0 ? 1 : 0) | (countStopWords([word], 'en') > 0 ? 2 : 0);
}

/**
 * The words of a knowledge base. A hyphenated word is interned under its pieces joined by
 * hyphens (`trainee-community`), apart from the same letters written as one word. Words
 * interned before `seal()` are the corpus vocabulary, which compounds are split into and
 * joined to; words a query adds later are never known, so no query changes another.
 * Words are found by their hash in an open-addressing table, so the tokenizer can look a word
 * up by its place in the text without cutting it out as a string first.
 */
export class WordTable {
  readonly strings: string[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1 << 11);
  /** Per word id: language evidence bits of its whole (see languageFlags). */
  private flagBits = new Uint8Array(1 << 11);
  /** Per word id: the id of its whole as one word (itself for a plain word). */
  private wholes = new Int32Array(1 << 11);
  private knownCount = -1;

  get size(): number {
    return this.strings.length;
  }

  /** The slot of the word with this hash that `equals` accepts, or of the empty slot where it would go. */
  private slotOf(hash: number, equals: (id: number) => boolean): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0 || (this.hashes[id] === hash && equals(id))) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private insert(slot: number, text: string, hash: number, flags: number): number {
    const id = this.strings.length;
    this.strings.push(text);
    if (id === this.hashes.length) {
      this.hashes = ensureLength(this.hashes, id + 1);
      this.flagBits = ensureLength(this.flagBits, id + 1);
      this.wholes = ensureLength(this.wholes, id + 1);
    }
    this.hashes[id] = hash;
    this.flagBits[id] = flags;
    this.wholes[id] = id;
    this.slots[slot] = id;
    if (this.strings.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.strings.length; id += 1) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }

  /** The id of a plain word given as `text.slice(start, end)` with its hash, added when new. */
  addRange(text: string, start: number, end: number, hash: number): number {
    // The lookup of every word of the knowledge base: no closure, no string.
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === hash) {
        const known = this.strings[id]!;
        if (known.length === length && text.startsWith(known, start)) return id;
      }
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    return this.insert(slot, word, hash, languageFlags(word));
  }

  /** The id of `text`, or undefined when it was never interned. */
  id(text: string): number | undefined {
    const found = this.slots[this.slotOf(hashOf(text), (id) => this.strings[id] === text)]!;
    return found < 0 ? undefined : found;
  }

  /** Interns a word as the tokenizer gives it; returns the id a text stream stores. */
  add(word: string, parts: readonly string[] | undefined): number {
    if (parts === undefined) return this.addRange(word, 0, word.length, hashOf(word));
    const key = parts.join('-');
    const hash = hashOf(key);
    const slot = this.slotOf(hash, (id) => this.strings[id] === key);
    const found = this.slots[slot]!;
    if (found >= 0) return found;
    // The whole and the pieces are words of the corpus too (interned first: the slot is reused
    // only if the table did not grow meanwhile, so it is looked up again).
    const whole = this.add(word, undefined);
    if (!this.isSealed) for (const part of parts) this.add(part, undefined);
    const id = this.insert(
      this.slotOf(hash, (other) => this.strings[other] === key),
      key,
      hash,
      languageFlags(word),
    );
    this.wholes[id] = whole;
    return id;
  }

  /**
   * The known word that `first` and `next` make when written as one (`werkgevers` + `merk`), or
   * -1: found by continuing `first`'s hash over `next`, without building the joined string.
   */
  knownJoin(first: number, next: number): number {
    const head = this.strings[first]!;
    const tail = this.strings[next]!;
    let hash = this.hashes[first]!;
    for (let i = 0; i < tail.length; i += 1) hash = hashStep(hash, tail.charCodeAt(i));
    const length = head.length + tail.length;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return -1;
      if (this.hashes[id] !== hash) continue;
      const known = this.strings[id]!;
      if (known.length !== length || !known.startsWith(head) || !known.endsWith(tail)) continue;
      return this.isSealed && id >= this.knownCount ? -1 : id;
    }
  }

  /** Ends the corpus vocabulary: what is interned from now on is not a known word. */
  seal(): void {
    if (!this.isSealed) this.knownCount = this.size;
  }

  get isSealed(): boolean {
    return this.knownCount >= 0;
  }

  /** Whether the corpus used this word (as a word or a piece of a hyphenated one). */
  isKnown(word: string): boolean {
    const id = this.id(word);
    return id !== undefined && (!this.isSealed || id < this.knownCount);
  }

  flags(id: number): number {
    return this.flagBits[id]!;
  }

  whole(id: number): number {
    return this.wholes[id]!;
  }

  isHyphenated(id: number): boolean {
    return this.wholes[id] !== id;
  }
}

function hashOf(text: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < text.length; i += 1) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}
