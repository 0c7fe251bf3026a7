// What a campaign is about beyond its words: the fundamental questions it raises, the types of
// its channels, and who its audience is (groups and sectors). The index keeps one per lesson and
// the query makes one for the plan; ranking and reasons compare them.
import type { Campaign } from '../../types.js';
import type { Analyzer } from './analyzer.js';
import { inferFundamentals } from './fundamentals.js';
import {
  channelType,
  slugTypes,
  typeMask,
  typesByTerm,
  type ChannelType,
  type TypeTable,
} from './slug-types.js';
import type { TermBag } from './term-bag.js';

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
function namedTypes(analyzer: Analyzer, types: TypeTable, concepts: TermBag): number {
  const byTerm = typesByTerm(analyzer, types);
  let mask = 0;
  for (const term of concepts.terms) {
    const found = byTerm.get(term);
    if (found !== undefined && concepts.get(term) >= NAMED_IN_TEXT) mask |= found;
  }
  return mask;
}

/**
 * @param questions the weights of the concept terms of the texts that state its questions (goals,
 *   tags, conclusions, summary), by role
 * @param concepts the terms of all its texts (asked for only when its slugs name no audience)
 */
export function profileOf(
  analyzer: Analyzer,
  campaign: Campaign,
  questions: TermBag,
  concepts: () => TermBag,
): CampaignProfile {
  const types = slugTypes();
  const channels = [...new Set(campaign.channels)].map((slug) => channelType(analyzer, slug));
  // A channel used as a kind of another (`facebook` for a Facebook group, named in the goals or
  // tags as a community) is of that kind too.
  const named = namedTypes(analyzer, types.families, questions);
  if (named !== 0) channels.push({ slug: '', platform: '', families: named });
  let families = 0;
  for (const channel of channels) families |= channel.families;
  let groups = 0;
  let sectors = 0;
  for (const slug of new Set(campaign.audiences ?? [])) {
    groups |= typeMask(analyzer, types.groups, slug);
    sectors |= typeMask(analyzer, types.sectors, slug);
  }
  if (groups === 0) groups = namedTypes(analyzer, types.groups, concepts());
  if (sectors === 0) sectors = namedTypes(analyzer, types.sectors, concepts());
  const fundamentals = inferFundamentals(analyzer, { concepts: questions, families, campaign });
  return { fundamentals, channels, families, groups, sectors };
}
