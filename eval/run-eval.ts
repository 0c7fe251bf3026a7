// Runs the labelled evaluation: loads eval/data (past campaigns, planned campaigns and graded
// judgments), ranks with the engine and with a plain BM25 baseline (MiniSearch over each
// campaign's concatenated text, top 5, no threshold), and scores both with the same metrics.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { buildRelatedIndex, findRelated } from '../src/core/related/index.js';
import type { Campaign, CampaignEntry } from '../src/core/types.js';
import { loadKnowledgeBase } from '../src/io/load.js';
import { mean, scoreQuery, type Judgments, type QueryScore } from './metrics.js';

export const K = 5;

export interface QueryResult {
  id: string;
  relevant: number;
  engine: { ranked: string[]; score: QueryScore };
  baseline: { ranked: string[]; score: QueryScore };
}

export interface Summary {
  ndcg: number;
  recall: number;
}

export interface EvalReport {
  queries: QueryResult[];
  engine: { all: Summary; withRelevant: Summary; withoutRelevant: Summary };
  baseline: { all: Summary; withRelevant: Summary; withoutRelevant: Summary };
  /** Problems in the data: invalid files, judgments naming campaigns that do not exist. */
  dataProblems: string[];
}

/** All the words of a campaign, for the baseline: what a plain full-text search would index. */
export function concatenatedText(campaign: Campaign): string {
  const parts: string[] = [campaign.title, campaign.summary ?? ''];
  parts.push(...campaign.channels, ...(campaign.audiences ?? []), ...(campaign.tags ?? []));
  for (const goal of campaign.learning_goals)
    parts.push(goal.question, goal.hypothesis ?? '', goal.measure ?? '');
  const conclusions = [
    ...(campaign.conclusions ?? []),
    ...(campaign.reviews ?? []).flatMap((r) => r.conclusions ?? []),
  ];
  for (const c of conclusions) parts.push(c.finding, c.evidence ?? '', c.recommendation ?? '');
  for (const review of campaign.reviews ?? []) parts.push(review.summary);
  return parts.join('\n');
}

function baseline(past: readonly CampaignEntry[]): (target: Campaign) => string[] {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  search.addAll(past.map((entry) => ({ id: entry.campaign.id, text: concatenatedText(entry.campaign) })));
  return (target) =>
    search
      .search(concatenatedText(target))
      .map((hit) => String(hit.id))
      .filter((id) => id !== target.id)
      .slice(0, K);
}

function summarize(scores: readonly QueryScore[]): Summary {
  return { ndcg: mean(scores.map((s) => s.ndcg)), recall: mean(scores.map((s) => s.recall)) };
}

async function load(root: string, problems: string[]): Promise<CampaignEntry[]> {
  const knowledgeBase = await loadKnowledgeBase(root, { today: '2027-01-01' });
  for (const problem of knowledgeBase.problems) {
    if (problem.severity === 'error')
      problems.push(`${problem.file}:${problem.line}: ${problem.rule}: ${problem.message}`);
  }
  return knowledgeBase.entries;
}

export async function runEval(dataDir: string): Promise<EvalReport> {
  const dataProblems: string[] = [];
  const past = await load(path.join(dataDir, 'past'), dataProblems);
  const planned = await load(path.join(dataDir, 'planned'), dataProblems);
  const judgments = JSON.parse(await readFile(path.join(dataDir, 'judgments.json'), 'utf8')) as Record<
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

  const index = buildRelatedIndex(past);
  const bm25 = baseline(past);
  const queries = [...planned]
    .sort((a, b) => (a.campaign.id < b.campaign.id ? -1 : 1))
    .map((entry): QueryResult => {
      const grades = judgments[entry.campaign.id] ?? {};
      const engine = findRelated(index, entry.campaign, { limit: K }).related.map((lesson) => lesson.id);
      const base = bm25(entry.campaign);
      return {
        id: entry.campaign.id,
        relevant: Object.values(grades).filter((grade) => grade >= 1).length,
        engine: { ranked: engine, score: scoreQuery(engine, grades, K) },
        baseline: { ranked: base, score: scoreQuery(base, grades, K) },
      };
    });
  const split = (pick: (q: QueryResult) => QueryScore) => ({
    all: summarize(queries.map(pick)),
    withRelevant: summarize(queries.filter((q) => q.relevant > 0).map(pick)),
    withoutRelevant: summarize(queries.filter((q) => q.relevant === 0).map(pick)),
  });
  return {
    queries,
    engine: split((q) => q.engine.score),
    baseline: split((q) => q.baseline.score),
    dataProblems,
  };
}
