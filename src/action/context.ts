// What the runner tells the Action about the run: the event and its payload, the commit, the
// repository, the checkout and the API endpoints, all from the environment (DESIGN §5).
import type { Mode } from './inputs.js';

export interface ActionContext {
  eventName: string;
  owner: string;
  repo: string;
  /** GITHUB_SHA: the commit the run is about. */
  sha: string;
  /** GITHUB_REF as given: refs/heads/…, refs/tags/…, refs/pull/…/merge, or '' when unset. */
  ref: string;
  /** The branch the run is on (from GITHUB_REF), when it is a branch. */
  branch: string | null;
  /** The repository's default branch, when the event payload names it. */
  defaultBranch: string | null;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  runnerTemp: string | null;
  /** Unique per step; keeps the report files of two steps apart. */
  stepId: string;
  /** GITHUB_RUN_ID, to say which run holds the audit's lock. */
  runId: string | null;
  pull: PullContext | null;
}

export interface PullContext {
  number: number;
  headSha: string;
  /** The base commit the pull request was compared with (`pull_request.base.sha`). */
  baseSha: string | null;
  /** How many files it changes (`changed_files`); GitHub lists only the first 3,000 of them. */
  changedFiles: number | null;
  /** The branch it merges into (`pull_request.base.ref`). */
  baseRef: string | null;
  /** Its branch (`pull_request.head.ref`), in `headRepo`. */
  headRef: string | null;
  /** owner/name of the repository its branch is in: this one, or a fork; null when that fork is gone. */
  headRepo: string | null;
}

type Env = Record<string, string | undefined>;

export class ContextError extends Error {}

/** Reads the context; `readEvent` returns the JSON text of the event payload file. */
export function readContext(env: Env, readEvent: (path: string) => string): ActionContext {
  const required = (name: string) => {
    const value = env[name]?.trim();
    if (!value)
      throw new ContextError(`${name} is not set: campaign-lessons runs as a step of a GitHub Actions job.`);
    return value;
  };
  const eventName = required('GITHUB_EVENT_NAME');
  const [owner, repo, ...extra] = required('GITHUB_REPOSITORY').split('/');
  if (!owner || !repo || extra.length > 0) {
    throw new ContextError(`GITHUB_REPOSITORY should read owner/repo, not '${env.GITHUB_REPOSITORY}'.`);
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH, readEvent);
  const serverUrl = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
  const ref = env.GITHUB_REF ?? '';
  return {
    eventName,
    owner,
    repo,
    sha: required('GITHUB_SHA'),
    ref,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null,
    defaultBranch: stringAt(payload, ['repository', 'default_branch']),
    workspace: required('GITHUB_WORKSPACE'),
    serverUrl,
    apiUrl,
    graphqlUrl: env.GITHUB_GRAPHQL_URL?.trim() || graphqlUrlFor(apiUrl),
    runnerTemp: env.RUNNER_TEMP?.trim() || null,
    stepId: (env.GITHUB_ACTION?.trim() || 'campaign-lessons').replace(/[^A-Za-z0-9_.-]/g, '_'),
    runId: env.GITHUB_RUN_ID?.trim() || null,
    pull: readPull(payload),
  };
}

/**
 * GraphQL's address beside a REST address, for when the runner does not say: github.com serves it
 * at /graphql of the API host, GitHub Enterprise Server at /api/graphql beside /api/v3.
 */
export function graphqlUrlFor(apiUrl: string): string {
  const enterprise = /^(.*)\/api\/v3$/.exec(apiUrl);
  return enterprise ? `${enterprise[1]}/api/graphql` : `${apiUrl}/graphql`;
}

/** The mode a run takes: the input, or for `auto` the one that suits the event. */
export function resolveMode(mode: Mode, eventName: string): 'review' | 'audit' {
  if (mode !== 'auto') return mode;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'review';
  if (eventName === 'push' || eventName === 'schedule' || eventName === 'workflow_dispatch') return 'audit';
  throw new ContextError(
    `mode 'auto' does not know what to do on a '${eventName}' event: set mode to review or audit.`,
  );
}

function readPayload(path: string | undefined, readEvent: (path: string) => string): unknown {
  if (!path?.trim()) return {};
  try {
    return JSON.parse(readEvent(path)) as unknown;
  } catch (error) {
    throw new ContextError(`Could not read the event payload ${path}: ${(error as Error).message}`);
  }
}

function readPull(payload: unknown): ActionContext['pull'] {
  const number = valueAt(payload, ['pull_request', 'number']) ?? valueAt(payload, ['number']);
  const headSha = stringAt(payload, ['pull_request', 'head', 'sha']);
  if (typeof number !== 'number' || !headSha) return null;
  const changedFiles = valueAt(payload, ['pull_request', 'changed_files']);
  return {
    number,
    headSha,
    baseSha: stringAt(payload, ['pull_request', 'base', 'sha']),
    changedFiles: typeof changedFiles === 'number' ? changedFiles : null,
    baseRef: stringAt(payload, ['pull_request', 'base', 'ref']),
    headRef: stringAt(payload, ['pull_request', 'head', 'ref']),
    headRepo: stringAt(payload, ['pull_request', 'head', 'repo', 'full_name']),
  };
}

function valueAt(value: unknown, path: string[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function stringAt(value: unknown, path: string[]): string | null {
  const found = valueAt(value, path);
  return typeof found === 'string' && found !== '' ? found : null;
}
