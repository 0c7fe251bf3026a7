// Issue 8, items 4 and 9, as the runner runs it: a run makes at most `operations-per-run` writes,
// most important first, and leaves the rest, said in the summary and the report file, to the next
// run; a rate limit that resets far away stops the run with a clear message instead of sleeping;
// a 403 is a missing permission only when GitHub says so, not GitHub Enterprise Server's "abuse
// detection" limit.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { findAwaiting } from '../../src/core/awaiting.js';
import { campaignMarker } from '../../src/core/render/audit-issue.js';
import { loadKnowledgeBase } from '../../src/io/load.js';
import { it } from '../support/e2e.js';

const TIMEOUT = { timeout: 300_000 };
const BULK = 5000;

function bulkEnd(i: number): string {
  return new Date(Date.UTC(2011, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

function bulkCampaign(i: number): string {
  const end = bulkEnd(i);
  return [
    `id: bulk-${String(i).padStart(4, '0')}`,
    `title: Bulk campaign ${i}`,
    'status: closed',
    'owner: "@kjanssen"',
    `period: { start: 2011-01-01, end: ${end} }`,
    'channels: [outdoor]',
    'learning_goals:',
    '  - id: reach',
    '    question: Did it reach people?',
    'retention:',
    '  owner: "@acme/recruitment"',
    '  plan: Present it at the monthly meeting of the team.',
    '',
  ].join('\n');
}

describe.concurrent('bounded work', TIMEOUT, () => {
  it('opens 5,000 awaited issues 50 writes at a time, the most recent campaigns first', async ({ e2e }) => {
    const { github, workspace, audit } = e2e;
    // The order the audit should take: the most recently ended first (ties by id), the repository's
    // own campaigns among the generated ones.
    const today = new Date().toISOString().slice(0, 10);
    const own = await loadKnowledgeBase(path.join(workspace.dir, 'lessons'), { today, cwd: workspace.dir });
    const expected = findAwaiting(own.entries, { today, graceDays: 14 }).map(({ id, since }) => ({
      id,
      since,
    }));
    const dir = path.join(workspace.dir, 'lessons', 'bulk');
    await mkdir(dir);
    for (let i = 0; i < BULK; i++) {
      await writeFile(path.join(dir, `bulk-${String(i).padStart(4, '0')}.yaml`), bulkCampaign(i));
      expected.push({ id: `bulk-${String(i).padStart(4, '0')}`, since: bulkEnd(i) });
    }
    const order = expected
      .sort((a, b) => b.since.localeCompare(a.since) || a.id.localeCompare(b.id))
      .map((item) => item.id);

    const first = await audit('audit of 5,000+ awaiting campaigns, first run');
    expect(first.exitCode).toBe(0);
    // 50 writes: the label and 49 issues (an owner GitHub refuses as assignee makes one issue two requests).
    const done = (first.report?.writes as { status: string }[]).filter((write) => write.status === 'done');
    expect(done).toHaveLength(50);
    expect(first.outputs['issues-opened']).toBe('49');
    const opened = (ids: string[]) =>
      ids.map((id) => github.issues().filter((issue) => issue.body?.startsWith(campaignMarker(id))).length);
    expect(opened(order.slice(0, 49))).toEqual(Array(49).fill(1));
    expect(opened(order.slice(49, 60))).toEqual(Array(11).fill(0));
    const left = order.length - 49;
    expect(first.summary).toContain(
      `This run reached its \`operations-per-run\` of 50 writes; ${left.toLocaleString('en')} issues to open are left for the next run`,
    );
    expect((first.report?.left as unknown[]).length).toBe(left);
    expect(
      first.annotations.some((a) => a.level === 'notice' && a.message.includes('left for the next run')),
    ).toBe(true);

    const second = await audit('audit of 5,000+ awaiting campaigns, second run');
    expect(second.outputs['issues-opened']).toBe('50');
    expect(opened(order.slice(0, 99))).toEqual(Array(99).fill(1));
    expect(github.issues()).toHaveLength(99);
  });

  it('stops at a primary rate limit that resets in an hour, with the reason and what is left', async ({
    e2e,
  }) => {
    const { github, audit, expectedAwaiting } = e2e;
    const awaiting = await expectedAwaiting();
    github.inject({
      kind: 'rate-limit',
      status: 403,
      method: 'POST',
      path: /\/issues$/,
      retryAfter: 3600,
    });
    const stopped = await audit('audit stopped by a primary rate limit');
    expect(stopped.exitCode).toBe(1);
    const error = stopped.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(/rate limit for this token is used up until \d\d:\d\d UTC/);
    expect(error?.message).toContain('the next run does the rest');
    expect(stopped.annotations.some((a) => a.message.includes('issues: write'))).toBe(false);
    expect(stopped.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(1);
    expect(stopped.summary).toContain('A rate limit stopped the writes');
    expect(stopped.summary).toContain('left for the next run');
    expect(stopped.outputs['issues-opened']).toBe('0');
    // The lock was released: the next run does the work.
    const next = await audit('audit after the rate limit reset');
    expect(next.exitCode).toBe(0);
    expect(github.issues()).toHaveLength(awaiting.length);
    expect(github.labels().map((label) => label.name)).toEqual(['lessons: missing conclusions']);
  });

  it('waits out an "abuse detection" 403 and never calls it a missing permission', async ({ e2e }) => {
    const { github, audit, expectedAwaiting } = e2e;
    const awaiting = await expectedAwaiting();
    github.inject({ kind: 'abuse-detection', method: 'POST', path: /\/issues$/, retryAfter: 5, times: 2 });
    const result = await audit('audit through two abuse-detection 403s');
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => /permission|grant|may not/i.test(a.message))).toEqual([]);
    expect(github.issues()).toHaveLength(awaiting.length);
    expect(result.outputs['issues-opened']).toBe(String(awaiting.length));
    expect(result.stdout).toMatch(
      /secondary rate limit was hit while trying to open an issue; trying again in 5 s/,
    );
  });
});
