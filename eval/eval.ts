// npm run eval: the quality of the related-lessons ranking, from one run over every labelled set
// in eval/data — dev (tuned on) and test (written apart, never tuned on) — printed apart: nDCG@5
// and recall@5 over the plans that have relevant lessons, and noise (lessons shown for the plans
// that have none), for the engine and two baselines. `--queries` adds a table per plan;
// `--explain PLAN-ID [--set dev]` shows how one plan was ranked.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainPlan } from './explain.js';
import { K, RANKERS, runEval, type SetReport } from './run-eval.js';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const SETS = ['dev', 'test'];
const LABELS = { engine: 'engine', slugs: 'shared slugs', bm25: 'BM25' } as const;

function f(value: number): string {
  return value.toFixed(3);
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

function printQueries(report: SetReport): void {
  const idWidth = Math.max(...report.queries.map((q) => q.id.length), 'plan'.length);
  const widths = [idWidth, 8, 6, 11, 13, 11, 11];
  console.log(
    row(['plan', 'relevant', 'shown', 'engine nDCG', 'engine recall', 'slugs nDCG', 'BM25 nDCG'], widths),
  );
  for (const q of report.queries) {
    const engine = q.results.engine;
    const shown = `${engine.ids.length}${q.weak.length > 0 ? ` (${q.weak.length}w)` : ''}`;
    console.log(
      row(
        [
          q.id,
          String(q.relevant),
          shown,
          f(engine.score.ndcg),
          f(engine.score.recall),
          f(q.results.slugs.score.ndcg),
          f(q.results.bm25.score.ndcg),
        ],
        widths,
      ),
    );
  }
  console.log('');
}

function printSummary(report: SetReport): void {
  const related = report.queries.filter((q) => q.relevant > 0).length;
  const unrelated = report.queries.length - related;
  console.log(
    `${report.name}: ${report.past} past campaigns, ${report.queries.length} plans (${related} with relevant lessons, ${unrelated} without)`,
  );
  for (const name of RANKERS) {
    const s = report.summary[name];
    console.log(
      `  ${LABELS[name].padEnd(12)}  nDCG@${K} ${f(s.ndcg)}  recall@${K} ${f(s.recall)}  noise ${s.noise.toFixed(2)}  (nDCG@${K} over all plans ${f(s.ndcgAll)})`,
    );
  }
  if (report.dataProblems.length > 0) {
    console.log(`  problems in eval/data/${report.name}:`);
    for (const problem of report.dataProblems) console.log(`    ${problem}`);
  }
}

const explain = process.argv.indexOf('--explain');
if (explain >= 0) {
  const set = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1]! : 'dev';
  await explainPlan(path.join(dataDir, set), process.argv[explain + 1]!);
  process.exit(0);
}
const withQueries = process.argv.includes('--queries');
const reports: SetReport[] = [];
for (const set of SETS) {
  const dir = path.join(dataDir, set);
  if (existsSync(path.join(dir, 'judgments.json'))) reports.push(await runEval(dir));
}
if (withQueries) {
  for (const report of reports) {
    console.log(`== ${report.name}`);
    printQueries(report);
  }
}
for (const report of reports) printSummary(report);
console.log(
  `\nnDCG@${K} and recall@${K} are over the plans with relevant lessons; noise is the lessons shown, on average, for a plan with none (baselines always show ${K}).`,
);
