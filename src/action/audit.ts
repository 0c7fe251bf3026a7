// Audit mode (push, schedule, workflow_dispatch): find the campaigns awaiting conclusions and keep
// exactly one open issue for each, found by label and marker through the issues list.
import path from 'node:path';
import { findAwaiting } from '../core/awaiting.js';
import { markedCampaign } from '../core/render/audit-issue.js';
import type { Awaiting, CampaignEntry } from '../core/types.js';
import { AssigneeRefusedError, type Issue } from '../github/port.js';
import { loadKnowledgeBase } from '../io/load.js';
import { annotate } from './annotate.js';
import { issuesToInspect, planIssues, type IssueNote, type IssueStep } from './issue-plan.js';
import { blobUrl, type ModeContext, type ModeResult } from './mode.js';
import { renderAuditSummary, type AuditRow, type ClosedRow } from './summary.js';
import type { WriteRecord } from './writer.js';

const LABEL_COLOR = 'fbca04';
const LABEL_DESCRIPTION = 'A campaign awaits its conclusions (opened by campaign-lessons)';

export async function audit(run: ModeContext, readOnlyReason: string | null): Promise<ModeResult> {
  const { inputs, context, core, github, today } = run;
  const kb = await loadKnowledgeBase(path.resolve(context.workspace, inputs.root), {
    today,
    graceDays: inputs.graceDays,
    cwd: context.workspace,
  });
  const awaiting = findAwaiting(kb.entries, { today, graceDays: inputs.graceDays });
  const hiddenAnnotations = annotate(core, kb.problems);
  core.info(`${awaiting.length} of ${kb.entries.length} valid campaign(s) await conclusions.`);

  const labelled = await github.listIssuesByLabel(inputs.label);
  let issues = labelled.filter((issue) => markedCampaign(issue.body) !== null);
  // Reopening depends on who closed an issue, which only a single-issue read tells.
  const inspect = issuesToInspect(awaiting, issues);
  const login = inspect.length > 0 ? await github.viewerLogin() : null;
  for (const number of inspect) {
    const full = await github.getIssue(number);
    issues = issues.map((issue) => (issue.number === number ? full : issue));
  }

  const ref = context.branch ?? context.defaultBranch ?? context.sha;
  const fileUrl = (file: string) => blobUrl(context, ref, file);
  const entries = new Map(kb.entries.map((entry) => [entry.campaign.id, entry]));
  const plan = planIssues({
    awaiting,
    entries,
    presentIds: presentIds(kb.files),
    issues,
    login,
    sha: context.sha,
    fileUrl,
  });
  const outcomes = await perform(run, plan.steps, labelled);

  return {
    problems: kb.problems,
    related: 0,
    awaiting: awaiting.length,
    summary: renderAuditSummary({
      today,
      graceDays: inputs.graceDays,
      rows: awaiting.map((item) => auditRow(item, entries.get(item.id), plan.steps, plan.notes, outcomes)),
      closed: closedRows(plan.steps, outcomes),
      problems: kb.problems,
      fileUrl,
      hiddenAnnotations,
      writes: run.writer.records,
      readOnlyReason,
    }),
    report: {
      awaiting,
      issues: plan.steps.map((step) => ({ ...reportStep(step), status: outcomes.get(step)?.status ?? null })),
      untouched: plan.notes,
    },
  };
}

interface Outcome {
  status: WriteRecord['status'];
  number?: number;
}

