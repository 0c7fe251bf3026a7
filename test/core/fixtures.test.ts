// The fixture corpus: for every file under test/fixtures, the exact problems (rule, line and
// usually column) that loading its folder must report on a fixed date — none missing, none extra.
// Files too big or too odd to commit (over 1 MiB, symlinks) are generated in a temporary folder.
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core/parse/decode.js';
import type { Problem } from '../../src/core/types.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/io/load.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(REPO, 'test/fixtures');
const TODAY = '2026-11-26';

/** [rule, line, column]; the column is left out only where it depends on the machine's stack size. */
type Expected = [rule: string, line: number, column?: number];

const EXPECTED: Record<string, Expected[]> = {
  // yaml-syntax
  'invalid/owner-unquoted-handle.yaml': [['yaml-syntax', 4, 8]],
  'invalid/syntax-unclosed-flow.yaml': [['yaml-syntax', 6, 11]],
  'invalid/syntax-tab-indent.yaml': [['yaml-syntax', 6, 1]],
  'invalid/alias-undefined.yaml': [['yaml-syntax', 6, 11]],
  // duplicate-key: at the second occurrence
  'invalid/duplicate-key.yaml': [['duplicate-key', 5, 1]],
  'invalid/duplicate-key-nested.yaml': [['duplicate-key', 10, 5]],
  // schema: a missing key points at the first key of the mapping that lacks it
  'invalid/missing-id.yaml': [['schema', 1, 1]],
  'invalid/missing-title.yaml': [['schema', 1, 1]],
  'invalid/missing-status.yaml': [['schema', 1, 1]],
  'invalid/missing-owner.yaml': [['schema', 1, 1]],
  'invalid/missing-period.yaml': [['schema', 1, 1]],
  'invalid/missing-channels.yaml': [['schema', 1, 1]],
  'invalid/missing-learning-goals.yaml': [['schema', 1, 1]],
  'invalid/missing-retention.yaml': [['schema', 1, 1]],
  'invalid/missing-period-start.yaml': [['schema', 6, 3]],
  'invalid/missing-goal-id.yaml': [['schema', 8, 5]],
  'invalid/missing-goal-question.yaml': [['schema', 10, 5]],
  'invalid/missing-retention-owner.yaml': [['schema', 11, 3]],
  'invalid/missing-retention-plan.yaml': [['schema', 11, 3]],
  'invalid/missing-conclusion-finding.yaml': [['schema', 14, 5]],
  'invalid/missing-conclusion-level.yaml': [['schema', 14, 5]],
  'invalid/missing-review-keys.yaml': [
    ['schema', 16, 5],
    ['schema', 17, 5],
  ],
  'invalid/missing-budget-currency.yaml': [['schema', 7, 11]],
  'invalid/continuous-without-review-every-days.yaml': [['schema', 1, 1]],
  // schema: unknown keys at their key, at every level
  'invalid/unknown-key-top.yaml': [['schema', 13, 1]],
  'invalid/unknown-key-nested.yaml': [
    ['schema', 6, 47], // period.finish
    ['schema', 9, 38], // budget.travel
    ['schema', 13, 5], // learning goal answer
    ['schema', 17, 3], // retention.deadline
    ['schema', 21, 5], // review author
    ['schema', 26, 9], // review conclusion weight
    ['schema', 31, 5], // conclusion source
  ],
  'invalid/proto-key.yaml': [
    ['schema', 5, 47], // period.constructor
    ['schema', 10, 5], // __proto__ in a learning goal
    ['schema', 14, 1], // top-level __proto__
  ],
  // schema: values
  'invalid/bad-slug-channel.yaml': [
    ['schema', 6, 22],
    ['schema', 7, 13],
    ['schema', 8, 8],
    ['schema', 15, 16],
  ],
  'invalid/bad-slug-goal-id.yaml': [['schema', 8, 9]],
  'invalid/bad-handle.yaml': [
    ['schema', 4, 8],
    ['schema', 11, 10],
  ],
  'invalid/bad-handle-hyphen.yaml': [['schema', 4, 8]],
  'invalid/bad-date-feb-30.yaml': [['schema', 5, 18]],
  'invalid/date-with-time.yaml': [
    ['schema', 6, 10],
    ['schema', 7, 8],
  ],
  'invalid/bad-currency.yaml': [['schema', 7, 21]],
  'invalid/negative-budget.yaml': [['schema', 9, 10]],
  'invalid/non-http-link.yaml': [
    ['schema', 15, 5],
    ['schema', 16, 5],
    ['schema', 17, 5],
  ],
  'invalid/wrong-enum-status.yaml': [['schema', 3, 9]],
  'invalid/wrong-enum-conclusion.yaml': [
    ['schema', 4, 7],
    ['schema', 17, 12],
    ['schema', 18, 14],
  ],
  'invalid/wrong-types.yaml': [
    ['schema', 2, 8],
    ['schema', 5, 9],
    ['schema', 6, 11],
    ['schema', 9, 15],
  ],
  'invalid/empty-texts.yaml': [
    ['schema', 2, 8],
    ['schema', 6, 11],
    ['schema', 9, 15],
  ],
  'invalid/empty-learning-goals.yaml': [['schema', 7, 17]],
  'invalid/review-every-days-without-continuous.yaml': [['schema', 6, 1]],
  'invalid/reviews-without-continuous.yaml': [['schema', 14, 1]],
  'invalid/review-every-days-zero.yaml': [['schema', 7, 20]],
  // the rules a schema cannot say
  'invalid/id-not-file-name.yaml': [['id-matches-file', 1, 5]],
  'invalid/goal-ref.yaml': [['goal-ref', 17, 11]],
  'invalid/goal-ref-in-review.yaml': [['goal-ref', 25, 15]],
  'invalid/duplicate-goal-id.yaml': [['duplicate-goal-id', 10, 9]],
  'invalid/period-order.yaml': [['period-order', 7, 8]],
  // unsafe-yaml
  'invalid/alias-bomb.yaml': [['unsafe-yaml', 18, 10]],
  'invalid/alias-self-reference.yaml': [['unsafe-yaml', 14, 10]],
  'invalid/deep-nesting-flow.yaml': [['unsafe-yaml', 13, 73]],
  'invalid/deep-nesting-flow-extreme.yaml': [['unsafe-yaml', 13]],
  'invalid/deep-nesting-block.yaml': [['unsafe-yaml', 78, 131]],
  'invalid/tag-js-function.yaml': [['unsafe-yaml', 12, 9]],
  'invalid/tag-custom.yaml': [
    ['unsafe-yaml', 5, 9],
    ['unsafe-yaml', 9, 15],
  ],
  // not-a-campaign
  'invalid/empty.yaml': [['not-a-campaign', 1, 1]],
  'invalid/only-comments.yaml': [['not-a-campaign', 1, 1]],
  'invalid/only-document-marker.yaml': [['not-a-campaign', 1, 1]],
  'invalid/top-level-list.yaml': [['not-a-campaign', 1, 1]],
  'invalid/top-level-scalar.yaml': [['not-a-campaign', 2, 1]],
  'invalid/two-documents.yaml': [['not-a-campaign', 13, 1]],
  // encoding (tiny binary files)
  'invalid/invalid-utf8.yaml': [['encoding', 2, 11]],
  'invalid/binary-nul.yaml': [['encoding', 3, 1]],

  // valid: no errors; warnings at the key they are about
  'valid/minimal.yaml': [],
  'valid/full.yaml': [],
  'valid/2010-03-01.yaml': [],
  'valid/anchors-and-aliases.yaml': [],
  'valid/bom.yaml': [],
  'valid/comments.yaml': [],
  'valid/continuous-closed-with-conclusions.yaml': [],
  'valid/continuous-with-reviews.yaml': [],
  'valid/crlf.yaml': [],
  'valid/dates-quoted-and-unquoted.yaml': [],
  'valid/diacritics-emoji.yaml': [],
  'valid/document-markers.yaml': [],
  'valid/end-equals-start.yaml': [],
  'valid/flow-style.yaml': [],
  'valid/str-tag.yaml': [],
  'valid/x-extension-keys.yaml': [],
  'valid/yml-extension.yml': [],
  'valid/ended-within-grace.yaml': [],
  'valid/ended-without-conclusions.yaml': [['ended-without-conclusions', 4, 1]],
  'valid/missing-conclusions-closed.yaml': [['missing-conclusions', 4, 1]],
  'valid/missing-conclusions-cancelled.yaml': [['missing-conclusions', 13, 1]],
  'valid/unanswered-goal.yaml': [
    ['unanswered-goal', 11, 5],
    ['unanswered-goal', 13, 5],
  ],
  'valid/only-execution-conclusions.yaml': [['only-execution-conclusions', 14, 1]],
  'valid/only-execution-in-reviews.yaml': [['only-execution-conclusions', 16, 1]],
  'valid/review-overdue.yaml': [['review-overdue', 16, 1]],
  'valid/review-overdue-never-reviewed.yaml': [['review-overdue', 8, 1]],
  'valid/unknown-considered.yaml': [['unknown-considered', 16, 5]],

  // unique-id: the same id in two files of one root, each told about the other
  'unique-id/same-id.yaml': [['unique-id', 1, 5]],
  'unique-id/more/same-id.yml': [['unique-id', 2, 5]],
  'unique-id/considers-same-id.yaml': [],
};

