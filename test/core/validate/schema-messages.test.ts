// ajv's errors as sentences for a recruiter, each at the node it is about.
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  describe as describePath,
  pathToPointer,
  pointerToPath,
  schemaProblem,
  withPointer,
} from '../../../src/core/validate/schema-messages.js';
import { validateSchema } from '../../../src/core/validate/schema.js';
import { makeCampaign } from '../make-campaign.js';

const error = (keyword: string, instancePath: string, params: Record<string, unknown>): ErrorObject =>
  ({ keyword, instancePath, params, schemaPath: '#' }) as ErrorObject;

/** The schema problems of a campaign changed by `change`. */
function problems(change: (c: Record<string, unknown>) => void) {
  const data = structuredClone(makeCampaign()) as unknown as Record<string, unknown>;
  change(data);
  return validateSchema(data);
}

describe('schemaProblem', () => {
  it('says why a missing campaign key matters, at the campaign', () => {
    const p = schemaProblem(error('required', '', { missingProperty: 'learning_goals' }));
    expect(p?.path).toEqual([]);
    expect(p?.at).toBe('value');
    expect(p?.message).toMatch(/^Every campaign needs at least one learning goal: what do you want to learn/);
    expect(schemaProblem(error('required', '', { missingProperty: 'owner' }))?.message).toMatch(
      /accountable/,
    );
    expect(schemaProblem(error('required', '', { missingProperty: 'retention' }))?.message).toMatch(
      /who is responsible/,
    );
  });

  it("tells a learning goal's id and the retention owner apart from the campaign's", () => {
    expect(schemaProblem(error('required', '/learning_goals/1', { missingProperty: 'id' }))?.message).toMatch(
      /^A learning goal needs an id/,
    );
    expect(schemaProblem(error('required', '/retention', { missingProperty: 'owner' }))?.message).toMatch(
      /^The retention plan needs an owner who keeps the knowledge/,
    );
    expect(
      schemaProblem(error('required', '/reviews/0/conclusions/2', { missingProperty: 'level' }))?.message,
    ).toMatch(/^A conclusion needs a level: fundamental .* or execution/);
  });

  it('falls back to a plain sentence for a key it has no words for', () => {
    expect(schemaProblem(error('required', '/budget', { missingProperty: 'media' }))?.message).toBe(
      'The budget is missing media; add it.',
    );
  });

  it('points an unknown key at the key and suggests an x- name', () => {
    const p = schemaProblem(
      error('additionalProperties', '/learning_goals/0', { additionalProperty: 'Answer Now' }),
    );
    expect(p?.path).toEqual(['learning_goals', 0, 'Answer Now']);
    expect(p?.at).toBe('key');
    expect(p?.message).toBe(
      "Answer Now is not a campaign field inside learning goal 1. Check the spelling, or start your own field's name with x- (like x-answer-now) to keep it.",
    );
    expect(
      schemaProblem(error('additionalProperties', '', { additionalProperty: 'learnings' }))?.message,
    ).toMatch(/^learnings is not a campaign field\. /);
  });

  it('calls a key without a name (~, null, "") empty, never " is not a campaign field"', () => {
    expect(schemaProblem(error('additionalProperties', '', { additionalProperty: '' }))?.message).toBe(
      'An empty key (~, null or "" before the colon) is not a campaign field. Write the field\'s name before the colon, or remove the line.',
    );
    expect(
      schemaProblem(error('additionalProperties', '/budget', { additionalProperty: '' }))?.message,
    ).toMatch(/^An empty key .* inside the budget\. /);
  });

  it('explains that review_every_days and reviews belong to continuous work', () => {
    const p = schemaProblem(error('false schema', '/reviews', {}));
    expect(p).toEqual({
      path: ['reviews'],
      at: 'key',
      message: 'reviews belongs to continuous work only: add mode: continuous, or remove reviews.',
      pointer: '/reviews',
    });
  });

  it('carries the JSON pointer of the node it is about; for a missing key, where it belongs', () => {
    expect(schemaProblem(error('required', '/retention', { missingProperty: 'owner' }))?.pointer).toBe(
      '/retention/owner',
    );
    expect(schemaProblem(error('required', '', { missingProperty: 'owner' }))?.pointer).toBe('/owner');
    expect(
      schemaProblem(error('additionalProperties', '/learning_goals/0', { additionalProperty: 'a/b~c' }))
        ?.pointer,
    ).toBe('/learning_goals/0/a~1b~0c');
    expect(schemaProblem(error('enum', '/conclusions/1/level', { allowedValues: ['x', 'y'] }))?.pointer).toBe(
      '/conclusions/1/level',
    );
  });

  it('leaves the if/allOf wrappers to the errors of their branches', () => {
    expect(schemaProblem(error('if', '', { failingKeyword: 'then' }))).toBeNull();
  });
});

