// The end of every run, whether it finished or stopped: the job summary, the outputs and the report
// file are always written, from whatever the run got to (progress), and the step fails with the
// reason it stopped, or per `fail-on`.
import type { ActionContext } from './context.js';
import type { ActionCore, RunDeps } from './deps.js';
import type { Inputs } from './inputs.js';
import type { ModeResult } from './mode.js';
import { writeReportFile } from './report-file.js';
import { renderStoppedSummary } from './summary.js';
import { verdict } from './verdict.js';
import type { Writer } from './writer.js';

/** What a run learned before it finished or stopped. */
export interface Progress {
  inputs?: Inputs;
  context?: ActionContext;
  mode?: 'review' | 'audit';
  writer?: Writer;
  result?: ModeResult;
}

export interface RunOutcome {
  mode: 'review' | 'audit' | null;
  failed: string | null;
  outputs: Record<string, string | number>;
}

/** @param error why execute() threw, or null when it finished */
export async function finish(deps: RunDeps, progress: Progress, error: string | null): Promise<RunOutcome> {
  const { core } = deps;
  const { inputs, mode, writer, result } = progress;
  core.summary.addRaw(
    result ? result.summary : renderStoppedSummary(error ?? '', writer?.records ?? []),
    true,
  );
  if (writer?.refusal) core.warning(writer.refusal.message);
  const failure =
    error ??
    result?.stopped ??
    (result && inputs ? verdict(inputs.failOn, result.problems, result.awaiting) : null);

  const outputs: Record<string, string | number> = {
    report: '',
    problems: result?.problems.length ?? 0,
    related: result?.related ?? 0,
    'issues-opened': writer ? writer.count('open-issue') + writer.count('reopen-issue') : 0,
    'issues-closed': writer ? writer.count('close-issue') : 0,
  };
  outputs.report = await reportFile(core, progress, outputs, failure);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  if (failure) core.setFailed(failure);
  return { mode: mode ?? null, failed: failure, outputs };
}

async function reportFile(
  core: ActionCore,
  { inputs, context, mode, writer, result }: Progress,
  outputs: Record<string, string | number>,
  failure: string | null,
): Promise<string> {
  try {
    return await writeReportFile(context?.runnerTemp ?? null, context?.stepId ?? 'campaign-lessons', {
      version: 1,
      mode: mode ?? null,
      event: context?.eventName ?? null,
      repository: context ? `${context.owner}/${context.repo}` : null,
      sha: context?.sha ?? null,
      dryRun: inputs?.dryRun ?? null,
      failOn: inputs?.failOn ?? null,
      operationsPerRun: inputs?.operationsPerRun ?? null,
      outputs,
      failed: failure,
      permissionMissing: writer?.refusal?.permission ?? null,
      stoppedByRateLimit: writer?.stopped?.message ?? null,
      problems: result?.problems ?? [],
      ...result?.report,
      writes: writer?.records ?? [],
    });
  } catch (error) {
    core.warning(`Could not write the report file: ${(error as Error).message}`);
    return '';
  }
}
