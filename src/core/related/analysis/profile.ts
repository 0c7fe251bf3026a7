// What a campaign is about beyond its words: the fundamental questions it raises, the types of
// its channels, and who its audience is (groups and sectors). The index keeps one per lesson and
// the query makes one for the plan; ranking and reasons compare them.
import type { Campaign } from '../../types.js';
import type { Analyzer } from './analyzer.js';
import { CONCEPT_PREFIX } from './concepts.js';
import { inferFundamentals } from './fundamentals.js';
import { channelType, slugTypes, typeMask, type ChannelType, type TypeTable } from './slug-types.js';

/** A sector or group named this much in the texts (about once in a title) counts without a slug. */
const NAMED_IN_TEXT = 1;

export interface CampaignProfile {
  /** Per fundamental, its strength 0..1 (0: not raised). */
  fundamentals: Float64Array;
  channels: ChannelType[];
  /** Masks of the channel families, audience groups and sectors. */
  families: number;
  groups: number;
  sectors: number;
}

/** The types a campaign's texts name clearly, for a campaign whose slugs name none. */
function namedTypes(types: TypeTable, concepts: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const [term, weight] of concepts) {
    if (weight >= NAMED_IN_TEXT) mask |= types.byConcept.get(term) ?? 0;
  }
  return mask;
}

/**
 * @param questions the weights of the concept terms of the texts that state its questions (goals,
 *   tags, conclusions), by role
 * @param concepts the same over all its texts
 */
export function profileOf(
  analyzer: Analyzer,
  campaign: Campaign,
  questions: ReadonlyMap<string, number>,
  concepts: ReadonlyMap<string, number>,
): CampaignProfile {
  const types = slugTypes();
  const channels = [...new Set(campaign.channels)].map((slug) => channelType(analyzer, slug));
  // A channel used as a kind of another (`facebook` for a Facebook group, named in the goals or
  // tags as a community) is of that kind too.
  const named = namedTypes(types.families, questions);
  if (named !== 0) channels.push({ slug: '', platform: '', families: named });
  const families = channels.reduce((mask, channel) => mask | channel.families, 0);
  let groups = 0;
  let sectors = 0;
  for (const slug of new Set(campaign.audiences ?? [])) {
    groups |= typeMask(analyzer, types.groups, slug);
    sectors |= typeMask(analyzer, types.sectors, slug);
  }
  if (groups === 0) groups = namedTypes(types.groups, concepts);
  if (sectors === 0) sectors = namedTypes(types.sectors, concepts);
  const fundamentals = inferFundamentals({
    concept: (term) => questions.get(term) ?? 0,
    families,
    campaign,
  });
  return { fundamentals, channels, families, groups, sectors };
}

/** The concept terms of a bag of term ids, by their strings. */
export function conceptWeights(
  analyzer: Analyzer,
  terms: ArrayLike<number>,
  weights: ArrayLike<number>,
  from = 0,
  to = terms.length,
): Map<string, number> {
  const concepts = new Map<string, number>();
  for (let i = from; i < to; i += 1) {
    const term = analyzer.terms.strings[terms[i]!]!;
    if (term.startsWith(CONCEPT_PREFIX)) concepts.set(term, (concepts.get(term) ?? 0) + weights[i]!);
  }
  return concepts;
}