const FOLDERS = ['invalid', 'valid', 'unique-id'];
const loaded = new Map<string, KnowledgeBase>();

beforeAll(async () => {
  for (const folder of FOLDERS) {
    loaded.set(folder, await loadKnowledgeBase(`test/fixtures/${folder}`, { today: TODAY, cwd: REPO }));
  }
});

/** Problems of one fixture, by its key in EXPECTED. */
function problemsOf(key: string): Problem[] {
  const kb = loaded.get(key.split('/')[0] as string) as KnowledgeBase;
  return kb.problems.filter((p) => p.file === `test/fixtures/${key}`);
}

/** What is missing and what is extra, comparing columns only where the table gives one. */
function compare(actual: Problem[], expected: Expected[]): { missing: Expected[]; extra: Expected[] } {
  const rest = actual.map((p): Expected => [p.rule, p.line, p.column]);
  const missing: Expected[] = [];
  for (const e of expected) {
    const i = rest.findIndex((a) => a[0] === e[0] && a[1] === e[1] && (e[2] === undefined || a[2] === e[2]));
    if (i === -1) missing.push(e);
    else rest.splice(i, 1);
  }
  return { missing, extra: rest };
}

async function listFixtures(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFixtures(path.join(dir, entry.name), rel)));
    else if (/\.ya?ml$/.test(entry.name)) out.push(rel);
  }
  return out;
}

