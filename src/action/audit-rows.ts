// What the audit's summary and report say about each campaign and issue, from the plan and
// what became of its steps.
import type { Awaiting, CampaignEntry } from '../core/types.js';
import type { IssueNote, IssueStep } from './issue-plan.js';
import type { StepOutcome } from './issue-writes.js';
import type { AuditRow, ClosedRow } from './summary.js';

const DONE_WORDS: Record<'open' | 'update' | 'reopen', string> = {
  open: 'opened',
  update: 'updated',
  reopen: 'reopened',
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
  // "opened #12", "assigned @x to #12": the step as done; the other states are said around it.
  const done =
    step.kind === 'assign' ? `assigned @${step.login} to${number}` : `${DONE_WORDS[step.kind]}${number}`;
  if (outcome?.status === 'planned') return `would be ${done} (dry run)`;
  if (outcome?.status !== 'done') return `not ${done}: permission missing`;
  if (!outcome.mentioned) return done;
  const refused = `@${outcome.mentioned} mentioned instead: GitHub refused them as assignee`;
  return step.kind === 'assign' ? `#${outcome.number}: ${refused}` : `${done}, ${refused}`;
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
