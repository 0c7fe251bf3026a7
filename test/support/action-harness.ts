// Runs the Action's run() in-process the way main.ts wires it, against the fake GitHub and a temp
// checkout, with a `core` that records what a person would see in the run's log and annotations.
import { summary } from '@actions/core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { createRequire } from 'node:module';
import type { ActionCore, AnnotationProperties } from '../../src/action/deps.js';
import { run, type RunOutcome } from '../../src/action/run.js';
import { createOctokitPort } from '../../src/github/octokit-port.js';
import type { FakeGitHub, LoggedRequest, TokenSpec } from './fake-github.js';

// The package's main is a JSON file, which ESM cannot import without attributes: require reads it.
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OWNER = 'acme';
export const REPO = 'careers';
export const SHA = 'c0ffee5a1b2c3d4e5f60718293a4b5c6d7e8f901';
export const HEAD_SHA = '5ca1ab1e00112233445566778899aabbccddeeff';

/** The logins the fake GitHub can assign: the people who still work at Acme. */
export const STAFF = ['kjanssen', 'tvandenberg', 'jdevries', 'pvanleeuwen'];

/** The tokens the tests use, by name, as strings in GitHub's formats: `ghs_` is an installation's. */
export const TOKEN = {
  /** The workflow token: may write, may not ask GraphQL who it is. */
  workflow: 'ghs_workflowToken0000000000000000000000',
  /** The read-only token of a pull request from a fork. */
  fork: 'ghs_forkToken000000000000000000000000000',
  /** A personal access token of a bot account. */
  pat: 'ghp_personalToken00000000000000000000000',
  /** A GitHub App's installation token: may write, may not ask GraphQL who it is either. */
  app: 'ghs_appToken0000000000000000000000000000',
} as const;

export type TokenName = keyof typeof TOKEN;

/** What the fake GitHub knows of each token. */
export const TOKENS: Record<string, TokenSpec> = {
  [TOKEN.workflow]: { login: 'github-actions[bot]', write: true, viewer: false },
  [TOKEN.fork]: { login: 'github-actions[bot]', write: false, viewer: false },
  [TOKEN.pat]: { login: 'lessons-bot', write: true, viewer: true },
  [TOKEN.app]: { login: 'lessons-app[bot]', write: true, viewer: false },
};

/** The token string for a name ('workflow'), or the string itself. */
export function tokenValue(name: string): string {
  return (TOKEN as Record<string, string>)[name] ?? name;
}

/** The lock label an audit holds while it writes (audit-lock.ts): bookkeeping, not content. */
export function isLockRequest(request: LoggedRequest): boolean {
  return (
    request.path.includes('/labels/campaign-lessons%20lock') ||
    String(request.input?.name ?? '').startsWith('campaign-lessons lock')
  );
}

/** Writes to issues, comments and labels, without the audit's lock. */
export function contentWrites(github: FakeGitHub): LoggedRequest[] {
  return github.writes().filter((request) => !isLockRequest(request));
}

export interface Workspace {
  dir: string;
  write(file: string, text: string): Promise<void>;
  read(file: string): Promise<string>;
  remove(file: string): Promise<void>;
  dispose(): Promise<void>;
}

/** A temp checkout holding a copy of the repository's own lessons/, plus `extra` files. */
export async function makeWorkspace(extra: Record<string, string> = {}): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'campaign-lessons-ws-'));
  await cp(path.join(REPO_ROOT, 'lessons'), path.join(dir, 'lessons'), { recursive: true });
  const workspace: Workspace = {
    dir,
    write: (file, text) => writeFile(path.join(dir, file), text, 'utf8'),
    read: (file) => readFile(path.join(dir, file), 'utf8'),
    remove: (file) => rm(path.join(dir, file)),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
  for (const [file, text] of Object.entries(extra)) await workspace.write(file, text);
  return workspace;
}

export interface PullPayloadOptions {
  /** Branch of the pull request; 'changes', as in the example, by default. */
  headRef?: string;
  /** owner/name of the head's repository: a fork, or null for a fork since deleted. */
  headRepo?: string | null;
  /** `pull_request.base.sha`: the commit the pull request is compared with. */
  baseSha?: string;
  /** `pull_request.changed_files`; 1, as in the example, by default. */
  changedFiles?: number;
}

/** A real webhook payload from @octokit/webhooks-examples, moved to the test repository (base branch main). */
export function pullRequestPayload(
  number: number,
  headSha = HEAD_SHA,
  options: PullPayloadOptions = {},
): Record<string, unknown> {
  const definition = webhooks.find((candidate) => candidate.name === 'pull_request');
  const example = definition?.examples.find(
    (candidate) => (candidate as { action?: string }).action === 'opened',
  );
  if (!example) throw new Error('@octokit/webhooks-examples has no pull_request.opened example');
  const payload = structuredClone(example) as unknown as {
    number: number;
    pull_request: {
      number: number;
      changed_files: number;
      head: { sha: string; ref: string; repo: { full_name: string } | null };
      base: { ref: string; sha: string; repo: { full_name: string } };
    };
    repository: { name: string; full_name: string; owner: { login: string }; default_branch: string };
  };
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.head.sha = headSha;
  payload.pull_request.base.ref = 'main';
  payload.pull_request.base.repo.full_name = `${OWNER}/${REPO}`;
  if (options.headRef) payload.pull_request.head.ref = options.headRef;
  if (options.baseSha) payload.pull_request.base.sha = options.baseSha;
  if (options.changedFiles !== undefined) payload.pull_request.changed_files = options.changedFiles;
  const headRepo = options.headRepo === undefined ? `${OWNER}/${REPO}` : options.headRepo;
  payload.pull_request.head.repo =
    headRepo === null ? null : { ...payload.pull_request.head.repo, full_name: headRepo };
  payload.repository.name = REPO;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.owner.login = OWNER;
  payload.repository.default_branch = 'main';
  return payload as unknown as Record<string, unknown>;
}

