// Decides what to do with the pull request's comments so exactly one review comment remains:
// ours is the token's identity's comment that opens with the marker (ownership.ts), updated only
// when its body changes, duplicates of ours are removed, and any other comment is never touched,
// marker or not.
import { REVIEW_MARKER } from '../core/render/review-comment.js';
import { quotesMarker, startsWithMarker } from '../core/render/markers.js';
import type { IssueComment } from '../github/port.js';
import { isOurs } from './ownership.js';

export type CommentStep =
  | { kind: 'create'; body: string }
  | { kind: 'update'; commentId: number; body: string }
  | { kind: 'delete'; commentId: number };

export interface CommentPlan {
  steps: CommentStep[];
  /** What a person will see: a new comment, an edited one, the same one, or none. */
  outcome: 'created' | 'updated' | 'unchanged' | 'outdated' | 'none';
  /** Comments that quote our marker but are not ours: left alone, and said so in the summary. */
  foreign: number;
}

/** True when a comment opens with the review marker, whoever wrote it. */
export function opensWithReviewMarker(comment: { body: string }): boolean {
  return startsWithMarker(comment.body, REVIEW_MARKER);
}

/**
 * @param body the review, or null when the pull request touches no campaign file any more
 * @param outdatedBody what our comment becomes in that case
 * @param login the token's login: only its comments are ours
 */
export function planReviewComment(
  comments: readonly IssueComment[],
  body: string | null,
  outdatedBody: string,
  login: string,
): CommentPlan {
  const ours = comments
    .filter((comment) => isOurs(comment, login, (text) => startsWithMarker(text, REVIEW_MARKER)))
    .sort((a, b) => a.id - b.id);
  const foreign =
    comments.filter((comment) => quotesMarker(comment.body, REVIEW_MARKER)).length - ours.length;
  const [keep, ...duplicates] = ours;
  const deletes: CommentStep[] = duplicates.map((comment) => ({ kind: 'delete', commentId: comment.id }));
  if (!keep) {
    return body === null
      ? { steps: [], outcome: 'none', foreign }
      : { steps: [{ kind: 'create', body }], outcome: 'created', foreign };
  }
  // No campaign any more: edit ours to one line (an edit notifies no one), never post a new one.
  const wanted = body ?? outdatedBody;
  if (normalise(keep.body) === normalise(wanted)) {
    return { steps: deletes, outcome: body === null ? 'outdated' : 'unchanged', foreign };
  }
  return {
    steps: [{ kind: 'update', commentId: keep.id, body: wanted }, ...deletes],
    outcome: body === null ? 'outdated' : 'updated',
    foreign,
  };
}

// GitHub stores bodies with CRLF line ends when they were edited in the browser, and may trim.
export function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').trim();
}
