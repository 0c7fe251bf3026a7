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

/** Most shared slugs first, then by id; at most `limit`. */
export function alsoRunning(
  running: readonly CampaignEntry[],
  target: Campaign,
  limit: number,
): AlsoRunning[] {
  const found: { item: AlsoRunning; overlap: number }[] = [];
  for (const entry of running) {
    const other = entry.campaign;
    if (other.id === target.id) continue;
    const overlap =
      shared(target.channels, other.channels).length + shared(target.audiences, other.audiences).length;
    if (overlap === 0) continue;
    const reasons = slugReasons(target, other, false);
    found.push({ item: { id: other.id, file: entry.file, title: other.title, reasons }, overlap });
  }
  found.sort((a, b) => b.overlap - a.overlap || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return found.slice(0, limit).map(({ item }) => item);
}
