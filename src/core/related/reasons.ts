// Explains a related lesson in sentences a person can check against the two files: the shared
// channels, audiences and tags, the words the plan's learning goals and topic share with the
// lesson, and whether the planners already read it.
import type { Campaign } from '../types.js';
import { lessonTexts, planTexts, type TextRole } from './campaign-text.js';
import { slugSimilarity } from './facets.js';
import type { IndexedLesson, LessonIndex } from './lesson-index.js';
import { matchedWords, surfaces } from './matched-words.js';
import { campaignLanguage, tokenizeTexts, type TokenizedText } from './term-bag.js';

/** Words per text reason: enough to recognise the topic, few enough to read at a glance. */
const WORDS_PER_REASON = 4;

export const ALREADY_CONSIDERED = 'already considered while planning';

export function shared(mine: readonly string[] | undefined, theirs: readonly string[] | undefined): string[] {
  const other = new Set(theirs ?? []);
  return [...new Set(mine ?? [])].filter((slug) => other.has(slug));
}

/** `same channel: hyves`, `shared audience: students, trainees` — one line per kind of slug. */
export function slugReasons(target: Campaign, other: Campaign, withTags: boolean): string[] {
  const reasons: string[] = [];
  const channels = shared(target.channels, other.channels);
  if (channels.length > 0) reasons.push(`same channel: ${channels.join(', ')}`);
  const audiences = shared(target.audiences, other.audiences);
  if (audiences.length > 0) reasons.push(`shared audience: ${audiences.join(', ')}`);
  const tags = shared(target.tags, other.tags);
  if (withTags && tags.length > 0) reasons.push(`shared tag: ${tags.join(', ')}`);
  return reasons;
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
    if (best.similarity >= 0.6) pairs.push(`${slug} ~ ${best.slug}`);
  }
  return pairs.length === 0 ? [] : [`similar ${kind}: ${pairs.join(', ')}`];
}

export function explainLesson(index: LessonIndex, target: Campaign, lesson: IndexedLesson): string[] {
  const other = lesson.entry.campaign;
  const reasons = slugReasons(target, other, true);
  reasons.push(
    ...similarSlugs(index, 'channel', target.channels, other.channels),
    ...similarSlugs(index, 'audience', target.audiences, other.audiences),
  );
  const planTokenized = tokenizeTexts(planTexts(target));
  const planLanguage = campaignLanguage(index.analyzer, planTokenized);
  const lessonWords = surfaces(
    index.analyzer,
    tokenizeTexts([...planTexts(other), ...lessonTexts(other)]),
    lesson.language,
  );
  // Slugs already named above are not repeated as matching words.
  const named = new Set([...shared(target.tags, other.tags), ...shared(target.channels, other.channels)]);
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
    new Set([...named, ...goalWords.map((word) => word.split(' (')[0]!)]),
  );
  if (topicWords.length > 0) reasons.push(`similar topic: ${topicWords.join(', ')}`);
  if ((target.considered ?? []).includes(other.id)) reasons.push(ALREADY_CONSIDERED);
  return reasons;
}
