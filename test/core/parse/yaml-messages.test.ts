// The parser's errors rewritten for people, and where an unclosed bracket really starts.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  unclosedFlowStart,
  yamlErrorMessage,
  yamlErrorOffset,
} from '../../../src/core/parse/yaml-messages.js';

const firstError = (text: string) => {
  const error = parseDocument(text, { uniqueKeys: true, prettyErrors: false }).errors[0];
  if (!error) throw new Error(`no error in ${JSON.stringify(text)}`);
  return error;
};

describe('yamlErrorMessage', () => {
  it.each([
    ['owner: @jdevries\n', 'owner: "@jdevries"'],
    ['  - owner: @acme/team\n', 'owner: "@acme/team"'],
    ['share_with: [hr, @people]\n', '"@people"'],
  ])('tells to quote a handle: %j', (text, example) => {
    const message = yamlErrorMessage(firstError(text), text);
    expect(message).toMatch(/^A value that starts with @ must be in quotes in YAML/);
    expect(message).toContain(example);
  });

  it('explains tabs, duplicate keys and reserved characters in full sentences', () => {
    const tab = 'a:\n\tb: 1\n';
    expect(yamlErrorMessage(firstError(tab), tab)).toBe('Tabs cannot indent YAML; indent with spaces.');
    const dup = 'a: 1\na: 2\n';
    expect(yamlErrorMessage(firstError(dup), dup)).toBe(
      'This key appears twice in the same mapping; keep one of them.',
    );
    const backtick = 'title: `x`\n';
    expect(yamlErrorMessage(firstError(backtick), backtick)).toMatch(
      /reserved character `\. Put the value in quotes\.$/,
    );
  });

  it('names an unclosed list or mapping', () => {
    const list = 'a: [x, y\nb: 1\n';
    expect(yamlErrorMessage(firstError(list), list)).toMatch(/^This list is not closed .* end it with \]/);
    const map = 'a: {x: 1\nb: 1\n';
    expect(yamlErrorMessage(firstError(map), map)).toMatch(/^This mapping is not closed .* end it with \}/);
  });

  it('never leaves the parser position or a code in the message', () => {
    for (const text of ['a: b: c\n', 'a: 1\n  b: 2\n', 'x\ny\nz: 1\n', 'a: [x]]\n', 'a: "open\n']) {
      const message = yamlErrorMessage(firstError(text), text);
      expect(message).not.toMatch(/at line \d+|column \d+|[A-Z]+_[A-Z]+/);
      expect(message).toMatch(/[.?]$/);
    }
  });
});

describe('yamlErrorOffset', () => {
  it('moves an unclosed-flow error to the bracket that opened it', () => {
    const text = 'id: a\nchannels: [a, b\ntitle: x\n';
    const error = firstError(text);
    expect(error.pos[0]).toBeGreaterThanOrEqual(text.indexOf('title'));
    expect(yamlErrorOffset(error, text)).toBe(text.indexOf('['));
  });

  it('keeps the parser position for every other error', () => {
    const text = 'a: 1\na: 2\n';
    expect(yamlErrorOffset(firstError(text), text)).toBe(5);
  });
});

describe('unclosedFlowStart', () => {
  it.each([
    ['a: [x, y\n', 3],
    ['a: [x, [y, z]\n', 3],
    ['a: [x, [y, z\n', 7],
    ['a: {x: [1], y: 2\n', 3],
    ['- [x\n', 2],
    ['t: it\'s [not] a list\nq: \'a [ b\'\nc: "x [ \\" [" # [ comment\nd: [x\n', 61],
    ['a: [x, "]", \'}\', y\n', 3],
    ["a: ['it''s', [\n", 13],
  ])('finds the open bracket in %j', (text, offset) => {
    expect(unclosedFlowStart(text, text.length)).toBe(offset);
  });

  it('finds nothing when every bracket is closed or is part of text', () => {
    expect(unclosedFlowStart('a: [x]\nb: {c: [1]}\n', 100)).toBeUndefined();
    expect(unclosedFlowStart('title: a [draft\nb: "[" # [\n', 100)).toBeUndefined();
  });

  it('looks only before the given offset', () => {
    expect(unclosedFlowStart('a: 1\nb: [x\n', 5)).toBeUndefined();
  });
});
