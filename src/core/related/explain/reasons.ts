// Explains a related lesson in sentences a person can check against the two files: the
// fundamental question both raise, the shared or same-kind channels, audiences and tags, the
// words the plan's learning goals and topic share with the lesson, and whether the planners
// already read it. Each reason names a few things, the most
// telling first, and nothing is named twice.
import type { Campaign } from '../../types.js';
import { lessonTexts, planTexts, type TextRole } from '../analysis/campaign-text.js';
import { fundamentalTable } from '../analysis/fundamentals.js';
import { slugTerms } from '../analysis/slug-terms.js';
import {
  channelSimilarity,
  channelType,
  names,
  slugTypes,
  typeMask,
  type TypeTable,
} from '../analysis/slug-types.js';
import type { ScoredLesson } from '../rank/rank.js';
import type { LessonIndex } from '../index/lesson-index.js';
import { matchedWords, rootKeys, surfaces, type Named, type Surfaces } from './matched-words.js';
import { textsLanguage, tokenizeTexts, type TokenizedText } from '../analysis/term-bag.js';

/** Words per text reason: enough to recognise the topic, few enough to read at a glance. */
export const WORDS_PER_REASON = 3;
/** Slugs per slug reason. */
export const SLUGS_PER_REASON = 4;

export const ALREADY_CONSIDERED = 'already considered while planning';
export const SAME_QUESTION = 'same fundamental question';
/** How every view marks a lesson whose strength is `weak`. */
export const WEAKER_MATCH = 'weaker match';
/** Shared questions named per lesson. */
const QUESTIONS_PER_LESSON = 2;
/** Channel similarity (slug-types.ts) from which two channels are one platform, or one family. */
const SIMILAR_CHANNEL = 0.9;
const KIND_OF_CHANNEL = 0.6;

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

/** Rare slugs first: they say more (how many lessons use a slug, counted once per index). */
function byRarity(index: LessonIndex): SlugOrder {
  return (slugs, kind) => {
    const count = new Map(slugs.map((slug) => [slug, index.slugCount(kind, slug)]));
    return [...slugs].sort((a, b) => count.get(a)! - count.get(b)!);
  };
}

/** The plan's texts of some roles, tokenized. */
function planPart(texts: readonly TokenizedText[], roles: readonly TextRole[]): TokenizedText[] {
  return texts.filter(({ text }) => roles.includes(text.role));
}

/** Names of the types in `mask`, readable (`online-community` → `online community`). */
function typeNames(types: TypeTable, mask: number): string {
  return names(types, mask)
    .map((name) => name.replace(/-/g, ' '))
    .join(', ');
}

/**
 * `similar channel: instagram-reels ~ instagram` (one platform) and `same kind of channel:
 * tiktok ~ hyves (online community)` (one family), for the plan's channels the lesson does not
 * have as such. `slugs` collects the slugs named.
 */
function similarChannels(index: LessonIndex, target: Campaign, other: Campaign, slugs: string[]): string[] {
  const exact = new Set(other.channels);
  const similar: string[] = [];
  const kind: string[] = [];
  const families = slugTypes().families;
  for (const slug of new Set(target.channels)) {
    if (exact.has(slug)) continue;
    const mine = channelType(index.analyzer, slug);
    let best = { slug: '', similarity: 0, families: 0 };
    for (const theirs of new Set(other.channels)) {
      const type = channelType(index.analyzer, theirs);
      const similarity = channelSimilarity(mine, type);
      if (similarity > best.similarity)
        best = { slug: theirs, similarity, families: mine.families & type.families };
    }
    if (best.similarity >= SIMILAR_CHANNEL) similar.push(`${slug} ~ ${best.slug}`);
    else if (best.similarity >= KIND_OF_CHANNEL)
      kind.push(`${slug} ~ ${best.slug} (${typeNames(families, best.families)})`);
    else continue;
    slugs.push(slug, best.slug);
  }
  const reasons: string[] = [];
  if (similar.length > 0) reasons.push(`similar channel: ${similar.slice(0, SLUGS_PER_REASON).join(', ')}`);
  if (kind.length > 0) reasons.push(`same kind of channel: ${kind.slice(0, SLUGS_PER_REASON).join(', ')}`);
  return reasons;
}