describe('the fixture corpus', () => {
  it('has an entry in the table for every fixture file, and a file for every entry', async () => {
    const onDisk: string[] = [];
    for (const folder of FOLDERS) onDisk.push(...(await listFixtures(path.join(FIXTURES, folder), folder)));
    expect(onDisk.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('reads every file of each folder, and nothing else', () => {
    for (const folder of FOLDERS) {
      const files = (loaded.get(folder) as KnowledgeBase).files.map((f) =>
        f.file.replace('test/fixtures/', ''),
      );
      expect(files.sort()).toEqual(
        Object.keys(EXPECTED)
          .filter((k) => k.startsWith(`${folder}/`))
          .sort(),
      );
    }
  });

  it.each(Object.keys(EXPECTED))('%s: exactly the expected problems', (key) => {
    expect(compare(problemsOf(key), EXPECTED[key] as Expected[])).toEqual({ missing: [], extra: [] });
  });

  it('covers every rule of DESIGN §1 at least once', () => {
    const rules = new Set(Object.values(EXPECTED).flatMap((list) => list.map((e) => e[0])));
    const design = [
      'yaml-syntax',
      'duplicate-key',
      'schema',
      'id-matches-file',
      'unique-id',
      'goal-ref',
      'duplicate-goal-id',
      'period-order',
      'unsafe-yaml',
      'not-a-campaign',
      'encoding',
      'missing-conclusions',
      'ended-without-conclusions',
      'unanswered-goal',
      'only-execution-conclusions',
      'review-overdue',
      'unknown-considered',
    ];
    // file-too-large and skipped-link are generated below.
    expect([...rules].sort()).toEqual(design.sort());
  });

  it('gives errors to every invalid file and none to a valid one; warnings never to an invalid file', () => {
    for (const key of Object.keys(EXPECTED)) {
      const severities = new Set(problemsOf(key).map((p) => p.severity));
      if (key.startsWith('invalid/')) expect(severities, key).toEqual(new Set(['error']));
      if (key.startsWith('valid/')) expect(severities.has('error'), key).toBe(false);
    }
  });

  it('gives every problem a 1-based line and column, its file, and a sentence', () => {
    for (const kb of loaded.values()) {
      for (const p of kb.problems) {
        expect(p.line, p.file).toBeGreaterThanOrEqual(1);
        expect(p.column, p.file).toBeGreaterThanOrEqual(1);
        expect(Number.isInteger(p.line) && Number.isInteger(p.column)).toBe(true);
        // A sentence, then for a schema problem the JSON pointer of its node (DESIGN §1).
        expect(p.message, p.file).toMatch(/^[A-Z_a-z].*[.?…]( \(at .+\))?$/s);
        if (p.rule === 'schema') expect(p.message, p.file).toMatch(/ \(at (\/\S*)+\)$/);
        expect(p.message).not.toMatch(/\bat line \d|undefined|\[object/);
      }
    }
  });

  it('tells to put an unquoted @handle in quotes', () => {
    const [p] = problemsOf('invalid/owner-unquoted-handle.yaml');
    expect(p?.message).toMatch(/quotes/);
    expect(p?.message).toContain('owner: "@jdevries"');
  });

  it('says what a missing learning goal means, not what the parser saw', () => {
    const [missing] = problemsOf('invalid/missing-learning-goals.yaml');
    const [empty] = problemsOf('invalid/empty-learning-goals.yaml');
    for (const p of [missing, empty]) {
      expect(p?.message).toMatch(/learning goal/);
      expect(p?.message).not.toMatch(/required|property|must have/i);
    }
  });

  it('keeps __proto__ and constructor keys away from every prototype', () => {
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const file = (loaded.get('invalid') as KnowledgeBase).files.find((f) =>
      f.file.endsWith('/proto-key.yaml'),
    );
    const data = file?.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({
      polluted: 'yes',
      isAdmin: true,
    });
    const goal = (data.learning_goals as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(goal)).toBe(Object.prototype);
    expect(goal.polluted).toBeUndefined();
    const period = data.period as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(period, 'constructor')?.value).toEqual({ polluted: 'yes' });
    expect(file?.campaign).toBeNull();
  });

  it('reads YAML 1.2 core values as people mean them', () => {
    const kb = loaded.get('valid') as KnowledgeBase;
    const data = (name: string) =>
      kb.files.find((f) => f.file.endsWith(`/${name}`))?.campaign as unknown as Record<string, unknown>;
    const dateLike = data('2010-03-01.yaml');
    expect(dateLike.id).toBe('2010-03-01');
    expect(dateLike.title).toBe('no');
    expect(dateLike.channels).toEqual(['no', 'yes', 'on', 'off', 'null-channel']);
    expect(dateLike.tags).toEqual(['2010-03-01', '1e3']);
    expect(data('str-tag.yaml').title).toBe('2026');
    expect(data('str-tag.yaml').budget).toEqual({ currency: 'EUR', media: 1000, content: 2.5 });
    expect(data('dates-quoted-and-unquoted.yaml').period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(data('crlf.yaml').title).toBe('Written on Windows, with CRLF line endings');
    expect(data('bom.yaml').id).toBe('bom');
    expect(data('diacritics-emoji.yaml').title).toBe(
      'Werving in Zeeland — café-avonden voor één doelgroep 🚢🎉',
    );
    expect(data('comments.yaml').retention).toEqual({
      owner: '@acme/recruitment',
      plan: 'Present at the monthly meeting. # not a comment inside quotes',
    });
    expect((data('anchors-and-aliases.yaml').retention as Record<string, unknown>).owner).toBe('@jdevries');
    expect(data('anchors-and-aliases.yaml')['x-copy']).toEqual({
      channels: ['facebook', 'linkedin'],
      goal: { id: 'reach', question: 'Do we reach students?' },
      start: '2026-01-01',
    });
    expect(data('x-extension-keys.yaml')['x-Whatever_Case']).toEqual({ nested: { deeper: [1, 2, 3] } });
  });
});

describe('generated fixtures', () => {
  let dir: string;
  const campaign = (id: string, extra = '') =>
    [
      `id: ${id}`,
      'title: A generated campaign',
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
      extra,
    ].join('\n');

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-fixtures-')));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a file over 1 MiB as file-too-large at 1:1, and accepts exactly 1 MiB', async () => {
    const root = path.join(dir, 'large');
    await mkdir(root);
    const base = campaign('exactly-one-mib', '# ');
    const padded = base + 'x'.repeat(MAX_FILE_BYTES - Buffer.byteLength(base) - 1) + '\n';
    expect(Buffer.byteLength(padded)).toBe(MAX_FILE_BYTES);
    await writeFile(path.join(root, 'exactly-one-mib.yaml'), padded);
    const over = campaign('over-one-mib', '# ') + 'x'.repeat(MAX_FILE_BYTES) + '\n';
    await writeFile(path.join(root, 'over-one-mib.yaml'), over);

    const kb = await loadKnowledgeBase(root, { today: TODAY, cwd: dir });
    expect(kb.problems.map((p) => [p.file, p.rule, p.line, p.column, p.severity])).toEqual([
      ['large/over-one-mib.yaml', 'file-too-large', 1, 1, 'error'],
    ]);
    expect(kb.problems[0]?.message).toMatch(/1 MiB/);
    expect(kb.entries.map((e) => e.campaign.id)).toEqual(['exactly-one-mib']);
  });

  it('never follows a symlink, inside or outside the root, and reports each as skipped-link', async () => {
    const root = path.join(dir, 'links', 'lessons');
    const outside = path.join(dir, 'links', 'outside');
    await mkdir(path.join(root, 'sub'), { recursive: true });
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(root, 'real.yaml'), campaign('real'));
    // Outside the root: a campaign that would be an error (its id does not match) if it were read.
    await writeFile(path.join(outside, 'secret.yaml'), campaign('not-the-file-name'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'to-outside.yaml'));
    await symlink(outside, path.join(root, 'outside-folder'));
    await symlink(path.join(root, 'real.yaml'), path.join(root, 'sub', 'to-real.yml'));
    await symlink(path.join(root, 'missing.yaml'), path.join(root, 'dangling.yaml'));
    await symlink('/etc/passwd', path.join(root, 'passwd.yaml'));

    const kb = await loadKnowledgeBase('links/lessons', { today: TODAY, cwd: dir });
    expect(kb.files.map((f) => f.file)).toEqual(['links/lessons/real.yaml']);
    expect(kb.problems.map((p) => [p.file, p.rule, p.severity, p.line, p.column]).sort()).toEqual(
      [
        ['links/lessons/dangling.yaml', 'skipped-link', 'warning', 1, 1],
        ['links/lessons/outside-folder', 'skipped-link', 'warning', 1, 1],
        ['links/lessons/passwd.yaml', 'skipped-link', 'warning', 1, 1],
        ['links/lessons/sub/to-real.yml', 'skipped-link', 'warning', 1, 1],
        ['links/lessons/to-outside.yaml', 'skipped-link', 'warning', 1, 1],
      ].sort(),
    );
    expect(JSON.stringify(kb.problems)).not.toMatch(/secret|not-the-file-name|root:/);
  });

  it('does not follow a root that is itself a symlink', async () => {
    const real = path.join(dir, 'real-root');
    await mkdir(real);
    await writeFile(path.join(real, 'real.yaml'), campaign('real'));
    await symlink(real, path.join(dir, 'linked-root'));
    const kb = await loadKnowledgeBase('linked-root', { today: TODAY, cwd: dir });
    expect(kb.files).toEqual([]);
    expect(kb.problems.map((p) => [p.file, p.rule])).toEqual([['linked-root', 'skipped-link']]);
  });

  it('reads .yaml and .yml only, and skips hidden folders and node_modules', async () => {
    const root = path.join(dir, 'kinds');
    await mkdir(path.join(root, '.git'), { recursive: true });
    await mkdir(path.join(root, 'node_modules'), { recursive: true });
    await writeFile(path.join(root, 'a.yaml'), campaign('a'));
    await writeFile(path.join(root, 'b.YML'), campaign('b'));
    await writeFile(path.join(root, 'notes.md'), '# not a campaign');
    await writeFile(path.join(root, 'c.json'), '{}');
    await writeFile(path.join(root, '.git', 'x.yaml'), 'garbage: [');
    await writeFile(path.join(root, 'node_modules', 'x.yaml'), 'garbage: [');
    const kb = await loadKnowledgeBase(root, { today: TODAY, cwd: dir });
    expect(kb.files.map((f) => f.file)).toEqual(['kinds/a.yaml', 'kinds/b.YML']);
    expect(kb.problems).toEqual([]);
  });

  it('agrees with the committed encoding fixtures when the bytes are generated', async () => {
    const root = path.join(dir, 'encoding');
    await mkdir(root);
    await writeFile(path.join(root, 'latin1.yaml'), Buffer.from('id: latin1\ntitle: Caf\xe9\n', 'latin1'));
    await writeFile(path.join(root, 'utf16.yaml'), Buffer.from('\ufeffid: utf16\n', 'utf16le'));
    await writeFile(
      path.join(root, 'png.yaml'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
    );
    await writeFile(path.join(root, 'nul.yaml'), Buffer.from('id: nul\n\0\0\0'));
    const kb = await loadKnowledgeBase(root, { today: TODAY, cwd: dir });
    expect(kb.problems.map((p) => [p.file, p.rule, p.line, p.column])).toEqual([
      ['encoding/latin1.yaml', 'encoding', 2, 11],
      ['encoding/nul.yaml', 'encoding', 2, 1],
      ['encoding/png.yaml', 'encoding', 1, 1],
      ['encoding/utf16.yaml', 'encoding', 1, 1],
    ]);
    const committed = await readFile(path.join(FIXTURES, 'invalid/invalid-utf8.yaml'));
    expect(committed.includes(0xe9)).toBe(true);
  });
});
