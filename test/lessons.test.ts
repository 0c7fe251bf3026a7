// The example knowledge base in lessons/: every file valid (warnings allowed), carrying the
// schema modeline, and together enough for `check` and the report to have something to say.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findAwaiting } from '../src/core/awaiting.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../src/io/load.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-26';
const MODELINE = '# yaml-language-server: $schema=../schemas/campaign.schema.json';

const names = readdirSync(path.join(REPO, 'lessons'))
  .filter((n) => /\.ya?ml$/.test(n))
  .sort();
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase('lessons', { today: TODAY, cwd: REPO });
});

describe('lessons/', () => {
  it('holds at least 15 campaigns, every one read', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect(kb.files.map((f) => path.basename(f.file)).sort()).toEqual(names);
  });

  it('has no errors (warnings are allowed)', () => {
    expect(kb.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb.entries).toHaveLength(names.length);
  });

  it('stays free of errors on any day', async () => {
    for (const today of ['2000-01-01', '2030-12-31']) {
      const other = await loadKnowledgeBase('lessons', { today, cwd: REPO });
      expect(other.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });

  it.each(names)('%s starts with the schema modeline', async (name) => {
    const text = await readFile(path.join(REPO, 'lessons', name), 'utf8');
    expect(text.split('\n')[0]).toBe(MODELINE);
  });

  it('gives `check` something to say: at least two campaigns await conclusions', () => {
    const awaiting = findAwaiting(kb.entries, { today: TODAY });
    expect(awaiting.length).toBeGreaterThanOrEqual(2);
    expect(awaiting.filter((a) => a.reason !== 'review-overdue').length).toBeGreaterThanOrEqual(2);
  });

  it('mixes statuses, modes and levels of conclusions', () => {
    const campaigns = kb.entries.map((e) => e.campaign);
    const statuses = new Set(campaigns.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'closed', 'planned', 'running']);
    expect(campaigns.some((c) => c.mode === 'continuous' && (c.reviews?.length ?? 0) > 0)).toBe(true);
    expect(kb.problems.map((p) => p.rule)).toContain('only-execution-conclusions');
    expect(campaigns.some((c) => c.conclusions?.some((x) => x.level === 'fundamental'))).toBe(true);
  });

  it('makes every considered id and goal reference resolve', () => {
    expect(kb.problems.filter((p) => p.rule === 'unknown-considered')).toEqual([]);
  });
});
