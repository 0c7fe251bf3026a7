// Runs the bundled Action (`node dist/index.js`) as the runner does: inputs as INPUT_* variables
// (the runner keeps the dashes: INPUT_GRACE-DAYS), the event payload in a file, the output and
// summary files, and GITHUB_API_URL aimed at the fake GitHub. Reads back what the runner would.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OWNER, REPO, REPO_ROOT, SHA, tokenValue, type Workspace } from './action-harness.js';
import type { FakeGitHub } from './fake-github.js';

// E2E_DIST runs the tests against another bundle, such as one built from main to see a new test fail.
export const DIST = process.env.E2E_DIST ?? path.join(REPO_ROOT, 'dist', 'index.js');
// Scales the child's clock (see the file): the bundle runs unchanged, its waits pass faster.
const FAST_CLOCK = pathToFileURL(path.join(REPO_ROOT, 'test', 'support', 'fast-clock.mjs')).href;

export function assertBundled(): void {
  if (!existsSync(DIST))
    throw new Error(`${DIST} is missing: run npm run bundle before the end-to-end tests.`);
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface DistRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** The report file the `report` output names, parsed; null when there is none. */
  report: Record<string, unknown> | null;
}

export interface DistOptions {
  github: FakeGitHub;
  workspace: Workspace;
  event: string;
  payload: unknown;
  token: string;
  /** Input names as in action.yml; each becomes INPUT_<NAME> with dashes kept. */
  inputs?: Record<string, string>;
  ref?: string;
  /** Run at the real clock's pace instead of the fast test clock (fast-clock.mjs). */
  realClock?: boolean;
}

let runs = 1000;

export async function runDist(options: DistOptions): Promise<DistRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'campaign-lessons-runner-'));
  try {
    const eventPath = path.join(dir, 'event.json');
    const outputPath = path.join(dir, 'output');
    const summaryPath = path.join(dir, 'summary.md');
    await writeFile(eventPath, JSON.stringify(options.payload));
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const inputs = { token: tokenValue(options.token), ...options.inputs };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: SHA,
      GITHUB_REF:
        options.ref ?? (options.event.startsWith('pull_request') ? 'refs/pull/1/merge' : 'refs/heads/main'),
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_WORKSPACE: options.workspace.dir,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.github.url,
      GITHUB_GRAPHQL_URL: options.github.graphqlUrl,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_ACTION: 'lessons',
      GITHUB_RUN_ID: String(++runs),
      RUNNER_TEMP: dir,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    // Asynchronously: the fake GitHub answers from this very process.
    const { exitCode, stdout, stderr } = await new Promise<{
      exitCode: number;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      execFile(
        process.execPath,
        options.realClock ? [DIST] : ['--import', FAST_CLOCK, DIST],
        { env, cwd: options.workspace.dir, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ exitCode: code, stdout: out, stderr: err });
        },
      );
    });
    const outputs = parseOutputs(await readFile(outputPath, 'utf8'));
    // Read before the runner's temp folder goes: the report file lives there.
    const report = outputs.report
      ? (JSON.parse(await readFile(outputs.report, 'utf8')) as Record<string, unknown>)
      : null;
    return {
      exitCode,
      stdout,
      stderr,
      outputs,
      report,
      summary: await readFile(summaryPath, 'utf8'),
      annotations: parseAnnotations(stdout),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// The runner's file format: name<<DELIMITER, the value's lines, DELIMITER.
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

// Workflow commands as the runner reads them from stdout, with their escapes undone.
function parseAnnotations(stdout: string): Annotation[] {
  const unescape = (text: string) =>
    text
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%');
  return stdout.split('\n').flatMap((line): Annotation[] => {
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!match) return [];
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const [key, ...value] = pair.split('=');
      properties[key!] = unescape(value.join('='));
    }
    return [{ level: match[1] as Annotation['level'], properties, message: unescape(match[3]!) }];
  });
}
