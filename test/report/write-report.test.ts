// Writing the report folder: atomic replacement of a previous report, and refusal of every folder
// whose replacement would destroy something else.
import * as fs from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeReport, type ReportFileSystem } from '../../src/io/write-report.js';

let base: string;
const report = [
  { name: 'index.html', content: '<!doctype html><title>new</title>' },
  { name: 'README.md', content: '# new\n' },
];

beforeEach(async () => {
  base = await fs.realpath(await mkdtemp(path.join(os.tmpdir(), 'write-report-')));
  await fs.mkdir(path.join(base, 'lessons'));
  await fs.writeFile(path.join(base, 'lessons', 'a.yaml'), 'id: a\n');
});
afterEach(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

const options = () => ({ cwd: base, root: 'lessons' });
const list = (folder: string) => fs.readdir(path.join(base, folder)).then((names) => names.sort());

describe('writeReport', () => {
  it('creates the folder and its parents and writes every file', async () => {
    const out = await writeReport('out/lessons', report, options());
    expect(out).toBe(path.join(base, 'out', 'lessons'));
    expect(await list('out/lessons')).toEqual(['README.md', 'index.html']);
    expect(await fs.readFile(path.join(out, 'README.md'), 'utf8')).toBe('# new\n');
    expect(await list('out')).toEqual(['lessons']);
  });

  it('replaces a previous report and leaves nothing else behind', async () => {
    await writeReport('out/lessons', [{ name: 'index.html', content: 'old' }], options());
    await writeReport('out/lessons', report, options());
    expect(await fs.readFile(path.join(base, 'out/lessons/index.html'), 'utf8')).toContain('new');
    expect(await list('out')).toEqual(['lessons']);
  });

  it('keeps the previous report when writing the new one fails half-way', async () => {
    await writeReport('out/lessons', [{ name: 'index.html', content: 'old' }], options());
    let writes = 0;
    const failing: ReportFileSystem = {
      ...fs,
      writeFile: async (...args: Parameters<typeof fs.writeFile>) => {
        writes += 1;
        if (writes === 2)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return fs.writeFile(...args);
      },
    };
    await expect(writeReport('out/lessons', report, options(), failing)).rejects.toThrow(/ENOSPC/);
    expect(writes).toBe(2);
    expect(await fs.readFile(path.join(base, 'out/lessons/index.html'), 'utf8')).toBe('old');
    expect(await list('out')).toEqual(['lessons']);
  });

  it('puts the previous report back when the new one cannot take its place', async () => {
    await writeReport('out/lessons', [{ name: 'index.html', content: 'old' }], options());
    const failing: ReportFileSystem = {
      ...fs,
      rename: async (from, to) => {
        if (String(from).includes('.tmp-')) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
        return fs.rename(from, to);
      },
    };
    await expect(writeReport('out/lessons', report, options(), failing)).rejects.toThrow(/EIO/);
    expect(await fs.readFile(path.join(base, 'out/lessons/index.html'), 'utf8')).toBe('old');
    expect(await list('out')).toEqual(['lessons']);
  });

  it.each([
    ['/', /root of the file system/],
    ['lessons', /it is the campaigns folder/],
    ['lessons/report', /inside the campaigns folder/],
    ['.', /it is the current folder/],
    ['..', /it contains the campaigns folder/],
  ])('refuses %s', async (out, message) => {
    await expect(writeReport(out, report, options())).rejects.toThrow(message);
    expect(await list('lessons')).toEqual(['a.yaml']);
    expect(await list('.')).toEqual(['lessons']);
  });

  it('refuses a folder that contains the campaigns folder even when the current folder is elsewhere', async () => {
    await fs.mkdir(path.join(base, 'work'));
    const elsewhere = { cwd: path.join(base, 'work'), root: '../data/lessons' };
    await fs.mkdir(path.join(base, 'data'));
    await fs.rename(path.join(base, 'lessons'), path.join(base, 'data', 'lessons'));
    await expect(writeReport('../data', report, elsewhere)).rejects.toThrow(/contains the campaigns folder/);
  });

  it('refuses the home folder and anything that contains it', async () => {
    const withHome = { ...options(), home: path.join(base, 'home', 'me') };
    await expect(writeReport('home/me', report, withHome)).rejects.toThrow(/it is your home folder/);
    await expect(writeReport('home', report, withHome)).rejects.toThrow(/contains your home folder/);
  });

  it('refuses a folder that holds other files, and leaves them alone', async () => {
    await fs.mkdir(path.join(base, 'docs'));
    await fs.writeFile(path.join(base, 'docs', 'notes.txt'), 'mine');
    await expect(writeReport('docs', report, options())).rejects.toThrow(
      /not part of a report \(notes\.txt\)/,
    );
    expect(await list('docs')).toEqual(['notes.txt']);
  });

  it('refuses a link, so nothing is written where it points', async () => {
    await fs.mkdir(path.join(base, 'target'));
    await fs.symlink(path.join(base, 'target'), path.join(base, 'link'));
    await expect(writeReport('link', report, options())).rejects.toThrow(/it is a link/);
    expect(await list('target')).toEqual([]);
  });

  it('refuses a link that leads into the campaigns folder', async () => {
    await fs.symlink(path.join(base, 'lessons'), path.join(base, 'alias'));
    await expect(writeReport('alias/out', report, options())).rejects.toThrow(/inside the campaigns folder/);
  });

  it('refuses a file', async () => {
    await fs.writeFile(path.join(base, 'plain'), 'x');
    await expect(writeReport('plain', report, options())).rejects.toThrow(/not a folder/);
  });

  it('names the file that stands where a folder should be, in a sentence', async () => {
    await fs.writeFile(path.join(base, 'notes.txt'), 'mine\n');
    for (const out of ['notes.txt/site', 'notes.txt/site/deeper']) {
      await expect(writeReport(out, report, options())).rejects.toThrow(
        `Cannot write the report to '${path.join(base, out)}': '${path.join(base, 'notes.txt')}' is a file, not a folder. Choose another folder with --out.`,
      );
    }
    expect(await fs.readFile(path.join(base, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('only writes plain file names', async () => {
    await expect(writeReport('out', [{ name: '../escape.html', content: 'x' }], options())).rejects.toThrow(
      /not a plain file name/,
    );
    expect(await list('.')).toEqual(['lessons']);
  });
});
