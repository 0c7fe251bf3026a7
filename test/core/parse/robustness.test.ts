// Fuzz-ish robustness: hundreds of seeded mutations of valid campaign files — truncations, byte
// flips, stray tabs, colons, quotes and brackets, deep nesting — must each give problems with a
// position and a message, never an exception.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/core/parse/parse-file.js';
import type { ParsedFile } from '../../../src/core/types.js';
import { checkKnowledgeBase } from '../../../src/core/validate/knowledge-base.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MUTATIONS = 300;
const RULES = new Set([
  'yaml-syntax',
  'duplicate-key',
  'schema',
  'id-matches-file',
  'unique-id',
  'goal-ref',
  'duplicate-goal-id',
  'period-order',
  'file-too-large',
  'unsafe-yaml',
  'not-a-campaign',
  'encoding',
  'missing-conclusions',
  'ended-without-conclusions',
  'unanswered-goal',
  'only-execution-conclusions',
  'review-overdue',
  'unknown-considered',
]);

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sources(): { name: string; bytes: Buffer }[] {
  const dirs = ['lessons', 'test/fixtures/valid'];
  return dirs.flatMap((dir) =>
    readdirSync(path.join(REPO, dir))
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()
      .map((name) => ({ name, bytes: readFileSync(path.join(REPO, dir, name)) })),
  );
}

const INSERTS = [
  '\t',
  ':',
  ': ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '- ',
  '#',
  '&a ',
  '*a',
  '!foo ',
  '@',
  '? ',
  '---\n',
  '|',
  '>',
  '%',
  '\n  ',
  ',',
  '\0',
  '\uFEFF',
  '🚢',
];

function mutate(bytes: Buffer, random: () => number): { kind: string; bytes: Buffer } {
  const at = Math.floor(random() * (bytes.length + 1));
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  switch (Math.floor(random() * 7)) {
    case 0:
      return { kind: `truncate at ${at}`, bytes: bytes.subarray(0, at) };
    case 1: {
      const out = Buffer.from(bytes);
      const flips = 1 + Math.floor(random() * 4);
      for (let i = 0; i < flips && out.length > 0; i++) {
        const i = Math.floor(random() * out.length);
        out[i] = (out[i] as number) ^ (1 << Math.floor(random() * 8));
      }
      return { kind: `flip ${flips} bits`, bytes: out };
    }
    case 2: {
      const insert = pick(INSERTS);
      return {
        kind: `insert ${JSON.stringify(insert)} at ${at}`,
        bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at)]),
      };
    }
    case 3: {
      const depth = 1 + Math.floor(random() * 3000);
      const open = pick(['[', '{a: ', '- ', '\n' + ' ']);
      const nest = open.startsWith('\n')
        ? Array.from({ length: Math.min(depth, 300) }, (_, i) => `\n${' '.repeat(i + 1)}k:`).join('')
        : open.repeat(depth);
      return {
        kind: `nest ${JSON.stringify(open)} x${depth} at ${at}`,
        bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(nest), bytes.subarray(at)]),
      };
    }
    case 4: {
      const lines = bytes.toString('latin1').split('\n');
      const i = Math.floor(random() * lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return { kind: `duplicate line ${i + 1}`, bytes: Buffer.from(lines.join('\n'), 'latin1') };
    }
    case 5: {
      const lines = bytes.toString('latin1').split('\n');
      const i = Math.floor(random() * lines.length);
      lines[i] = (random() < 0.5 ? ' ' : '') + (lines[i] ?? '').replace(/^ {1,2}/, '');
      return { kind: `reindent line ${i + 1}`, bytes: Buffer.from(lines.join('\n'), 'latin1') };
    }
    default: {
      const junk = Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 256)),
      );
      return {
        kind: `insert ${junk.length} random bytes at ${at}`,
        bytes: Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]),
      };
    }
  }
}

describe('parseCampaignFile on mutated files', () => {
  const all = sources();
  const random = prng(0x1e550);
  const cases = Array.from({ length: MUTATIONS }, (_, i) => {
    const source = all[i % all.length] as { name: string; bytes: Buffer };
    // Some cases stack two mutations.
    let { kind, bytes } = mutate(source.bytes, random);
    if (random() < 0.3) {
      const second = mutate(bytes, random);
      kind += `, then ${second.kind}`;
      bytes = second.bytes;
    }
    return { label: `#${i} ${source.name}: ${kind}`, name: source.name, bytes };
  });

  it(`has ${MUTATIONS} cases from ${all.length} sources`, () => {
    expect(cases).toHaveLength(MUTATIONS);
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  it('never throws, and every problem has a position, a known rule and a message', () => {
    const parsed: ParsedFile[] = [];
    let withProblems = 0;
    for (const c of cases) {
      let result: ParsedFile | undefined;
      expect(() => (result = parseCampaignFile(`lessons/${c.name}`, c.bytes)), c.label).not.toThrow();
      const file = result as ParsedFile;
      parsed.push(file);
      if (file.problems.length > 0) withProblems++;
      const lines = c.bytes.toString('utf8').split('\n').length;
      for (const p of file.problems) {
        expect(
          Number.isInteger(p.line) && p.line >= 1 && p.line <= lines + 1,
          `${c.label}: line ${p.line}`,
        ).toBe(true);
        expect(Number.isInteger(p.column) && p.column >= 1, `${c.label}: column ${p.column}`).toBe(true);
        expect(p.message.trim().length, c.label).toBeGreaterThan(0);
        expect(RULES.has(p.rule), `${c.label}: rule ${p.rule}`).toBe(true);
        expect(p.severity).toBe('error');
        expect(p.file).toBe(`lessons/${c.name}`);
      }
      // A file yields a campaign exactly when it has no errors.
      expect(file.campaign === null, c.label).toBe(file.problems.some((p) => p.severity === 'error'));
    }
    // The mutations must actually break files, or this test proves nothing.
    expect(withProblems).toBeGreaterThan(MUTATIONS / 2);

    // The whole batch as one knowledge base: cross-file rules and warnings hold up too.
    let kb: ReturnType<typeof checkKnowledgeBase> | undefined;
    expect(() => (kb = checkKnowledgeBase(parsed, { today: '2026-11-26' }))).not.toThrow();
    for (const p of kb?.problems ?? []) {
      expect(p.line >= 1 && p.column >= 1 && p.message.length > 0 && RULES.has(p.rule)).toBe(true);
    }
  });

  it('locates any path in a mutated file without throwing', () => {
    for (const c of cases.slice(0, 60)) {
      const file = parseCampaignFile(`lessons/${c.name}`, c.bytes);
      for (const p of [
        [],
        ['status'],
        ['learning_goals', 0, 'id'],
        ['reviews', 3, 'conclusions', 0],
        ['x', 'y', 'z'],
      ]) {
        const at = file.locate(p);
        expect(at.line >= 1 && at.column >= 1, c.label).toBe(true);
      }
    }
  });
});
