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
  const entries = all.filter(
    (entry) => entry.campaign.status === 'running' || entry.campaign.status === 'planned',
  );
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
  const id = (i: number): string => running.entries[i]!.campaign.id;
  const chosen = met
    .filter((i) => id(i) !== target.id && (planned || running.entries[i]!.campaign.status === 'running'))
    .sort((a, b) => overlap[b]! - overlap[a]! || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0))
    .slice(0, limit);
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