/**
 * `similar audience: hbo-students ~ students (student)` for the plan's audiences the lesson does
 * not have as such but of the same group or sector. `slugs` collects the slugs named.
 */
function similarAudiences(index: LessonIndex, target: Campaign, other: Campaign, slugs: string[]): string[] {
  const exact = new Set(other.audiences ?? []);
  const { groups, sectors } = slugTypes();
  const pairs: string[] = [];
  for (const slug of new Set(target.audiences ?? [])) {
    if (exact.has(slug) || pairs.length === SLUGS_PER_REASON) continue;
    const mineGroups = typeMask(index.analyzer, groups, slug);
    const mineSectors = typeMask(index.analyzer, sectors, slug);
    for (const theirs of new Set(other.audiences ?? [])) {
      const group = mineGroups & typeMask(index.analyzer, groups, theirs);
      const sector = mineSectors & typeMask(index.analyzer, sectors, theirs);
      if (group === 0 && sector === 0) continue;
      const type = [typeNames(groups, group), typeNames(sectors, sector)].filter(Boolean).join(', ');
      pairs.push(`${slug} ~ ${theirs} (${type})`);
      slugs.push(slug, theirs);
      break;
    }
  }
  return pairs.length === 0 ? [] : [`similar audience: ${pairs.join(', ')}`];
}

/** `same fundamental question: …` for the strongest question the two share (two at most). */
function questionReasons(shared: readonly number[]): string[] {
  const { entries } = fundamentalTable();
  return shared.slice(0, QUESTIONS_PER_LESSON).map((f) => `${SAME_QUESTION}: ${entries[f]!.question}`);
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

/** The plan's side of the text reasons, analysed once for all the lessons shown. */
export interface PlanWords {
  goal: Surfaces;
  topic: Surfaces;
}

export function planWords(index: LessonIndex, target: Campaign): PlanWords {
  const tokenized = tokenizeTexts(planTexts(target));
  const language = textsLanguage(index.analyzer, tokenized);
  return {
    goal: surfaces(index.analyzer, planPart(tokenized, ['goal']), language),
    topic: surfaces(index.analyzer, planPart(tokenized, ['title', 'summary']), language),
  };
}

export function explainLesson(
  index: LessonIndex,
  target: Campaign,
  scored: ScoredLesson,
  plan: PlanWords = planWords(index, target),
): string[] {
  const other = index.entries[scored.lesson]!.campaign;
  const reasons = questionReasons(scored.fundamental.shared);
  reasons.push(...slugReasons(target, other, true, byRarity(index)));
  const similar: string[] = [];
  reasons.push(
    ...similarChannels(index, target, other, similar),
    ...similarAudiences(index, target, other, similar),
  );
  const lessonWords = surfaces(
    index.analyzer,
    tokenizeTexts([...planTexts(other), ...lessonTexts(other)]),
    index.languages[scored.lesson]!,
  );
  const named = namedSlugs(index, [
    ...shared(target.channels, other.channels),
    ...shared(target.audiences, other.audiences),
    ...shared(target.tags, other.tags),
    ...similar,
  ]);
  const goalWords = matchedWords(index, plan.goal, lessonWords, WORDS_PER_REASON, named);
  if (goalWords.length > 0) reasons.push(`similar goal: ${goalWords.join(', ')}`);
  const topicWords = matchedWords(index, plan.topic, lessonWords, WORDS_PER_REASON, named);
  if (topicWords.length > 0) reasons.push(`similar topic: ${topicWords.join(', ')}`);
  if ((target.considered ?? []).includes(other.id)) reasons.push(ALREADY_CONSIDERED);
  return reasons;
}
