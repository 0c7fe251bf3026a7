// Term vectors: a campaign's terms weighted by TF-IDF and scaled to unit length, so the dot
// product of two vectors is their cosine similarity.
import type { VectorRows } from '../index/lesson-index.js';

/** A query vector: term id → weight. */
export type QueryVector = ReadonlyMap<number, number>;

/** Sub-linear term frequency: the tenth mention of a word adds less than the second. */
export function termWeight(frequency: number, idf: number): number {
  return Math.log1p(frequency) * idf;
}

/** The dot product of row `row` of `rows` with the query. */
export function dotRow(rows: VectorRows, row: number, query: QueryVector): number {
  let sum = 0;
  for (let i = rows.start[row]!; i < rows.start[row + 1]!; i += 1) {
    const weight = query.get(rows.terms[i]!);
    if (weight !== undefined) sum += weight * rows.weights[i]!;
  }
  return sum;
}
