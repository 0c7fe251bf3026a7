// Types channel and audience slugs by the vocabulary (vocabulary/channels.yaml, audiences.yaml):
// `instagram-reels` is the platform instagram in the family social-feed, `hbo-students` the group
// student, `verpleegkundigen` the sector care. A slug is typed by itself or one of its parts
// being listed, or by the concepts its words name, so that near-equal and same-kind slugs match.
import { VOCABULARY } from '../vocabulary/data.generated.js';
import type { SlugType } from '../vocabulary/types.js';
import type { Analyzer } from './analyzer.js';
import { CONCEPT_PREFIX } from './concepts.js';
import { slugTerms } from './slug-terms.js';

/** Names of a kind of type (families, groups or sectors), each as one bit of a mask. */
export interface TypeTable {
  names: readonly string[];
  /** Listed slugs (and parts of slugs) to the mask of their types. */
  bySlug: ReadonlyMap<string, number>;
  /** Concept terms (`~outdoor`) to the mask of their types. */
  byConcept: ReadonlyMap<string, number>;
}

function table(items: readonly (SlugType & { name: string })[]): TypeTable {
  if (items.length > 31) throw new RangeError('at most 31 types of one kind fit a mask');
  const bySlug = new Map<string, number>();
  const byConcept = new Map<string, number>();
  items.forEach((item, bit) => {
    for (const slug of item.slugs ?? []) bySlug.set(slug, (bySlug.get(slug) ?? 0) | (1 << bit));
    for (const concept of item.concepts ?? []) {
      const term = CONCEPT_PREFIX + concept;
      byConcept.set(term, (byConcept.get(term) ?? 0) | (1 << bit));
    }
  });
  return { names: items.map((item) => item.name), bySlug, byConcept };
}

export interface SlugTypes {
  families: TypeTable;
  groups: TypeTable;
  sectors: TypeTable;
}

let built: SlugTypes | undefined;

export function slugTypes(): SlugTypes {
  return (built ??= {
    families: table(VOCABULARY.channels.families.map((f) => ({ ...f, name: f.family }))),
    groups: table(VOCABULARY.audiences.groups.map((g) => ({ ...g, name: g.group }))),
    sectors: table(VOCABULARY.audiences.sectors.map((s) => ({ ...s, name: s.sector }))),
  });
}

const masks = new WeakMap<Analyzer, Map<TypeTable, Map<string, number>>>();
const termMasks = new WeakMap<Analyzer, Map<TypeTable, Map<number, number>>>();

/** `types.byConcept` by the analyzer's term ids, so a campaign's concept terms need no strings. */
export function typesByTerm(analyzer: Analyzer, types: TypeTable): ReadonlyMap<number, number> {
  let byTable = termMasks.get(analyzer);
  if (byTable === undefined) termMasks.set(analyzer, (byTable = new Map()));
  let found = byTable.get(types);
  if (found === undefined) {
    found = new Map([...types.byConcept].map(([term, mask]) => [analyzer.terms.intern(term), mask]));
    byTable.set(types, found);
  }
  return found;
}

/** The mask of `slug` in `types`: listed as a whole or by a part, or through its concepts. */
export function typeMask(analyzer: Analyzer, types: TypeTable, slug: string): number {
  // Slugs repeat across a knowledge base: each is typed once per analyzer.
  let byTable = masks.get(analyzer);
  if (byTable === undefined) masks.set(analyzer, (byTable = new Map()));
  let known = byTable.get(types);
  if (known === undefined) byTable.set(types, (known = new Map()));
  let mask = known.get(slug);
  if (mask === undefined) known.set(slug, (mask = computeMask(analyzer, types, slug)));
  return mask;
}

function computeMask(analyzer: Analyzer, types: TypeTable, slug: string): number {
  let mask = types.bySlug.get(slug) ?? 0;
  if (mask === 0) for (const part of slug.split('-')) mask |= types.bySlug.get(part) ?? 0;
  for (const term of slugTerms(analyzer, slug).keys()) {
    if (term.startsWith(CONCEPT_PREFIX)) mask |= types.byConcept.get(term) ?? 0;
  }
  return mask;
}

export interface ChannelType {
  /** The slug; '' for a kind of channel the campaign names only in words. */
  slug: string;
  /** The listed platform the slug is or starts with (`instagram` of `instagram-reels`), else the slug. */
  platform: string;
  families: number;
}

const channelTypes = new WeakMap<Analyzer, Map<string, ChannelType>>();

export function channelType(analyzer: Analyzer, slug: string): ChannelType {
  let known = channelTypes.get(analyzer);
  if (known === undefined) channelTypes.set(analyzer, (known = new Map()));
  let found = known.get(slug);
  if (found === undefined) known.set(slug, (found = computeChannelType(analyzer, slug)));
  return found;
}

function computeChannelType(analyzer: Analyzer, slug: string): ChannelType {
  const { families } = slugTypes();
  const parts = slug.split('-');
  const platform = parts.find((part) => families.bySlug.has(part)) ?? slug;
  return { slug, platform, families: typeMask(analyzer, families, slug) };
}

/**
 * How alike two channels are, 0..1: the same slug 1; the same platform in a shared family
 * (`instagram-reels`, `instagram`) 0.9; a shared family (`hyves`, `discord`) 0.6; the same
 * platform in different families (`facebook-group`, `facebook-ads`) 0.4.
 */
export function channelSimilarity(a: ChannelType, b: ChannelType): number {
  if (a.slug === b.slug && a.slug !== '') return 1;
  const family = (a.families & b.families) !== 0;
  const platform = a.platform === b.platform && a.platform !== '';
  if (platform && family) return 0.9;
  if (family) return 0.6;
  return platform ? 0.4 : 0;
}

export function names(types: TypeTable, mask: number): string[] {
  return types.names.filter((_, bit) => (mask & (1 << bit)) !== 0);
}