/** Carries out the plan in order; returns what became of each step. */
async function perform(run: ModeContext, steps: readonly IssueStep[], labelled: readonly Issue[]) {
  const { inputs, core, github, writer } = run;
  const outcomes = new Map<IssueStep, Outcome>();
  const last = () => writer.records.at(-1)?.status ?? 'done';
  // The label exists once an issue carries it; otherwise make sure before the first issue.
  if (labelled.length === 0 && steps.some((step) => step.kind === 'open')) {
    await writer.write('create-label', `create the label "${inputs.label}"`, () =>
      github.createLabel({ name: inputs.label, color: LABEL_COLOR, description: LABEL_DESCRIPTION }),
    );
  }
  for (const step of steps) {
    switch (step.kind) {
      case 'open': {
        const issue = await writer.write('open-issue', `open an issue for ${step.id}`, async () => {
          const labels = [inputs.label];
          try {
            return await github.createIssue({
              title: step.title,
              body: step.body,
              labels,
              assignees: step.assignee ? [step.assignee] : [],
            });
          } catch (error) {
            if (!(error instanceof AssigneeRefusedError)) throw error;
            core.warning(
              `GitHub refused @${step.assignee} as assignee for ${step.id}: they are mentioned in the issue instead.`,
            );
            return await github.createIssue({
              title: step.title,
              body: step.unassignedBody,
              labels,
              assignees: [],
            });
          }
        });
        outcomes.set(step, { status: last(), number: issue?.number });
        break;
      }
      case 'update':
        await writer.write('update-issue', `update issue #${step.number} (${step.id})`, () =>
          github.updateIssue(step.number, { title: step.title, body: step.body }),
        );
        outcomes.set(step, { status: last(), number: step.number });
        break;
      case 'reopen':
        await writer.write('reopen-issue', `reopen issue #${step.number} (${step.id})`, () =>
          github.updateIssue(step.number, { state: 'open', title: step.title, body: step.body }),
        );
        outcomes.set(step, { status: last(), number: step.number });
        await writer.write('comment-issue', `say on issue #${step.number} why it was reopened`, () =>
          github.createIssueComment(step.number, step.comment),
        );
        break;
      case 'close':
        // The comment first, so the notification of the closing explains itself.
        await writer.write('comment-issue', `say on issue #${step.number} why it is closed`, () =>
          github.createIssueComment(step.number, step.comment),
        );
        await writer.write('close-issue', `close issue #${step.number} (${step.id}, ${step.why})`, () =>
          github.updateIssue(step.number, { state: 'closed', stateReason: step.reason }),
        );
        outcomes.set(step, { status: last(), number: step.number });
        break;
    }
  }
  return outcomes;
}

function presentIds(files: readonly { file: string; data: Record<string, unknown> | null }[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    if (typeof file.data?.id === 'string') ids.add(file.data.id);
    ids.add(path.posix.basename(file.file).replace(/\.ya?ml$/i, ''));
  }
  return ids;
}

const DONE_WORDS: Record<'open' | 'update' | 'reopen', string> = {
  open: 'opened',
  update: 'updated',
  reopen: 'reopened',
};

function auditRow(
  item: Awaiting,
  entry: CampaignEntry | undefined,
  steps: readonly IssueStep[],
  notes: readonly IssueNote[],
  outcomes: ReadonlyMap<IssueStep, Outcome>,
): AuditRow {
  const base = { ...item, title: entry?.campaign.title ?? item.id };
  const step = steps.find((candidate) => candidate.id === item.id && candidate.kind !== 'close');
  if (step && step.kind !== 'close') {
    const outcome = outcomes.get(step);
    const number = outcome?.number ? ` #${outcome.number}` : '';
    const word = DONE_WORDS[step.kind];
    const issue =
      outcome?.status === 'done'
        ? `${word}${number}`
        : outcome?.status === 'planned'
          ? `would be ${word}${number} (dry run)`
          : `not ${word}${number}: permission missing`;
    return { ...base, issue };
  }
  const note = notes.find((candidate) => candidate.id === item.id);
  if (note?.kind === 'closed-by-person') {
    return { ...base, issue: `#${note.number} was closed by a person: left closed` };
  }
  return { ...base, issue: note ? `#${note.number} open, up to date` : '—' };
}

function closedRows(steps: readonly IssueStep[], outcomes: ReadonlyMap<IssueStep, Outcome>): ClosedRow[] {
  const why = {
    concluded: 'conclusions landed',
    deleted: 'file removed',
    'no-longer-awaiting': 'no longer awaits',
    duplicate: 'duplicate',
  };
  return steps.flatMap((step) =>
    step.kind === 'close'
      ? [
          {
            number: step.number,
            id: step.id,
            why: why[step.why],
            status: outcomes.get(step)?.status ?? 'done',
          },
        ]
      : [],
  );
}

function reportStep(step: IssueStep) {
  switch (step.kind) {
    case 'open':
      return { action: 'open', campaign: step.id, title: step.title, assignee: step.assignee };
    case 'update':
    case 'reopen':
      return { action: step.kind, campaign: step.id, issue: step.number, title: step.title };
    case 'close':
      return { action: 'close', campaign: step.id, issue: step.number, reason: step.reason, why: step.why };
  }
}
