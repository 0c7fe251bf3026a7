// The set of lessons a query has touched through its posting lists, in the order first met.
export class Touched {
  private readonly seen: Uint8Array;
  readonly list: number[] = [];

  constructor(readonly size: number) {
    this.seen = new Uint8Array(size);
  }

  add(lesson: number): void {
    if (this.seen[lesson] === 1) return;
    this.seen[lesson] = 1;
    this.list.push(lesson);
  }
}
