// Issue 8, item 3, as the runner runs it: GitHub lists at most 3,000 files of a pull request while
// `changed_files` says 3,500. An invalid campaign at position 3,300 must still fail the check: the
// review reads the rest from the checkout (git diff against the base, fetched into a shallow
// checkout), or, without git, validates the whole root; and it warns either way.
import { describe, expect } from 'vitest';
import { pullRequestPayload } from '../support/action-harness.js';
import { it, type E2E } from '../support/e2e.js';
import { commitBaseAndHead, git, makeShallow } from '../support/git-checkout.js';
import type { PullFileSpec } from '../support/fake-github.js';

const TIMEOUT = { timeout: 300_000 };
const BROKEN = 'lessons/2026-11-tram-stunt.yaml';
const FILES = 3500;
const AT = 3300;

async function largePull(e2e: E2E): Promise<number> {
  await e2e.workspace.write(BROKEN, 'id: 2026-11-tram-stunt\ntitle: A stunt on the tram\nstatus: someday\n');
  const files: PullFileSpec[] = Array.from({ length: FILES }, (_, i) =>
    i === AT
      ? { filename: BROKEN, status: 'added' }
      : { filename: `assets/banners/banner-${i}.png`, status: 'added' },
  );
  return e2e.github.addPullRequest({ files, changedFiles: FILES });
}

function expectCaught(result: Awaited<ReturnType<E2E['review']>>, how: RegExp) {
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error' && a.properties.file === BROKEN);
  expect(errors.length).toBeGreaterThan(0);
  const warning = result.annotations.find(
    (a) => a.level === 'warning' && a.message.includes('3,000 of the 3,500'),
  );
  expect(warning?.message).toMatch(how);
  expect(result.summary).toContain('A stunt on the tram');
  expect(Number(result.outputs.problems)).toBeGreaterThan(0);
}

describe.concurrent('a pull request with more files than GitHub lists', TIMEOUT, () => {
  it('finds the campaign past position 3,000 with git diff against the base', async ({ e2e }) => {
    const pull = await largePull(e2e);
    const { base } = await commitBaseAndHead(e2e.workspace.dir, [BROKEN]);
    const result = await e2e.review('review of 3,500 files, base in the checkout', pull, {
      payload: pullRequestPayload(pull, undefined, { baseSha: base, changedFiles: FILES }),
    });
    expectCaught(result, /found with git diff against the base commit/);
    expect(result.report?.files).toEqual({ source: 'git', listed: 3000, changed: 3500 });
  });

  it('fetches the base into a shallow checkout first', async ({ e2e }) => {
    const pull = await largePull(e2e);
    const { base, head } = await commitBaseAndHead(e2e.workspace.dir, [BROKEN]);
    const removeOrigin = await makeShallow(e2e.workspace.dir, head);
    try {
      await expect(git(e2e.workspace.dir, 'cat-file', '-e', `${base}^{commit}`)).rejects.toThrow();
      const result = await e2e.review('review of 3,500 files, shallow checkout', pull, {
        payload: pullRequestPayload(pull, undefined, { baseSha: base, changedFiles: FILES }),
      });
      expectCaught(result, /found with git diff against the base commit/);
      await git(e2e.workspace.dir, 'cat-file', '-e', `${base}^{commit}`);
    } finally {
      await removeOrigin();
    }
  });

  it('validates the whole root when the checkout is not a git repository', async ({ e2e }) => {
    const pull = await largePull(e2e);
    const result = await e2e.review('review of 3,500 files, no git', pull, {
      payload: pullRequestPayload(pull, undefined, { baseSha: 'f'.repeat(40), changedFiles: FILES }),
    });
    expectCaught(result, /every campaign file under lessons\/ was validated instead/);
    expect(result.report?.files).toEqual({ source: 'root', listed: 3000, changed: 3500 });
  });
});
