// `lessons new` on a terminal: it asks only for what the flags left open, re-asks an answer the
// schema refuses, and writes what was answered. The prompter answers from a script.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../src/core/parse/parse-file.js';
import { lessons, scriptedPrompter as scripted } from '../support/cli.js';
import type { Prompter } from '../../src/cli/new/prompter.js';

let cwd: string;
beforeEach(async () => {
  cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'lessons-new-prompts-'));
  // A repository without a knowledge base yet: `new` starts lessons/ at its root.
  await fs.mkdir(path.join(cwd, '.git'));
});
afterEach(async () => {
  await fs.rm(cwd, { recursive: true, force: true });
});

const onTerminal = (prompter: Prompter, ...args: string[]) =>
  lessons(['new', ...args], { cwd, terminal: true, today: '2027-04-01', prompter });

describe('lessons new on a terminal', () => {
  it('asks for every field, re-asks refused answers, and writes a valid campaign', async () => {
    const { prompter, asked, refused } = scripted([
      'Open dag techniek',
      'not a handle!',
      'jdevries',
      'Open dag, Job fair',
      'students',
      '', // start: today's date is offered
      '2027-03-01', // before the start
      '2027-05-31',
      'Komen bezoekers terug voor een gesprek?',
      'Do trainees make the difference?',
      '',
      '', // retention owner: the owner is offered
      'Present the results at the recruitment meeting.',
    ]);
    const { code, stdout, stderr } = await onTerminal(prompter);
    expect(stderr).toMatch(
      /^Editors check campaign files against lessons\/campaign.schema.json, which is not there yet/,
    );
    expect(code).toBe(0);
    expect(refused).toEqual([
      'The owner must be a GitHub handle in quotes: "@user" or "@org/team".',
      'The period ends (2027-03-01) before it starts (2027-04-01). Check both dates.',
    ]);
    expect(asked).toHaveLength(11);
    const file = 'lessons/2027-04-open-dag-techniek.yaml';
    expect(stdout).toContain(`Created ${file}`);
    const parsed = parseCampaignFile(file, await fs.readFile(path.join(cwd, file)));
    expect(parsed.problems).toEqual([]);
    expect(parsed.campaign).toMatchObject({
      owner: '@jdevries',
      period: { start: '2027-04-01', end: '2027-05-31' },
      channels: ['open-dag', 'job-fair'],
      audiences: ['students'],
      learning_goals: [
        { id: 'komen-bezoekers-terug', question: 'Komen bezoekers terug voor een gesprek?' },
        { id: 'trainees-make-difference', question: 'Do trainees make the difference?' },
      ],
      retention: { owner: '@jdevries', plan: 'Present the results at the recruitment meeting.' },
    });
  });

  it('asks only what the flags left open', async () => {
    const { prompter, asked } = scripted(['', '', 'Present it at the monthly meeting.']);
    const { code } = await onTerminal(
      prompter,
      ...['--title', 'Posters', '--owner', '@jdevries', '--channel', 'outdoor', '--audience', 'students'],
      ...['--start', '2027-05-01', '--goal', 'Do students remember the poster?'],
    );
    expect(code).toBe(0);
    expect(asked).toEqual([
      'End date (YYYY-MM-DD, optional)',
      'Who keeps the knowledge after the campaign? (GitHub @user or @org/team)',
      'How will the knowledge be kept and shared? (a presentation, the onboarding folder …)',
    ]);
  });

  it('does not prompt with --yes, and names what is missing', async () => {
    const { prompter, asked } = scripted([]);
    const run = await onTerminal(prompter, '--yes', '--title', 'Posters');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Missing --owner .*--channel .*--goal .*--retention-plan/);
    expect(asked).toEqual([]);
  });

  it('writes nothing when the person stops answering', async () => {
    const { prompter } = scripted(['Posters', '@jdevries']);
    const { code, stderr } = await onTerminal(prompter);
    expect(code).toBe(2);
    expect(stderr).toContain('cancelled; nothing was written');
    await expect(fs.readdir(path.join(cwd, 'lessons'))).rejects.toThrow();
  });
});
