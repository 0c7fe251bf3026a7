// Where a JSON path stands in the YAML source: keys, values, list items, and for a path that
// does not exist, the nearest ancestor — a mapping by its first key (DESIGN §1).
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locateOffset, locateShallow, shallowIndex } from '../../../src/core/parse/locate.js';
import { parseCampaignFile } from '../../../src/core/parse/parse-file.js';
import { positionFinder } from '../../../src/core/parse/positions.js';
import type { NodePath } from '../../../src/core/types.js';

const TEXT = [
  '# modeline', //                                  1
  'id: locate', //                                  2
  'title: Locate things', //                        3
  'status: closed', //                              4
  'owner: "@jdevries"', //                          5
  'period: { start: 2026-01-01, end: 2026-03-31 }', // 6
  'channels: [facebook, linkedin]', //              7
  'learning_goals:', //                             8
  '  - id: reach', //                               9
  '    question: Do we reach students?', //        10
  '  - id: apply', //                              11
  '    question: Do they apply?', //               12
  'retention:', //                                 13
  '  owner: "@acme/recruitment"', //               14
  '  plan: Present it.', //                        15
  'conclusions:', //                               16
  '  - goal: reach', //                            17
  '    finding: We did.', //                       18
  '    level: execution', //                       19
  '',
].join('\n');

const doc = parseDocument(TEXT);
const where = (path: NodePath, at?: 'key' | 'value') => positionFinder(TEXT).at(locateOffset(doc, path, at));

describe('locateOffset', () => {
  it('finds a value, and its key when asked', () => {
    expect(where(['status'])).toEqual({ line: 4, column: 9 });
    expect(where(['status'], 'key')).toEqual({ line: 4, column: 1 });
    expect(where(['period', 'end'])).toEqual({ line: 6, column: 35 });
    expect(where(['period', 'end'], 'key')).toEqual({ line: 6, column: 30 });
  });

  it('finds a key without a name (~, null, "") under the empty name, as the data has it', () => {
    const text = 'a: 1\n~: 2\nb:\n  null: 3\n  "": 4\n';
    const parsed = parseDocument(text);
    const at = (path: NodePath) => positionFinder(text).at(locateOffset(parsed, path, 'key'));
    expect(at([''])).toEqual({ line: 2, column: 1 });
    expect(at(['b', ''])).toEqual({ line: 4, column: 3 });
    const index = shallowIndex(parsed);
    expect(positionFinder(text).at(locateShallow(index, [''], 'key')!)).toEqual({ line: 2, column: 1 });
  });

  it('finds list items and keys inside them', () => {
    expect(where(['channels', 1])).toEqual({ line: 7, column: 22 });
    expect(where(['learning_goals', 1, 'question'])).toEqual({ line: 12, column: 15 });
    expect(where(['conclusions', 0, 'level'], 'key')).toEqual({ line: 19, column: 5 });
  });

  it('puts a mapping at its first key: where "a key is missing here" is shown', () => {
    expect(where([])).toEqual({ line: 2, column: 1 });
    expect(where(['retention'])).toEqual({ line: 14, column: 3 });
    expect(where(['learning_goals', 1])).toEqual({ line: 11, column: 5 });
    expect(where(['period'])).toEqual({ line: 6, column: 11 });
  });

  it('falls back to the nearest ancestor for a path that does not exist', () => {
    expect(where(['budget'])).toEqual({ line: 2, column: 1 });
    expect(where(['retention', 'share_with'])).toEqual({ line: 14, column: 3 });
    expect(where(['learning_goals', 7, 'id'])).toEqual({ line: 9, column: 3 }); // the list itself
    expect(where(['channels', 'oops'])).toEqual({ line: 7, column: 11 });
    // A missing key's `key` position is its parent's first key, never a stray key elsewhere.
    expect(where(['retention', 'share_with'], 'key')).toEqual({ line: 14, column: 3 });
  });

  it('returns offset 0 for an empty document', () => {
    expect(locateOffset(parseDocument(''), ['id'])).toBe(0);
  });
});

describe('shallowIndex and locateShallow', () => {
  const index = shallowIndex(doc);
  const at = (path: NodePath, kind: 'key' | 'value' = 'value') => {
    const offset = locateShallow(index, path, kind);
    return offset === undefined ? undefined : positionFinder(TEXT).at(offset);
  };

  it('knows top-level keys, their values and list items', () => {
    expect(at([])).toEqual({ line: 2, column: 1 });
    expect(at(['status'], 'key')).toEqual({ line: 4, column: 1 });
    expect(at(['status'])).toEqual({ line: 4, column: 9 });
    expect(at(['learning_goals', 1])).toEqual({ line: 11, column: 5 });
    expect(at(['channels', 0])).toEqual({ line: 7, column: 12 });
  });

  it('agrees with the full locate wherever it answers', () => {
    const paths: NodePath[] = [
      [],
      ['id'],
      ['period'],
      ['channels', 1],
      ['learning_goals', 0],
      ['retention'],
      ['nope'],
    ];
    for (const path of paths) {
      for (const kind of ['key', 'value'] as const) {
        expect(locateShallow(index, path, kind), JSON.stringify([path, kind])).toBe(
          locateOffset(doc, path, kind),
        );
      }
    }
  });

  it('answers undefined for deeper paths, which need the document', () => {
    expect(locateShallow(index, ['period', 'end'], 'value')).toBeUndefined();
    expect(locateShallow(index, ['learning_goals', 0, 'id'], 'value')).toBeUndefined();
    expect(locateShallow(index, ['nope', 0], 'value')).toBeUndefined();
  });
});

describe('the locate of a parsed file (kept without the document)', () => {
  const file = parseCampaignFile('lessons/locate.yaml', TEXT);

  it('gives the same positions as the full document, shallow and deep', () => {
    expect(file.problems).toEqual([]);
    const paths: [NodePath, 'key' | 'value'][] = [
      [['status'], 'key'],
      [['conclusions'], 'key'],
      [['learning_goals', 1], 'key'],
      [['period', 'end'], 'value'],
      [['conclusions', 0, 'goal'], 'value'],
      [['retention', 'nothing'], 'value'],
    ];
    for (const [path, kind] of paths)
      expect(file.locate(path, kind), JSON.stringify(path)).toEqual(where(path, kind));
  });

  it('points campaign-wide warnings at the key they are about', () => {
    expect(file.locate(['status'], 'key')).toEqual({ line: 4, column: 1 });
    expect(file.locate(['conclusions'], 'key')).toEqual({ line: 16, column: 1 });
  });
});
