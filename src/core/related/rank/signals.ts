// The signals beyond the words, each 0..1 and meaning the same in any knowledge base: how much
// of the plan's fundamental questions a lesson shares, how alike their audiences are (group and
// sector), and how alike their channels are (slug, platform, family).
import type { CampaignProfile } from '../analysis/profile.js';
import { channelSimilarity, type ChannelType } from '../analysis/slug-types.js';

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
  return { score: combine(shared[0]!.strength, sharedMass, planMass), best, shared: shared.map((s) => s.f) };
}

function combine(strongest: number, sharedMass: number, planMass: number): number {
  return 0.5 * strongest + 0.5 * (sharedMass / planMass);
}

/**
 * The plan's side of the fundamental match, worked out once per query so that each of many
 * candidates costs a few multiplications and no allocation (`score`), as `fundamentalMatch`
 * would give it.
 */
export class PlanQuestions {
  private readonly raised: number[] = [];
  private readonly mass: number;
  private readonly count: number;

  constructor(
    private readonly plan: CampaignProfile,
    private readonly rarity: Float64Array,
  ) {
    let mass = 0;
    plan.fundamentals.forEach((strength, f) => {
      if (strength === 0) return;
      this.raised.push(f);
      mass += strength * rarity[f]!;
    });
    this.mass = mass;
    this.count = plan.fundamentals.length;
  }

  get fundamentals(): readonly number[] {
    return this.raised;
  }

  /** `matrix`: every lesson's strengths, `count` per lesson (the index's `fundamentalMatrix`). */
  score(matrix: Float64Array, lesson: number): number {
    const row = lesson * this.count;
    let sharedMass = 0;
    let strongest = 0;
    for (let k = 0; k < this.raised.length; k += 1) {
      const f = this.raised[k]!;
      const both = Math.min(this.plan.fundamentals[f]!, matrix[row + f]!);
      if (both === 0) continue;
      const weighted = both * this.rarity[f]!;
      sharedMass += weighted;
      strongest = Math.max(strongest, weighted);
    }
    return sharedMass === 0 ? 0 : combine(strongest, sharedMass, this.mass);
  }
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
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const bit = 31 - Math.clz32(rest & -rest);
    best = Math.max(best, rarity[bit]!);
  }
  return best;
}

/**
 * How alike two audiences are, 0..1: a shared group (student, starter, career changer …) and a
 * shared sector (care, logistics …) each give half, as much as the type is rare among the
 * lessons; a side that names no sector (or no group) is judged on the other alone.
 */
export function audienceMatch(plan: CampaignProfile, lesson: CampaignProfile, rarity: TypeRarity): number {
  // Called for every candidate of a query: no arrays, no closures.
  let sum = 0;
  let parts = 0;
  if (plan.groups !== 0 && lesson.groups !== 0) {
    sum += rarest(plan.groups & lesson.groups, rarity.groups);
    parts += 1;
  }
  if (plan.sectors !== 0 && lesson.sectors !== 0) {
    sum += rarest(plan.sectors & lesson.sectors, rarity.sectors);
    parts += 1;
  }
  return parts === 0 ? 0 : sum / parts;
}

/**
 * How alike one channel of the plan and one of the lesson are (slug-types.ts); alike by family
 * alone counts as much as the family is rare (every other lesson is on social media).
 */
export function channelPair(mine: ChannelType, theirs: ChannelType, rarity: TypeRarity): number {
  const similarity = channelSimilarity(mine, theirs);
  if (similarity > 0 && similarity < 1 && mine.platform !== theirs.platform) {
    return similarity * rarest(mine.families & theirs.families, rarity.families);
  }
  return similarity;
}

/** The best match of any of the plan's channels with any of the lesson's. */
export function channelMatch(plan: CampaignProfile, lesson: CampaignProfile, rarity: TypeRarity): number {
  let best = 0;
  for (const theirs of lesson.channels) best = Math.max(best, planChannel(plan, theirs, rarity));
  return best;
}

/** The best match of any of the plan's channels with one channel of a lesson. */
export function planChannel(plan: CampaignProfile, theirs: ChannelType, rarity: TypeRarity): number {
  let best = 0;
  for (const mine of plan.channels) best = Math.max(best, channelPair(mine, theirs, rarity));
  return best;
}
