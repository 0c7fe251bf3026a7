// Decides what to do with the pull request's comments so exactly one review comment remains:
// ours is found by marker and author, updated only when its body changes, duplicates of ours are
// removed, and a comment someone else wrote is never touched, marker or not.
import { WORKFLOW_TOKEN_LOGIN, type IssueComment } from '../github/port.js';
import { REVIEW_MARKER } from '../core/render/review-comment.js';

export type CommentStep =
  | { kind: 'create'; body: string }
  | { kind: 'update'; commentId: number; body: string }
  | { kind: 'delete'; commentId: number };

export interface CommentPlan {
  steps: CommentStep[];
  /** What a person will see: a new comment, an edited one, the same one, or none. */
  outcome: 'created' | 'updated' | 'unchanged' | 'outdated' | 'none';
  /** Comments with our marker written by someone else: left alone, but worth a line in the log. */
  foreign: number;
}

/** True when a comment carries the review marker, whoever wrote it. */
export function hasReviewMarker(comment: IssueComment): boolean {
  return comment.body.includes(REVIEW_MARKER);
}

/**
 * Whose marked comments are ours when GitHub will not tell an installation token its login: the
 * workflow token's comments are github-actions[bot]'s, a GitHub App's are `<slug>[bot]`'s, and
 * neither can be asked. The one app bot that wrote marked comments is taken to be us; with none,
 * or with several (one may have copied the marker), the workflow token's login.
 */
export function installationLogin(comments: readonly IssueComment[]): string {
  const bots = new Set(
    comments
      .filter(
        (comment) => hasReviewMarker(comment) && comment.authorIsBot && comment.author.endsWith('[bot]'),
      )
      .map((comment) => comment.author),
  );
  const [only] = bots;
  return bots.size === 1 && only ? only : WORKFLOW_TOKEN_LOGIN;
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
  const marked = comments.filter(hasReviewMarker);
  const ours = marked.filter((comment) => comment.author === login).sort((a, b) => a.id - b.id);
  const foreign = marked.length - ours.length;
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
function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').trim();
}
