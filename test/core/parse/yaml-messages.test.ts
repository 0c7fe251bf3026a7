// The parser's errors rewritten for people, and where an unclosed bracket really starts.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  tagMismatchMessage,
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
    expect(yamlErrorMessage(firstError(backtick), backtick)).toBe(
      'A text that starts with ` must be in quotes in YAML: write it like title: "`x`".',
    );
  });

  it.each([
    [
      'a colon inside a text',
      'title: Campagne: de tram\n',
      'This text contains a colon followed by a space, which YAML reads as a new key. Put the text in quotes, like title: "Campagne: de tram".',
    ],
    [
      'a key without a space after its colon',
      'id: x\nstatus:planned\n',
      'A key needs a space after its colon: write status: planned.',
    ],
    [
      'a text starting with *',
      'title: * ster\n',
      'A text that starts with * must be in quotes in YAML: write it like title: "* ster".',
    ],
    [
      'a text starting with &',
      'title: & co\n',
      'A text that starts with & must be in quotes in YAML: write it like title: "& co".',
    ],
    [
      'a text starting with %',
      'title: %korting\n',
      'A text that starts with % must be in quotes in YAML: write it like title: "%korting".',
    ],
    [
      'a text starting with |',
      'title: |x\n',
      'A text that starts with | must be in quotes in YAML (a lone | starts a text on the lines below): write it like title: "|x".',
    ],
    [
      'text after a closing double quote',
      'title: "abc" def\n',
      'The text goes on after its closing quote. Put the whole text in one pair of quotes, like title: \'"abc" def\'.',
    ],
    [
      'an apostrophe in single quotes',
      "title: 'it's fine'\n",
      "The text goes on after its closing quote. Put the whole text in one pair of quotes, like title: \"it's fine\"; inside single quotes, write an apostrophe twice (it''s).",
    ],
    [
      'a quote never closed',
      'title: "abc\nstatus: x\n',
      'This text opens a quote but never closes it: add the closing quote at the end of the text.',
    ],
    [
      'a list where a key belongs',
      'a:\n- b\n- c: d\n  - e\n',
      'A list cannot stand where a key is expected: indent its - items under their key (like channels: on one line, then   - facebook below it).',
    ],
    [
      'a stray colon',
      '- a\n- b\n: c\n',
      'YAML did not expect ":" here. Check the quotes, colons and brackets on this line, and put a text that contains any of them in quotes.',
    ],
    [
      'a line without a colon',
      'a: b\nfoo\n',
      'This line needs a colon after its key: write key: value. If the line continues a text from the line above, indent it or put the text in quotes.',
    ],
    [
      'keys that do not line up',
      'a:\n  b: 1\n c: 2\n',
      'The keys of one mapping must all start at the same column: line this key up with the keys above it.',
    ],
    [
      'a dash after a key',
      'a: - b\n',
      'A list item (- …) cannot follow a key on the same line: put the items on the lines below, indented, or write the list as [a, b]. If the dash is part of a text, put the text in quotes.',
    ],
    [
      'a # without a space',
      'a: "x"# c\n',
      'A # starts a comment only after a space: put a space before the #, or put the whole text in quotes if the # belongs to it.',
    ],
    [
      'a key on its own line',
      'title\n  more: x\n',
      'YAML expected a key and a colon on this line. Write key: value on one line (with a space after the colon), and indent a text that continues from the line above.',
    ],
  ])('says what to do about %s', (_, text, message) => {
    expect(yamlErrorMessage(firstError(text), text)).toBe(message);
  });

  it('names an unclosed list or mapping', () => {
    const list = 'a: [x, y\nb: 1\n';
    expect(yamlErrorMessage(firstError(list), list)).toMatch(/^This list is not closed .* end it with \]/);
    const map = 'a: {x: 1\nb: 1\n';
    expect(yamlErrorMessage(firstError(map), map)).toMatch(/^This mapping is not closed .* end it with \}/);
  });

  it('never leaves the parser position or a code in the message', () => {
    const texts = [
      ...[
        'a: b: c\n',
        'a: 1\n  b: 2\n',
        'x\ny\nz: 1\n',
        'a: [x]]\n',
        'a: "open\n',
        '- a\nb: c\n',
        'a: {b: 1 c: 2}\n',
      ],
      ...[
        'a: "\\q"\n',
        'a: &x &y b\n',
        '%YAML 1.2\na: 1\n',
        'a: [b, , c]\n',
        'a: ]\n',
        'a: > x y\n',
        'a: [b c: d]\n',
      ],
    ];
    for (const text of texts) {
      for (const error of parseDocument(text, { uniqueKeys: true, prettyErrors: false }).errors) {
        const message = yamlErrorMessage(error, text);
        expect(message).not.toMatch(/at line \d+|column \d+|[A-Z]+_[A-Z]+/);
        // The parser's own words: implicit keys, compact mappings, tokens, scalars, indicators.
        expect(message).not.toMatch(/implicit|compact|token|scalar|indicator|node end|YAML stream/i);
        expect(message, text).toMatch(/[.?]$/);
      }
    }
  });
});

describe('tagMismatchMessage', () => {
  it('names the value as written, without a comment, and what the tag takes', () => {
    const text = 'a: 1\nx-v: !!int 1.5 # later\n';
    expect(tagMismatchMessage('!!int', text, text.indexOf(' 1.5'))).toBe(
      '1.5 is not a valid !!int value: a !!int is a whole number, such as 12. Change the value, or remove the tag.',
    );
    expect(tagMismatchMessage('!!null', 'x-v: !!null\n', 11)).toMatch(
      /^An empty value is not a valid !!null value/,
    );
    expect(tagMismatchMessage('!!map', 'x-v: !!map [1]\n', 10)).toBe(
      'The tag !!map needs a mapping (key: value lines, or { }), and this value is not one. Remove the tag.',
    );
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
