// The short comments the audit leaves when it closes, reopens or de-duplicates an issue, so the
// people watching it know why and at which commit. Each opens with a marker of its kind, so a run
// that was stopped between the comment and the closing finds it and does not say it twice.
import { codeSpan } from './escape-markdown.js';
import { startsWithMarker } from './markers.js';

/** Opens the comment the audit leaves when it closes an issue (concluded, deleted, duplicate …). */
export const CLOSING_MARKER = '<!-- campaign-lessons:closing -->';
/** Opens the comment the audit leaves when it reopens an issue. */
export const REOPENING_MARKER = '<!-- campaign-lessons:reopening -->';

/** Which of the audit's comments this is, by its opening marker; null for any other comment. */
export function issueChangeKind(body: string): 'closing' | 'reopening' | null {
  if (startsWithMarker(body, CLOSING_MARKER)) return 'closing';
  if (startsWithMarker(body, REOPENING_MARKER)) return 'reopening';
  return null;
}

export type IssueChange =
  | { kind: 'concluded'; sha: string; file: string }
  | { kind: 'deleted'; sha: string; id: string }
  | { kind: 'no-longer-awaiting'; sha: string; file: string }
  | { kind: 'reopened'; sha: string; file: string }
  | { kind: 'duplicate'; of: number };

export function renderIssueChange(change: IssueChange): string {
  const marker = change.kind === 'reopened' ? REOPENING_MARKER : CLOSING_MARKER;
  return `${marker}\n${changeText(change)}`;
}

function changeText(change: IssueChange): string {
  switch (change.kind) {
    case 'concluded':
      return `The conclusions are in: ${codeSpan(change.file)} has them as of ${change.sha}. Thank you for writing them down.`;
    case 'deleted':
      return `The campaign file of ${codeSpan(change.id)} was removed as of ${change.sha}, so there is nothing left to conclude here.`;
    case 'no-longer-awaiting':
      return `As of ${change.sha}, ${codeSpan(change.file)} no longer awaits conclusions (its status or period changed).`;
    case 'reopened':
      return `Reopened: as of ${change.sha}, ${codeSpan(change.file)} awaits conclusions again.`;
    case 'duplicate':
      return `Duplicate of #${change.of}, which tracks the same campaign.`;
  }
}
