// Term vectors: a campaign's terms weighted by TF-IDF and scaled to unit length, so the dot
// product of two vectors is their cosine similarity.

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A query vector: term id → weight. */
export type QueryVector = ReadonlyMap<number, number>;

/** Sub-linear term frequency: the tenth mention of a word adds less than the second. */
export function termWeight(frequency: number, idf: number): number {
  return Math.log1p(frequency) * idf;
}

export function euclideanNorm(entries: readonly (readonly [number, number])[]): number {
  let norm = 0;
  for (const [, weight] of entries) norm += weight * weight;
  return Math.sqrt(norm);
}

/** `entries` (term id, weight) divided by `norm` (default: unit length), dropping non-positive weights. */
export function unitVector(
  entries: readonly (readonly [number, number])[],
  norm = euclideanNorm(entries),
): SparseVector {
  const kept = entries.filter(([, weight]) => weight > 0).sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(kept.length);
  const weights = new Float64Array(kept.length);
  kept.forEach(([id, weight], i) => {
    ids[i] = id;
    weights[i] = weight / norm;
  });
  return { ids, weights };
}

export function dot(vector: SparseVector, query: QueryVector): number {
  let sum = 0;
  for (let i = 0; i < vector.ids.length; i += 1) {
    const weight = query.get(vector.ids[i]!);
    if (weight !== undefined) sum += weight * vector.weights[i]!;
  }
  return sum;
}
