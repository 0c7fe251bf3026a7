// Decides what the audit does with issues so exactly one open issue stands for each campaign
// awaiting conclusions: open one, bring its text up to date, close it when conclusions land (or
// the file goes), reopen one this Action closed, and leave alone one a person closed.
import { hasConclusions } from '../core/conclusions.js';
import { renderIssueChange } from '../core/render/audit-comments.js';
import {
  assignableLogin,
  markedCampaign,
  renderAuditIssue,
  sameIssueBody,
  unassignableNotice,
} from '../core/render/audit-issue.js';
import type { Awaiting, CampaignEntry } from '../core/types.js';
import type { Issue } from '../github/port.js';

export type IssueStep =
  | { kind: 'open'; id: string; title: string; body: string; assignee: string | null; unassignedBody: string }
  | { kind: 'update'; id: string; number: number; title: string; body: string }
  | { kind: 'reopen'; id: string; number: number; title: string; body: string; comment: string }
  | {
      kind: 'close';
      id: string;
      number: number;
      reason: 'completed' | 'not_planned';
      why: 'concluded' | 'deleted' | 'no-longer-awaiting' | 'duplicate';
      comment: string;
    };

/** Issues the plan leaves as they are, and why: for the summary and the report. */
export type IssueNote =
  | { kind: 'up-to-date'; id: string; number: number }
  | { kind: 'closed-by-person'; id: string; number: number; closedBy: string | null }
  | { kind: 'file-invalid'; id: string; number: number };

export interface IssuePlanInput {
  awaiting: readonly Awaiting[];
  /** Valid campaigns, by id. */
  entries: ReadonlyMap<string, CampaignEntry>;
  /** Ids of every campaign file in the root, valid or not: an invalid file is not a deleted one. */
  presentIds: ReadonlySet<string>;
  /** The labelled issues; `closedBy` filled in for those `issuesToInspect` named. */
  issues: readonly Issue[];
  /** The token's login, to tell the Action's closings from a person's. */
  login: string | null;
  sha: string;
  fileUrl(file: string): string;
}

/** The last-closed issue of each awaiting campaign that has no open one: whether to reopen it depends on who closed it. */
export function issuesToInspect(awaiting: readonly Awaiting[], issues: readonly Issue[]): number[] {
  const byId = groupByCampaign(issues);
  return awaiting.flatMap((item) => {
    const list = byId.get(item.id) ?? [];
    if (list.some((issue) => issue.state === 'open')) return [];
    const last = lastClosed(list);
    return last ? [last.number] : [];
  });
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
      if (keep.title !== wanted.title || !sameIssueBody(keep.body, wanted.body)) {
        steps.push({ kind: 'update', id: item.id, number: keep.number, ...wanted });
      } else {
        notes.push({ kind: 'up-to-date', id: item.id, number: keep.number });
      }
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
    } else if (input.login !== null && last.closedBy === input.login) {
      const wanted = render(last.body.includes(unassignableNotice(entry.campaign.owner)));
      steps.push({
        kind: 'reopen',
        id: item.id,
        number: last.number,
        ...wanted,
        comment: renderIssueChange({ kind: 'reopened', sha: input.sha, file: item.file }),
      });
    } else {
      notes.push({
        kind: 'closed-by-person',
        id: item.id,
        number: last.number,
        closedBy: last.closedBy ?? null,
      });
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

function closeResolved(id: string, issue: Issue, entry: CampaignEntry | undefined, sha: string): IssueStep {
  if (!entry) {
    return {
      kind: 'close',
      id,
      number: issue.number,
      reason: 'not_planned',
      why: 'deleted',
      comment: renderIssueChange({ kind: 'deleted', sha, id }),
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
  };
}

function closeDuplicate(id: string, duplicate: Issue, keep: Issue): IssueStep {
  return {
    kind: 'close',
    id,
    number: duplicate.number,
    reason: 'not_planned',
    why: 'duplicate',
    comment: renderIssueChange({ kind: 'duplicate', of: keep.number }),
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
