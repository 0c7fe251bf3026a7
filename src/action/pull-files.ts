// Which campaign files a pull request adds or changes. GitHub's files listing is the fast way, but
// it stops at 3,000 files, and `changed_files` tells when it did: then the checkout answers (git
// diff against the base commit), and when git cannot, the whole root is validated. Either way the
// run warns, so a large pull request is never passed as "no campaign files".
import { changedSince, GitError } from '../io/git-diff.js';
import type { PullContext } from './context.js';
import type { ModeContext } from './mode.js';
import { changedCampaignFiles } from './review-files.js';

// GitHub's files listing of a pull request ends here, whatever the pull request changes.
export const FILES_LISTED_MAX = 3000;

export interface PullListing {
  /** Campaign files under the root the pull request adds or changes, as far as they are known. */
  paths: string[];
  /** `api`: GitHub's listing was complete; `git`: read from the checkout; `root`: every file of the root. */
  source: 'api' | 'git' | 'root';
  listed: number;
  changed: number | null;
  /** Why the listing was not enough, as a sentence; null when it was. */
  notice: string | null;
}

export async function pullCampaignFiles(run: ModeContext, pull: PullContext): Promise<PullListing> {
  const { github, inputs, context } = run;
  const listing = await github.listPullFiles(pull.number);
  const listed = listing.length;
  const changed = pull.changedFiles;
  const paths = changedCampaignFiles(listing, inputs.root);
  if (listed < FILES_LISTED_MAX && (changed === null || changed <= listed)) {
    return { paths, source: 'api', listed, changed, notice: null };
  }
  const lead =
    `GitHub lists only the first ${listed.toLocaleString('en')} of the ` +
    `${(changed ?? listed).toLocaleString('en')}${changed === null ? ' or more' : ''} files pull request #${pull.number} changes`;
  if (!pull.baseSha) {
    return {
      paths,
      source: 'root',
      listed,
      changed,
      notice: `${lead}, and the event names no base commit: ${rootFallback(inputs.root)}`,
    };
  }
  try {
    const fromGit = changedCampaignFiles(
      await changedSince(context.workspace, pull.baseSha, inputs.root),
      inputs.root,
    );
    return {
      paths: [...new Set([...paths, ...fromGit])].sort(),
      source: 'git',
      listed,
      changed,
      notice: `${lead}; its campaign files were found with git diff against the base commit ${pull.baseSha.slice(0, 7)} instead.`,
    };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return {
      paths,
      source: 'root',
      listed,
      changed,
      notice: `${lead}, and git could not tell the rest (${error.message}): ${rootFallback(inputs.root)}`,
    };
  }
}

function rootFallback(root: string): string {
  return (
    `every campaign file under ${root}/ was validated instead, and those with errors are reviewed here. ` +
    'With a git checkout (actions/checkout) the review reads exactly the pull request’s files.'
  );
}
