// The fixture of the end-to-end tests (node dist/index.js against the fake GitHub): each test gets
// its own fake GitHub on its own port and its own workspace, so tests run side by side, and the API
// requests of every run are printed at the end of the file, a block per test.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, it as base } from 'vitest';
import { findAwaiting } from '../../src/core/awaiting.js';
import { campaignMarker } from '../../src/core/render/audit-issue.js';
import { loadKnowledgeBase } from '../../src/io/load.js';
import {
  makeWorkspace,
  pullRequestPayload,
  REPO_ROOT,
  STAFF,
  TOKENS,
  type Workspace,
} from './action-harness.js';
import { startFakeGitHub, type FakeGitHub, type LoggedRequest } from './fake-github.js';
import { assertBundled, runDist, type DistOptions, type DistRun } from './run-dist.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/action');
export const DISCORD = 'lessons/2026-09-discord-trainee-community.yaml';
export const HOSTILE = 'lessons/2019-06-hostile-text.yaml';
export const LABEL = 'lessons: missing conclusions';

export type E2ERun = DistRun & { requests: LoggedRequest[] };

export interface E2E {
  github: FakeGitHub;
  workspace: Workspace;
  review(label: string, pull: number, extra?: Partial<DistOptions>): Promise<E2ERun>;
  audit(label: string, extra?: Partial<DistOptions>): Promise<E2ERun>;
  run(label: string, options: Omit<DistOptions, 'github' | 'workspace'>): Promise<E2ERun>;
  expectedAwaiting(): Promise<string[]>;
  openIssues(): ReturnType<FakeGitHub['issues']>;
  /** Issues that open with the campaign's marker, whoever wrote them. */
  issuesOf(id: string): ReturnType<FakeGitHub['issues']>;
}

/** API requests per run, for the report: printed once at the end, a block per test. */
const counts: string[][] = [];

beforeAll(() => {
  assertBundled();
});

afterAll(() => {
  const lines = counts.flat();
  if (lines.length > 0) console.log(`API requests per run of dist/index.js:\n${lines.join('\n')}`);
});

export const it = base.extend<{ e2e: E2E }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a fixture needs from this pattern
  e2e: async ({}, use) => {
    const github = await startFakeGitHub({
      owner: 'acme',
      repo: 'careers',
      tokens: TOKENS,
      assignable: STAFF,
    });
    const workspace = await makeWorkspace();
    for (const file of [DISCORD, HOSTILE]) {
      await workspace.write(file, await readFile(path.join(FIXTURES, path.basename(file)), 'utf8'));
    }
    const lines: string[] = [];
    const e2e: E2E = {
      github,
      workspace,
      async run(label, options) {
        const before = github.requests.length;
        const result = await runDist({ github, workspace, ...options });
        const requests = github.requests.slice(before);
        lines.push(`  ${label}: ${requests.length} (${summarise(requests)})`);
        return { ...result, requests };
      },
      review: (label, pull, extra = {}) =>
        e2e.run(label, {
          event: 'pull_request',
          payload: pullRequestPayload(pull),
          token: 'workflow',
          ...extra,
        }),
      audit: (label, extra = {}) =>
        e2e.run(label, {
          event: 'schedule',
          payload: { schedule: '17 6 * * *' },
          token: 'workflow',
          ...extra,
        }),
      async expectedAwaiting() {
        // Today's list, from the same rules `lessons check` applies: the fixture's dates age.
        const today = new Date().toISOString().slice(0, 10);
        const kb = await loadKnowledgeBase(path.join(workspace.dir, 'lessons'), {
          today,
          cwd: workspace.dir,
        });
        return findAwaiting(kb.entries, { today, graceDays: 14 }).map((item) => item.id);
      },
      openIssues: () => github.issues().filter((issue) => issue.state === 'open'),
      issuesOf: (id) => github.issues().filter((issue) => issue.body?.startsWith(campaignMarker(id))),
    };
    try {
      await use(e2e);
    } finally {
      counts.push(lines);
      await github.close();
      await workspace.dispose();
    }
  },
});

function summarise(requests: LoggedRequest[]): string {
  const tally = new Map<string, number>();
  for (const r of requests) {
    const key = `${r.method} ${r.path.replace(/\/repos\/acme\/careers|\/repositories\/\d+/, '').replace(/\d+/g, 'N')}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  return [...tally].map(([key, n]) => `${n}× ${key}`).join(', ');
}
