// What `lessons new` collects — from flags or prompts — and how it becomes a campaign. Each value
// is checked against the same schema and rules as a campaign file, and a problem is reported
// against the field it came from, so the CLI can name the flag or ask the question again.
import { fileRuleProblems } from '../validate/rules.js';
import { validateSchema } from '../validate/schema.js';
import type { Campaign, Status } from '../types.js';
import { campaignId, goalIds } from './slug.js';

export interface Draft {
  /** Derived from the start date and the title when not given. */
  id?: string;
  title: string;
  owner: string;
  status: Status;
  start: string;
  end?: string;
  channels: string[];
  audiences: string[];
  tags: string[];
  summary?: string;
  /** The learning goals' questions. */
  goals: string[];
  retentionOwner: string;
  retentionPlan: string;
}

export type DraftField = keyof Draft;

export interface DraftProblem {
  field: DraftField;
  message: string;
}

export function draftId(draft: Pick<Draft, 'id' | 'title' | 'start'>): string {
  return draft.id ?? campaignId(draft.title, draft.start);
}

export function draftToCampaign(draft: Draft): Campaign {
  const ids = goalIds(draft.goals);
  return {
    id: draftId(draft),
    title: draft.title,
    status: draft.status,
    owner: draft.owner,
    period: draft.end ? { start: draft.start, end: draft.end } : { start: draft.start },
    channels: draft.channels,
    ...(draft.audiences.length > 0 ? { audiences: draft.audiences } : {}),
    ...(draft.tags.length > 0 ? { tags: draft.tags } : {}),
    ...(draft.summary ? { summary: draft.summary } : {}),
    learning_goals: draft.goals.map((question, index) => ({ id: ids[index]!, question })),
    retention: { owner: draft.retentionOwner, plan: draft.retentionPlan },
  };
}

/** Every error the campaign built from `draft` would have, by the field it came from. */
export function draftProblems(draft: Draft): DraftProblem[] {
  const campaign = draftToCampaign(draft);
  const data = campaign as unknown as Record<string, unknown>;
  const found = [
    ...validateSchema(data),
    ...fileRuleProblems(data, `${campaign.id}.yaml`).filter((problem) => problem.severity === 'error'),
  ];
  const problems: DraftProblem[] = [];
  for (const problem of found) {
    const field = fieldOf(problem.path);
    if (!problems.some((known) => known.field === field && known.message === problem.message)) {
      problems.push({ field, message: problem.message });
    }
  }
  return problems;
}

// A campaign path back to the field of the draft it was built from.
function fieldOf(path: readonly (string | number)[]): DraftField {
  const [first, second] = path;
  switch (first) {
    case 'period':
      return second === 'end' ? 'end' : 'start';
    case 'learning_goals':
      return 'goals';
    case 'retention':
      return second === 'owner' ? 'retentionOwner' : 'retentionPlan';
    case 'id':
    case 'title':
    case 'owner':
    case 'status':
    case 'channels':
    case 'audiences':
    case 'tags':
    case 'summary':
      return first;
    default:
      return 'id';
  }
}
