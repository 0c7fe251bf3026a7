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
 * `rarity`: per fundamental, the share of the lessons that do not raise it (0..1): a question
 * every lesson raises tells nothing; one few raise tells most.
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

/**
 * How alike two audiences are, 0..1: the same group (student, starter, career changer …) and the
 * same sector (care, logistics …) each give half; a side that names no sector (or no group)
 * is judged on the other alone.
 */
export function audienceMatch(plan: CampaignProfile, lesson: CampaignProfile): number {
  const parts: number[] = [];
  if (plan.groups !== 0 && lesson.groups !== 0) parts.push((plan.groups & lesson.groups) !== 0 ? 1 : 0);
  if (plan.sectors !== 0 && lesson.sectors !== 0) parts.push((plan.sectors & lesson.sectors) !== 0 ? 1 : 0);
  return parts.length === 0 ? 0 : parts.reduce((sum, part) => sum + part, 0) / parts.length;
}

/** The best match of any of the plan's channels with any of the lesson's. */
export function channelMatch(plan: CampaignProfile, lesson: CampaignProfile): number {
  let best = 0;
  for (const mine of plan.channels) {
    for (const theirs of lesson.channels) best = Math.max(best, channelSimilarity(mine, theirs));
  }
  return best;
}
