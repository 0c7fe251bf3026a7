// npm run eval: prints nDCG@5 and recall@5 of the related-lessons engine and of a plain BM25
// baseline, side by side from one run over the labelled set in eval/data, and a per-query table.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { K, runEval, type EvalReport, type Summary } from './run-eval.js';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

function f(value: number): string {
  return value.toFixed(3);
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

function print(report: EvalReport): void {
  const idWidth = Math.max(...report.queries.map((q) => q.id.length), 'query'.length);
  const widths = [idWidth, 8, 11, 13, 13, 15];
  console.log(
    row(['query', 'relevant', 'engine nDCG', 'engine recall', 'baseline nDCG', 'baseline recall'], widths),
  );
  for (const q of report.queries) {
    console.log(
      row(
        [
          q.id,
          String(q.relevant),
          f(q.engine.score.ndcg),
          f(q.engine.score.recall),
          f(q.baseline.score.ndcg),
          f(q.baseline.score.recall),
        ],
        widths,
      ),
    );
  }
  const line = (label: string, engine: Summary, baseline: Summary, count: number): void => {
    console.log(
      `${label.padEnd(34)} engine nDCG@${K} ${f(engine.ndcg)}  recall@${K} ${f(engine.recall)}   |   BM25 baseline nDCG@${K} ${f(baseline.ndcg)}  recall@${K} ${f(baseline.recall)}   (${count} queries)`,
    );
  };
  const withRelevant = report.queries.filter((q) => q.relevant > 0).length;
  console.log('');
  line('all planned campaigns', report.engine.all, report.baseline.all, report.queries.length);
  line('with relevant lessons', report.engine.withRelevant, report.baseline.withRelevant, withRelevant);
  line(
    'without relevant lessons (empty = 1)',
    report.engine.withoutRelevant,
    report.baseline.withoutRelevant,
    report.queries.length - withRelevant,
  );
  if (report.dataProblems.length > 0) {
    console.log('\nProblems in eval/data:');
    for (const problem of report.dataProblems) console.log(`  ${problem}`);
  }
}

print(await runEval(dataDir));
