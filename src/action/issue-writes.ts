// Carries out the audit's tasks through the writer, most important first, while the budget lasts:
// the label first when it may be missing, then each task whole or not at all. Right before a write
// that must not happen twice it reads again: whether the comment that explains a closing is already
// there (a run stopped between the two), whether a create whose answer was lost landed after all.
import { issueChangeKind } from '../core/render/audit-comments.js';
import { markedCampaign } from '../core/render/audit-issue.js';
import { AssigneeRefusedError, type GitHubPort, type Issue, type NewIssue } from '../github/port.js';
import { createOnce } from './create-once.js';
import type { IssueStep } from './issue-plan.js';
import { taskCost, type IssueTask } from './issue-tasks.js';
import type { ModeContext } from './mode.js';
import { sameLogin } from './ownership.js';
import type { WriteRecord } from './writer.js';

const LABEL_COLOR = 'fbca04';
const LABEL_DESCRIPTION = 'A campaign awaits its conclusions (opened by campaign-lessons)';

export interface StepOutcome {
  status: WriteRecord['status'];
  number?: number;
  /** GitHub refused the owner as assignee; the issue mentions them instead. */
  mentioned?: string;
}

/** What the audit knows of its issues while it writes; it learns its login from its first write. */
export interface IssueView {
  /** The token's login; null until something of ours was seen or written. */
  login: string | null;
  /** The Action's own issues, by number. */
  ours: Map<number, Issue>;
  /** The highest number among the labelled issues listed: anything newer was opened since. */
  knownMax: number;
  /** The label exists (an issue carries it, or this run created it). */
  labelReady: boolean;
}

export interface PerformResult {
  outcomes: Map<IssueStep, StepOutcome>;
  /** Tasks not started: past the budget, or after a rate limit stopped the writes. */
  left: IssueTask[];
}

export async function performIssueTasks(
  run: ModeContext,
  tasks: readonly IssueTask[],
  view: IssueView,
): Promise<PerformResult> {
  const { writer } = run;
  const result: PerformResult = { outcomes: new Map(), left: [] };
  for (const task of tasks) {
    const labelCost = !view.labelReady && task.steps.some((step) => step.kind === 'open') ? 1 : 0;
    if (result.left.length > 0 || !writer.canAfford(taskCost(task) + labelCost)) {
      result.left.push(task);
      continue;
    }
    for (const step of task.steps) await performStep(run, step, view, result);
  }
  return result;
}

async function performStep(
  run: ModeContext,
  step: IssueStep,
  view: IssueView,
  result: PerformResult,
): Promise<void> {
  const { github, writer } = run;
  const outcome = (extra: Partial<StepOutcome> = {}) =>
    result.outcomes.set(step, { status: writer.records.at(-1)?.status ?? 'done', ...extra });
  switch (step.kind) {
    case 'open': {
      await ensureLabel(run, view);
      const opened = await openIssue(run, step, view);
      outcome({
        number: opened?.issue.number,
        ...(opened?.mentioned ? { mentioned: opened.mentioned } : {}),
      });
      return;
    }
    case 'update':
      await writer.write('update-issue', `update issue #${step.number} (${step.id})`, () =>
        github.updateIssue(step.number, { title: step.title, body: step.body }),
      );
      outcome({ number: step.number });
      return;
    case 'reopen': {
      // Who closed it last was read while planning (closed_by): only the Action's own closings get here.
      await say(run, view, view.ours.get(step.number), 'reopening', step.comment, 'why it was reopened');
      await writer.write('reopen-issue', `reopen issue #${step.number} (${step.id})`, () =>
        github.reopenIssue(step.number, { title: step.title, body: step.body }),
      );
      outcome({ number: step.number });
      return;
    }
    case 'assign':
      outcome({ number: step.number, ...(await assign(run, step)) });
      return;
    case 'close': {
      // The comment first, so the notification of the closing explains itself.
      const issue = view.ours.get(step.number);
      await say(run, view, issue, 'closing', step.comment, 'why it is closed');
      await writer.write('close-issue', `close issue #${step.number} (${step.id}, ${step.why})`, () =>
        github.closeIssue(step.number, step.reason, { body: step.body }),
      );
      outcome({ number: step.number });
      return;
    }
  }
}

