// One run of the Action: execute() reads inputs and context, checks the root, reviews or audits, and
// only throws; finish() then always reports where people look (the job summary, outputs, the report
// file) and fails the step per `fail-on` or with the reason it stopped — the pattern of
// actions/labeler's `run = () => labeler().catch(...)`.
import { readFileSync } from 'node:fs';
import { audit } from './audit.js';
import { readContext, resolveMode } from './context.js';
import type { RunDeps } from './deps.js';
import { finish, type Progress, type RunOutcome } from './finish.js';
import { readInputs } from './inputs.js';
import { review } from './review.js';
import { locateRoot } from './root.js';
import { writeBlock } from './write-gate.js';
import { Writer } from './writer.js';

export type { RunOutcome };

export async function run(deps: RunDeps): Promise<RunOutcome> {
  const progress: Progress = {};
  const failure = await execute(deps, progress).then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  return finish(deps, progress, failure);
}

/** Does the run's work, recording in `progress` what the finisher reports; throws on any failure. */
async function execute(deps: RunDeps, progress: Progress): Promise<void> {
  const { core } = deps;
  const inputs = (progress.inputs = readInputs((name) => core.getInput(name)));
  const context = (progress.context = readContext(deps.env, (file) => readFileSync(file, 'utf8')));
  const mode = (progress.mode = resolveMode(inputs.mode, context.eventName));
  const root = await locateRoot(inputs.root, context.workspace, mode);
  const github = deps.createGitHub({
    token: inputs.token,
    owner: context.owner,
    repo: context.repo,
    apiUrl: context.apiUrl,
    graphqlUrl: context.graphqlUrl,
  });
  const readOnlyReason = await writeBlock(inputs, context, mode, github);
  if (readOnlyReason) core.notice(readOnlyReason);
  const writer = (progress.writer = new Writer(
    readOnlyReason !== null,
    (message) => core.info(message),
    inputs.operationsPerRun,
  ));
  const modeContext = {
    inputs,
    context,
    core,
    github,
    writer,
    root,
    readOnlyReason,
    today: deps.now().toISOString().slice(0, 10),
    now: deps.now,
  };
  progress.result = mode === 'review' ? await review(modeContext) : await audit(modeContext);
}
