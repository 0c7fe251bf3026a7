// The two rankings the engine is compared with in `npm run eval`, both without a threshold (top
// 5 whatever they score): what a team gets from a plain full-text search (BM25, MiniSearch over
// each campaign's concatenated text), and from counting the channels, audiences and tags a past
// campaign shares with the plan (the first thing anyone would try).
import MiniSearch from 'minisearch';
import { allConclusions, hasConclusions } from '../src/core/conclusions.js';
import type { Campaign, CampaignEntry } from '../src/core/types.js';

/** Ranks past campaign ids for a plan, best first, at most `k`. */
export type Ranker = (target: Campaign, k: number) => string[];

/** All the words of a campaign: what a plain full-text search would index. */
export function concatenatedText(campaign: Campaign): string {
  const parts: string[] = [campaign.title, campaign.summary ?? ''];
  parts.push(...campaign.channels, ...(campaign.audiences ?? []), ...(campaign.tags ?? []));
  for (const goal of campaign.learning_goals)
    parts.push(goal.question, goal.hypothesis ?? '', goal.measure ?? '');
  for (const c of allConclusions(campaign)) parts.push(c.finding, c.evidence ?? '', c.recommendation ?? '');
  for (const review of campaign.reviews ?? []) parts.push(review.summary);
  return parts.join('\n');
}

/** Only campaigns with conclusions can be lessons, for the baselines as for the engine. */
function lessons(past: readonly CampaignEntry[]): CampaignEntry[] {
  return past.filter((entry) => hasConclusions(entry.campaign));
}

export function bm25Baseline(past: readonly CampaignEntry[]): Ranker {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  search.addAll(
    lessons(past).map((entry) => ({ id: entry.campaign.id, text: concatenatedText(entry.campaign) })),
  );
  return (target, k) =>
    search
      .search(concatenatedText(target))
      .map((hit) => String(hit.id))
      .filter((id) => id !== target.id)
      .slice(0, k);
}

/** Shared channel, audience and tag slugs, counted; ties by id. */
export function sharedSlugBaseline(past: readonly CampaignEntry[]): Ranker {
  const slugs = (campaign: Campaign): Set<string> =>
    new Set([
      ...campaign.channels.map((s) => `c:${s}`),
      ...(campaign.audiences ?? []).map((s) => `a:${s}`),
      ...(campaign.tags ?? []).map((s) => `t:${s}`),
    ]);
  const known = lessons(past).map((entry) => ({ id: entry.campaign.id, slugs: slugs(entry.campaign) }));
  return (target, k) => {
    const mine = slugs(target);
    return known
      .filter((other) => other.id !== target.id)
      .map((other) => ({ id: other.id, shared: [...mine].filter((slug) => other.slugs.has(slug)).length }))
      .filter((other) => other.shared > 0)
      .sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : 1))
      .slice(0, k)
      .map((other) => other.id);
  };
}
