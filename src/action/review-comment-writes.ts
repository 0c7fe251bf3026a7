// Keeps the pull request's one review comment: reads the comments, works out which are ours
// (comment-plan.ts), and makes the plan's writes. A comment whose answer was lost is looked for
// before it is posted again.
import { renderReviewOutdated } from '../core/render/review-comment.js';
import { createOnce } from './create-once.js';
import { normalise, opensWithReviewMarker, planReviewComment, type CommentPlan } from './comment-plan.js';
import type { ModeContext } from './mode.js';
import { ownLogin } from './ownership.js';

export async function keepReviewComment(
  run: ModeContext,
  pull: number,
  body: string | null,
): Promise<CommentPlan> {
  const { github, writer, core } = run;
  const comments = await github.listIssueComments(pull);
  // Only a comment that opens with the marker raises the question whose it is: otherwise no need to ask GitHub.
  const login = (await ownLogin(github, comments.filter(opensWithReviewMarker))) ?? '';
  const plan = planReviewComment(comments, body, renderReviewOutdated(), login);
  if (plan.foreign > 0) {
    core.info(
      `Left alone ${plan.foreign} comment(s) that quote the review marker but are not this Action's.`,
    );
  }
  const known = new Set(comments.map((comment) => comment.id));
  for (const step of plan.steps) {
    if (step.kind === 'create') {
      await writer.write('create-comment', `post the review on pull request #${pull}`, () =>
        createOnce(
          () => github.createPullComment(pull, step.body),
          async () =>
            (await github.listIssueComments(pull)).find(
              (comment) => !known.has(comment.id) && normalise(comment.body) === normalise(step.body),
            ),
        ),
      );
    } else if (step.kind === 'update') {
      await writer.write('update-comment', `update the review comment ${step.commentId}`, () =>
        github.updateIssueComment(step.commentId, step.body),
      );
    } else {
      await writer.write('delete-comment', `delete the duplicate review comment ${step.commentId}`, () =>
        github.deleteIssueComment(step.commentId),
      );
    }
  }
  return plan;
}
