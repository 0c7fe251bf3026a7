// The audit's work in the order a run that stops at its budget should have done it.
import { describe, expect, it } from 'vitest';
import type { IssueStep } from '../../src/action/issue-plan.js';
import { prioritise, taskCost } from '../../src/action/issue-tasks.js';
import type { Awaiting } from '../../src/core/types.js';

const awaits = (id: string, since: string): Awaiting => ({
  id,
  file: `lessons/${id}.yaml`,
  owner: '@kjanssen',
  reason: 'closed-without-conclusions',
  since,
});
const open = (id: string): IssueStep => ({
  kind: 'open',
  id,
  title: id,
  body: id,
  assignee: null,
  unassignedBody: id,
});
const close = (id: string, number: number, why: 'concluded' | 'deleted' | 'duplicate'): IssueStep => ({
  kind: 'close',
  id,
  number,
  reason: why === 'deleted' ? 'not_planned' : why === 'duplicate' ? 'duplicate' : 'completed',
  why,
  comment: 'c',
  body: 'b',
});

describe('prioritise', () => {
  it('closes first, then reopens, opens the most recently ended campaign first, and updates last', () => {
    const steps: IssueStep[] = [
      { kind: 'update', id: 'u', number: 7, title: 't', body: 'b' },
      open('old'),
      open('new'),
      close('gone', 3, 'deleted'),
      { kind: 'reopen', id: 'back', number: 5, title: 't', body: 'b', comment: 'c' },
      close('done', 4, 'concluded'),
      close('twice', 9, 'duplicate'),
      { kind: 'assign', id: 'moved', number: 8, login: 'x', unassignedBody: 'b' },
    ];
    const tasks = prioritise(steps, [
      awaits('old', '2012-01-01'),
      awaits('new', '2026-10-01'),
      awaits('u', '2026-11-01'),
      awaits('back', '2020-01-01'),
      awaits('moved', '2019-01-01'),
    ]);
    expect(tasks.map((task) => task.id)).toEqual([
      'twice',
      'done',
      'gone',
      'back',
      'new',
      'old',
      'moved',
      'u',
    ]);
  });

  it('keeps the steps of one issue together and in order, and costs a closing two writes', () => {
    const update: IssueStep = { kind: 'update', id: 'a', number: 4, title: 't', body: 'b' };
    const assign: IssueStep = { kind: 'assign', id: 'a', number: 4, login: 'x', unassignedBody: 'b' };
    const tasks = prioritise([update, close('a', 6, 'duplicate'), assign], [awaits('a', '2020-01-01')]);
    expect(tasks.map((task) => task.steps.map((step) => step.kind))).toEqual([
      ['close'],
      ['update', 'assign'],
    ]);
    expect(tasks.map(taskCost)).toEqual([2, 2]);
  });
});
