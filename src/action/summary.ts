// The job summary of a run: what was found (the review, or the campaigns awaiting conclusions
// and every problem) and what was done about it, as GitHub Markdown. Text from campaign files
// is escaped here as in comments and issues.
import { clip, escapeMarkdown, escapeTableCell } from '../core/render/escape-markdown.js';
import {
  renderProblemsTable,
  renderReviewMarkdown,
  type ReviewedFile,
} from '../core/render/review-comment.js';
import { truncateMarkdown } from '../core/render/truncate-markdown.js';
import type { AwaitingReason, Problem } from '../core/types.js';
import { ANNOTATIONS_PER_SEVERITY } from './annotate.js';
import type { WriteRecord } from './writer.js';

// GitHub shows a job summary of up to 1 MiB. Counted in UTF-16 units, 300,000 stays under it
// even if every character took three bytes.
const SUMMARY_LIMIT = 300_000;
const SUMMARY_NOTICE =
  '> [!NOTE]\n> This summary was cut short to stay within GitHub’s size limit; the file named by the `report` output has everything.';

const STATUS: Record<WriteRecord['status'], string> = {
  done: 'done',
  planned: 'planned (dry run)',
  refused: 'not done: permission missing',
  left: 'left for the next run',
};

export interface ReviewSummaryInput {
  root: string;
  files: readonly ReviewedFile[];
  fileUrl(file: string): string;
  /** What the pull request comment now looks like, as a sentence. */
  commentLine: string;
  hiddenAnnotations: number;
  writes: readonly WriteRecord[];
  /** Sentences worth a callout: a file listing GitHub cut short, comments that quote the marker. */
  notices: readonly string[];
}

export function renderReviewSummary(input: ReviewSummaryInput): string {
  const out: string[] = [];
  if (input.files.length === 0) {
    out.push(
      '## Lessons from earlier campaigns',
      '',
      `This pull request adds or changes no campaign file under ${escapeMarkdown(input.root)}/.`,
      '',
    );
  } else {
    out.push(renderReviewMarkdown(input.files, { fileUrl: input.fileUrl }));
  }
  out.push(...callouts(input.notices));
  out.push('### This run', '', `- ${input.commentLine}`);
  out.push(...annotationNote(input.hiddenAnnotations));
  out.push('', ...renderWrites(input.writes));
  return truncateMarkdown(`${out.join('\n')}\n`, SUMMARY_LIMIT, SUMMARY_NOTICE);
}

export interface AuditRow {
  id: string;
  title: string;
  file: string;
  owner: string;
  reason: AwaitingReason;
  since: string;
  /** What happened to its issue, as Markdown ("opened #12"). */
  issue: string;
}

export interface ClosedRow {
  number: number;
  id: string;
  why: string;
  status: WriteRecord['status'];
}

export interface AuditSummaryInput {
  today: string;
  graceDays: number;
  rows: readonly AuditRow[];
  closed: readonly ClosedRow[];
  problems: readonly Problem[];
  fileUrl(file: string): string;
  hiddenAnnotations: number;
  writes: readonly WriteRecord[];
  /**
   * Sentences worth a callout above the table: why the run wrote nothing (dry run, another branch),
   * what it left for the next run, look-alike issues it left alone.
   */
  notices: readonly string[];
}

const REASON: Record<AwaitingReason, string> = {
  'closed-without-conclusions': 'closed without conclusions',
  'ended-without-conclusions': 'ended without conclusions',
  'review-overdue': 'review overdue',
};

export function renderAuditSummary(input: AuditSummaryInput): string {
  const out = ['## Campaigns awaiting conclusions', ''];
  out.push(...callouts(input.notices));
  if (input.rows.length === 0) {
    out.push(`No campaign awaits conclusions on ${input.today} (${input.graceDays} days of grace).`, '');
  } else {
    out.push(
      `${input.rows.length === 1 ? 'One campaign awaits' : `${input.rows.length} campaigns await`} conclusions on ${input.today} (${input.graceDays} days of grace):`,
      '',
      '| Campaign | Owner | Why | Since | Issue |',
      '|---|---|---|---|---|',
      ...input.rows.map(
        (row) =>
          `| [${escapeTableCell(clip(row.title, 150))}](${input.fileUrl(row.file)}) | ${escapeTableCell(row.owner)} | ` +
          `${REASON[row.reason]} | ${row.since} | ${row.issue} |`,
      ),
      '',
    );
  }
  if (input.closed.length > 0) {
    out.push(
      '### Issues closed',
      '',
      '| Issue | Campaign | Why | Status |',
      '|---|---|---|---|',
      ...input.closed.map(
        (row) => `| #${row.number} | ${escapeTableCell(row.id)} | ${row.why} | ${STATUS[row.status]} |`,
      ),
      '',
    );
  }
  out.push('### This run', '', ...renderWrites(input.writes), '');
  // The longest part last: if the summary must be cut, it is cut here.
  if (input.problems.length > 0) {
    out.push(
      '### Problems in the campaign files',
      '',
      ...renderProblemsTable(input.problems, input.fileUrl),
      '',
    );
    out.push(...annotationNote(input.hiddenAnnotations));
  }
  return truncateMarkdown(`${out.join('\n')}\n`, SUMMARY_LIMIT, SUMMARY_NOTICE);
}

/** The summary of a run that stopped before it could report: why, and the writes it made until then. */
export function renderStoppedSummary(failure: string, writes: readonly WriteRecord[]): string {
  const out = ['## campaign-lessons stopped', '', failure, ''];
  if (writes.length > 0) out.push('### Writes before it stopped', '', ...renderWrites(writes), '');
  return out.join('\n');
}

function callouts(notices: readonly string[]): string[] {
  return notices.flatMap((notice) => [`> [!NOTE]\n> ${notice}`, '']);
}

function annotationNote(hidden: number): string[] {
  if (hidden === 0) return [];
  return [
    `- GitHub shows ${ANNOTATIONS_PER_SEVERITY} annotations of each kind per step: ` +
      `${hidden} more ${hidden === 1 ? 'problem is' : 'problems are'} listed only in this summary.`,
  ];
}

function renderWrites(writes: readonly WriteRecord[]): string[] {
  if (writes.length === 0) return ['Nothing to write to GitHub.'];
  return [
    '| Write | Status |',
    '|---|---|',
    ...writes.map((write) => `| ${escapeTableCell(write.description)} | ${STATUS[write.status]} |`),
  ];
}
