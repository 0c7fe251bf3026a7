// `lessons report` as people run it (in-process through runCli): it writes both files, names the files it
// had to leave out, and refuses an output folder it would destroy.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessons as run } from '../support/cli.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

const lessons = (cwd: string, args: string[]) => run(args, { cwd });

let cwd: string;
beforeEach(async () => {
  cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'lessons-report-cli-'));
  await fs.cp(path.join(repo, 'lessons'), path.join(cwd, 'lessons'), { recursive: true });
});
afterEach(async () => {
  await fs.rm(cwd, { recursive: true, force: true });
});

describe('lessons report', () => {
  it('writes index.html and README.md to out/lessons by default', async () => {
    const run = await lessons(cwd, ['report', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    const campaigns = (await fs.readdir(path.join(cwd, 'lessons'))).filter((name) => /\.ya?ml$/.test(name));
    expect(result).toMatchObject({
      out: 'out/lessons',
      files: ['out/lessons/index.html', 'out/lessons/README.md'],
      campaigns: campaigns.length,
    });
    expect((await fs.readdir(path.join(cwd, 'out', 'lessons'))).sort()).toEqual(['README.md', 'index.html']);
    expect(await fs.readFile(path.join(cwd, 'out/lessons/README.md'), 'utf8')).toMatch(
      /^# What we have learned\n/,
    );
    expect(await fs.readFile(path.join(cwd, 'out/lessons/index.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('says where to open the page', async () => {
    const run = await lessons(cwd, ['report', '--out', 'site']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`file://${path.join(await fs.realpath(cwd), 'site', 'index.html')}`);
  });

  it('leaves invalid files out, names them, and exits 1', async () => {
    await fs.writeFile(path.join(cwd, 'lessons', 'broken.yaml'), 'id: broken\ntitle: [unclosed\n');
    const run = await lessons(cwd, ['report']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lessons/broken.yaml');
    expect(await fs.readFile(path.join(cwd, 'out/lessons/index.html'), 'utf8')).not.toContain('broken');
  });

  it('refuses an output folder it would destroy, and exits 2 without a stack trace', async () => {
    for (const out of ['.', 'lessons']) {
      const run = await lessons(cwd, ['report', '--out', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Refusing to write the report');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await fs.readdir(cwd)).toEqual(['lessons']);
  });

  it('says in a sentence that a file stands where the output folder should be', async () => {
    await fs.writeFile(path.join(cwd, 'afile'), 'mine\n');
    try {
      const run = await lessons(cwd, ['report', '--out', 'afile/sub']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^lessons report: Cannot write the report to '.*afile\/sub': '.*afile' is a file, not a folder\./,
      );
      expect(run.stderr).not.toMatch(/ENOTDIR|\n\s+at /);
    } finally {
      await fs.rm(path.join(cwd, 'afile'));
    }
  });
});
