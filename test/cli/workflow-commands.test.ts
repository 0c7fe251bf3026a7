// Campaign text and typed values never become workflow commands in a CI log, nor escape
// sequences on a terminal (issue 8 item 10): a title with a line break cannot start a line with
// `::add-mask::` or `::error::`, `##[` is broken up, and controls are shown, not obeyed.
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessons } from '../support/cli.js';

// What a runner would obey: `::` first on a line (after white space), or `##[` anywhere.
const RUNNER_COMMAND = /^\s*::|##\[/m;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202e]/;

const TODAY = '2026-11-26';
const HOSTILE = [
  'id: 2019-06-posters',
  'title: "Posters\\n::add-mask::secret\\n::error file=x::fake ##[error]old \\u001b[31mred\\u202e"',
  'status: closed',
  'owner: "@jdevries"',
  'period: { start: 2019-06-01, end: 2019-06-30 }',
  'channels: [outdoor]',
  'learning_goals:',
  '  - id: reach',
  '    question: Do students see the posters?',
  'retention: { owner: "@acme/recruitment", plan: "Present it.\\r\\n::warning::x" }',
  'conclusions:',
  '  - goal: reach',
  '    finding: "Seen by many.\\n::stop-commands::token\\n  ::error::indented"',
  '    level: fundamental',
  '    outcome: confirmed',
  'x-note: 1',
  '',
].join('\n');
const PLANNED = [
  'id: 2027-05-posters-again',
  'title: More posters for students',
  'status: planned',
  'owner: "@jdevries"',
  'period: { start: 2027-05-01 }',
  'channels: [outdoor]',
  'learning_goals:',
  '  - id: reach',
  '    question: Do students see the posters?',
  'retention: { owner: "@acme/recruitment", plan: Present it. }',
  '',
].join('\n');

let cwd: string;
beforeAll(async () => {
  cwd = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-commands-')));
  await mkdir(path.join(cwd, 'lessons'));
  await writeFile(path.join(cwd, 'lessons', '2019-06-posters.yaml'), HOSTILE);
  await writeFile(path.join(cwd, 'lessons', '2027-05-posters-again.yaml'), PLANNED);
  // A file name is campaign text too: a line break in it would start a line of its own.
  await writeFile(path.join(cwd, 'lessons', 'bad\n::error::name.yaml'), 'id: [unclosed\n');
});
afterAll(async () => {
  if (cwd) await rm(cwd, { recursive: true, force: true });
});

function expectSafe(text: string): void {
  expect(text).not.toMatch(RUNNER_COMMAND);
  expect(text).not.toMatch(CONTROL);
}

describe('text output with hostile campaign text', () => {
  it.each([
    [['validate', '--today', TODAY]],
    [['check', '--today', TODAY]],
    [['related', 'lessons/2027-05-posters-again.yaml']],
    [['report', '--today', TODAY]],
  ])('lessons %j prints no workflow command and no control character', async (args) => {
    const run = await lessons(args, { cwd });
    expectSafe(run.stdout);
    expectSafe(run.stderr);
  });

  it('keeps the text readable: the title on one line, the escapes visible', async () => {
    const run = await lessons(['related', 'lessons/2027-05-posters-again.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '1. Posters ::add-mask::secret ::error file=x::fake #\\#[error]old \\x1b[31mred\\u202e (2019, @jdevries)',
    );
    expect(run.stdout).toContain(
      '   - [fundamental, confirmed] Seen by many. ::stop-commands::token ::error::indented',
    );
  });

  it('names a file whose name holds a line break on one line', async () => {
    const run = await lessons(['validate', '--today', TODAY], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('lessons/bad ::error::name.yaml:1:5');
  });

  it('keeps the colour of a terminal, and only its own', async () => {
    const run = await lessons(['related', 'lessons/2027-05-posters-again.yaml'], { cwd, terminal: true });
    expect(run.stdout).toContain('\u001b[1m');
    expect(run.stdout).not.toContain('\u001b[31mred');
    expect(run.stdout).toContain('\\x1b[31mred');
  });
});

describe('json output', () => {
  it('keeps its exact values while `##[` never reaches the log', async () => {
    const run = await lessons(['check', '--format', 'json', '--today', TODAY], { cwd });
    expect(run.stdout).not.toMatch(RUNNER_COMMAND);
    const other = await lessons(['validate', 'lessons/2019-06-posters.yaml', '--format', 'json'], { cwd });
    expect(other.stdout).not.toMatch(RUNNER_COMMAND);
    const related = await lessons(['related', 'lessons/2027-05-posters-again.yaml', '--format', 'json'], {
      cwd,
    });
    expect(related.stdout).not.toMatch(RUNNER_COMMAND);
    const title = JSON.parse(related.stdout).related[0].title as string;
    expect(title).toBe('Posters\n::add-mask::secret\n::error file=x::fake ##[error]old \u001b[31mred\u202e');
  });
});

describe('values people type', () => {
  it.each([
    [['check', '--today', 'x\n::add-mask::y']],
    [['check', '--nope\n::error::x']],
    [['validate', 'nothing\n::error::here.yaml']],
    [['related', 'x\n##[error]y.yaml']],
    [['frob\n::error::nicate']],
  ])('are echoed without starting a workflow command: %j', async (args) => {
    const run = await lessons(args, { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
    expectSafe(run.stderr);
  });
});
