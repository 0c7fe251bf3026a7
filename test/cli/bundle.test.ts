// Smoke tests on the bundle people run (`node dist/cli.js`, the package's bin): the sources are
// tested in-process; this checks that the bundle is whole and behaves as a process should.
import { mkdir, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, lessons, REPO, STACK_LINE } from './built-cli.js';

const version = (JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { version: string })
  .version;
let tmp: string;

beforeAll(async () => {
  assertBuilt();
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-bundle-')));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('node dist/cli.js', () => {
  it('prints its version and its help', async () => {
    expect(await lessons(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await lessons(['help', 'check']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--grace-days N');
  });

  it('validates and checks the example knowledge base with the exit codes of DESIGN §4', async () => {
    const validate = await lessons(['validate', '--format', 'json', '--today', '2026-11-26']);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ files: 21, campaigns: 21 });
    const check = await lessons(['check', '--today', '2026-11-26']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^4 campaigns await conclusions/);
  });

  it('refuses a bad option in one line, exit 2, no stack trace', async () => {
    const run = await lessons(['check', '--grace-days', '99999999999999999999']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      "lessons check: Invalid --grace-days '99999999999999999999': expected a whole number from 0 to 36500.",
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('sets up a repository and starts a campaign in it', async () => {
    const repo = path.join(tmp, 'careers');
    await mkdir(path.join(repo, '.git'), { recursive: true });
    expect((await lessons(['init', '--yes', '--no-workflow'], { cwd: repo })).code).toBe(0);
    const created = await lessons(
      ['new', '--title', 'Posters', '--owner', '@jdevries', '--channel', 'outdoor', '--goal', 'Seen?'].concat(
        ['--retention-plan', 'Present it.', '--start', '2027-01-01'],
      ),
      { cwd: path.join(repo, 'lessons') },
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Created 2027-01-posters.yaml');
  });
});
