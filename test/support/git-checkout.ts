// Git checkouts for the tests of a pull request read from git: a repository with a base and a head
// commit, and a shallow checkout of the head made the way actions/checkout makes one (init, add
// the remote, fetch one commit, check it out), in which the base commit is missing.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Test',
          GIT_AUTHOR_EMAIL: 'test@example.com',
          GIT_COMMITTER_NAME: 'Test',
          GIT_COMMITTER_EMAIL: 'test@example.com',
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
        },
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`git ${args.join(' ')}: ${stderr}`)) : resolve(stdout.trim()),
    );
  });
}

/**
 * Commits what `dir` holds without `headOnly` as the base, then `headOnly` as the head.
 * @returns the two commit ids
 */
export async function commitBaseAndHead(
  dir: string,
  headOnly: string[],
): Promise<{ base: string; head: string }> {
  await git(dir, 'init', '--quiet', '--initial-branch=main');
  await git(dir, 'add', '--all', '--', '.', ...headOnly.map((file) => `:(exclude)${file}`));
  await git(dir, 'commit', '--quiet', '--message', 'base');
  const base = await git(dir, 'rev-parse', 'HEAD');
  await git(dir, 'add', '--all');
  await git(dir, 'commit', '--quiet', '--message', 'head');
  return { base, head: await git(dir, 'rev-parse', 'HEAD') };
}

/**
 * Turns `dir` (a repository from commitBaseAndHead) into a shallow checkout of `head` with an
 * `origin` that has every commit; returns a function that removes that origin.
 */
export async function makeShallow(dir: string, head: string): Promise<() => Promise<void>> {
  const origin = await mkdtemp(path.join(tmpdir(), 'campaign-lessons-origin-'));
  await git(dir, 'clone', '--quiet', '--bare', '.', origin);
  await rm(path.join(dir, '.git'), { recursive: true, force: true });
  await git(dir, 'init', '--quiet');
  await git(dir, 'remote', 'add', 'origin', `file://${origin}`);
  await git(dir, 'fetch', '--quiet', '--no-tags', '--depth=1', 'origin', head);
  await git(dir, 'checkout', '--quiet', '--force', '--detach', head);
  return () => rm(origin, { recursive: true, force: true });
}
