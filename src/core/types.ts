// The shapes every part of campaign-lessons shares: a campaign as the file says it, the
// problems found in it, and the results of the rules. Field names follow the YAML keys.

export type Status = 'planned' | 'running' | 'closed' | 'cancelled';
export type Mode = 'campaign' | 'continuous';
export type Level = 'fundamental' | 'execution';
export type Outcome = 'confirmed' | 'refuted' | 'inconclusive';
export type Severity = 'error' | 'warning';

export interface LearningGoal {
  id: string;
  question: string;
  hypothesis?: string;
  measure?: string;
}

export interface Conclusion {
  goal?: string;
  finding: string;
  level: Level;
  outcome?: Outcome;
  evidence?: string;
  recommendation?: string;
}

export interface Review {
  /** ISO date, YYYY-MM-DD */
  date: string;
  summary: string;
  conclusions?: Conclusion[];
}

export interface Campaign {
  id: string;
  title: string;
  status: Status;
  mode?: Mode;
  owner: string;
  period: { start: string; end?: string };
  review_every_days?: number;
  reviews?: Review[];
  channels: string[];
  audiences?: string[];
  tags?: string[];
  budget?: { currency: string; media?: number; content?: number };
  summary?: string;
  learning_goals: LearningGoal[];
  retention: { owner: string; plan: string; share_with?: string[] };
  conclusions?: Conclusion[];
  considered?: string[];
  links?: string[];
  [extension: `x-${string}`]: unknown;
}

/** 1-based position in a source file. */
export interface Position {
  line: number;
  column: number;
}

export interface Problem {
  /** Path as given or found, relative to the current directory, with `/` separators. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** A JSON path into a campaign: keys and array indexes, e.g. ['learning_goals', 0, 'id']. */
export type NodePath = readonly (string | number)[];

/** One file after parsing and the single-file rules. */
export interface ParsedFile {
  file: string;
  /** The campaign when the file parsed to a mapping (it may still have schema errors). */
  data: Record<string, unknown> | null;
  /** The campaign when the file has no errors: the only form other rules and ranking use. */
  campaign: Campaign | null;
  problems: Problem[];
  /** Position of the node at `path`, or of its nearest ancestor that exists. */
  locate(path: NodePath, at?: 'key' | 'value'): Position;
}

/** A campaign that is valid, with the file it came from. */
export interface CampaignEntry {
  file: string;
  campaign: Campaign;
  locate(path: NodePath, at?: 'key' | 'value'): Position;
}

export type AwaitingReason = 'closed-without-conclusions' | 'ended-without-conclusions' | 'review-overdue';

export interface Awaiting {
  id: string;
  file: string;
  owner: string;
  reason: AwaitingReason;
  /** ISO date from which the campaign awaits conclusions (DESIGN §1, `check` json). */
  since: string;
}

export interface RelatedConclusion {
  finding: string;
  level: Level;
  /** null when the conclusion states none: the json shape of DESIGN §4 always has the key. */
  outcome: Outcome | null;
}

/**
 * How a related lesson matched: `strong` (it shares the plan's fundamental question and more, or
 * its texts are close) or `weak` (shown beside strong ones, marked as a weaker match).
 */
export type Strength = 'strong' | 'weak';

export interface RelatedLesson {
  id: string;
  file: string;
  title: string;
  score: number;
  strength: Strength;
  reasons: string[];
  conclusions: RelatedConclusion[];
}