async function ensureLabel(run: ModeContext, view: IssueView): Promise<void> {
  if (view.labelReady) return;
  const { inputs, github, writer } = run;
  await writer.write('create-label', `create the label "${inputs.label}"`, () =>
    github.createLabel({ name: inputs.label, color: LABEL_COLOR, description: LABEL_DESCRIPTION }),
  );
  view.labelReady = true;
}

async function openIssue(run: ModeContext, step: Extract<IssueStep, { kind: 'open' }>, view: IssueView) {
  const { inputs, core, github, writer } = run;
  let mentioned: string | undefined;
  const issue = await writer.write('open-issue', `open an issue for ${step.id}`, async () => {
    const create = (fields: Pick<NewIssue, 'body' | 'assignees'>) =>
      createOnce(
        () => github.createIssue({ title: step.title, labels: [inputs.label], ...fields }),
        () => landedIssue(github, inputs.label, view, step),
      );
    try {
      return await create({ body: step.body, assignees: step.assignee ? [step.assignee] : [] });
    } catch (error) {
      if (!(error instanceof AssigneeRefusedError)) throw error;
      mentioned = step.assignee ?? undefined;
      core.warning(
        `GitHub refused @${step.assignee} as assignee for ${step.id}: they are mentioned in the issue instead.`,
      );
      return await create({ body: step.unassignedBody, assignees: [] });
    }
  });
  if (issue) {
    // The answer names the token's identity: later checks in this run need no guess.
    view.login = issue.author || view.login;
    view.knownMax = Math.max(view.knownMax, issue.number);
    view.ours.set(issue.number, issue);
  }
  return issue ? { issue, mentioned } : undefined;
}

// What a create whose answer was lost left behind: an issue for the same campaign with the same
// title, newer than anything listed before.
async function landedIssue(
  github: GitHubPort,
  label: string,
  view: IssueView,
  step: Extract<IssueStep, { kind: 'open' }>,
): Promise<Issue | undefined> {
  const newer = await github.listIssuesByLabel(label, { newerThan: view.knownMax });
  return newer.find((issue) => markedCampaign(issue.body) === step.id && issue.title === step.title);
}

async function assign(run: ModeContext, step: Extract<IssueStep, { kind: 'assign' }>) {
  const { core, github, writer } = run;
  let refused = false;
  await writer.write(
    'assign-issue',
    `assign @${step.login} to issue #${step.number} (${step.id})`,
    async () => {
      try {
        await github.addAssignees(step.number, [step.login]);
      } catch (error) {
        if (!(error instanceof AssigneeRefusedError)) throw error;
        refused = true;
      }
    },
  );
  if (!refused) return {};
  // As at open time: mention them instead, and ask for a hand-over. The body then says so, which
  // keeps later runs from asking GitHub again.
  core.warning(
    `GitHub refused @${step.login} as assignee for ${step.id}: they are mentioned in the issue instead.`,
  );
  await writer.write('update-issue', `mention @${step.login} in issue #${step.number} instead`, () =>
    github.updateIssue(step.number, { body: step.unassignedBody }),
  );
  return { mentioned: step.login };
}

/**
 * Posts the comment that says why an issue is closed or reopened, unless the Action's last such
 * comment on it already does: a run stopped between the comment and the closing, and this one
 * finishes the job without saying it twice.
 */
async function say(
  run: ModeContext,
  view: IssueView,
  issue: Issue | undefined,
  kind: 'closing' | 'reopening',
  body: string,
  why: string,
): Promise<void> {
  const { github, writer, core } = run;
  const number = issue?.number;
  if (number === undefined) return;
  if (issue && issue.comments > 0) {
    const ours = (await github.listIssueComments(number)).filter(
      (comment) => sameLogin(comment.author, view.login) && issueChangeKind(comment.body) !== null,
    );
    const last = ours.at(-1);
    if (last && issueChangeKind(last.body) === kind) {
      core.info(`Issue #${number} already says ${why}: not saying it again.`);
      return;
    }
  }
  await writer.write('comment-issue', `say on issue #${number} ${why}`, () =>
    createOnce(
      () => github.createIssueComment(number, body),
      async () =>
        (await github.listIssueComments(number)).findLast((comment) => sameText(comment.body, body)),
    ),
  );
}

// GitHub may store a body with CRLF line ends, and trims it.
function sameText(a: string, b: string): boolean {
  const normalise = (text: string) => text.replace(/\r\n/g, '\n').trim();
  return normalise(a) === normalise(b);
}
