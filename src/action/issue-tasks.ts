// Orders the audit's work so a run that stops at its budget (`operations-per-run`) has done the
// most important first, and leaves whole tasks, never half of one, for the next run. A task is
// what one issue needs in this run: its steps stay together and in the plan's order (an update
// before an assignment whose refusal rewrites the body again).
//
// Most important first: closing duplicates and issues whose conclusions landed (they stop asking
// people for what is done), then reopening, then the owners the work concerns now (a new issue,
// a new owner), the most recently ended campaign first (people still remember it), and last the
// text of issues already open.
import type { Awaiting } from '../core/types.js';
import type { IssueStep } from './issue-plan.js';

export interface IssueTask {
  /** The campaign the task is about. */
  id: string;
  steps: IssueStep[];
}

const RANK: Record<string, number> = {
  'close:duplicate': 0,
  'close:concluded': 1,
  'close:deleted': 2,
  'close:no-longer-awaiting': 3,
  reopen: 4,
  open: 5,
  assign: 6,
  update: 7,
};

/** Writes a step takes: a closing and a reopening each say why in a comment first. */
export function stepCost(step: IssueStep): number {
  return step.kind === 'close' || step.kind === 'reopen' ? 2 : 1;
}

export function taskCost(task: IssueTask): number {
  return task.steps.reduce((sum, step) => sum + stepCost(step), 0);
}

/** Groups the plan's steps into tasks (one per issue, or per campaign for a new one) and orders them. */
export function prioritise(steps: readonly IssueStep[], awaiting: readonly Awaiting[]): IssueTask[] {
  const tasks = new Map<string, IssueTask>();
  for (const step of steps) {
    const key = step.kind === 'open' ? `campaign:${step.id}` : `issue:${step.number}`;
    const task = tasks.get(key) ?? { id: step.id, steps: [] };
    task.steps.push(step);
    tasks.set(key, task);
  }
  const since = new Map(awaiting.map((item) => [item.id, item.since]));
  const rank = (task: IssueTask) => Math.min(...task.steps.map((step) => RANK[stepKey(step)] ?? 9));
  const number = (task: IssueTask) => {
    const first = task.steps[0];
    return first && first.kind !== 'open' ? first.number : Number.MAX_SAFE_INTEGER;
  };
  return [...tasks.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (since.get(b.id) ?? '').localeCompare(since.get(a.id) ?? '') ||
      number(a) - number(b) ||
      a.id.localeCompare(b.id),
  );
}

function stepKey(step: IssueStep): string {
  return step.kind === 'close' ? `close:${step.why}` : step.kind;
}
