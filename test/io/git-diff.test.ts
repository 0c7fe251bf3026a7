// Which files a pull request changes, read from a git checkout: for pull requests past the 3,000
// files GitHub lists.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedSince, GitError } from '../../src/io/git-diff.js';
import { git } from '../support/git-checkout.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'campaign-lessons-git-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}

async function commit(message: string): Promise<string> {
  await git(dir, 'add', '--all');
  await git(dir, 'commit', '--quiet', '--message', message);
  return git(dir, 'rev-parse', 'HEAD');
}

describe('changedSince', () => {
  it('names added, modified and removed files under the root; a rename is a removal and an addition', async () => {
    await git(dir, 'init', '--quiet');
    await write({ 'lessons/a.yaml': 'a', 'lessons/b.yaml': 'b', 'lessons/c.yaml': 'c', 'README.md': 'r' });
    const base = await commit('base');
    await rm(path.join(dir, 'lessons/b.yaml'));
    await mkdir(path.join(dir, 'lessons/sub'));
    await git(dir, 'mv', 'lessons/c.yaml', 'lessons/sub/ç.yaml');
    await write({ 'lessons/a.yaml': 'a2', 'lessons/new.yaml': 'n', 'README.md': 'r2' });
    await commit('head');
    const files = await changedSince(dir, base, 'lessons');
    expect(files.sort((x, y) => x.filename.localeCompare(y.filename))).toEqual([
      { filename: 'lessons/a.yaml', status: 'modified' },
      { filename: 'lessons/b.yaml', status: 'removed' },
      { filename: 'lessons/c.yaml', status: 'removed' },
      { filename: 'lessons/new.yaml', status: 'added' },
      { filename: 'lessons/sub/ç.yaml', status: 'added' },
    ]);
  });

  it('takes a root as a folder name, never as pathspec magic', async () => {
    await git(dir, 'init', '--quiet');
    await write({ 'x.yaml': 'x' });
    const base = await commit('base');
    await write({ 'x.yaml': 'x2' });
    await commit('head');
    expect(await changedSince(dir, base, ':(exclude)nothing')).toEqual([]);
    expect(await changedSince(dir, base, '.')).toEqual([{ filename: 'x.yaml', status: 'modified' }]);
  });

  it('says plainly when it cannot tell', async () => {
    await expect(changedSince(dir, 'a'.repeat(40), 'lessons')).rejects.toThrow(
      new GitError('the checkout is not a git repository'),
    );
    await expect(changedSince(dir, 'HEAD~1', 'lessons')).rejects.toThrow(
      "the base commit 'HEAD~1' is not a commit id",
    );
    await git(dir, 'init', '--quiet');
    await write({ 'x.yaml': 'x' });
    await commit('only');
    await expect(changedSince(dir, 'b'.repeat(40), 'lessons')).rejects.toThrow(
      /the base commit bbbbbbb could not be fetched/,
    );
  });
});
