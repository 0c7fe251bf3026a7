// Which files of a pull request are campaigns to review, and what was found for each: its
// problems, and the related past lessons when it is valid.
import type { PullFile } from '../github/port.js';
import type { KnowledgeBase } from '../io/load.js';
import { buildRelatedIndex, findRelated } from '../core/related/index.js';
import type { ReviewedFile } from '../core/render/review-comment.js';

// Added, modified and renamed files are reviewed (DESIGN §5); a removed one has nothing to review.
const REVIEWED: ReadonlySet<PullFile['status']> = new Set([
  'added',
  'modified',
  'renamed',
  'copied',
  'changed',
]);

/** The campaign files the pull request adds or changes under `root` (a path relative to the repository). */
export function changedCampaignFiles(files: readonly PullFile[], root: string): string[] {
  const prefix = root === '.' ? '' : `${root}/`;
  return files
    .filter(
      (file) =>
        REVIEWED.has(file.status) && file.filename.startsWith(prefix) && /\.ya?ml$/i.test(file.filename),
    )
    .map((file) => file.filename)
    .sort();
}

/** What the review says about each changed file, in the order given. */
export function reviewFiles(paths: readonly string[], kb: KnowledgeBase, maxRelated: number): ReviewedFile[] {
  // Building the index costs a pass over every lesson: only when there is something to rank.
  const index = maxRelated > 0 && kb.entries.length > 0 ? buildRelatedIndex(kb.entries) : null;
  return paths.map((path) => {
    const parsed = kb.files.find((file) => file.file === path);
    const entry = kb.entries.find((candidate) => candidate.file === path);
    const problems = kb.problems.filter((problem) => problem.file === path);
    const title = typeof parsed?.data?.title === 'string' ? parsed.data.title : undefined;
    if (!parsed && problems.length === 0) {
      return { file: path, campaign: null, missing: true, problems, related: [], alsoRunning: [] };
    }
    if (!entry || !index) {
      return { file: path, campaign: entry?.campaign ?? null, title, problems, related: [], alsoRunning: [] };
    }
    const found = findRelated(index, entry.campaign, { limit: maxRelated });
    return {
      file: path,
      campaign: entry.campaign,
      title,
      problems,
      related: found.related,
      alsoRunning: found.alsoRunning,
    };
  });
}
