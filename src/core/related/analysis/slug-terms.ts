// Channels, audiences and tags, matched softly: a slug is analysed like text, so `hbo-students`
// shares something with `students`, and `bus-shelter` with `abri` (both outdoor advertising),
// while an exact match still counts most. Rare slugs weigh more than common ones.
import type { Analyzer } from './analyzer.js';
import { inverseFrequency } from '../index/lesson-index.js';
import { tokenize } from './tokenize.js';
import type { Touched } from '../rank/touched.js';

export type SlugTerms = ReadonlyMap<string, number>;

export interface FacetIndex {
  /** Lessons per term of their slugs. */
  lessons: ReadonlyMap<string, readonly number[]>;
  idf(term: string): number;
}

const cache = new WeakMap<Analyzer, Map<string, SlugTerms>>();

/** The terms of a slug with their weights; both languages, since slugs mix them freely. */
export function slugTerms(analyzer: Analyzer, slug: string): SlugTerms {
  let known = cache.get(analyzer);
  if (known === undefined) cache.set(analyzer, (known = new Map()));
  const found = known.get(slug);
  if (found !== undefined) return found;
  const terms = new Map<string, number>();
  known.set(slug, terms);
  const tokens = tokenize(slug);
  for (const language of ['en', 'nl'] as const) {
    analyzer.analyze(tokens, language, (term, weight) =>
      terms.set(term, Math.max(weight, terms.get(term) ?? 0)),
    );
  }
  return terms;
}

export function buildFacet(
  analyzer: Analyzer,
  slugLists: readonly (readonly string[] | undefined)[],
): FacetIndex {
  const map = new Map<string, number[]>();
  slugLists.forEach((slugs, lesson) => {
    const terms = new Set<string>();
    for (const slug of slugs ?? []) for (const term of slugTerms(analyzer, slug).keys()) terms.add(term);
    for (const term of terms) {
      const list = map.get(term);
      if (list === undefined) map.set(term, [lesson]);
      else list.push(lesson);
    }
  });
  return { lessons: map, idf: (term) => inverseFrequency(slugLists.length, map.get(term)?.length ?? 0) };
}

/**
 * Per lesson, 0..1: how well its slugs cover the plan's, each plan slug weighted by its rarity
 * and matched by the share of its (rarity-weighted) terms the lesson has. Lessons met are added
 * to `touched`.
 */
export function facetOverlap(
  analyzer: Analyzer,
  facet: FacetIndex,
  slugs: readonly string[] | undefined,
  touched: Touched,
): Float64Array {
  const overlap = new Float64Array(touched.size);
  const plan = [...new Set(slugs ?? [])].map((slug) => {
    const own = [...slugTerms(analyzer, slug)];
    const terms = own.map(([term, weight]) => [term, weight * facet.idf(term)] as const);
    const mass = terms.reduce((sum, [, weight]) => sum + weight, 0);
    const rarity = mass / own.reduce((sum, [, weight]) => sum + weight, 0);
    return { terms, mass, rarity };
  });
  const totalRarity = plan.reduce((sum, slug) => sum + slug.rarity, 0);
  const matched = new Float64Array(touched.size);
  for (const slug of plan) {
    if (slug.mass === 0) continue;
    const met: number[] = [];
    for (const [term, weight] of slug.terms) {
      for (const lesson of facet.lessons.get(term) ?? []) {
        if (matched[lesson] === 0) met.push(lesson);
        matched[lesson]! += weight;
      }
    }
    for (const lesson of met) {
      overlap[lesson]! += (slug.rarity / totalRarity) * Math.min(1, matched[lesson]! / slug.mass);
      matched[lesson] = 0;
      touched.add(lesson);
    }
  }
  return overlap;
}

/** How much of `planSlug` a single `other` slug matches, 0..1 (for "similar channel" reasons). */
export function slugSimilarity(analyzer: Analyzer, planSlug: string, other: string): number {
  const mine = slugTerms(analyzer, planSlug);
  const theirs = slugTerms(analyzer, other);
  let shared = 0;
  let total = 0;
  for (const [term, weight] of mine) {
    total += weight;
    if (theirs.has(term)) shared += weight;
  }
  return total === 0 ? 0 : shared / total;
}
