// "Also running" (and, for a plan being written, "also planned"): campaigns running now — or
// planned — on a channel, for an audience or about a topic (tag) the plan shares, so the planners
// can talk to those owners before they compete for the same people or repeat each other's work.
import type { Campaign, CampaignEntry } from '../../types.js';
import { slugReasons } from '../explain/reasons.js';

export interface AlsoRunning {
  id: string;
  file: string;
  title: string;
  status: 'running' | 'planned';
  reasons: string[];
}

/** Running and planned campaigns by slug, so a query looks only at those it shares. */
export interface RunningIndex {
  entries: readonly CampaignEntry[];
  byChannel: ReadonlyMap<string, readonly number[]>;
  byAudience: ReadonlyMap<string, readonly number[]>;
  byTag: ReadonlyMap<string, readonly number[]>;
}

function bySlug(
  entries: readonly CampaignEntry[],
  slugs: (campaign: Campaign) => readonly string[] | undefined,
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const slug of new Set(slugs(entry.campaign))) {
      const list = map.get(slug);
      if (list === undefined) map.set(slug, [i]);
      else list.push(i);
    }
  });
  return map;
}

export function indexRunning(all: readonly CampaignEntry[]): RunningIndex {
  // In id order, so that a query lists campaigns that share as much in id order by position.
  const entries = all
    .filter((entry) => entry.campaign.status === 'running' || entry.campaign.status === 'planned')
    .sort((a, b) => (a.campaign.id < b.campaign.id ? -1 : a.campaign.id > b.campaign.id ? 1 : 0));
  return {
    entries,
    byChannel: bySlug(entries, (campaign) => campaign.channels),
    byAudience: bySlug(entries, (campaign) => campaign.audiences),
    byTag: bySlug(entries, (campaign) => campaign.tags),
  };
}

/**
 * Most shared slugs first, then by id; at most `limit`. Running campaigns that share a channel or
 * an audience; with `planned`, also planned ones, and a shared tag (a topic) counts too.
 */
export function alsoRunning(
  running: RunningIndex,
  target: Campaign,
  limit: number,
  planned = false,
): AlsoRunning[] {
  // Count shared slugs per campaign through the slug lists; reasons only for those shown.
  const overlap = new Uint16Array(running.entries.length);
  const met: number[] = [];
  const count = (
    lists: ReadonlyMap<string, readonly number[]>,
    slugs: readonly string[] | undefined,
  ): void => {
    for (const slug of new Set(slugs ?? [])) {
      for (const i of lists.get(slug) ?? []) if (overlap[i]!++ === 0) met.push(i);
    }
  };
  count(running.byChannel, target.channels);
  count(running.byAudience, target.audiences);
  if (planned) count(running.byTag, target.tags);
  // Most shared first, then by id (the entries' order): a pass per level of overlap over the
  // campaigns met, in order, until `limit` are chosen — no sort of everything met.
  const ordered = Int32Array.from(met).sort();
  const chosen: number[] = [];
  const top = ordered.reduce((most, i) => Math.max(most, overlap[i]!), 0);
  for (let level = top; level > 0 && chosen.length < limit; level -= 1) {
    for (const i of ordered) {
      if (chosen.length === limit) break;
      const { campaign } = running.entries[i]!;
      if (overlap[i] !== level || campaign.id === target.id) continue;
      if (planned || campaign.status === 'running') chosen.push(i);
    }
  }
  return chosen.map((i) => {
    const { campaign, file } = running.entries[i]!;
    return {
      id: campaign.id,
      file,
      title: campaign.title,
      status: campaign.status === 'planned' ? 'planned' : 'running',
      reasons: slugReasons(target, campaign, planned),
    };
  });
}
