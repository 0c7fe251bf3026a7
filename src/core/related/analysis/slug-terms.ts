// The terms of a channel, audience or tag slug: a slug is analysed like text, in both languages
// (slugs mix them freely), so `bus-shelters` names the concept outdoor and `hbo-studenten` the
// concept student. Slug types (slug-types.ts) and the query read slugs this way.
import type { Analyzer } from './analyzer.js';
import { tokenize } from './tokenize.js';

export type SlugTerms = ReadonlyMap<string, number>;

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