describe('messages for real schema failures', () => {
  it.each([
    [
      'a status that does not exist',
      (c: Record<string, unknown>) => (c.status = 'done'),
      ['status'],
      /^The status must be planned, running, closed or cancelled\.$/,
    ],
    [
      'an owner without @',
      (c: Record<string, unknown>) => (c.owner = 'jdevries'),
      ['owner'],
      /GitHub handle in quotes/,
    ],
    [
      'a bad date',
      (c: Record<string, unknown>) => ((c.period as Record<string, unknown>).start = '2015-02-30'),
      ['period', 'start'],
      /real calendar date written YYYY-MM-DD/,
    ],
    [
      'a date with a time',
      (c: Record<string, unknown>) => ((c.period as Record<string, unknown>).end = '2026-03-31T10:00:00Z'),
      ['period', 'end'],
      /real calendar date/,
    ],
    [
      'a lowercase currency',
      (c: Record<string, unknown>) => (c.budget = { currency: 'eur' }),
      ['budget', 'currency'],
      /three capital letters/,
    ],
    [
      'a negative budget',
      (c: Record<string, unknown>) => (c.budget = { currency: 'EUR', content: -1 }),
      ['budget', 'content'],
      /0 or more/,
    ],
    [
      'an ftp link',
      (c: Record<string, unknown>) => (c.links = ['ftp://example.org/x']),
      ['links', 0],
      /http:\/\/ or https:\/\//,
    ],
    [
      'a channel with a capital',
      (c: Record<string, unknown>) => (c.channels = ['Facebook']),
      ['channels', 0],
      /lowercase letters, digits and dashes/,
    ],
    [
      'a goal id with a space',
      (c: Record<string, unknown>) => (c.learning_goals = [{ id: 'the reach', question: 'q' }]),
      ['learning_goals', 0, 'id'],
      /^The id of learning goal 1 must be lowercase/,
    ],
    [
      'a blank title',
      (c: Record<string, unknown>) => (c.title = '  '),
      ['title'],
      /^The title is empty; write something here\.$/,
    ],
    [
      'a number as title',
      (c: Record<string, unknown>) => (c.title = 2026),
      ['title'],
      /must be text \(put it in quotes/,
    ],
    ['no channels', (c: Record<string, unknown>) => (c.channels = []), ['channels'], /at least one channel/],
    [
      'no learning goals',
      (c: Record<string, unknown>) => (c.learning_goals = []),
      ['learning_goals'],
      /at least one learning goal/,
    ],
    [
      'a zero review cadence',
      (c: Record<string, unknown>) => Object.assign(c, { mode: 'continuous', review_every_days: 0 }),
      ['review_every_days'],
      /1 or more/,
    ],
    [
      'continuous without cadence',
      (c: Record<string, unknown>) => (c.mode = 'continuous'),
      [],
      /^Continuous work needs review_every_days/,
    ],
    [
      'an id over 100 characters',
      (c: Record<string, unknown>) => (c.id = 'a'.repeat(101)),
      ['id'],
      /too long \(at most 100 characters\)/,
    ],
  ])('%s', (_, change, path, message) => {
    const found = problems(change);
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toEqual(path);
    expect(found[0]?.message).toMatch(message);
  });

  it('calls a key left blank (null to YAML) empty, not of the wrong type', () => {
    const found = problems((c) => {
      c.title = null;
      c.retention = null;
      c.learning_goals = [{ id: 'reach', question: null }];
    });
    expect(found.map((p) => [p.path, p.message])).toEqual([
      [['title'], 'Every campaign needs a title: the name people know it by.'],
      [['learning_goals', 0, 'question'], 'The question of learning goal 1 is empty; write something here.'],
      [
        ['retention'],
        'Every campaign needs a retention plan: how will the knowledge be kept, and who is responsible? Add retention with an owner and a plan.',
      ],
    ]);
  });

  it('says a failed date once, not once for its format and again for its pattern', () => {
    expect(problems((c) => ((c.period as Record<string, unknown>).start = '2026-1-1'))).toHaveLength(1);
  });

  it('never shows ajv wording or JSON pointers', () => {
    const all = problems((c) => {
      c.status = 'x';
      c.owner = 1;
      c.period = 'soon';
      c.channels = 'facebook';
      c.extra = true;
      c.retention = {};
      c.learning_goals = [{}];
      c.conclusions = [{ level: 'deep' }];
      c.mode = 'sometimes';
    });
    expect(all.length).toBeGreaterThan(8);
    for (const p of all) {
      expect(p.message).not.toMatch(
        /must have required property|must NOT|must match|\/[a-z_]+\/\d|instancePath/,
      );
      expect(p.message).toMatch(/^[A-Za-z_].*[.?]$/);
    }
  });
});

describe('describe', () => {
  it.each([
    [[], 'The campaign'],
    [['owner'], 'The owner'],
    [['budget'], 'The budget'],
    [['period', 'start'], 'period.start'],
    [['channels', 2], 'Item 3 of channels'],
    [['learning_goals', 1], 'Learning goal 2'],
    [['learning_goals', 1, 'question'], 'The question of learning goal 2'],
    [['reviews', 0, 'conclusions', 2], 'Conclusion 3 of review 1'],
    [['reviews', 1, 'conclusions', 0, 'finding'], 'The finding of conclusion 1 of review 2'],
  ] as [(string | number)[], string][])('%j → %s', (path, text) => {
    expect(describePath(path)).toBe(text);
  });
});

describe('pointerToPath', () => {
  it('turns a JSON pointer into keys and indexes, unescaping ~1 and ~0', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/learning_goals/0/id')).toEqual(['learning_goals', 0, 'id']);
    expect(pointerToPath('/x-a~1b/x-c~0d')).toEqual(['x-a/b', 'x-c~d']);
  });
});

describe('pointers', () => {
  it('escape ~ and / in keys (RFC 6901) and read back to the same path', () => {
    const path = ['learning_goals', 2, 'a/b', '~x'];
    expect(pathToPointer(path)).toBe('/learning_goals/2/a~1b/~0x');
    expect(pointerToPath(pathToPointer(path))).toEqual(path);
    expect(pathToPointer([])).toBe('');
  });

  it('follow the sentence in a problem message', () => {
    expect(withPointer('The period needs a start date.', '/period/start')).toBe(
      'The period needs a start date. (at /period/start)',
    );
    expect(withPointer('A key must be a plain word.', '')).toBe(
      'A key must be a plain word. (at the top of the campaign)',
    );
  });
});
