// Holds a floor under the engine's quality on the labelled dev set in eval/data/dev (the same
// evaluation `npm run eval` prints), so a change that makes the ranking worse fails CI.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreQuery } from '../../../eval/metrics.js';
import { runEval } from '../../../eval/run-eval.js';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../eval/data');

/** A few points below what the engine achieves on dev (nDCG@5 0.850, recall@5 0.779 at the time of writing). */
const NDCG_FLOOR = 0.82;
const RECALL_FLOOR = 0.75;

describe('evaluation metrics', () => {
  const judgments = { a: 3, b: 2, c: 1 };

  it('scores the ideal order 1 and a worse order less', () => {
    expect(scoreQuery(['a', 'b', 'c'], judgments, 5)).toEqual({ ndcg: 1, recall: 1 });
    const swapped = scoreQuery(['c', 'b', 'a'], judgments, 5);
    expect(swapped.ndcg).toBeLessThan(1);
    expect(swapped.recall).toBe(1);
  });

  it('uses graded gains with a log2 discount', () => {
    const ideal = 3 + 2 / Math.log2(3) + 1 / Math.log2(4);
    expect(scoreQuery(['x', 'a'], judgments, 5).ndcg).toBeCloseTo(3 / Math.log2(3) / ideal, 10);
  });

  it('divides recall by the relevant count or k, whichever is smaller', () => {
    const many = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => [id, 1]));
    expect(scoreQuery(['a', 'b', 'x'], many, 5).recall).toBeCloseTo(2 / 5, 10);
    expect(scoreQuery(['a', 'x'], { a: 2, b: 1 }, 5).recall).toBe(0.5);
  });

  it('counts an empty answer as perfect when nothing is relevant, anything else as 0', () => {
    expect(scoreQuery([], {}, 5)).toEqual({ ndcg: 1, recall: 1 });
    expect(scoreQuery(['a'], {}, 5)).toEqual({ ndcg: 0, recall: 0 });
  });
});

describe('related lessons on the dev set', () => {
  it('stays above its floor and well above both baselines', async () => {
    const report = await runEval(path.join(dataDir, 'dev'));
    expect(report.dataProblems).toEqual([]);
    expect(report.queries.length).toBeGreaterThanOrEqual(12);
    const { engine, slugs, bm25 } = report.summary;
    expect(engine.ndcg).toBeGreaterThanOrEqual(NDCG_FLOOR);
    expect(engine.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(engine.ndcg).toBeGreaterThan(Math.max(slugs.ndcg, bm25.ndcg) + 0.1);
    // Planned campaigns that nothing relates to mostly get no lessons at all.
    expect(engine.noise).toBeLessThanOrEqual(1);
  });
});
