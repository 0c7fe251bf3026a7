// The single-file rules a schema cannot say: id equals the file name, unique goal ids, goal
// references (also inside reviews) and the order of the period.
import { describe, expect, it } from 'vitest';
import { fileRuleProblems } from '../../../src/core/validate/rules.js';
import { makeCampaign } from '../make-campaign.js';

const data = (overrides: Record<string, unknown> = {}) =>
  ({ ...makeCampaign(), ...overrides }) as unknown as Record<string, unknown>;
const rulesOf = (d: Record<string, unknown>, file = 'lessons/test-campaign.yaml') =>
  fileRuleProblems(d, file).map((p) => [p.rule, p.path, p.at, p.severity]);

describe('fileRuleProblems', () => {
  it('finds nothing in a valid campaign', () => {
    expect(rulesOf(data())).toEqual([]);
  });

  describe('id-matches-file', () => {
    it('compares with the file name without folders or .yaml/.yml', () => {
      expect(rulesOf(data(), 'test-campaign.yml')).toEqual([]);
      expect(rulesOf(data(), 'a/b/c/test-campaign.YAML')).toEqual([]);
      expect(rulesOf(data(), 'lessons/other.yaml')).toEqual([['id-matches-file', ['id'], 'value', 'error']]);
    });

    it('says both ways to fix it', () => {
      const [p] = fileRuleProblems(data(), 'lessons/other.yaml');
      expect(p?.message).toContain('Rename the file to test-campaign.yaml or change the id to other');
    });

    it('leaves a missing or non-text id to the schema', () => {
      expect(rulesOf(data({ id: undefined }), 'x.yaml')).toEqual([]);
      expect(rulesOf(data({ id: 2010 }), 'x.yaml')).toEqual([]);
    });
  });

  describe('duplicate-goal-id', () => {
    it('reports every repetition at its id, naming both goals', () => {
      const goals = [
        { id: 'reach', question: 'a' },
        { id: 'cost', question: 'b' },
        { id: 'reach', question: 'c' },
        { id: 'reach', question: 'd' },
      ];
      const found = fileRuleProblems(data({ learning_goals: goals }), 'lessons/test-campaign.yaml');
      expect(found.map((p) => [p.rule, p.path])).toEqual([
        ['duplicate-goal-id', ['learning_goals', 2, 'id']],
        ['duplicate-goal-id', ['learning_goals', 3, 'id']],
      ]);
      expect(found[0]?.message).toContain('(goals 1 and 3)');
    });
  });

  describe('goal-ref', () => {
    it('reports a conclusion naming a goal that does not exist, listing the goals', () => {
      const conclusions = [
        { goal: 'reach', finding: 'f', level: 'fundamental' },
        { goal: 'engagement', finding: 'f', level: 'fundamental' },
        { finding: 'no goal named', level: 'execution' },
      ];
      const found = fileRuleProblems(data({ conclusions }), 'lessons/test-campaign.yaml');
      expect(found.map((p) => [p.rule, p.path, p.at])).toEqual([
        ['goal-ref', ['conclusions', 1, 'goal'], 'value'],
      ]);
      expect(found[0]?.message).toBe(
        'This conclusion answers the goal "engagement", but no learning goal has that id (the goals are: reach).',
      );
    });

    it('checks conclusions inside reviews too', () => {
      const reviews = [
        {
          date: '2026-02-01',
          summary: 's',
          conclusions: [{ goal: 'reach', finding: 'f', level: 'execution' }],
        },
        { date: '2026-03-01', summary: 's' },
        {
          date: '2026-04-01',
          summary: 's',
          conclusions: [{ goal: 'typo', finding: 'f', level: 'execution' }],
        },
      ];
      expect(rulesOf(data({ mode: 'continuous', review_every_days: 30, reviews }))).toEqual([
        ['goal-ref', ['reviews', 2, 'conclusions', 0, 'goal'], 'value', 'error'],
      ]);
    });

    it('does not crash on malformed lists (the schema reports those)', () => {
      expect(() =>
        fileRuleProblems(
          data({ conclusions: 'x', reviews: [null, 1, { conclusions: {} }], learning_goals: [null] }),
          'x.yaml',
        ),
      ).not.toThrow();
    });
  });

  describe('period-order', () => {
    it('reports an end before the start, at the end', () => {
      expect(rulesOf(data({ period: { start: '2026-06-01', end: '2026-05-31' } }))).toEqual([
        ['period-order', ['period', 'end'], 'value', 'error'],
      ]);
    });

    it('accepts an end equal to the start, and no end', () => {
      expect(rulesOf(data({ period: { start: '2026-06-01', end: '2026-06-01' } }))).toEqual([]);
      expect(rulesOf(data({ period: { start: '2026-06-01' } }))).toEqual([]);
    });

    it('compares across years and leaves invalid dates to the schema', () => {
      expect(rulesOf(data({ period: { start: '2026-01-01', end: '2025-12-31' } }))).toHaveLength(1);
      expect(rulesOf(data({ period: { start: '2026-02-30', end: '2026-01-01' } }))).toEqual([]);
    });
  });
});
