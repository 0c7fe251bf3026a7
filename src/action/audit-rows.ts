// What the audit's summary and report say about each campaign and issue, from the plan and
// what became of its steps, and the notices that explain a run that did less than it could.
import { escapeMarkdown } from '../core/render/escape-markdown.js';
import type { Awaiting, CampaignEntry } from '../core/types.js';
import type { Issue } from '../github/port.js';
import type { AuditLock } from './audit-lock.js';
import type { IssueNote, IssueStep } from './issue-plan.js';
import type { IssueTask } from './issue-tasks.js';
import type { StepOutcome } from './issue-writes.js';
import type { ModeContext } from './mode.js';
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
  if (outcome?.status === 'left') return leftPhrase(step);
  if (outcome?.status !== 'done') return `not ${done}: permission missing`;
  if (!outcome.mentioned) return done;
  const refused = `@${outcome.mentioned} mentioned instead: GitHub refused them as assignee`;
  return step.kind === 'assign' ? `#${outcome.number}: ${refused}` : `${done}, ${refused}`;
}

function leftPhrase(step: Exclude<IssueStep, { kind: 'close' }>): string {
  if (step.kind === 'open') return 'to be opened by the next run';
  if (step.kind === 'assign') return `@${step.login} to be assigned to #${step.number} by the next run`;
  return `#${step.number} to be ${DONE_WORDS[step.kind]} by the next run`;
}

export interface NoticeInput {
  run: ModeContext;
  lock: AuditLock | null;
  left: readonly IssueTask[];
}

/** Sentences for a run that did less than the plan: another run held the lock, the budget or a rate limit ran out. */
export function auditNotices({ run, lock, left }: NoticeInput): string[] {
  if (lock?.state === 'busy') {
    return [
      `Another audit${lock.run ? ` (run ${escapeMarkdown(lock.run)})` : ''} is writing these issues until ${lock.until}: ` +
        'this run only reports, and the next run picks up what is left.',
    ];
  }
  if (left.length === 0) return [];
  const why = run.writer.stopped
    ? 'A rate limit stopped the writes'
    : `This run reached its \`operations-per-run\` of ${run.inputs.operationsPerRun} writes`;
  return [`${why}; ${countLeft(left)} left for the next run, which starts with the most important.`];
}

/**
 * The summary's line on labelled issues that quote a marker but are not the Action's: said on every
 * run, in the summary only, where it explains why they were not touched without adding a notice.
 */
export function lookalikeNote(lookalikes: readonly Issue[]): string[] {
  if (lookalikes.length === 0) return [];
  const numbers = lookalikes
    .slice(0, 20)
    .map((issue) => `#${issue.number}`)
    .join(', ');
  const more = lookalikes.length > 20 ? ` and ${lookalikes.length - 20} more` : '';
  const one = lookalikes.length === 1;
  return [
    `Left alone ${one ? 'one labelled issue that quotes' : `${lookalikes.length} labelled issues that quote`} ` +
      `a campaign marker but ${one ? 'was' : 'were'} not opened by this Action: ${numbers}${more}. ` +
      'Only issues its own token opened, with the marker at the very start, are its to edit, close or reopen.',
  ];
}

function countLeft(tasks: readonly IssueTask[]): string {
  const kinds = new Map<string, number>();
  for (const task of tasks) {
    const step = task.steps[0]!;
    const key = step.kind === 'close' ? 'close' : step.kind;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  const words: Record<string, [string, string]> = {
    open: ['issue to open', 'issues to open'],
    close: ['issue to close', 'issues to close'],
    reopen: ['issue to reopen', 'issues to reopen'],
    assign: ['owner to assign', 'owners to assign'],
    update: ['issue to update', 'issues to update'],
  };
  const parts = [...kinds].map(([kind, n]) => `${n.toLocaleString('en')} ${words[kind]![n === 1 ? 0 : 1]}`);
  return `${parts.join(', ')} ${tasks.length === 1 && parts.length === 1 ? 'is' : 'are'}`;
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
