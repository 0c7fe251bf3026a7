// "Also running": campaigns running now on a channel or for an audience the plan shares, so
// the planners can talk to those owners before they compete for the same people.
import type { Campaign, CampaignEntry } from '../types.js';
import { shared, slugReasons } from './reasons.js';

export interface AlsoRunning {
  id: string;
  file: string;
  title: string;
  reasons: string[];
}

/** Running campaigns by channel and by audience, so a query looks only at those it shares. */
export interface RunningIndex {
  entries: readonly CampaignEntry[];
  byChannel: ReadonlyMap<string, readonly number[]>;
  byAudience: ReadonlyMap<string, readonly number[]>;
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
  const entries = all.filter((entry) => entry.campaign.status === 'running');
  return {
    entries,
    byChannel: bySlug(entries, (campaign) => campaign.channels),
    byAudience: bySlug(entries, (campaign) => campaign.audiences),
  };
}

/** Most shared slugs first, then by id; at most `limit`. */
export function alsoRunning(running: RunningIndex, target: Campaign, limit: number): AlsoRunning[] {
  const candidates = new Set<number>();
  for (const slug of target.channels) for (const i of running.byChannel.get(slug) ?? []) candidates.add(i);
  for (const slug of target.audiences ?? [])
    for (const i of running.byAudience.get(slug) ?? []) candidates.add(i);
  const found: { item: AlsoRunning; overlap: number }[] = [];
  for (const i of candidates) {
    const entry = running.entries[i]!;
    const other = entry.campaign;
    if (other.id === target.id) continue;
    const overlap =
      shared(target.channels, other.channels).length + shared(target.audiences, other.audiences).length;
    const reasons = slugReasons(target, other, false);
    found.push({ item: { id: other.id, file: entry.file, title: other.title, reasons }, overlap });
  }
  found.sort((a, b) => b.overlap - a.overlap || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return found.slice(0, limit).map(({ item }) => item);
}
