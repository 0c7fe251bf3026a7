// Which files a pull request changes, read from the checkout with git: for when GitHub's files
// listing stops at 3,000. Compares the base commit with what is checked out (HEAD: the merge
// commit of a pull_request run, or the head the workflow checked out), fetching the base commit
// first when a shallow checkout does not have it. Runs git without a shell, with bounded time.
import { execFile } from 'node:child_process';
import type { PullFile } from '../github/port.js';

const FETCH_TIMEOUT_MS = 120_000;
const GIT_TIMEOUT_MS = 60_000;

export class GitError extends Error {}

const STATUS: Record<string, PullFile['status']> = { A: 'added', M: 'modified', D: 'removed', T: 'changed' };

/**
 * The files changed between `baseSha` and HEAD under `root` (relative to the repository, '.' for
 * all), as the files listing would name them; renames appear as a removal and an addition.
 */
export async function changedSince(workspace: string, baseSha: string, root: string): Promise<PullFile[]> {
  // Only a full commit id goes to git: never an option or a revision expression from a payload.
  if (!/^[0-9a-f]{40}$/i.test(baseSha)) throw new GitError(`the base commit '${baseSha}' is not a commit id`);
  const git = (args: string[], timeout = GIT_TIMEOUT_MS) => run(workspace, args, timeout);
  await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => {
    throw new GitError('the checkout is not a git repository');
  });
  const present = await git(['cat-file', '-e', `${baseSha}^{commit}`]).then(
    () => true,
    () => false,
  );
  if (!present) {
    // A shallow checkout (actions/checkout fetches one commit) lacks the base: fetch just it.
    await git(
      ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', baseSha],
      FETCH_TIMEOUT_MS,
    ).catch((error: Error) => {
      throw new GitError(`the base commit ${baseSha.slice(0, 7)} could not be fetched (${error.message})`);
    });
  }
  const out = await git(['diff', '--name-status', '--no-renames', '-z', baseSha, 'HEAD', '--', root]);
  const fields = out.split('\0');
  const files: PullFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    files.push({ filename: fields[i + 1]!, status: STATUS[fields[i]!.charAt(0)] ?? 'changed' });
  }
  return files;
}

function run(cwd: string, args: string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      // Literal pathspecs: a root such as ':(exclude)x' is a folder name, never pathspec magic.
      ['--literal-pathspecs', '-c', 'core.quotepath=off', ...args],
      { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const detail = (stderr || error.message).trim().split('\n').at(-1) ?? '';
        reject(new GitError(`git ${args[0]} failed: ${detail}`));
      },
    );
  });
}
