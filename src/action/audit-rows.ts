// What the audit's summary and report say about each campaign and issue, from the plan and
// what became of its steps.
import type { Awaiting, CampaignEntry } from '../core/types.js';
import type { IssueNote, IssueStep } from './issue-plan.js';
import type { StepOutcome } from './issue-writes.js';
import type { AuditRow, ClosedRow } from './summary.js';

const DONE_WORDS: Record<'open' | 'update' | 'reopen' | 'assign', string> = {
  open: 'opened',
  update: 'updated',
  reopen: 'reopened',
  assign: 'assigned',
};

export function auditRow(
  item: Awaiting,
  entry: CampaignEntry | undefined,
  steps: readonly IssueStep[],
  notes: readonly IssueNote[],
  outcomes: ReadonlyMap<IssueStep, StepOutcome>,
): AuditRow {
  const base = { ...item, title: entry?.campaign.title ?? item.id };
  // An issue can take more than one step in a run (updated, then its new owner assigned).
  const taken = steps.filter(
    (candidate): candidate is Exclude<IssueStep, { kind: 'close' }> =>
      candidate.id === item.id && candidate.kind !== 'close',
  );
  if (taken.length > 0) {
    return { ...base, issue: taken.map((step) => describeStep(step, outcomes.get(step))).join('; ') };
  }
  const note = notes.find((candidate) => candidate.id === item.id);
  if (note?.kind === 'closed-by-person') {
    return { ...base, issue: `#${note.number} was closed by a person: left closed` };
  }
  return { ...base, issue: note ? `#${note.number} open, up to date` : '—' };
}

function describeStep(step: Exclude<IssueStep, { kind: 'close' }>, outcome: StepOutcome | undefined): string {
  const number = outcome?.number ? ` #${outcome.number}` : '';
  const word = DONE_WORDS[step.kind];
  const who = step.kind === 'assign' ? ` @${step.login}` : '';
  switch (outcome?.status) {
    case 'done':
      if (outcome.mentioned) {
        const refused = `@${outcome.mentioned} mentioned instead: GitHub refused them as assignee`;
        return step.kind === 'assign' ? `#${outcome.number}: ${refused}` : `${word}${number}, ${refused}`;
      }
      return step.kind === 'assign' ? `${word}${who} to${number}` : `${word}${number}`;
    case 'planned':
      return step.kind === 'assign'
        ? `would assign${who} to${number} (dry run)`
        : `would be ${word}${number} (dry run)`;
    default:
      return step.kind === 'assign'
        ? `not assigned${who} to${number}: permission missing`
        : `not ${word}${number}: permission missing`;
  }
}

export function closedRows(
  steps: readonly IssueStep[],
  outcomes: ReadonlyMap<IssueStep, StepOutcome>,
): ClosedRow[] {
  const why = {
    concluded: 'conclusions landed',
    deleted: 'file removed',
    'no-longer-awaiting': 'no longer awaits',
    duplicate: 'duplicate',
  };
  return steps.flatMap((step) =>
    step.kind === 'close'
      ? [
          {
            number: step.number,
            id: step.id,
            why: why[step.why],
            status: outcomes.get(step)?.status ?? 'done',
          },
        ]
      : [],
  );
}

export function reportStep(step: IssueStep) {
  switch (step.kind) {
    case 'open':
      return { action: 'open', campaign: step.id, title: step.title, assignee: step.assignee };
    case 'update':
    case 'reopen':
      return { action: step.kind, campaign: step.id, issue: step.number, title: step.title };
    case 'assign':
      return { action: 'assign', campaign: step.id, issue: step.number, assignee: step.login };
    case 'close':
      return { action: 'close', campaign: step.id, issue: step.number, reason: step.reason, why: step.why };
  }
}
