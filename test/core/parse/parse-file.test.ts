// One file from bytes to a campaign: which problems it carries, when it yields a campaign, and
// that hostile or broken input gives problems with positions, never an exception.
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/core/parse/parse-file.js';

const VALID = [
  'id: parse-me',
  'title: Parse me',
  'status: running',
  'owner: "@jdevries"',
  'period: { start: 2026-01-01, end: 2026-12-31 }',
  'channels: [facebook]',
  'learning_goals:',
  '  - id: reach',
  '    question: Do we reach students?',
  'retention:',
  '  owner: "@acme/recruitment"',
  '  plan: Present at the monthly meeting.',
  '',
].join('\n');

const rules = (text: string | Uint8Array, file = 'lessons/parse-me.yaml') =>
  parseCampaignFile(file, text).problems.map((p) => [p.rule, p.line, p.column]);

describe('parseCampaignFile', () => {
  it('yields the campaign of a valid file, as data and as a campaign', () => {
    const parsed = parseCampaignFile('lessons/parse-me.yaml', VALID);
    expect(parsed.problems).toEqual([]);
    expect(parsed.file).toBe('lessons/parse-me.yaml');
    expect(parsed.campaign?.id).toBe('parse-me');
    expect(parsed.campaign?.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(parsed.data).toBe(parsed.campaign);
  });

  it('reads bytes and strings alike', () => {
    const fromBytes = parseCampaignFile('lessons/parse-me.yaml', new TextEncoder().encode(VALID));
    expect(fromBytes.campaign).toEqual(parseCampaignFile('lessons/parse-me.yaml', VALID).campaign);
  });

  it('keeps the data but no campaign when the schema or a rule fails', () => {
    const parsed = parseCampaignFile(
      'lessons/parse-me.yaml',
      VALID.replace('status: running', 'status: done'),
    );
    expect(parsed.data?.status).toBe('done');
    expect(parsed.campaign).toBeNull();
    expect(parsed.problems).toMatchObject([{ rule: 'schema', severity: 'error', line: 3, column: 9 }]);
  });

  it('ends every schema message with the JSON pointer of its node (DESIGN §1)', () => {
    const parsed = parseCampaignFile(
      'lessons/parse-me.yaml',
      VALID.replace('start: 2026-01-01', 'start: 2026-02-30').replace('  owner: "@acme/recruitment"\n', ''),
    );
    expect(parsed.problems.map((p) => [p.rule, p.message])).toEqual([
      [
        'schema',
        'period.start must be a real calendar date written YYYY-MM-DD, such as 2026-03-01. (at /period/start)',
      ],
      [
        'schema',
        'The retention plan needs an owner who keeps the knowledge: a GitHub handle in quotes, like owner: "@acme/recruitment". (at /retention/owner)',
      ],
    ]);
  });

  it.each(['~: x', 'null: x', '"": 1'])('reports the empty key of %j at its own line', (line) => {
    const parsed = parseCampaignFile('lessons/parse-me.yaml', `${VALID}${line}\n`);
    expect(parsed.problems.map((p) => [p.rule, p.line, p.column])).toEqual([['schema', 13, 1]]);
    expect(parsed.problems[0]?.message).toMatch(
      /^An empty key \(~, null or "" before the colon\) is not a campaign field\./,
    );
  });

  it('compares the id with the file name without folder or extension', () => {
    expect(rules(VALID, 'deep/folder/parse-me.yml')).toEqual([]);
    expect(rules(VALID, 'parse-me.YAML')).toEqual([]);
    expect(rules(VALID, 'lessons/other.yaml')).toEqual([['id-matches-file', 1, 5]]);
  });

  it('reports every problem with its file and a 1-based position', () => {
    const parsed = parseCampaignFile('x/y.yaml', 'id: Y\nstatus: nope\n');
    expect(parsed.problems.length).toBeGreaterThan(2);
    for (const p of parsed.problems) {
      expect(p.file).toBe('x/y.yaml');
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.severity).toBe('error');
    }
  });

  it('reports schema and rule problems together, sorted out later by the knowledge base', () => {
    const text = VALID.replace(
      'learning_goals:\n',
      'learning_goals:\n  - id: reach\n    question: Twice?\n',
    ).replace('end: 2026-12-31', 'end: 2025-12-31');
    expect(rules(text).sort()).toEqual([
      ['duplicate-goal-id', 10, 9],
      ['period-order', 5, 35],
    ]);
  });

  it('counts CRLF files and BOM files in the same lines and columns', () => {
    const broken = VALID.replace('status: running', 'status: done');
    const expected = rules(broken);
    expect(rules(broken.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(rules(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(broken)]))).toEqual(expected);
  });

  it('tells to quote a handle, wherever it stands', () => {
    const problems = parseCampaignFile(
      'a.yaml',
      'owner: @jdevries\nretention:\n  share_with: [@hr]\n',
    ).problems;
    expect(problems.map((p) => p.rule)).toEqual(['yaml-syntax', 'yaml-syntax']);
    expect(problems[0]?.message).toContain('owner: "@jdevries"');
    expect(problems[1]?.message).toContain('"@hr"');
    for (const p of problems) expect(p.message).toMatch(/must be in quotes/);
  });

  it('shows an unclosed list on the line where it opens', () => {
    const problems = parseCampaignFile('a.yaml', 'id: a\nchannels: [facebook, linkedin\ntitle: x\n').problems;
    expect(problems).toMatchObject([{ rule: 'yaml-syntax', line: 2, column: 11 }]);
    expect(problems[0]?.message).toMatch(/not closed.*\]/);
  });

  it('reports at most ten syntax errors, one per spot', () => {
    const text = Array.from({ length: 40 }, (_, i) => `k${i}: [\n`).join('');
    const problems = parseCampaignFile('a.yaml', text).problems;
    expect(problems).toHaveLength(10);
    expect(new Set(problems.map((p) => `${p.line}:${p.column}`)).size).toBe(10);
  });

  it('reports one slip once, at its line, even when the parser trips over it twice', () => {
    const parsed = parseCampaignFile('a.yaml', 'id: a\ntitle: * ster\n');
    expect(parsed.problems.map((p) => [p.rule, p.line, p.column, p.message])).toEqual([
      [
        'yaml-syntax',
        2,
        8,
        'A text that starts with * must be in quotes in YAML: write it like title: "* ster".',
      ],
    ]);
  });

  it('reports each duplicate key at its repetition', () => {
    expect(rules('a: 1\na: 2\nb: {c: 1, c: 2}\n')).toEqual([
      ['duplicate-key', 2, 1],
      ['duplicate-key', 3, 11],
    ]);
  });

  it.each([
    ['an empty file', '', 1, 1, /empty/],
    ['only comments', '# nothing\n  # here\n', 1, 1, /empty/],
    ['a lone document marker', '---\n', 1, 1, /empty/],
    ['null', 'null\n', 1, 1, /empty/],
    ['a list', '# c\n- id: a\n', 2, 1, /a list/],
    ['a number', '42\n', 1, 1, /single value/],
    ['a block scalar', '--- |\n  text\n', 1, 5, /single value/],
    ['two documents', 'id: a\n---\nid: b\n', 2, 1, /more than one YAML document/],
    ['two documents with a leading marker', '---\nid: a\n---\nid: b\n', 3, 1, /more than one YAML document/],
  ])('refuses %s as not-a-campaign', (_, text, line, column, message) => {
    const parsed = parseCampaignFile('a.yaml', text);
    expect(parsed.problems).toMatchObject([{ rule: 'not-a-campaign', line, column }]);
    expect(parsed.problems[0]?.message).toMatch(message);
    expect(parsed.data).toBeNull();
    expect(parsed.campaign).toBeNull();
  });

  it('accepts a file that ends with a document end marker', () => {
    expect(rules(`---\n${VALID}...\n`)).toEqual([]);
  });

  it('reports an oversized file from its size alone', () => {
    const parsed = parseCampaignFile('big.yaml', new Uint8Array(0), 2 * 1024 * 1024);
    expect(parsed.problems).toMatchObject([
      { rule: 'file-too-large', line: 1, column: 1, severity: 'error' },
    ]);
  });

  it('places an encoding problem on the line of the bad byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('id: a\ntitle: b\nsummary: '),
      Buffer.from([0xff]),
      Buffer.from('\n'),
    ]);
    expect(rules(bytes)).toEqual([['encoding', 3, 10]]);
  });

  it('survives nesting far beyond any stack, in flow and in block style', () => {
    const inputs = [
      `x: ${'['.repeat(50_000)}1${']'.repeat(50_000)}`,
      `x: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`,
      `x:\n${'- '.repeat(50_000)}1\n`,
      `x: ${'['.repeat(50_000)}`,
      'x:\n' + Array.from({ length: 500 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n'),
    ];
    for (const text of inputs) {
      const parsed = parseCampaignFile('deep.yaml', text);
      expect(parsed.problems.length, text.slice(0, 20)).toBeGreaterThanOrEqual(1);
      expect(parsed.problems.some((p) => p.rule === 'unsafe-yaml' || p.rule === 'yaml-syntax')).toBe(true);
      for (const p of parsed.problems) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
      }
      expect(parsed.campaign).toBeNull();
    }
  });

  it('refuses !!js/function, !!binary and custom tags, naming each as written', () => {
    const parsed = parseCampaignFile('a.yaml', 'a: !!js/function "f"\nb: !!binary aGk=\nc: !foo x\n');
    expect(parsed.problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['unsafe-yaml', 1, 4],
      ['unsafe-yaml', 2, 4],
      ['unsafe-yaml', 3, 4],
    ]);
    expect(parsed.problems.map((p) => /The tag (\S+)/.exec(p.message)?.[1])).toEqual([
      '!!js/function',
      '!!binary',
      '!foo',
    ]);
  });

  it('takes a standard tag whose value does not fit it for a yaml-syntax mistake, not unsafe-yaml', () => {
    const parsed = parseCampaignFile('a.yaml', 'x-v: !!float 1\nx-w: !!bool yes\nx-l: !!seq {a: 1}\n');
    expect(parsed.problems.map((p) => [p.rule, p.line, p.column, p.message])).toEqual([
      [
        'yaml-syntax',
        1,
        6,
        '1 is not a valid !!float value: a !!float is a number with a decimal point, such as 1.5. Change the value, or remove the tag.',
      ],
      [
        'yaml-syntax',
        2,
        6,
        'yes is not a valid !!bool value: a !!bool is true or false. Change the value, or remove the tag.',
      ],
      ['yaml-syntax', 3, 6, 'The tag !!seq needs a list, and this value is not one. Remove the tag.'],
    ]);
    const fitting = parseCampaignFile('a.yaml', `${VALID}x-v: !!float 1.5\nx-s: !!str 1\n`);
    expect(fitting.problems.filter((p) => p.rule !== 'id-matches-file')).toEqual([]);
  });

  it('ignores a %YAML 1.1 directive: values stay YAML 1.2 core', () => {
    const parsed = parseCampaignFile(
      'lessons/parse-me.yaml',
      `%YAML 1.1\n---\n${VALID.replace('Parse me', 'no')}`,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.campaign?.title).toBe('no');
    expect(parsed.campaign?.period.start).toBe('2026-01-01');
  });

  it('keeps no document alive but can still locate deep paths', () => {
    const parsed = parseCampaignFile('lessons/parse-me.yaml', VALID);
    expect(parsed.locate(['learning_goals', 0, 'question'])).toEqual({ line: 9, column: 15 });
    expect(parsed.locate(['retention', 'plan'], 'key')).toEqual({ line: 12, column: 3 });
  });
});
