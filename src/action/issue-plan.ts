// Decides what the audit does with its own issues (ownership.ts: the token's identity wrote them
// and they open with the campaign marker) so exactly one open issue stands for each campaign
// awaiting conclusions: open one, bring its text up to date, close it when conclusions land (or
// the file goes), reopen one this Action closed, and leave alone one a person closed. The issues
// list nearly alone decides: the Action's closings carry a marker in the body
// (CLOSED_BY_ACTION_MARKER); a reopening is checked against closed_by right before it is made.
import { hasConclusions } from '../core/conclusions.js';
import { renderIssueChange } from '../core/render/audit-comments.js';
import {
  assignableLogin,
  closedByAction,
  markedCampaign,
  renderAuditIssue,
  sameIssueBody,
  unassignableNotice,
  withClosedMarker,
} from '../core/render/audit-issue.js';
import type { Awaiting, CampaignEntry } from '../core/types.js';
import type { CloseReason, Issue } from '../github/port.js';

export type IssueStep =
  | { kind: 'open'; id: string; title: string; body: string; assignee: string | null; unassignedBody: string }
  | { kind: 'update'; id: string; number: number; title: string; body: string }
  | { kind: 'reopen'; id: string; number: number; title: string; body: string; comment: string }
  /** The owner is not among the assignees (it changed, or was never assigned): add them, leave the others. */
  | { kind: 'assign'; id: string; number: number; login: string; unassignedBody: string }
  | {
      kind: 'close';
      id: string;
      number: number;
      reason: CloseReason;
      why: 'concluded' | 'deleted' | 'no-longer-awaiting' | 'duplicate';
      comment: string;
      /** The issue's body with the closing marker, written by the closing request itself. */
      body: string;
    };

/** Issues the plan leaves as they are, and why: for the summary and the report. */
export type IssueNote =
  | { kind: 'up-to-date'; id: string; number: number }
  | { kind: 'closed-by-person'; id: string; number: number }
  | { kind: 'file-invalid'; id: string; number: number };

export interface IssuePlanInput {
  awaiting: readonly Awaiting[];
  /** Valid campaigns, by id. */
  entries: ReadonlyMap<string, CampaignEntry>;
  /** Ids of every campaign file in the root, valid or not: an invalid file is not a deleted one. */
  presentIds: ReadonlySet<string>;
  /** The Action's own labelled issues, as the issues list gives them. */
  issues: readonly Issue[];
  sha: string;
  fileUrl(file: string): string;
}

export function planIssues(input: IssuePlanInput): { steps: IssueStep[]; notes: IssueNote[] } {
  const byId = groupByCampaign(input.issues);
  const steps: IssueStep[] = [];
  const notes: IssueNote[] = [];
  const awaitingIds = new Set(input.awaiting.map((item) => item.id));

  for (const item of input.awaiting) {
    const entry = input.entries.get(item.id);
    if (!entry) continue;
    const list = byId.get(item.id) ?? [];
    const open = list.filter((issue) => issue.state === 'open');
    const render = (unassignable: boolean) =>
      renderAuditIssue({
        awaiting: item,
        campaign: entry.campaign,
        fileUrl: input.fileUrl(item.file),
        ownerUnassignable: unassignable,
      });
    const keep = open[0];
    if (keep) {
      const wanted = render(keep.body.includes(unassignableNotice(entry.campaign.owner)));
      const assign = assignStep(item.id, keep, entry.campaign.owner, render(true).body);
      if (keep.title !== wanted.title || !sameIssueBody(keep.body, wanted.body)) {
        steps.push({ kind: 'update', id: item.id, number: keep.number, ...wanted });
      } else if (!assign) {
        notes.push({ kind: 'up-to-date', id: item.id, number: keep.number });
      }
      if (assign) steps.push(assign);
      // A retried request can leave a second open issue: the newer one goes.
      for (const duplicate of open.slice(1)) steps.push(closeDuplicate(item.id, duplicate, keep));
      continue;
    }
    const last = lastClosed(list);
    if (!last) {
      steps.push({
        kind: 'open',
        id: item.id,
        ...render(false),
        assignee: assignableLogin(entry.campaign.owner),
        unassignedBody: render(true).body,
      });
    } else if (closedByAction(last.body)) {
      const wanted = render(last.body.includes(unassignableNotice(entry.campaign.owner)));
      steps.push({
        kind: 'reopen',
        id: item.id,
        number: last.number,
        ...wanted,
        comment: renderIssueChange({ kind: 'reopened', sha: input.sha, file: item.file }),
      });
      const assign = assignStep(item.id, last, entry.campaign.owner, render(true).body);
      if (assign) steps.push(assign);
    } else {
      // Closed without the Action's marker: a person closed it, and that decision stands.
      notes.push({ kind: 'closed-by-person', id: item.id, number: last.number });
    }
  }

  for (const [id, list] of byId) {
    if (awaitingIds.has(id)) continue;
    const open = list.filter((issue) => issue.state === 'open');
    if (open.length === 0) continue;
    const entry = input.entries.get(id);
    if (!entry && input.presentIds.has(id)) {
      // The file is there but has errors: whether it has conclusions cannot be told yet.
      for (const issue of open) notes.push({ kind: 'file-invalid', id, number: issue.number });
      continue;
    }
    for (const issue of open) steps.push(closeResolved(id, issue, entry, input.sha));
  }
  return { steps, notes };
}

