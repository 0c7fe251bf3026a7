// Infers the fundamental questions a campaign raises (vocabulary/fundamentals.yaml) from the
// concepts its texts name, its channel families and its fields (mode, budget split). Each
// question has groups of cues; its strength is that of its weakest group, so a question is
// raised only when the campaign speaks to every part of it (a community *and* keeping it going).
import type { Campaign } from '../../types.js';
import { VOCABULARY } from '../vocabulary/data.generated.js';
import { CHANNEL_CUE, type FundamentalEntry } from '../vocabulary/types.js';
import { CONCEPT_PREFIX } from './concepts.js';
import { slugTypes } from './slug-types.js';
import type { Analyzer } from './analyzer.js';
import type { TermBag } from './term-bag.js';

/** A fundamental is raised from this strength up (0..1). */
export const MIN_FUNDAMENTAL = 0.25;
/** How fast a group's cues add up to certainty: one cue named once in a goal gives about 0.7. */
const CUE_RATE = 1.2;
/** A budget that puts less than this share into content (DESIGN §1: budget for content?). */
const LITTLE_CONTENT = 0.2;

/** A cue, resolved once: a concept term, a channel family's bit, or a field. */
type Cue = { concept: string } | { family: number } | { field: string };

export interface FundamentalTable {
  entries: readonly FundamentalEntry[];
  /** Per fundamental, its groups of resolved cues. */
  cues: readonly (readonly Cue[])[][];
}

let built: FundamentalTable | undefined;

function resolve(cue: string): Cue {
  if (cue.startsWith(CHANNEL_CUE)) {
    return { family: 1 << slugTypes().families.names.indexOf(cue.slice(CHANNEL_CUE.length)) };
  }
  return cue.includes(':') ? { field: cue } : { concept: CONCEPT_PREFIX + cue };
}

export function fundamentalTable(): FundamentalTable {
  if (built === undefined) {
    const entries = VOCABULARY.fundamentals.fundamentals;
    built = { entries, cues: entries.map((entry) => entry.all.map((group) => group.map(resolve))) };
  }
  return built;
}

/** What a campaign offers as cues: concept weights, channel families, its fields. */
export interface CueSource {
  /** Weights of the concept terms (`~community`) of the texts that state its questions. */
  concepts: TermBag;
  /** Mask of the families of the campaign's channels. */
  families: number;
  campaign: Pick<Campaign, 'mode' | 'budget'>;
}

function fieldCue(cue: string, campaign: CueSource['campaign']): number {
  if (cue === 'mode:continuous') return campaign.mode === 'continuous' ? 1 : 0;
  if (cue === 'budget:little-content') {
    const media = campaign.budget?.media ?? 0;
    const content = campaign.budget?.content ?? 0;
    return media + content > 0 && content / (media + content) < LITTLE_CONTENT ? 1 : 0;
  }
  return 0;
}

function cueValue(cue: Cue, ids: ReadonlyMap<string, number>, source: CueSource): number {
  if ('concept' in cue) return Math.min(1, source.concepts.get(ids.get(cue.concept)!));
  if ('family' in cue) return (source.families & cue.family) !== 0 ? 1 : 0;
  return fieldCue(cue.field, source.campaign);
}

/** Per fundamental (in table order), its strength 0..1; below MIN_FUNDAMENTAL counts as 0. */
const cueIds = new WeakMap<Analyzer, Map<string, number>>();

/** The analyzer's term id of every concept a cue names (interned once, so it never moves). */
function conceptIds(analyzer: Analyzer): ReadonlyMap<string, number> {
  let ids = cueIds.get(analyzer);
  if (ids === undefined) {
    ids = new Map();
    for (const groups of fundamentalTable().cues) {
      for (const cue of groups.flat()) {
        if ('concept' in cue) ids.set(cue.concept, analyzer.terms.intern(cue.concept));
      }
    }
    cueIds.set(analyzer, ids);
  }
  return ids;
}

export function inferFundamentals(
  analyzer: Analyzer,
  source: CueSource,
  into = new Float64Array(fundamentalTable().entries.length),
): Float64Array {
  const ids = conceptIds(analyzer);
  fundamentalTable().cues.forEach((groups, f) => {
    let strength = 1;
    for (const group of groups) {
      let value = 0;
      for (const cue of group) value += cueValue(cue, ids, source);
      strength = Math.min(strength, 1 - Math.exp(-CUE_RATE * value));
    }
    into[f] = strength >= MIN_FUNDAMENTAL ? strength : 0;
  });
  return into;
}
