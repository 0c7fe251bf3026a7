// Picks the k best of many without sorting them all: the candidates of a query can be most of
// a large knowledge base, while only a few dozen are ever looked at closely.

/**
 * The `k` items of `items` with the highest `value`, best first, ties by item number: a partial
 * insertion sort, linear in the items for a small k.
 */
export function topK(items: readonly number[], value: Float64Array, k: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number): boolean => value[a]! > value[b]! || (value[a] === value[b] && a < b);
  for (const item of items) {
    if (top.length === k && !before(item, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && before(item, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = item;
  }
  return top;
}
