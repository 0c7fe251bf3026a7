// Audit mode (push, schedule, workflow_dispatch): find the campaigns awaiting conclusions and keep
// exactly one open issue for each, found by label and marker through the issues list.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findAwaiting } from '../core/awaiting.js';
import { markedCampaign } from '../core/render/audit-issue.js';
import { loadKnowledgeBase } from '../io/load.js';
import { annotate } from './annotate.js';
import { auditRow, closedRows, reportStep } from './audit-rows.js';
import { planIssues, respectLastClosing } from './issue-plan.js';
import { performIssuePlan } from './issue-writes.js';
import { blobUrl, type ModeContext, type ModeResult } from './mode.js';
import { renderAuditSummary } from './summary.js';

export async function audit(run: ModeContext, readOnlyReason: string | null): Promise<ModeResult> {
  const { inputs, context, core, github, today } = run;
  const root = path.resolve(context.workspace, inputs.root);
  if (!existsSync(root)) {
    // Most often the workflow has no checkout step: stop before any issue looks resolved.
    throw new Error(
      `The folder ${inputs.root} is not in the checkout (${context.workspace}). Check the root input, and that a step with actions/checkout runs before this one.`,
    );
  }
  const kb = await loadKnowledgeBase(root, {
    today,
    graceDays: inputs.graceDays,
    cwd: context.workspace,
  });
  const awaiting = findAwaiting(kb.entries, { today, graceDays: inputs.graceDays });
  const hiddenAnnotations = annotate(core, kb.problems);
  core.info(`${awaiting.length} of ${kb.entries.length} valid campaign(s) await conclusions.`);

  // The listing is nearly all the audit reads: the Action's closings carry a marker in the body.
  const labelled = await github.listIssuesByLabel(inputs.label);
  const issues = labelled.filter((issue) => markedCampaign(issue.body) !== null);

  const ref = context.branch ?? context.defaultBranch ?? context.sha;
  const fileUrl = (file: string) => blobUrl(context, ref, file);
  const entries = new Map(kb.entries.map((entry) => [entry.campaign.id, entry]));
  const planned = planIssues({
    awaiting,
    entries,
    presentIds: presentIds(kb.files),
    issues,
    sha: context.sha,
    fileUrl,
  });
  // Reopening is the one step that needs closed_by: one read per issue it would reopen.
  const closedBy = new Map<number, string | null>();
  for (const step of planned.steps) {
    if (step.kind === 'reopen')
      closedBy.set(step.number, (await github.getIssue(step.number)).closedBy ?? null);
  }
  const plan = respectLastClosing(planned, issues, closedBy);
  const outcomes = await performIssuePlan(run, plan.steps, labelled);

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

// Ids by the file's own `id` and by its name: a file whose id is broken is still not a deleted one.
function presentIds(files: readonly { file: string; data: Record<string, unknown> | null }[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    if (typeof file.data?.id === 'string') ids.add(file.data.id);
    ids.add(path.posix.basename(file.file).replace(/\.ya?ml$/i, ''));
  }
  return ids;
}
