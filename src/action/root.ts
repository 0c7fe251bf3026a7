// The one place the root input is checked against the checkout, before anything is read or
// written. A file or a link as root would make every other campaign look deleted to the audit, and
// a missing root usually means the workflow has no checkout step: the audit stops before any issue
// looks resolved. A review still runs without it, and names every changed file as not found.
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { checkRootFolder } from '../io/read-files.js';

export interface RootFolder {
  /** As given (normalised), relative to the workspace: `lessons`. */
  input: string;
  /** Absolute path in the checkout. */
  dir: string;
  /** False when the checkout has no such folder (review only; the audit stops). */
  present: boolean;
}

export async function locateRoot(
  root: string,
  workspace: string,
  mode: 'review' | 'audit',
): Promise<RootFolder> {
  await checkRootFolder(root, workspace, 'the root input');
  const dir = path.resolve(workspace, root);
  const present = (await lstat(dir).catch(() => null)) !== null;
  if (!present && mode === 'audit') {
    throw new Error(
      `The folder ${root} is not in the checkout (${workspace}). Check the root input, and that a step with actions/checkout runs before this one.`,
    );
  }
  return { input: root, dir, present };
}