// An owner GitHub refused before is named in the body instead: asking again would fail again.
function assignStep(id: string, issue: Issue, owner: string, unassignedBody: string): IssueStep | null {
  const login = assignableLogin(owner);
  if (!login || issue.body.includes(unassignableNotice(owner))) return null;
  if (issue.assignees.some((assignee) => assignee.toLowerCase() === login.toLowerCase())) return null;
  return { kind: 'assign', id, number: issue.number, login, unassignedBody };
}

function closeResolved(id: string, issue: Issue, entry: CampaignEntry | undefined, sha: string): IssueStep {
  if (!entry) {
    return {
      kind: 'close',
      id,
      number: issue.number,
      reason: 'not_planned',
      why: 'deleted',
      comment: renderIssueChange({ kind: 'deleted', sha, id }),
      body: withClosedMarker(issue.body),
    };
  }
  const concluded = hasConclusions(entry.campaign);
  return {
    kind: 'close',
    id,
    number: issue.number,
    reason: concluded ? 'completed' : 'not_planned',
    why: concluded ? 'concluded' : 'no-longer-awaiting',
    comment: renderIssueChange({
      kind: concluded ? 'concluded' : 'no-longer-awaiting',
      sha,
      file: entry.file,
    }),
    body: withClosedMarker(issue.body),
  };
}

function closeDuplicate(id: string, duplicate: Issue, keep: Issue): IssueStep {
  return {
    kind: 'close',
    id,
    number: duplicate.number,
    reason: 'duplicate',
    why: 'duplicate',
    comment: renderIssueChange({ kind: 'duplicate', of: keep.number }),
    body: withClosedMarker(duplicate.body),
  };
}

function groupByCampaign(issues: readonly Issue[]): Map<string, Issue[]> {
  const byId = new Map<string, Issue[]>();
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const id = markedCampaign(issue.body);
    if (!id) continue;
    byId.set(id, [...(byId.get(id) ?? []), issue]);
  }
  return byId;
}

// The issue closed last decides: an older one may have been closed as a duplicate of it.
function lastClosed(issues: readonly Issue[]): Issue | undefined {
  return issues
    .filter((issue) => issue.state === 'closed')
    .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? '') || a.number - b.number)
    .at(-1);
}

/**
 * Drops the reopenings of issues a person closed after all. The closing marker says the Action
 * closed an issue once; a person may since have reopened and closed it again, and the marker stays.
 * Who closed it last is `closed_by`, which only a single-issue read gives (DESIGN §5), so it is
 * read only for the few issues the plan would reopen. `closedBy` maps an issue number to that
 * login; null or missing when GitHub does not say, and then the closing marker decides.
 */
export function respectLastClosing(
  plan: { steps: IssueStep[]; notes: IssueNote[] },
  login: string | null,
  closedBy: ReadonlyMap<number, string | null>,
): { steps: IssueStep[]; notes: IssueNote[] } {
  const byPerson = new Set<number>();
  for (const step of plan.steps) {
    if (step.kind !== 'reopen') continue;
    const closer = closedBy.get(step.number);
    if (closer && closer.toLowerCase() !== (login ?? '').toLowerCase()) byPerson.add(step.number);
  }
  if (byPerson.size === 0) return plan;
  const dropped = plan.steps.filter((step) => step.kind !== 'open' && byPerson.has(step.number));
  const notes: IssueNote[] = dropped
    .filter((step) => step.kind === 'reopen')
    .map((step) => ({ kind: 'closed-by-person', id: step.id, number: step.number }));
  return {
    steps: plan.steps.filter((step) => !dropped.includes(step)),
    notes: [...plan.notes, ...notes],
  };
}
