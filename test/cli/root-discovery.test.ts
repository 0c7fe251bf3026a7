// The knowledge base is found, not assumed: from any folder of a repository up to its root, the
// nearest lessons.config.yaml or lessons/ folder; an explicit --root wins; outside a repository
// the message says what to do.
import { mkdir, mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignYaml } from '../core/make-campaign.js';
import { lessons } from '../support/cli.js';

const TODAY = '2026-11-26';
let tmp: string;
let repo: string;

beforeEach(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-root-')));
  repo = path.join(tmp, 'careers');
  await mkdir(path.join(repo, '.git'), { recursive: true });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await writeFile(path.join(repo, file), text);
}

const NEW = [
  'new',
  ...['--title', 'Posters on the tram', '--owner', '@jdevries', '--channel', 'outdoor'],
  ...[
    '--goal',
    'Do students remember the posters?',
    '--retention-plan',
    'Present it.',
    '--start',
    '2027-01-01',
  ],
];

describe('from inside a repository', () => {
  it('finds lessons/ from inside it: new writes beside the other campaigns, related finds them', async () => {
    await put('lessons/2020-01-posters.yaml', campaignYaml('2020-01-posters'));
    const cwd = path.join(repo, 'lessons');
    const created = await lessons([...NEW, '--format', 'json'], { cwd, today: TODAY });
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).file).toBe('2027-01-posters-on-the-tram.yaml');
    expect((await readdir(cwd)).sort()).toEqual(['2020-01-posters.yaml', '2027-01-posters-on-the-tram.yaml']);

    const validate = await lessons(['validate', '--format', 'json', '--today', TODAY], { cwd });
    expect(JSON.parse(validate.stdout)).toMatchObject({ files: 2, campaigns: 2 });
  });

  it('walks up from a deep subfolder, and shows paths relative to where it runs', async () => {
    await put('lessons/bad.yaml', 'id: [unclosed\n');
    await mkdir(path.join(repo, 'docs', 'a', 'b'), { recursive: true });
    const run = await lessons(['validate', '--format', 'json'], { cwd: path.join(repo, 'docs', 'a', 'b') });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).problems[0].file).toBe('../../../lessons/bad.yaml');
  });

  it('takes the root that lessons.config.yaml names, from the root and from below', async () => {
    await put('lessons.config.yaml', '# our settings\nroot: marketing/lessons\n');
    await put('marketing/lessons/2020-01-posters.yaml', campaignYaml('2020-01-posters'));
    await mkdir(path.join(repo, 'marketing', 'notes'), { recursive: true });
    for (const cwd of [repo, path.join(repo, 'marketing', 'notes')]) {
      const run = await lessons(['validate', '--format', 'json', '--today', TODAY], { cwd });
      expect(run.code, cwd).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ files: 1 });
    }
    const report = await lessons(['report', '--format', 'json', '--today', TODAY], {
      cwd: path.join(repo, 'marketing', 'notes'),
    });
    expect(JSON.parse(report.stdout).out).toBe('../../out/lessons');
  });

  it('lets an explicit --root, relative to the current folder, win over the settings file', async () => {
    await put('lessons.config.yaml', 'root: marketing/lessons\n');
    await put('other/one.yaml', campaignYaml('one'));
    const run = await lessons(['validate', '--root', 'other', '--format', 'json', '--today', TODAY], {
      cwd: repo,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 1 });
  });

  it('prefers the nearest: a team folder with its own lessons/ over the repository’s', async () => {
    await put('lessons/a.yaml', campaignYaml('a'));
    await put('team/lessons/b.yaml', campaignYaml('b'));
    await put('team/lessons/c.yaml', campaignYaml('c'));
    const run = await lessons(['validate', '--format', 'json', '--today', TODAY], {
      cwd: path.join(repo, 'team'),
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 2 });
  });

  it('names a broken settings file with its line, exit 2', async () => {
    await put('lessons.config.yaml', '# settings\nrooot: lessons\n');
    const run = await lessons(['check'], { cwd: repo });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "lessons check: lessons.config.yaml:2:1: Unknown setting 'rooot': the settings are root, schema.\n",
    });
  });

  it('says to run lessons init in a repository without a knowledge base', async () => {
    const run = await lessons(['check'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'lessons check: This repository has no knowledge base yet (no lessons/ folder). Run `lessons init` to set it up, or give --root DIR.\n',
    );
  });

  it('stops at the repository root: a lessons/ folder above it is not this repository’s', async () => {
    await mkdir(path.join(tmp, 'lessons'));
    await writeFile(path.join(tmp, 'lessons', 'x.yaml'), campaignYaml('x'));
    const run = await lessons(['check'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('This repository has no knowledge base yet');
  });

  it('knows a worktree, whose .git is a file', async () => {
    const worktree = path.join(tmp, 'worktree');
    await mkdir(path.join(worktree, 'lessons', 'sub'), { recursive: true });
    await writeFile(path.join(worktree, '.git'), 'gitdir: /elsewhere\n');
    await writeFile(path.join(worktree, 'lessons', 'x.yaml'), campaignYaml('x'));
    const run = await lessons(['validate', '--format', 'json', '--today', TODAY], {
      cwd: path.join(worktree, 'lessons', 'sub'),
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 1 });
  });
});

describe('outside any repository', () => {
  it('says what to do, for reading and for new alike', async () => {
    const cwd = path.join(tmp, 'loose');
    await mkdir(cwd);
    for (const args of [['check'], ['validate'], NEW]) {
      const run = await lessons(args, { cwd });
      expect(run.code, args[0]).toBe(2);
      expect(run.stderr).toBe(
        `lessons ${args[0]}: No knowledge base here: ${cwd} is not inside a git repository and has no lessons/ folder. Run \`lessons init\` in your repository to set one up, or give --root DIR.\n`,
      );
    }
  });

  it('still reads a lessons/ folder in the current folder, as before', async () => {
    const cwd = path.join(tmp, 'unpacked');
    await mkdir(path.join(cwd, 'lessons'), { recursive: true });
    await writeFile(path.join(cwd, 'lessons', 'x.yaml'), campaignYaml('x'));
    const run = await lessons(['validate', '--format', 'json', '--today', TODAY], { cwd });
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 1 });
  });
});
