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

/** Unit-length vector of (term id, weight) pairs, dropping non-positive weights. */
export function unitVector(ids: readonly number[], weights: readonly number[]): SparseVector {
  let norm = 0;
  let kept = 0;
  for (const weight of weights) {
    if (weight <= 0) continue;
    norm += weight * weight;
    kept += 1;
  }
  norm = Math.sqrt(norm);
  const vector = { ids: new Int32Array(kept), weights: new Float64Array(kept) };
  let at = 0;
  weights.forEach((weight, i) => {
    if (weight <= 0) return;
    vector.ids[at] = ids[i]!;
    vector.weights[at] = weight / norm;
    at += 1;
  });
  return vector;
}

export function dot(vector: SparseVector, query: QueryVector): number {
  let sum = 0;
  for (let i = 0; i < vector.ids.length; i += 1) {
    const weight = query.get(vector.ids[i]!);
    if (weight !== undefined) sum += weight * vector.weights[i]!;
  }
  return sum;
}
