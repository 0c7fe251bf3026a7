// Typed arrays that grow by doubling: the index and the analyzer write numbers into flat arrays
// whose final length they learn only at the end.

type Typed = Int32Array | Float64Array | Uint8Array;

/**
 * `array` itself when it holds at least `length` elements, else a copy at least twice as long
 * (and at least `length`) that keeps the old values.
 */
export function ensureLength<T extends Typed>(array: T, length: number): T {
  if (length <= array.length) return array;
  let size = Math.max(1, array.length * 2);
  while (size < length) size *= 2;
  const grown = new (array.constructor as new (size: number) => T)(size);
  grown.set(array);
  return grown;
}
