// The signals beyond the words, each 0..1 and meaning the same in any knowledge base: how much
// of the plan's fundamental questions a lesson shares, how alike their audiences are (group and
// sector), and how alike their channels are (slug, platform, family).
import type { CampaignProfile } from '../analysis/profile.js';
import { channelSimilarity } from '../analysis/slug-types.js';

export interface FundamentalMatch {
  /**
   * 0..1: half the strongest shared question, half the share of the plan's questions covered;
   * each question counted by its strength on both sides and its rarity.
   */
  score: number;
  /** The strongest shared question's strength (the smaller of the two sides). */
  best: number;
  /** Shared fundamentals, strongest first. */
  shared: number[];
}

const NO_MATCH: FundamentalMatch = { score: 0, best: 0, shared: [] };

/**
 * `rarity`: per fundamental, ½ (every lesson raises it) to 1 (none does): a question few
 * lessons raise tells most.
 */
export function fundamentalMatch(
  plan: CampaignProfile,
  lesson: CampaignProfile,
  rarity: Float64Array,
): FundamentalMatch {
  let planMass = 0;
  let sharedMass = 0;
  let best = 0;
  let shared: { f: number; strength: number }[] | undefined;
  for (let f = 0; f < plan.fundamentals.length; f += 1) {
    const mine = plan.fundamentals[f]!;
    if (mine === 0) continue;
    planMass += mine * rarity[f]!;
    const both = Math.min(mine, lesson.fundamentals[f]!);
    if (both === 0) continue;
    sharedMass += both * rarity[f]!;
    best = Math.max(best, both);
    (shared ??= []).push({ f, strength: both * rarity[f]! });
  }
  if (shared === undefined) return NO_MATCH;
  shared.sort((a, b) => b.strength - a.strength || a.f - b.f);
  const strongest = shared[0]!.strength;
  return { score: 0.5 * strongest + 0.5 * (sharedMass / planMass), best, shared: shared.map((s) => s.f) };
}

/** Per type bit (channel family, audience group or sector): its rarity, ½ to 1. */
export interface TypeRarity {
  families: Float64Array;
  groups: Float64Array;
  sectors: Float64Array;
}

/** The rarity of the rarest type in `mask`: sharing a rare type tells more than a common one. */
function rarest(mask: number, rarity: Float64Array): number {
  let best = 0;
  for (let bit = 0; mask >> bit !== 0; bit += 1) {
    if ((mask & (1 << bit)) !== 0) best = Math.max(best, rarity[bit] ?? 0);
  }
  return best;
}

/**
 * How alike two audiences are, 0..1: a shared group (student, starter, career changer …) and a
 * shared sector (care, logistics …) each give half, as much as the type is rare among the
 * lessons; a side that names no sector (or no group) is judged on the other alone.
 */
export function audienceMatch(plan: CampaignProfile, lesson: CampaignProfile, rarity: TypeRarity): number {
  const parts: number[] = [];
  if (plan.groups !== 0 && lesson.groups !== 0)
    parts.push(rarest(plan.groups & lesson.groups, rarity.groups));
  if (plan.sectors !== 0 && lesson.sectors !== 0) {
    parts.push(rarest(plan.sectors & lesson.sectors, rarity.sectors));
  }
  return parts.length === 0 ? 0 : parts.reduce((sum, part) => sum + part, 0) / parts.length;
}

/**
 * The best match of any of the plan's channels with any of the lesson's (slug-types.ts); a match
 * by family alone counts as much as the family is rare (every other lesson is on social media).
 */
export function channelMatch(plan: CampaignProfile, lesson: CampaignProfile, rarity: TypeRarity): number {
  let best = 0;
  for (const mine of plan.channels) {
    for (const theirs of lesson.channels) {
      let similarity = channelSimilarity(mine, theirs);
      if (similarity > 0 && similarity < 1 && mine.platform !== theirs.platform) {
        similarity *= rarest(mine.families & theirs.families, rarity.families);
      }
      best = Math.max(best, similarity);
    }
  }
  return best;
}
