// The review of a pull request that adds or changes campaigns, as GitHub Markdown: the problems
// first, then per campaign the past lessons to read before running it. The body is a pure
// function of the findings (no timestamps, no run links) so an unchanged review is not rewritten.
import { WEAKER_MATCH } from '../related/index.js';
import type { Campaign, Problem, RelatedLesson } from '../types.js';
import { clip, escapeMarkdown, escapeTableCell } from './escape-markdown.js';
import { planNudges } from './plan-nudges.js';
import { GITHUB_BODY_LIMIT, truncateMarkdown } from './truncate-markdown.js';

/** Hidden marker that identifies the Action's comment on a pull request (DESIGN §5). */
export const REVIEW_MARKER = '<!-- campaign-lessons:review -->';

export interface AlsoRunning {
  id: string;
  file: string;
  title: string;
  reasons: string[];
}

/** One campaign file the pull request adds or changes, with what was found for it. */
export interface ReviewedFile {
  /** Path relative to the repository root, with `/`. */
  file: string;
  /** The campaign when the file is valid; related lessons exist only then. */
  campaign: Campaign | null;
  /** The title the file gives, valid or not, for the heading. */
  title?: string;
  /** True when the file is not in the checked-out workspace. */
  missing?: boolean;
  problems: Problem[];
  related: RelatedLesson[];
  alsoRunning: AlsoRunning[];
}

export interface ReviewRenderOptions {
  /** Link to a file of the repository: links that do not change from push to push keep the body stable. */
  fileUrl(file: string): string;
  /** Character limit of the result; GitHub's comment limit by default. */
  limit?: number;
}

// Long texts from files are clipped so one verbose lesson cannot crowd out the others.
const FINDING_CHARS = 400;
const REASON_CHARS = 120;
const TITLE_CHARS = 150;
const MESSAGE_CHARS = 300;

const TRUNCATED_NOTICE =
  '> [!NOTE]\n> This review was cut short to stay within GitHub’s size limit for comments. ' +
  'The job summary of the workflow run shows all of it.';

/** The pull request comment: the marker, then the review, under GitHub's size limit. */
export function renderReviewComment(files: readonly ReviewedFile[], options: ReviewRenderOptions): string {
  const body = `${REVIEW_MARKER}\n${renderReviewMarkdown(files, options)}`;
  return truncateMarkdown(body, options.limit ?? GITHUB_BODY_LIMIT, TRUNCATED_NOTICE);
}

/** What the comment becomes when the pull request no longer touches a campaign file. */
export function renderReviewOutdated(): string {
  return `${REVIEW_MARKER}\n_This pull request no longer adds or changes a campaign file, so there are no lessons to show here._\n`;
}

/** The review without marker or limit: the comment's content, and the job summary's. */
export function renderReviewMarkdown(files: readonly ReviewedFile[], options: ReviewRenderOptions): string {
  const out: string[] = ['## Lessons from earlier campaigns', ''];
  const count = files.length;
  out.push(
    `This pull request adds or changes ${count === 1 ? 'one campaign' : `${count} campaigns`}. ` +
      'Before the plan is final, read what earlier campaigns taught us.',
    '',
  );
  out.push(...renderProblems(files, options));
  for (const file of files) out.push(...renderFile(file, options));
  out.push(
    '---',
    '_Lessons with a fundamental conclusion or a refuted outcome come first: they are the ones most easily forgotten. ' +
      'This comment is kept up to date by campaign-lessons._',
  );
  return `${out.join('\n')}\n`;
}

function renderProblems(files: readonly ReviewedFile[], options: ReviewRenderOptions): string[] {
  const problems = files.flatMap((file) => file.problems);
  if (problems.length === 0) return [];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const lead =
    errors > 0
      ? `${plural(errors, 'error')} to fix before this can be merged, and ${plural(problems.length - errors, 'warning')}:`
      : `${plural(problems.length, 'warning')} to look at:`;
  return ['### Problems', '', lead, '', ...renderProblemsTable(problems, options.fileUrl), ''];
}

/** A table of problems, each linked to its line. */
export function renderProblemsTable(
  problems: readonly Problem[],
  fileUrl: (file: string) => string,
): string[] {
  const rows = problems.map((problem) => {
    const where = `[${escapeTableCell(`${problem.file}:${problem.line}`)}](${fileUrl(problem.file)}#L${problem.line})`;
    return `| ${where} | ${problem.severity} | ${escapeTableCell(problem.rule)} | ${escapeTableCell(clip(problem.message, MESSAGE_CHARS))} |`;
  });
  return ['| Where | Severity | Rule | Problem |', '|---|---|---|---|', ...rows];
}

function renderFile(file: ReviewedFile, options: ReviewRenderOptions): string[] {
  const heading = escapeMarkdown(clip(file.campaign?.title ?? file.title ?? file.file, TITLE_CHARS));
  const out = [`### ${heading}`, '', `[${escapeMarkdown(file.file)}](${options.fileUrl(file.file)})`, ''];
  if (file.missing) {
    out.push(
      'This file is not in the checked-out workspace, so it could not be read. ' +
        'Check out the pull request’s head commit before this step.',
      '',
    );
    return out;
  }
  if (!file.campaign) {
    const hasErrors = file.problems.some((problem) => problem.severity === 'error');
    out.push(
      hasErrors
        ? 'This file has errors (see above). Related lessons appear here once it is valid.'
        : 'This file could not be read as a campaign (see above), so there are no related lessons for it.',
      '',
    );
    return out;
  }
  out.push(...renderRelated(file.related, options));
  if (file.alsoRunning.length > 0) {
    const running = file.alsoRunning.map(
      (other) =>
        `[${escapeMarkdown(clip(other.title, TITLE_CHARS))}](${options.fileUrl(other.file)}) ` +
        `(${other.reasons.map((reason) => escapeMarkdown(clip(reason, REASON_CHARS))).join('; ')})`,
    );
    out.push(`**Also running now:** ${running.join(', ')}. Compare notes with them.`, '');
  }
  const nudges = planNudges(file.campaign);
  if (nudges.length > 0) {
    out.push('**To strengthen the plan**', '', ...nudges.map((nudge) => `- ${escapeMarkdown(nudge)}`), '');
  }
  return out;
}

function renderRelated(related: readonly RelatedLesson[], options: ReviewRenderOptions): string[] {
  if (related.length === 0) {
    return [
      'No earlier campaign with conclusions looks related. This one may be the first to teach us something here.',
      '',
    ];
  }
  const out = ['**Related lessons**', ''];
  related.forEach((lesson, index) => {
    const marked = lesson.strength === 'weak' ? [`_${WEAKER_MATCH}_`] : [];
    const reasons = [
      ...marked,
      ...lesson.reasons.map((reason) => escapeMarkdown(clip(reason, REASON_CHARS))),
    ].join(' · ');
    out.push(
      `${index + 1}. **[${escapeMarkdown(clip(lesson.title, TITLE_CHARS))}](${options.fileUrl(lesson.file)})**` +
        (reasons ? ` — ${reasons}` : ''),
    );
    for (const conclusion of lesson.conclusions) {
      const label = [capitalise(conclusion.level), conclusion.outcome].filter(Boolean).join(' · ');
      out.push(`   - **${label}:** ${escapeMarkdown(clip(conclusion.finding, FINDING_CHARS))}`);
    }
  });
  out.push('');
  return out;
}

function plural(n: number, word: string): string {
  return `${n === 0 ? 'no' : n} ${word}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
