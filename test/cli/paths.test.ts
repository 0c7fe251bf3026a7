// Paths that are not what a command takes: a --root that is a file or a link, a FILE that is not
// a .yaml or .yml campaign, a linked FILE. Each is exit 2 with one plain line on stderr, before
// anything is read (DESIGN §1: links are never followed; §4: usage and I/O errors exit 2).
import { cp, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessons, REPO } from '../support/cli.js';

const CAMPAIGN = '2010-03-hyves-trainee-community.yaml';
let tmp: string;

beforeAll(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-paths-')));
  await cp(path.join(REPO, 'lessons'), path.join(tmp, 'lessons'), { recursive: true });
  await writeFile(path.join(tmp, 'README.md'), '# Campaigns\n\nSee lessons/.\n');
  await symlink(path.join(tmp, 'lessons'), path.join(tmp, 'rootlink'));
  await symlink(path.join(tmp, 'lessons', CAMPAIGN), path.join(tmp, 'link.yaml'));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const run = (...args: string[]) => lessons(args, { cwd: tmp });

describe('a --root that is not a folder', () => {
  it.each([
    ['check', '--root', 'README.md'],
    ['validate', '--root', 'README.md'],
    ['report', '--root', 'README.md', '--out', 'out/report'],
    ['related', `lessons/${CAMPAIGN}`, '--root', 'README.md'],
  ])('%s … is refused with exit 2 and one line', async (...args) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `lessons ${args[0]}: README.md is not a folder: --root takes the folder that holds the campaign files (default: lessons).\n`,
    );
  });

  it('is refused when it is a link, never silently all clear', async () => {
    for (const command of ['check', 'validate']) {
      const result = await run(command, '--root', 'rootlink');
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `lessons ${command}: rootlink is a link (symlink); links are never followed: give the folder itself.\n`,
      );
    }
  });
});

describe('a FILE that is not a campaign file', () => {
  it.each([['related'], ['validate']])(
    '%s README.md says campaign files end in .yaml or .yml',
    async (command) => {
      const result = await run(command, 'README.md');
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `lessons ${command}: README.md is not a campaign file: campaign files end in .yaml or .yml.\n`,
      );
    },
  );

  it('related refuses a linked FILE, naming it as a link', async () => {
    const result = await run('related', 'link.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'lessons related: link.yaml is a link (symlink); links are never followed: give the campaign file itself.\n',
    );
  });

  it('validate still reports a linked FILE as skipped-link, as in a folder', async () => {
    const result = await run('validate', 'link.yaml', '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).problems).toMatchObject([{ file: 'link.yaml', rule: 'skipped-link' }]);
  });
});
