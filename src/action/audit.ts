// Audit mode (push, schedule, workflow_dispatch): find the campaigns awaiting conclusions and keep
// exactly one open issue of the Action's own for each, found by label and marker through the
// issues list. Only the token's identity's issues that open with the marker are its own; any other
// labelled issue that quotes a marker is a look-alike, left alone and named in the summary.
import { findAwaiting } from '../core/awaiting.js';
import { markedCampaign, quotesCampaignMarker } from '../core/render/audit-issue.js';
import type { Issue } from '../github/port.js';
import { loadKnowledgeBase } from '../io/load.js';
import { annotate } from './annotate.js';
import { releaseAuditLock, takeAuditLock, type AuditLock } from './audit-lock.js';
import { auditNotices, auditRow, closedRows, lookalikeNote, reportStep } from './audit-rows.js';
import { planIssues, respectLastClosing, type IssueNote } from './issue-plan.js';
import { prioritise } from './issue-tasks.js';
import { performIssueTasks, type IssueView, type PerformResult } from './issue-writes.js';
import { blobUrl, type ModeContext, type ModeResult } from './mode.js';
import { isOurs, ownLogin } from './ownership.js';
import { renderAuditSummary } from './summary.js';

export async function audit(run: ModeContext): Promise<ModeResult> {
  const { inputs, context, core, github, writer, today } = run;
  const kb = await loadKnowledgeBase(run.root.dir, {
    today,
    graceDays: inputs.graceDays,
    cwd: context.workspace,
  });
  const awaiting = findAwaiting(kb.entries, { today, graceDays: inputs.graceDays });
  const hiddenAnnotations = annotate(core, kb.problems);
  core.info(`${awaiting.length} of ${kb.entries.length} valid campaign(s) await conclusions.`);

  const ref = context.branch ?? context.defaultBranch ?? context.sha;
  const fileUrl = (file: string) => blobUrl(context, ref, file);
  const entries = new Map(kb.entries.map((entry) => [entry.campaign.id, entry]));
  const presentIds = idsInRoot(kb.files);
  const closedBy = new Map<number, string | null>();
  const plan = async () => {
    const issues = await readIssues(run);
    const first = planIssues({
      awaiting,
      entries,
      presentIds,
      issues: [...issues.view.ours.values()],
      sha: context.sha,
      fileUrl,
    });
    // Reopening is the one step that needs closed_by: one read per issue it would reopen.
    for (const step of first.steps) {
      if (step.kind === 'reopen' && !closedBy.has(step.number))
        closedBy.set(step.number, (await github.getIssue(step.number)).closedBy ?? null);
    }
    const planned = respectLastClosing(first, issues.view.login, closedBy);
    return { ...issues, notes: planned.notes, tasks: prioritise(planned.steps, awaiting) };
  };

  let current = await plan();
  let lock: AuditLock | null = null;
  let performed: PerformResult = { outcomes: new Map(), left: [] };
  // Another run that wrote meanwhile changed what there is to do: the plan is made again under the lock.
  if (current.tasks.length > 0 && !writer.dryRun && writer.canAfford(1)) {
    lock = await takeAuditLock(github, {
      label: inputs.label,
      runId: context.runId,
      writes: inputs.operationsPerRun,
      now: () => run.now().getTime(),
    });
    if (lock.state === 'held') current = await plan();
  }
  try {
    performed =
      lock?.state === 'busy'
        ? { outcomes: new Map(), left: current.tasks }
        : await performIssueTasks(run, current.tasks, current.view);
  } finally {
    // A lock left behind only delays other runs until it expires: worth a warning, not the run.
    await releaseAuditLock(github, lock).catch((error: Error) =>
      core.warning(`Could not release the audit's lock (label "${lock?.name}"): ${error.message}`),
    );
  }
  for (const task of performed.left) {
    for (const step of task.steps)
      performed.outcomes.set(step, { status: 'left', ...('number' in step ? { number: step.number } : {}) });
  }

  const steps = current.tasks.flatMap((task) => task.steps);
  const notes: IssueNote[] = current.notes;
  const notices = auditNotices({ run, lock, left: performed.left });
  for (const notice of notices) core.notice(notice);
  return {
    problems: kb.problems,
    related: 0,
    awaiting: awaiting.length,
    stopped: writer.stopped?.message ?? null,
    summary: renderAuditSummary({
      today,
      graceDays: inputs.graceDays,
      rows: awaiting.map((item) => auditRow(item, entries.get(item.id), steps, notes, performed.outcomes)),
      closed: closedRows(steps, performed.outcomes),
      problems: kb.problems,
      fileUrl,
      hiddenAnnotations,
      writes: writer.records,
      notices: [
        ...(run.readOnlyReason ? [run.readOnlyReason] : []),
        ...notices,
        ...lookalikeNote(current.lookalikes),
      ],
    }),
    report: {
      awaiting,
      identity: current.view.login,
      issues: steps.map((step) => ({
        ...reportStep(step),
        status: performed.outcomes.get(step)?.status ?? null,
      })),
      untouched: notes,
      lookalikes: current.lookalikes.map((issue) => issue.number),
      left: performed.left.flatMap((task) => task.steps.map(reportStep)),
      lock: lock && {
        name: lock.name,
        state: lock.state,
        ...(lock.state === 'refused' ? {} : { until: lock.until }),
      },
    },
  };
}

/**
 * The labelled issues, split into the Action's own and look-alikes. The listing is nearly all the
 * audit reads: the Action's closings carry a marker in the body.
 */
async function readIssues(run: ModeContext): Promise<{ view: IssueView; lookalikes: Issue[] }> {
  const labelled = await run.github.listIssuesByLabel(run.inputs.label);
  const marked = labelled.filter((issue) => markedCampaign(issue.body) !== null);
  const login = await ownLogin(run.github, marked);
  const ours = login
    ? marked.filter((issue) => isOurs(issue, login, (body) => markedCampaign(body) !== null))
    : [];
  const own = new Set(ours);
  return {
    view: {
      login,
      ours: new Map(ours.map((issue) => [issue.number, issue])),
      knownMax: Math.max(0, ...labelled.map((issue) => issue.number)),
      labelReady: labelled.length > 0,
    },
    lookalikes: labelled.filter((issue) => !own.has(issue) && quotesCampaignMarker(issue.body)),
  };
}

// Ids by the file's own `id` and by its name: a file whose id is broken is still not a deleted one.
function idsInRoot(files: readonly { file: string; data: Record<string, unknown> | null }[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    if (typeof file.data?.id === 'string') ids.add(file.data.id);
    ids.add(file.file.replace(/^.*\//, '').replace(/\.ya?ml$/i, ''));
  }
  return ids;
}
