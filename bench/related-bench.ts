// Related-lessons figures for the benchmark: index build time (and its ratio to the YAML parse
// floor) and query latency (median and 95th percentile) over about 200 queries. The queries are
// campaigns of the knowledge base itself, spread evenly over it, so each one is also in the
// index (a campaign is never its own lesson, which the query must skip).
import { buildRelatedIndex, findRelated, type RelatedIndex } from '../src/core/related/index.js';
import type { CampaignEntry } from '../src/core/types.js';

const QUERIES = 200;
const BUILD_ROUNDS = 7;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function ok(pass: boolean): string {
  return pass ? 'ok' : 'OVER TARGET';
}

export async function benchRelated(entries: CampaignEntry[], parseFloorMs: number): Promise<string[]> {
  // The first build runs on a cold JIT; it is printed apart. The parse floor is the median of
  // rounds on warm code, so the ratio uses warm builds too: the median of a few, so that a
  // garbage collection in one does not decide the figure.
  let start = performance.now();
  let index: RelatedIndex = buildRelatedIndex(entries);
  const first = performance.now() - start;
  const builds: number[] = [];
  for (let round = 0; round < BUILD_ROUNDS; round += 1) {
    start = performance.now();
    index = buildRelatedIndex(entries);
    builds.push(performance.now() - start);
  }
  builds.sort((a, b) => a - b);
  const build = percentile(builds, 0.5);
  const ratio = build / parseFloorMs;

  const step = Math.max(1, Math.floor(entries.length / QUERIES));
  const targets = entries.filter((_, i) => i % step === 0).slice(0, QUERIES);
  // One unmeasured pass warms the JIT and the analyzer's word cache, as a long-running process would.
  for (const entry of targets.slice(0, 10)) findRelated(index, entry.campaign);
  const times: number[] = [];
  let results = 0;
  for (const entry of targets) {
    start = performance.now();
    results += findRelated(index, entry.campaign).related.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  return [
    `related index: ${build.toFixed(1)} ms for ${index.size} lessons of ${entries.length} campaigns ` +
      `(median of ${BUILD_ROUNDS} after a first build with a cold JIT: ${first.toFixed(1)} ms), ` +
      `${ratio.toFixed(2)} × the parse floor (target ≤ 0.3: ${ok(ratio <= 0.3)})`,
    `related query (${times.length} queries, ${(results / Math.max(1, times.length)).toFixed(1)} lessons each): ` +
      `median ${median.toFixed(2)} ms (target ≤ 5 ms: ${ok(median <= 5)}), p95 ${percentile(times, 0.95).toFixed(2)} ms`,
  ];
}
