// Reading campaign files from disk: folders recursively, .yaml/.yml only, display paths relative
// to the current directory with '/', a file reached twice read once, links never followed.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath, InputError, readCampaignFiles } from '../../src/io/read-files.js';

let dir: string;

beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-read-')));
  await mkdir(path.join(dir, 'lessons/2010/deep'), { recursive: true });
  await mkdir(path.join(dir, 'elsewhere'), { recursive: true });
  await writeFile(path.join(dir, 'lessons/b.yaml'), 'id: b\n');
  await writeFile(path.join(dir, 'lessons/a.yml'), 'id: a\n');
  await writeFile(path.join(dir, 'lessons/2010/deep/c.yaml'), 'id: c\n');
  await writeFile(path.join(dir, 'lessons/readme.md'), '# no');
  await writeFile(path.join(dir, 'elsewhere/d.yaml'), 'id: d\n');
  await symlink(path.join(dir, 'elsewhere'), path.join(dir, 'lessons/linked-folder'));
  await symlink(path.join(dir, 'elsewhere/readme.txt'), path.join(dir, 'lessons/dangling.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readCampaignFiles', () => {
  it('reads a folder recursively, in name order, with paths relative to cwd', async () => {
    const read = await readCampaignFiles(['lessons'], dir);
    expect(read.files.map((f) => f.file)).toEqual([
      'lessons/2010/deep/c.yaml',
      'lessons/a.yml',
      'lessons/b.yaml',
    ]);
    expect(Buffer.from(read.files[1]?.content ?? []).toString()).toBe('id: a\n');
    expect(read.files[1]?.size).toBe(6);
  });

  it('reports a linked folder as skipped-link and ignores links that are neither campaigns nor folders', async () => {
    const read = await readCampaignFiles(['lessons'], dir);
    expect(read.problems.map((p) => [p.file, p.rule, p.severity, p.line, p.column])).toEqual([
      ['lessons/linked-folder', 'skipped-link', 'warning', 1, 1],
    ]);
    expect(read.files.some((f) => f.file.includes('d.yaml'))).toBe(false);
  });

  it('reads a file reached twice only once', async () => {
    const read = await readCampaignFiles(['lessons', 'lessons/b.yaml', './lessons/2010', 'lessons'], dir);
    expect(read.files.map((f) => f.file)).toEqual([
      'lessons/2010/deep/c.yaml',
      'lessons/a.yml',
      'lessons/b.yaml',
    ]);
    expect(read.problems).toHaveLength(1);
  });

  it('takes absolute paths and paths outside cwd', async () => {
    const inner = path.join(dir, 'lessons/2010');
    const read = await readCampaignFiles([path.join(dir, 'elsewhere/d.yaml')], inner);
    expect(read.files.map((f) => f.file)).toEqual(['../../elsewhere/d.yaml']);
  });

  it('takes a named file of any extension', async () => {
    const read = await readCampaignFiles(['lessons/readme.md'], dir);
    expect(read.files.map((f) => f.file)).toEqual(['lessons/readme.md']);
  });

  it('refuses a path that does not exist with an InputError naming it', async () => {
    await expect(readCampaignFiles(['nope/x.yaml'], dir)).rejects.toThrow(InputError);
    await expect(readCampaignFiles(['nope/x.yaml'], dir)).rejects.toThrow(
      'nope/x.yaml: no such file or folder.',
    );
  });

  it('does not read an oversized file, only its size', async () => {
    await writeFile(path.join(dir, 'big.yaml'), Buffer.alloc(1024 * 1024 + 1, 0x61));
    const read = await readCampaignFiles(['big.yaml'], dir);
    expect(read.files[0]?.content.length).toBe(0);
    expect(read.files[0]?.size).toBe(1024 * 1024 + 1);
  });
});

describe('displayPath', () => {
  it('is relative to cwd with / separators, and . for cwd itself', () => {
    expect(displayPath(path.join(dir, 'lessons', 'a.yml'), dir)).toBe('lessons/a.yml');
    expect(displayPath(dir, dir)).toBe('.');
    expect(displayPath(path.join(dir, 'x.yaml'), path.join(dir, 'lessons'))).toBe('../x.yaml');
  });
});
