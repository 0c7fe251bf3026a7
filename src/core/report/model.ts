// The shapes of the knowledge-base report: everything the HTML page and the Markdown digest show,
// computed once from the valid campaigns so both renderers agree on every figure.
import type { Awaiting, Campaign, Level, Outcome, RelatedLesson, Status } from '../types.js';

/** An outcome as the charts count it: conclusions without one are `unstated`. */
export type OutcomeKey = Outcome | 'unstated';

export type OutcomeTally = Record<OutcomeKey, number>;

/** One conclusion, from the campaign itself or from one of its reviews, with what filters need. */
export interface ReportLesson {
  /** Stable within a report: `<campaign id>/<n>`, n counting the campaign's conclusions from 1. */
  key: string;
  campaign: { id: string; title: string; file: string };
  finding: string;
  level: Level;
  outcome?: Outcome;
  evidence?: string;
  recommendation?: string;
  /** The learning goal the conclusion answers, when it names one that exists. */
  goal?: { id: string; question: string };
  /** Set when the conclusion was drawn in a review of continuous work. */
  reviewDate?: string;
  /** When the lesson was learned as far as the file says: the review date, else the campaign's start. */
  date: string;
  year: number;
  channels: string[];
  audiences: string[];
  tags: string[];
}

export interface ReportCounts {
  campaigns: number;
  byStatus: Record<Status, number>;
  /** Closed or cancelled campaigns. */
  finished: number;
  finishedWithConclusions: number;
  /** `finishedWithConclusions / finished`, or null when nothing has finished yet. */
  coverage: number | null;
  lessons: number;
  fundamental: number;
  execution: number;
  awaiting: number;
}

export interface OutcomeRow<K> {
  key: K;
  tally: OutcomeTally;
  total: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

/** The values the lesson filters offer, each with how many lessons carry it. */
export interface ReportFacets {
  channel: FacetValue[];
  audience: FacetValue[];
  tag: FacetValue[];
  year: FacetValue[];
  level: FacetValue[];
  outcome: FacetValue[];
}

export type FacetName = keyof ReportFacets;

export interface ReportCampaign {
  file: string;
  campaign: Campaign;
  /** Its conclusions (top-level first, then per review), as lessons. */
  lessons: ReportLesson[];
  related: RelatedLesson[];
  awaiting?: Awaiting;
}

export interface ReportAwaiting extends Awaiting {
  title: string;
  retentionOwner: string;
}

export interface ReportModel {
  /** The date the report describes (YYYY-MM-DD); awaiting is computed for it. */
  today: string;
  counts: ReportCounts;
  outcomesByChannel: OutcomeRow<string>[];
  outcomesByYear: OutcomeRow<number>[];
  /** Fundamental lessons first, then the most recent first. */
  lessons: ReportLesson[];
  facets: ReportFacets;
  /** Most recent start first. */
  campaigns: ReportCampaign[];
  /** Waiting longest first. */
  awaiting: ReportAwaiting[];
}