/** A real push payload, moved to the test repository and its default branch. */
export function pushPayload(ref = 'refs/heads/main'): Record<string, unknown> {
  const example = webhooks.find((candidate) => candidate.name === 'push')?.examples[0];
  if (!example) throw new Error('@octokit/webhooks-examples has no push example');
  const payload = structuredClone(example) as unknown as {
    ref: string;
    after: string;
    repository: { name: string; full_name: string; default_branch: string; master_branch?: string };
  };
  payload.ref = ref;
  payload.after = SHA;
  payload.repository.name = REPO;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.default_branch = 'main';
  return payload as unknown as Record<string, unknown>;
}

/** A real workflow_dispatch payload, moved to the test repository (default branch main). */
export function workflowDispatchPayload(ref: string): Record<string, unknown> {
  const example = webhooks.find((candidate) => candidate.name === 'workflow_dispatch')?.examples[0];
  if (!example) throw new Error('@octokit/webhooks-examples has no workflow_dispatch example');
  const payload = structuredClone(example) as unknown as {
    ref: string;
    repository: { name: string; full_name: string; default_branch: string };
  };
  payload.ref = ref;
  payload.repository.name = REPO;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.default_branch = 'main';
  return payload as unknown as Record<string, unknown>;
}

export interface Recorded {
  annotations: {
    level: 'error' | 'warning' | 'notice';
    message: string;
    properties?: AnnotationProperties;
  }[];
  outputs: Record<string, string | number>;
  failed: string[];
  log: string[];
}

export interface RunOptions {
  github: FakeGitHub;
  workspace: Workspace;
  event: 'pull_request' | 'pull_request_target' | 'push' | 'schedule' | 'workflow_dispatch';
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  token?: TokenName;
  today?: string;
  ref?: string;
  /**
   * Keep the throttling plugin on. It spaces writes one to three seconds apart, which makes a
   * test of the run's logic slow; the tests of faults and the end-to-end tests keep it.
   */
  throttled?: boolean;
}

export interface RunRecord extends Recorded {
  outcome: RunOutcome;
  /** The job summary as GitHub would render it, from @actions/core's buffer. */
  summary: string;
}

/** Runs run() once, in-process, as main.ts wires it; the summary buffer is read and emptied. */
export async function runAction(options: RunOptions): Promise<RunRecord> {
  const eventFile = path.join(
    options.workspace.dir,
    '..',
    `${path.basename(options.workspace.dir)}-event.json`,
  );
  await writeFile(eventFile, JSON.stringify(options.payload), 'utf8');
  const inputs: Record<string, string> = { token: TOKEN[options.token ?? 'workflow'], ...options.inputs };
  const recorded: Recorded = { annotations: [], outputs: {}, failed: [], log: [] };
  const core: ActionCore = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      recorded.outputs[name] = value;
    },
    setFailed: (message) => recorded.failed.push(message),
    info: (message) => recorded.log.push(message),
    debug: () => {},
    notice: (message, properties) => recorded.annotations.push({ level: 'notice', message, properties }),
    warning: (message, properties) => recorded.annotations.push({ level: 'warning', message, properties }),
    error: (message, properties) => recorded.annotations.push({ level: 'error', message, properties }),
    summary,
  };
  summary.emptyBuffer();
  try {
    const outcome = await run({
      core,
      env: {
        GITHUB_EVENT_NAME: options.event,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_SHA: SHA,
        GITHUB_REF:
          options.ref ?? (options.event.startsWith('pull_request') ? 'refs/pull/1/merge' : 'refs/heads/main'),
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_WORKSPACE: options.workspace.dir,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: options.github.url,
        GITHUB_GRAPHQL_URL: options.github.graphqlUrl,
        RUNNER_TEMP: path.join(options.workspace.dir, '..', `${path.basename(options.workspace.dir)}-temp`),
        GITHUB_ACTION: 'lessons',
      },
      createGitHub: (config) =>
        createOctokitPort({
          ...config,
          log: { info: (message) => recorded.log.push(message), debug: () => {} },
          // The plugins' own logic with millisecond waits; the end-to-end tests keep GitHub's timing.
          retry: { retryAfterBaseValue: 5 },
          throttle: { retryAfterBaseValue: 5, enabled: options.throttled ?? false },
        }),
      now: () => new Date(`${options.today ?? '2026-11-26'}T09:00:00Z`),
    });
    return { ...recorded, outcome, summary: summary.stringify() };
  } finally {
    summary.emptyBuffer();
    await rm(eventFile, { force: true });
  }
}
