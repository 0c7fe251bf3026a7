// One run of the Action: read inputs and context, review or audit, then report where people look
// (annotations, the job summary, outputs, the report file) and fail per `fail-on`.
import { readFileSync } from 'node:fs';
import { checkRootFolder } from '../io/read-files.js';
import { audit } from './audit.js';
import { readContext, resolveMode, type ActionContext } from './context.js';
import type { RunDeps } from './deps.js';
import { readInputs, type Inputs } from './inputs.js';
import type { ModeContext, ModeResult } from './mode.js';
import { writeReportFile } from './report-file.js';
import { review } from './review.js';
import { verdict } from './verdict.js';
import { Writer } from './writer.js';

export interface RunOutcome {
  mode: 'review' | 'audit' | null;
  failed: string | null;
  outputs: Record<string, string | number>;
}

export async function run(deps: RunDeps): Promise<RunOutcome> {
  const { core } = deps;
  let inputs: Inputs | null = null;
  let context: ActionContext | null = null;
  let mode: 'review' | 'audit' | null = null;
  let writer: Writer | null = null;
  let result: ModeResult | null = null;
  let failure: string | null = null;
  try {
    inputs = readInputs((name) => core.getInput(name));
    context = readContext(deps.env, (file) => readFileSync(file, 'utf8'));
    mode = resolveMode(inputs.mode, context.eventName);
    const readOnlyReason = readOnly(inputs, context, mode);
    if (readOnlyReason) core.notice(readOnlyReason);
    writer = new Writer(readOnlyReason !== null, (message) => core.info(message));
    const github = deps.createGitHub({
      token: inputs.token,
      owner: context.owner,
      repo: context.repo,
      apiUrl: context.apiUrl,
      graphqlUrl: context.graphqlUrl,
    });
    const run: ModeContext = {
      inputs,
      context,
      core,
      github,
      writer,
      today: deps.now().toISOString().slice(0, 10),
    };
    // A file or a link as root would make every other campaign look deleted to the audit.
    await checkRootFolder(inputs.root, context.workspace, 'the root input');
    result = mode === 'review' ? await review(run) : await audit(run, readOnlyReason);
    core.summary.addRaw(result.summary, true);
    if (writer.refusal) core.warning(writer.refusal.message);
    failure = verdict(inputs.failOn, result.problems, result.awaiting);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    core.summary.addRaw(`## campaign-lessons stopped\n\n${failure}\n`, true);
  }

  const outputs: Record<string, string | number> = {
    report: '',
    problems: result?.problems.length ?? 0,
    related: result?.related ?? 0,
    'issues-opened': writer ? writer.count('open-issue') + writer.count('reopen-issue') : 0,
    'issues-closed': writer ? writer.count('close-issue') : 0,
  };
  try {
    outputs.report = await writeReportFile(
      context?.runnerTemp ?? null,
      context?.stepId ?? 'campaign-lessons',
      {
        version: 1,
        mode,
        event: context?.eventName ?? null,
        repository: context ? `${context.owner}/${context.repo}` : null,
        sha: context?.sha ?? null,
        dryRun: inputs?.dryRun ?? null,
        failOn: inputs?.failOn ?? null,
        outputs,
        failed: failure,
        permissionMissing: writer?.refusal?.permission ?? null,
        problems: result?.problems ?? [],
        ...result?.report,
        writes: writer?.records ?? [],
      },
    );
  } catch (error) {
    core.warning(`Could not write the report file: ${(error as Error).message}`);
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  if (failure) core.setFailed(failure);
  return { mode, failed: failure, outputs };
}

/** Why this run must not write, or null: a dry run, or an audit off the default branch. */
function readOnly(inputs: Inputs, context: ActionContext, mode: 'review' | 'audit'): string | null {
  if (inputs.dryRun) return 'Dry run: every write to GitHub is logged and counted, none is made.';
  const { branch, defaultBranch } = context;
  if (mode === 'audit' && branch && defaultBranch && branch !== defaultBranch) {
    // Conclusions "land" when they reach the default branch; a feature branch must not close issues.
    return `The audit opens and closes issues only on the default branch (${defaultBranch}); on ${branch} it only reports.`;
  }
  return null;
}
