// `lessons related` as people run it, in-process through runCli, on a copy of the example knowledge
// base, with campaign files inside and outside the root.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessons as run } from '../support/cli.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

const lessons = (cwd: string, args: string[]) => run(args, { cwd });

const PLANNED = 'lessons/2027-02-tiktok-trainee-community.yaml';

function campaignYaml(id: string, lines: string[]): string {
  return [
    `id: ${id}`,
    'status: planned',
    'owner: "@jdevries"',
    'period: { start: 2027-05-01, end: 2027-12-31 }',
    'retention:',
    '  owner: "@acme/recruitment"',
    '  plan: Present it at the monthly meeting.',
    ...lines,
    '',
  ].join('\n');
}

let cwd: string;
beforeAll(async () => {
  cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'lessons-related-cli-'));
  await fs.cp(path.join(repo, 'lessons'), path.join(cwd, 'lessons'), { recursive: true });
  await fs.mkdir(path.join(cwd, 'plans'));
  await fs.writeFile(
    path.join(cwd, 'plans', 'community-on-instagram.yaml'),
    campaignYaml('community-on-instagram', [
      'title: Trainee community on Instagram',
      'channels: [instagram]',
      'audiences: [trainees]',
      'tags: [community]',
      'summary: An Instagram community for future trainees, with posts by our current trainees every week.',
      'learning_goals:',
      '  - id: active',
      '    question: Do members stay active in the community after the launch?',
    ]),
  );
  await fs.writeFile(
    path.join(cwd, 'plans', 'canteen.yaml'),
    campaignYaml('canteen', [
      'title: Kantine menu',
      'channels: [menu-board]',
      'summary: Vegetarische maaltijden in het bedrijfsrestaurant.',
      'learning_goals:',
      '  - id: food',
      '    question: Eten collega’s vaker vegetarisch als de prijs daalt?',
    ]),
  );
  await fs.writeFile(path.join(cwd, 'plans', 'broken.yaml'), 'id: broken\ntitle: No owner\n');
  await fs.writeFile(path.join(cwd, 'plans', 'no-id.yaml'), 'title: Campagne: de tram\n');
});
afterAll(async () => {
  await fs.rm(cwd, { recursive: true, force: true });
});

describe('lessons related', () => {
  it('prints the DESIGN §4 json for a campaign inside the root, never itself', async () => {
    const run = await lessons(cwd, ['related', PLANNED, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['campaign', 'related']);
    expect(result.campaign).toBe('2027-02-tiktok-trainee-community');
    expect(result.related.length).toBeGreaterThan(0);
    expect(result.related.length).toBeLessThanOrEqual(5);
    for (const lesson of result.related) {
      expect(Object.keys(lesson)).toEqual([
        'id',
        'file',
        'title',
        'score',
        'strength',
        'reasons',
        'conclusions',
      ]);
      expect(['strong', 'weak']).toContain(lesson.strength);
      expect(lesson.id).not.toBe(result.campaign);
      expect(lesson.file).toMatch(/^lessons\/.+\.ya?ml$/);
      expect(lesson.reasons.length).toBeGreaterThan(0);
      expect(lesson.conclusions.length).toBeGreaterThan(0);
      for (const conclusion of lesson.conclusions) {
        expect(Object.keys(conclusion)).toEqual(['finding', 'level', 'outcome']);
        expect(['fundamental', 'execution']).toContain(conclusion.level);
        expect(['confirmed', 'refuted', 'inconclusive', null]).toContain(conclusion.outcome);
      }
    }
    const ids = result.related.map((lesson: { id: string }) => lesson.id);
    expect(ids).toContain('2010-03-hyves-trainee-community');
  });

  it('takes a file outside the root and honours --limit', async () => {
    const run = await lessons(cwd, [
      'related',
      'plans/community-on-instagram.yaml',
      '--limit',
      '2',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.campaign).toBe('community-on-instagram');
    expect(result.related.length).toBeGreaterThan(0);
    expect(result.related.length).toBeLessThanOrEqual(2);
  });

  it('returns no lessons for a campaign related to nothing', async () => {
    const run = await lessons(cwd, ['related', 'plans/canteen.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ campaign: 'canteen', related: [] });
    const text = await lessons(cwd, ['related', 'plans/canteen.yaml']);
    expect(text.stdout).toMatch(/No earlier campaign with conclusions looks related/);
  });

  it('shows a planner title, year, owner, conclusions, reasons and file', async () => {
    const run = await lessons(cwd, ['related', PLANNED]);
    expect(run.code).toBe(0);
    const hyves = await fs.readFile(path.join(cwd, 'lessons/2010-03-hyves-trainee-community.yaml'), 'utf8');
    const title = /^title: (.+)$/m.exec(hyves)![1]!;
    expect(run.stdout).toContain(`${title} (2010, @jdevries)`);
    expect(run.stdout).toMatch(/- \[fundamental, refuted\] /);
    expect(run.stdout).toMatch(/why: .*shared audience: /);
    expect(run.stdout).toContain('lessons/2010-03-hyves-trainee-community.yaml');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('prints the problems of an invalid file, as validate does, and exits 1', async () => {
    const text = await lessons(cwd, ['related', 'plans/broken.yaml']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/plans\/broken\.yaml:\d+:\d+\s+error/);
    const json = await lessons(cwd, ['related', 'plans/broken.yaml', '--format', 'json']);
    expect(json.code).toBe(1);
    // The related shape, so scripts always find the keys they expect, and the problems as validate has them.
    const result = JSON.parse(json.stdout);
    expect(Object.keys(result)).toEqual(['campaign', 'related', 'problems']);
    expect(result.campaign).toBe('broken');
    expect(result.related).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(Object.keys(problem).sort()).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity']);
      expect(problem.file).toBe('plans/broken.yaml');
    }
  });

  it('gives campaign null in json when the invalid file has no id to name', async () => {
    const run = await lessons(cwd, ['related', 'plans/no-id.yaml', '--format', 'json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.campaign).toBeNull();
    expect(result.related).toEqual([]);
    expect(result.problems.map((p: { rule: string }) => p.rule)).toContain('yaml-syntax');
  });

  it('exits 2 on usage and I/O errors, with a message and no stack trace', async () => {
    for (const args of [
      ['related'],
      ['related', PLANNED, 'plans/canteen.yaml'],
      ['related', PLANNED, '--limit', 'five'],
      ['related', 'plans/missing.yaml'],
      ['related', 'plans/canteen.yaml', '--root', 'nowhere'],
    ]) {
      const run = await lessons(cwd, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^lessons related: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
