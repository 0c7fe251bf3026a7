// The working memory of a query, kept with the index and reused: the lessons the query touched
// through its posting lists (in the order first met) and, per lesson, its text and concept
// similarity and base score. Fresh arrays the size of the knowledge base for every query would
// make the garbage collector the largest cost of a query; these are cleared where they were used.
export class Touched {
  private readonly seen: Uint8Array;
  readonly list: number[] = [];
  readonly text: Float64Array;
  readonly concept: Float64Array;
  readonly base: Float64Array;

  constructor(readonly size: number) {
    this.seen = new Uint8Array(size);
    this.text = new Float64Array(size);
    this.concept = new Float64Array(size);
    this.base = new Float64Array(size);
  }

  add(lesson: number): void {
    if (this.seen[lesson] === 1) return;
    this.seen[lesson] = 1;
    this.list.push(lesson);
  }

  /** Forgets the last query: every lesson it touched is zero again. */
  clear(): void {
    for (const lesson of this.list) {
      this.seen[lesson] = 0;
      this.text[lesson] = 0;
      this.concept[lesson] = 0;
      this.base[lesson] = 0;
    }
    this.list.length = 0;
  }
}
