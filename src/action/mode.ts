// What review and audit share: the context they run in and the shape of what they return to
// run(), which turns it into outputs, a summary, a report and an exit code.
import type { Problem } from '../core/types.js';
import type { GitHubPort } from '../github/port.js';
import type { ActionContext } from './context.js';
import type { ActionCore } from './deps.js';
import type { Inputs } from './inputs.js';
import type { Writer } from './writer.js';

export interface ModeContext {
  inputs: Inputs;
  context: ActionContext;
  core: ActionCore;
  github: GitHubPort;
  writer: Writer;
  /** ISO date, UTC. */
  today: string;
}

export interface ModeResult {
  /** Problems of the reviewed files (review) or of every campaign file (audit). */
  problems: Problem[];
  /** Related lessons shown, summed over the reviewed campaigns. */
  related: number;
  awaiting: number;
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
