// Review mode (pull_request, pull_request_target): validate the campaign files the pull request
// adds or changes, annotate their problems, rank related lessons, and keep exactly one comment.
import { renderReviewComment, type ReviewedFile } from '../core/render/review-comment.js';
import type { Problem } from '../core/types.js';
import { loadKnowledgeBase } from '../io/load.js';
import { annotate } from './annotate.js';
import type { CommentPlan } from './comment-plan.js';
import { ContextError, type PullContext } from './context.js';
import { blobUrl, type ModeContext, type ModeResult } from './mode.js';
import { pullCampaignFiles } from './pull-files.js';
import { keepReviewComment } from './review-comment-writes.js';
import { reviewFiles } from './review-files.js';
import { renderReviewSummary } from './summary.js';

export async function review(run: ModeContext): Promise<ModeResult> {
  const { inputs, context, core, writer } = run;
  const pull = context.pull;
  if (!pull) {
    throw new ContextError(
      `mode 'review' needs a pull request, and the '${context.eventName}' event has none: use it on pull_request.`,
    );
  }
  const listing = await pullCampaignFiles(run, pull);
  if (listing.notice) core.warning(listing.notice);
  const kb = listing.paths.length > 0 || listing.source === 'root' ? await load(run) : null;
  // Past GitHub's listing without git, every file of the root with an error is reviewed too.
  const paths =
    listing.source === 'root' && kb
      ? [...new Set([...listing.paths, ...filesWithErrors(kb.problems, inputs.root)])].sort()
      : listing.paths;
  core.info(
    `Pull request #${pull.number} adds or changes ${paths.length} campaign file(s) under ${inputs.root}/.`,
  );
  const files = kb && paths.length > 0 ? reviewFiles(paths, kb, inputs.maxRelated) : [];
  const problems = files.flatMap((file) => file.problems);
  const hiddenAnnotations = annotate(core, problems);

  const fileUrl = reviewLinks(run, pull, new Set(paths));
  const body = files.length > 0 ? renderReviewComment(files, { fileUrl }) : null;
  const plan = await keepReviewComment(run, pull.number, body);
  const notices = [
    ...(listing.notice ? [listing.notice] : []),
    ...(plan.foreign > 0
      ? [
          `Left alone ${plan.foreign === 1 ? 'one comment that quotes' : `${plan.foreign} comments that quote`} the review marker ` +
            'but is not this Action’s own: only a comment its token wrote, with the marker at the very start, is edited or removed.',
        ]
      : []),
  ];

  const related = files.reduce((sum, file) => sum + file.related.length, 0);
  return {
    problems,
    related,
    awaiting: 0,
    stopped: writer.stopped?.message ?? null,
    summary: renderReviewSummary({
      root: inputs.root,
      files,
      fileUrl,
      commentLine: commentLine(plan, run),
      hiddenAnnotations,
      writes: writer.records,
      notices,
    }),
    report: {
      pullRequest: pull.number,
      files: { source: listing.source, listed: listing.listed, changed: listing.changed },
      comment: plan.outcome,
      foreignComments: plan.foreign,
      reviewed: files.map(reportFile),
    },
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
  const { inputs, context, today, root } = run;
  // The root is missing from the checkout: every changed file is then reported as not found.
  if (!root.present) return { files: [], entries: [], problems: [] };
  return loadKnowledgeBase(root.dir, { today, graceDays: inputs.graceDays, cwd: context.workspace });
}

function filesWithErrors(problems: readonly Problem[], root: string): string[] {
  const prefix = root === '.' ? '' : `${root}/`;
  return problems
    .filter((problem) => problem.severity === 'error' && problem.file.startsWith(prefix))
    .map((problem) => problem.file);
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
  if (status === 'left')
    return `The review comment was not written: ${run.writer.stopped?.message ?? 'operations-per-run was reached.'}`;
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
