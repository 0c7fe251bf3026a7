// Explains a related lesson in sentences a person can check against the two files: the shared
// channels, audiences and tags, the words the plan's learning goals and topic share with the
// lesson, and whether the planners already read it. Each reason names a few things, the most
// telling first, and nothing is named twice.
import type { Campaign } from '../../types.js';
import { lessonTexts, planTexts, type TextRole } from '../analysis/campaign-text.js';
import { slugSimilarity, slugTerms, type FacetIndex } from '../analysis/slug-terms.js';
import type { LessonIndex } from '../index/lesson-index.js';
import { matchedWords, rootKeys, surfaces, type Named } from './matched-words.js';
import { textsLanguage, tokenizeTexts, type TokenizedText } from '../analysis/term-bag.js';
import type { Analyzer } from '../analysis/analyzer.js';

/** Words per text reason: enough to recognise the topic, few enough to read at a glance. */
export const WORDS_PER_REASON = 3;
/** Slugs per slug reason. */
export const SLUGS_PER_REASON = 4;

export const ALREADY_CONSIDERED = 'already considered while planning';

export function shared(mine: readonly string[] | undefined, theirs: readonly string[] | undefined): string[] {
  const other = new Set(theirs ?? []);
  return [...new Set(mine ?? [])].filter((slug) => other.has(slug));
}

/** Orders slugs, most telling first; the default keeps the plan's order. */
export type SlugOrder = (slugs: string[], kind: 'channel' | 'audience' | 'tag') => string[];

/** `same channel: hyves`, `shared audience: students, trainees` — one line per kind of slug. */
export function slugReasons(
  target: Campaign,
  other: Campaign,
  withTags: boolean,
  order: SlugOrder = (slugs) => slugs,
): string[] {
  const reasons: string[] = [];
  const list = (slugs: string[], kind: 'channel' | 'audience' | 'tag'): string =>
    order(slugs, kind).slice(0, SLUGS_PER_REASON).join(', ');
  const channels = shared(target.channels, other.channels);
  if (channels.length > 0) reasons.push(`same channel: ${list(channels, 'channel')}`);
  const audiences = shared(target.audiences, other.audiences);
  if (audiences.length > 0) reasons.push(`shared audience: ${list(audiences, 'audience')}`);
  const tags = shared(target.tags, other.tags);
  if (withTags && tags.length > 0) reasons.push(`shared tag: ${list(tags, 'tag')}`);
  return reasons;
}

/** How rare a slug is among the lessons (the rarity of its terms): rare slugs say more. */
function slugRarity(analyzer: Analyzer, facet: FacetIndex, slug: string): number {
  let weighted = 0;
  let total = 0;
  for (const [term, weight] of slugTerms(analyzer, slug)) {
    weighted += weight * facet.idf(term);
    total += weight;
  }
  return total === 0 ? 0 : weighted / total;
}

function byRarity(index: LessonIndex): SlugOrder {
  return (slugs, kind) => {
    const facet = index.facets[kind];
    const rarity = new Map(slugs.map((slug) => [slug, slugRarity(index.analyzer, facet, slug)]));
    return [...slugs].sort((a, b) => rarity.get(b)! - rarity.get(a)!);
  };
}

/** The plan's texts of some roles, tokenized. */
function planPart(texts: readonly TokenizedText[], roles: readonly TextRole[]): TokenizedText[] {
  return texts.filter(({ text }) => roles.includes(text.role));
}

/**
 * `similar channel: bus-shelter ~ abri` for a plan slug that is not shared but matches one of
 * the lesson's slugs in meaning (most of its terms).
 */
function similarSlugs(
  index: LessonIndex,
  kind: string,
  mine: readonly string[] | undefined,
  theirs: readonly string[] | undefined,
  slugs: string[],
): string[] {
  const pairs: string[] = [];
  const exact = new Set(theirs ?? []);
  for (const slug of new Set(mine ?? [])) {
    if (exact.has(slug)) continue;
    let best = { slug: '', similarity: 0 };
    for (const other of theirs ?? []) {
      const similarity = slugSimilarity(index.analyzer, slug, other);
      if (similarity > best.similarity) best = { slug: other, similarity };
    }
    if (best.similarity >= 0.6 && pairs.length < SLUGS_PER_REASON) {
      pairs.push(`${slug} ~ ${best.slug}`);
      slugs.push(slug, best.slug);
    }
  }
  return pairs.length === 0 ? [] : [`similar ${kind}: ${pairs.join(', ')}`];
}

/** Slugs the reasons name already: their terms and words are not named again as text matches. */
function namedSlugs(index: LessonIndex, slugs: readonly string[]): Named {
  const named: Named = { terms: new Set(), roots: new Set() };
  for (const slug of slugs) {
    for (const term of slugTerms(index.analyzer, slug).keys()) named.terms.add(term);
    for (const word of [slug, ...slug.split('-')]) for (const key of rootKeys(word)) named.roots.add(key);
  }
  return named;
}

export function explainLesson(index: LessonIndex, target: Campaign, lesson: number): string[] {
  const other = index.entries[lesson]!.campaign;
  const reasons = slugReasons(target, other, true, byRarity(index));
  const similar: string[] = [];
  reasons.push(
    ...similarSlugs(index, 'channel', target.channels, other.channels, similar),
    ...similarSlugs(index, 'audience', target.audiences, other.audiences, similar),
  );
  const planTokenized = tokenizeTexts(planTexts(target));
  const planLanguage = textsLanguage(index.analyzer, planTokenized);
  const lessonWords = surfaces(
    index.analyzer,
    tokenizeTexts([...planTexts(other), ...lessonTexts(other)]),
    index.languages[lesson]!,
  );
  const named = namedSlugs(index, [
    ...shared(target.channels, other.channels),
    ...shared(target.audiences, other.audiences),
    ...shared(target.tags, other.tags),
    ...similar,
  ]);
  const goalWords = matchedWords(
    index,
    surfaces(index.analyzer, planPart(planTokenized, ['goal']), planLanguage),
    lessonWords,
    WORDS_PER_REASON,
    named,
  );
  if (goalWords.length > 0) reasons.push(`similar goal: ${goalWords.join(', ')}`);
  const topicWords = matchedWords(
    index,
    surfaces(index.analyzer, planPart(planTokenized, ['title', 'summary']), planLanguage),
    lessonWords,
    WORDS_PER_REASON,
    named,
  );
  if (topicWords.length > 0) reasons.push(`similar topic: ${topicWords.join(', ')}`);
  if ((target.considered ?? []).includes(other.id)) reasons.push(ALREADY_CONSIDERED);
  return reasons;
}
