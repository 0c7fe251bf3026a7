// Review mode (pull_request, pull_request_target): validate the campaign files the pull request
// adds or changes, annotate their problems, rank related lessons, and keep exactly one comment.
import path from 'node:path';
import {
  renderReviewComment,
  renderReviewOutdated,
  type ReviewedFile,
} from '../core/render/review-comment.js';
import { loadKnowledgeBase } from '../io/load.js';
import { InputError } from '../io/read-files.js';
import { annotate } from './annotate.js';
import { hasReviewMarker, installationLogin, planReviewComment, type CommentPlan } from './comment-plan.js';
import { ContextError, type PullContext } from './context.js';
import { blobUrl, type ModeContext, type ModeResult } from './mode.js';
import { changedCampaignFiles, reviewFiles } from './review-files.js';
import { renderReviewSummary } from './summary.js';

export async function review(run: ModeContext): Promise<ModeResult> {
  const { inputs, context, core, github, writer } = run;
  const pull = context.pull;
  if (!pull) {
    throw new ContextError(
      `mode 'review' needs a pull request, and the '${context.eventName}' event has none: use it on pull_request.`,
    );
  }
  const paths = changedCampaignFiles(await github.listPullFiles(pull.number), inputs.root);
  core.info(
    `Pull request #${pull.number} adds or changes ${paths.length} campaign file(s) under ${inputs.root}/.`,
  );
  const files = paths.length > 0 ? reviewFiles(paths, await load(run), inputs.maxRelated) : [];
  const problems = files.flatMap((file) => file.problems);
  const hiddenAnnotations = annotate(core, problems);

  const fileUrl = reviewLinks(run, pull, new Set(paths));
  const body = files.length > 0 ? renderReviewComment(files, { fileUrl }) : null;
  const comments = await github.listIssueComments(pull.number);
  // Only a marked comment raises the question whose it is: otherwise no need to ask GitHub.
  const login = comments.some(hasReviewMarker)
    ? ((await github.viewerLogin()) ?? installationLogin(comments))
    : null;
  const plan = planReviewComment(comments, body, renderReviewOutdated(), login ?? '');
  if (plan.foreign > 0) {
    core.info(
      `Left alone ${plan.foreign} comment(s) that carry the review marker but were written by someone else.`,
    );
  }
  for (const step of plan.steps) {
    if (step.kind === 'create') {
      await writer.write('create-comment', `post the review on pull request #${pull.number}`, () =>
        github.createPullComment(pull.number, step.body),
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

  const related = files.reduce((sum, file) => sum + file.related.length, 0);
  return {
    problems,
    related,
    awaiting: 0,
    summary: renderReviewSummary({
      root: inputs.root,
      files,
      fileUrl,
      commentLine: commentLine(plan, run),
      hiddenAnnotations,
      writes: writer.records,
    }),
    report: { pullRequest: pull.number, comment: plan.outcome, reviewed: files.map(reportFile) },
  };
}

/**
 * Links that stay the same from push to push, so an unchanged review is not rewritten (DESIGN §5):
 * past lessons at the base branch, where they live once merged; the pull request's own files at
 * its branch (in the fork, for a fork), which shows their latest text; and the pull request's
 * files tab when that branch is gone with its fork. Never a commit, which each push changes.
 */
function reviewLinks(
  run: ModeContext,
  pull: PullContext,
  own: ReadonlySet<string>,
): (file: string) => string {
  const { context } = run;
  const base = pull.baseRef ?? context.defaultBranch ?? context.sha;
  return (file) => {
    if (!own.has(file)) return blobUrl(context, base, file);
    if (pull.headRef && pull.headRepo) return blobUrl(context, pull.headRef, file, pull.headRepo);
    return `${context.serverUrl}/${context.owner}/${context.repo}/pull/${pull.number}/files`;
  };
}

async function load(run: ModeContext) {
  const { inputs, context, today } = run;
  try {
    return await loadKnowledgeBase(path.resolve(context.workspace, inputs.root), {
      today,
      graceDays: inputs.graceDays,
      cwd: context.workspace,
    });
  } catch (error) {
    // The root is missing from the checkout: every changed file is then reported as not found.
    if (error instanceof InputError) return { files: [], entries: [], problems: [] };
    throw error;
  }
}

function commentLine(plan: CommentPlan, run: ModeContext): string {
  const first = plan.steps[0];
  const status = first
    ? run.writer.records.find((record) => record.kind === `${first.kind}-comment`)?.status
    : 'done';
  if (status === 'planned')
    return `Dry run: the review comment would be ${plan.outcome}; nothing was written.`;
  if (status === 'refused')
    return `The review comment could not be written. ${run.writer.refusal?.message ?? ''}`.trim();
  switch (plan.outcome) {
    case 'created':
      return 'Posted the review as a comment on the pull request.';
    case 'updated':
      return 'Updated the review comment on the pull request.';
    case 'unchanged':
      return 'The review comment was already up to date.';
    case 'outdated':
      return 'No campaign file is touched any more: the review comment now says so.';
    case 'none':
      return 'No comment: the pull request touches no campaign file.';
  }
}

function reportFile(file: ReviewedFile) {
  return {
    file: file.file,
    id: file.campaign?.id ?? null,
    title: file.campaign?.title ?? file.title ?? null,
    valid: file.campaign !== null,
    missing: file.missing ?? false,
    problems: file.problems.length,
    related: file.related.map((lesson) => ({
      id: lesson.id,
      file: lesson.file,
      title: lesson.title,
      score: lesson.score,
      reasons: lesson.reasons,
    })),
    alsoRunning: file.alsoRunning.map((other) => ({
      id: other.id,
      file: other.file,
      reasons: other.reasons,
    })),
  };
}
