// What review and audit share: the context they run in and the shape of what they return to
// run(), which turns it into outputs, a summary, a report and an exit code.
import type { Problem } from '../core/types.js';
import type { GitHubPort } from '../github/port.js';
import type { ActionContext } from './context.js';
import type { ActionCore } from './deps.js';
import type { Inputs } from './inputs.js';
import type { RootFolder } from './root.js';
import type { Writer } from './writer.js';

export interface ModeContext {
  inputs: Inputs;
  context: ActionContext;
  core: ActionCore;
  github: GitHubPort;
  writer: Writer;
  /** The root folder, checked against the checkout. */
  root: RootFolder;
  /** Why this run may not write (a dry run, an audit off the default branch), or null. */
  readOnlyReason: string | null;
  /** ISO date, UTC. */
  today: string;
  /** The clock (for the audit's lock). */
  now(): Date;
}

export interface ModeResult {
  /** Problems of the reviewed files (review) or of every campaign file (audit). */
  problems: Problem[];
  /** Related lessons shown, summed over the reviewed campaigns. */
  related: number;
  awaiting: number;
  /** Why the writes stopped before the work was done (a rate limit), or null: the step fails with it. */
  stopped: string | null;
  /** The job summary, Markdown. */
  summary: string;
  /** What the mode adds to the report file. */
  report: Record<string, unknown>;
}

/** A link to a file of the repository (or of `repository`, owner/name) at a commit or branch. */
export function blobUrl(context: ActionContext, ref: string, file: string, repository?: string): string {
  // Each path segment encoded apart, so a branch `feature/x` keeps its slash and `#` or `%` cannot break the link.
  const encode = (text: string) => text.split('/').map(encodeURIComponent).join('/');
  const where = repository ?? `${context.owner}/${context.repo}`;
  return `${context.serverUrl}/${where}/blob/${encode(ref)}/${encode(file)}`;
}
