// Runs the labelled evaluation of the related-lessons ranking over one set (eval/data/dev or
// eval/data/test: past campaigns, planned campaigns and graded judgments): ranks each plan with
// the engine and with two baselines, and scores them alike. The engine is scored on what it
// shows (after its cut); the baselines always show five.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildRelatedIndex, findRelated } from '../src/core/related/index.js';
import type { CampaignEntry } from '../src/core/types.js';
import { loadKnowledgeBase } from '../src/io/load.js';
import { bm25Baseline, sharedSlugBaseline, type Ranker } from './baselines.js';
import { mean, scoreQuery, type Judgments, type QueryScore } from './metrics.js';

export const K = 5;

export const RANKERS = ['engine', 'slugs', 'bm25'] as const;
export type RankerName = (typeof RANKERS)[number];

export interface Ranked {
  ids: string[];
  score: QueryScore;
}

export interface QueryResult {
  id: string;
  /** How many past campaigns are graded relevant (≥ 1). */
  relevant: number;
  grades: Judgments;
  results: Record<RankerName, Ranked>;
  /** What the engine marked as a weaker match, by id. */
  weak: string[];
}

export interface Summary {
  /** Over the plans that have relevant lessons. */
  ndcg: number;
  recall: number;
  /** Over every plan, a plan with nothing relevant scoring 1 when its answer is empty, else 0. */
  ndcgAll: number;
  /** Lessons shown, on average, for the plans with nothing relevant. */
  noise: number;
}

export interface SetReport {
  name: string;
  past: number;
  queries: QueryResult[];
  summary: Record<RankerName, Summary>;
  /** Problems in the data: invalid files, judgments naming campaigns that do not exist. */
  dataProblems: string[];
}

async function load(root: string, problems: string[]): Promise<CampaignEntry[]> {
  const knowledgeBase = await loadKnowledgeBase(root, { today: '2027-01-01' });
  for (const problem of knowledgeBase.problems) {
    if (problem.severity === 'error')
      problems.push(`${problem.file}:${problem.line}: ${problem.rule}: ${problem.message}`);
  }
  return knowledgeBase.entries;
}

function summarize(queries: readonly QueryResult[], name: RankerName): Summary {
  const related = queries.filter((q) => q.relevant > 0);
  const unrelated = queries.filter((q) => q.relevant === 0);
  return {
    ndcg: mean(related.map((q) => q.results[name].score.ndcg)),
    recall: mean(related.map((q) => q.results[name].score.recall)),
    ndcgAll: mean(queries.map((q) => q.results[name].score.ndcg)),
    noise: mean(unrelated.map((q) => q.results[name].ids.length)),
  };
}

export async function runEval(setDir: string): Promise<SetReport> {
  const dataProblems: string[] = [];
  const past = await load(path.join(setDir, 'past'), dataProblems);
  const planned = await load(path.join(setDir, 'planned'), dataProblems);
  const judgments = JSON.parse(await readFile(path.join(setDir, 'judgments.json'), 'utf8')) as Record<
    string,
    Judgments
  >;
  const pastIds = new Set(past.map((entry) => entry.campaign.id));
  const plannedIds = new Set(planned.map((entry) => entry.campaign.id));
  for (const [query, grades] of Object.entries(judgments)) {
    if (!plannedIds.has(query)) dataProblems.push(`judgments.json: no valid planned campaign ${query}`);
    for (const id of Object.keys(grades)) {
      if (!pastIds.has(id)) dataProblems.push(`judgments.json: ${query} judges unknown past campaign ${id}`);
    }
  }
  for (const id of plannedIds) {
    if (judgments[id] === undefined) dataProblems.push(`judgments.json: no judgments for ${id}`);
  }

  const index = buildRelatedIndex(past);
  const baselines: Record<'slugs' | 'bm25', Ranker> = {
    slugs: sharedSlugBaseline(past),
    bm25: bm25Baseline(past),
  };
  const queries = [...planned]
    .sort((a, b) => (a.campaign.id < b.campaign.id ? -1 : 1))
    .map((entry): QueryResult => {
      const grades = judgments[entry.campaign.id] ?? {};
      const shown = findRelated(index, entry.campaign, { limit: K }).related;
      const ranked = (ids: string[]): Ranked => ({ ids, score: scoreQuery(ids, grades, K) });
      return {
        id: entry.campaign.id,
        relevant: Object.values(grades).filter((grade) => grade >= 1).length,
        grades,
        results: {
          engine: ranked(shown.map((lesson) => lesson.id)),
          slugs: ranked(baselines.slugs(entry.campaign, K)),
          bm25: ranked(baselines.bm25(entry.campaign, K)),
        },
        weak: shown.filter((lesson) => lesson.strength === 'weak').map((lesson) => lesson.id),
      };
    });
  const summary = Object.fromEntries(RANKERS.map((name) => [name, summarize(queries, name)])) as Record<
    RankerName,
    Summary
  >;
  return { name: path.basename(setDir), past: past.length, queries, summary, dataProblems };
}
