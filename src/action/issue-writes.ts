// Carries out the audit's issue plan through the writer: the label first when it may be
// missing, then each step, remembering what became of it for the summary and the report.
import { AssigneeRefusedError, type Issue } from '../github/port.js';
import type { IssueStep } from './issue-plan.js';
import type { ModeContext } from './mode.js';
import type { WriteRecord } from './writer.js';

const LABEL_COLOR = 'fbca04';
const LABEL_DESCRIPTION = 'A campaign awaits its conclusions (opened by campaign-lessons)';

export interface StepOutcome {
  status: WriteRecord['status'];
  number?: number;
  /** GitHub refused the owner as assignee; the issue mentions them instead. */
  mentioned?: string;
}

/** Carries out the plan in order; returns what became of each step. */
export async function performIssuePlan(
  run: ModeContext,
  steps: readonly IssueStep[],
  labelled: readonly Issue[],
): Promise<Map<IssueStep, StepOutcome>> {
  const { inputs, core, github, writer } = run;
  const outcomes = new Map<IssueStep, StepOutcome>();
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
        let refused = false;
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
            refused = true;
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
        outcomes.set(step, {
          status: last(),
          number: issue?.number,
          ...(refused && step.assignee ? { mentioned: step.assignee } : {}),
        });
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
          github.reopenIssue(step.number, { title: step.title, body: step.body }),
        );
        outcomes.set(step, { status: last(), number: step.number });
        await writer.write('comment-issue', `say on issue #${step.number} why it was reopened`, () =>
          github.createIssueComment(step.number, step.comment),
        );
        break;
      case 'assign': {
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
        outcomes.set(step, {
          status: last(),
          number: step.number,
          ...(refused ? { mentioned: step.login } : {}),
        });
        if (refused) {
          // As at open time: mention them instead, and ask for a hand-over. The body then says so,
          // which keeps later runs from asking GitHub again.
          core.warning(
            `GitHub refused @${step.login} as assignee for ${step.id}: they are mentioned in the issue instead.`,
          );
          await writer.write('update-issue', `mention @${step.login} in issue #${step.number} instead`, () =>
            github.updateIssue(step.number, { body: step.unassignedBody }),
          );
        }
        break;
      }
      case 'close':
        // The comment first, so the notification of the closing explains itself.
        await writer.write('comment-issue', `say on issue #${step.number} why it is closed`, () =>
          github.createIssueComment(step.number, step.comment),
        );
        await writer.write('close-issue', `close issue #${step.number} (${step.id}, ${step.why})`, () =>
          github.closeIssue(step.number, step.reason, { body: step.body }),
        );
        outcomes.set(step, { status: last(), number: step.number });
        break;
    }
  }
  return outcomes;
}
