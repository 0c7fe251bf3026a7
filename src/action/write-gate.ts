// Whether this run may write to GitHub at all. A dry run never does. The audit writes only when the
// run is on the default branch: that is where conclusions "land", and a tag, a feature branch or a
// pull request's merge ref would close the issues of campaigns it does not have (DESIGN §5). The
// review writes on any pull request: its one comment is about that pull request, whatever its base.
import type { GitHubPort } from '../github/port.js';
import type { ActionContext } from './context.js';
import type { Inputs } from './inputs.js';

/** Why this run must not write, or null when it may. */
export async function writeBlock(
  inputs: Inputs,
  context: ActionContext,
  mode: 'review' | 'audit',
  github: GitHubPort,
): Promise<string | null> {
  if (inputs.dryRun) return 'Dry run: every write to GitHub is logged and counted, none is made.';
  if (mode === 'review') return null;
  const { branch } = context;
  if (!branch) {
    return `The audit opens and closes issues only on the default branch; this run is on ${describeRef(context.ref)}, so it only reports.`;
  }
  // A scheduled run is always on the default branch; older servers leave the repository out of its payload.
  const defaultBranch =
    context.defaultBranch ?? (context.eventName === 'schedule' ? branch : await github.defaultBranch());
  if (branch === defaultBranch) return null;
  return `The audit opens and closes issues only on the default branch (${defaultBranch}); on ${branch} it only reports.`;
}

function describeRef(ref: string): string {
  const tag = /^refs\/tags\/(.+)$/.exec(ref);
  if (tag) return `the tag ${tag[1]}`;
  const pull = /^refs\/pull\/(\d+)\//.exec(ref);
  if (pull) return `the merge ref of pull request #${pull[1]}`;
  return ref ? `${ref}, which is not a branch` : 'no branch (GITHUB_REF is not set)';
}
