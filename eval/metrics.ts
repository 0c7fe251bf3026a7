// Ranking metrics for the evaluation: nDCG@k with graded gains and recall@k, with the rule for
// queries that have no relevant lesson at all (returning nothing is the perfect answer).

/** Grades per past campaign id: 1 (somewhat) .. 3 (must see). Absent means not relevant. */
export type Judgments = Readonly<Record<string, number>>;

export interface QueryScore {
  ndcg: number;
  recall: number;
}

/** DCG with gain = grade and the standard log2(rank + 1) discount, ranks from 1. */
function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, grade, i) => sum + grade / Math.log2(i + 2), 0);
}

/**
 * Scores one ranked list against its judgments. When nothing is relevant the only right answer
 * is an empty list: it scores 1 on both metrics, anything else 0.
 */
export function scoreQuery(ranked: readonly string[], judgments: Judgments, k: number): QueryScore {
  const relevant = Object.entries(judgments).filter(([, grade]) => grade >= 1);
  const top = ranked.slice(0, k);
  if (relevant.length === 0) return top.length === 0 ? { ndcg: 1, recall: 1 } : { ndcg: 0, recall: 0 };
  const ideal = dcg(
    relevant
      .map(([, grade]) => grade)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  const ndcg = dcg(top.map((id) => judgments[id] ?? 0)) / ideal;
  const found = top.filter((id) => (judgments[id] ?? 0) >= 1).length;
  return { ndcg, recall: found / Math.min(k, relevant.length) };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
