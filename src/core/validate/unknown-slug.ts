// The `unknown-slug` warning: a channel or audience slug that no other campaign uses while a near
// one is in use (`instagram-reels` beside `instagram`, `nurse` beside `nurses`, `linkdin` beside
// `linkedin`). One team's slug for a thing is how related lessons find each other; a slug of its
// own is often a typo or a habit, and the warning asks whether the common one was meant.
import { createAnalyzer, type Analyzer } from '../related/analysis/analyzer.js';
import { slugTypes, typeMask } from '../related/analysis/slug-types.js';
import type { CampaignEntry } from '../types.js';

export interface SlugHint {
  entry: CampaignEntry;
  path: ['channels' | 'audiences', number];
  slug: string;
  suggestion: string;
  /** How many campaigns use the suggestion. */
  uses: number;
}

type Kind = 'channels' | 'audiences';

/**
 * Whether `a` and `b` are within `max` edits of each other (insert, delete, replace), in
 * O(length × max): each row of the edit table is only filled near its diagonal.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(max + 1);
    current[0] = i;
    let best = current[0];
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    for (let j = from; j <= to; j += 1) {
      const replace = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(replace, previous[j]! + 1, current[j - 1]! + 1);
      best = Math.min(best, current[j]!);
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

let analyzer: Analyzer | undefined;

/** Whether the vocabulary gives two slugs the same types (families, or groups and sectors). */
function sameTypes(kind: Kind, slug: string, other: string): boolean {
  analyzer ??= createAnalyzer([]);
  const types = slugTypes();
  const tables = kind === 'channels' ? [types.families] : [types.groups, types.sectors];
  return tables.every((table) => typeMask(analyzer!, table, slug) === typeMask(analyzer!, table, other));
}

/** Edits a part of this length may be from another to count as the same part misspelt. */
function allowedEdits(part: string): number {
  return part.length <= 3 ? 0 : part.length <= 7 ? 1 : 2;
}

/** One slug is the other with parts added (`instagram` of `instagram-reels`, `students` of `hbo-students`). */
function partsOf(shorter: string, longer: string): boolean {
  const parts = new Set(longer.split('-'));
  return shorter.split('-').every((part) => parts.has(part));
}

/** The same parts, each spelt alike (`hbo-students`, `hbo-studenten`; never `wo-` and `mbo-`). */
function spelledAlike(slug: string, other: string): boolean {
  const mine = slug.split('-');
  const theirs = other.split('-');
  if (mine.length !== theirs.length) return false;
  return mine.every((part, i) => {
    const edits = Math.min(allowedEdits(part), allowedEdits(theirs[i]!));
    return part === theirs[i] || (edits > 0 && withinEdits(part, theirs[i]!, edits));
  });
}

/**
 * Near: the same letters (`job-fair`, `jobfair`), the same parts spelt alike, or one with parts
 * added to the other — unless the vocabulary says they are different kinds (`facebook-group` is
 * a community, `facebook` a feed; `indeed-sponsored` a paid ad as well as a job board).
 */
function near(kind: Kind, slug: string, other: string): boolean {
  if (slug.replace(/-/g, '') === other.replace(/-/g, '')) return true;
  if (spelledAlike(slug, other)) return true;
  if (!partsOf(slug, other) && !partsOf(other, slug)) return false;
  return sameTypes(kind, slug, other);
}

function hintsOf(entries: readonly CampaignEntry[], kind: Kind): SlugHint[] {
  const uses = new Map<string, number>();
  for (const { campaign } of entries) {
    for (const slug of new Set(campaign[kind] ?? [])) uses.set(slug, (uses.get(slug) ?? 0) + 1);
  }
  // Slugs used more than once, most used first: the suggestions.
  const common = [...uses]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const hints: SlugHint[] = [];
  for (const entry of entries) {
    (entry.campaign[kind] ?? []).forEach((slug, i) => {
      if (uses.get(slug) !== 1) return;
      const found = common.find(([other]) => other !== slug && near(kind, slug, other));
      if (found === undefined) return;
      hints.push({ entry, path: [kind, i], slug, suggestion: found[0], uses: found[1] });
    });
  }
  return hints;
}

/** Every channel and audience slug that only its own campaign uses while a near one is in use. */
export function unknownSlugs(entries: readonly CampaignEntry[]): SlugHint[] {
  return [...hintsOf(entries, 'channels'), ...hintsOf(entries, 'audiences')];
}

export function unknownSlugMessage(hint: SlugHint): string {
  const kind = hint.path[0] === 'channels' ? 'channel' : 'audience';
  return (
    `No other campaign uses the ${kind} "${hint.slug}", but ${hint.uses} use "${hint.suggestion}". ` +
    `Did you mean "${hint.suggestion}"? One slug for one thing lets related lessons find each other.`
  );
}
