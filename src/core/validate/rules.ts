// The rules of DESIGN §1 that a schema cannot say: the id matches the file name, goal ids
// are unique and referenced correctly, the period is in order.
import { isIsoDate } from '../dates.js';
import type { NodePath, Severity } from '../types.js';

export interface RuleProblem {
  rule: string;
  severity: Severity;
  path: NodePath;
  at: 'key' | 'value';
  message: string;
}

type Data = Record<string, unknown>;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asRecord = (v: unknown): Data | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined;

export function fileRuleProblems(data: Data, fileName: string): RuleProblem[] {
  const out: RuleProblem[] = [];
  const base = fileName.replace(/^.*\//, '').replace(/\.ya?ml$/i, '');
  if (typeof data.id === 'string' && data.id !== base) {
    out.push({
      rule: 'id-matches-file',
      severity: 'error',
      path: ['id'],
      at: 'value',
      message: `The id is "${data.id}" but the file is named ${base}: they must be the same. Rename the file to ${data.id}.yaml or change the id to ${base}.`,
    });
  }

  const goalIds = new Map<string, number>();
  asArray(data.learning_goals).forEach((goal, i) => {
    const id = asRecord(goal)?.id;
    if (typeof id !== 'string') return;
    if (goalIds.has(id)) {
      out.push({
        rule: 'duplicate-goal-id',
        severity: 'error',
        path: ['learning_goals', i, 'id'],
        at: 'value',
        message: `Two learning goals have the id "${id}" (goals ${(goalIds.get(id) as number) + 1} and ${i + 1}). Give each goal its own id so conclusions can say which one they answer.`,
      });
    } else goalIds.set(id, i);
  });

  const checkRefs = (list: unknown, path: (string | number)[]): void =>
    asArray(list).forEach((c, i) => {
      const goal = asRecord(c)?.goal;
      if (typeof goal === 'string' && !goalIds.has(goal)) {
        const known = [...goalIds.keys()];
        out.push({
          rule: 'goal-ref',
          severity: 'error',
          path: [...path, i, 'goal'],
          at: 'value',
          message: `This conclusion answers the goal "${goal}", but no learning goal has that id${known.length ? ` (the goals are: ${known.join(', ')})` : ''}.`,
        });
      }
    });
  checkRefs(data.conclusions, ['conclusions']);
  asArray(data.reviews).forEach((r, i) => checkRefs(asRecord(r)?.conclusions, ['reviews', i, 'conclusions']));

  const period = asRecord(data.period);
  if (period && isIsoDate(period.start) && isIsoDate(period.end) && period.end < period.start) {
    out.push({
      rule: 'period-order',
      severity: 'error',
      path: ['period', 'end'],
      at: 'value',
      message: `The period ends (${period.end}) before it starts (${period.start}). Check both dates.`,
    });
  }
  return out;
}
