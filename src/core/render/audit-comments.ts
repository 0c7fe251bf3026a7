// The short comments the audit leaves when it closes, reopens or de-duplicates an issue, so the
// people watching it know why and at which commit.
import { codeSpan } from './escape-markdown.js';

export type IssueChange =
  | { kind: 'concluded'; sha: string; file: string }
  | { kind: 'deleted'; sha: string; id: string }
  | { kind: 'no-longer-awaiting'; sha: string; file: string }
  | { kind: 'reopened'; sha: string; file: string }
  | { kind: 'duplicate'; of: number };

export function renderIssueChange(change: IssueChange): string {
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
