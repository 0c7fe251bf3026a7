// Loading a knowledge base from disk: files parsed, cross-file rules applied, reading problems
// merged — the path the CLI and the Action take.
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, loadPaths } from '../../src/io/load.js';
import { campaignYaml } from '../core/make-campaign.js';

let dir: string;

beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-load-')));
  await mkdir(path.join(dir, 'lessons'));
  await mkdir(path.join(dir, 'drafts'));
  await writeFile(
    path.join(dir, 'lessons/old.yaml'),
    campaignYaml('old').replace('status: running', 'status: closed'),
  );
  await writeFile(path.join(dir, 'lessons/broken.yaml'), 'id: broken\ntitle: [\n');
  await writeFile(path.join(dir, 'drafts/new.yaml'), campaignYaml('new', 'considered: [old]'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadKnowledgeBase', () => {
  it('parses every file, keeps valid campaigns as entries and reports every problem', async () => {
    const kb = await loadKnowledgeBase('lessons', { today: '2026-11-26', cwd: dir });
    expect(kb.files.map((f) => f.file)).toEqual(['lessons/broken.yaml', 'lessons/old.yaml']);
    expect(kb.entries.map((e) => e.campaign.id)).toEqual(['old']);
    expect(kb.problems.map((p) => [p.file, p.rule])).toEqual([
      ['lessons/broken.yaml', 'yaml-syntax'],
      ['lessons/old.yaml', 'missing-conclusions'],
    ]);
  });

  it('locates problems of the loaded entries at their keys', async () => {
    const kb = await loadKnowledgeBase('lessons', { today: '2026-11-26', cwd: dir });
    expect(kb.entries[0]?.locate(['status'], 'key')).toEqual({ line: 3, column: 1 });
  });
});

describe('loadPaths', () => {
  it('checks files from several places as one knowledge base', async () => {
    const alone = await loadPaths(['drafts'], { today: '2026-11-26', cwd: dir });
    expect(alone.problems.map((p) => p.rule)).toEqual(['unknown-considered']);
    const together = await loadPaths(['lessons', 'drafts'], { today: '2026-11-26', cwd: dir });
    expect(together.problems.map((p) => p.rule)).not.toContain('unknown-considered');
  });

  it('passes the grace days on to the warnings', async () => {
    await writeFile(
      path.join(dir, 'drafts/ended.yaml'),
      campaignYaml('ended').replace('end: 2026-12-31', 'end: 2026-11-01'),
    );
    const strict = await loadPaths(['drafts/ended.yaml'], { today: '2026-11-26', graceDays: 0, cwd: dir });
    expect(strict.problems.map((p) => p.rule)).toEqual(['ended-without-conclusions']);
    const lenient = await loadPaths(['drafts/ended.yaml'], { today: '2026-11-26', graceDays: 30, cwd: dir });
    expect(lenient.problems).toEqual([]);
  });
});
