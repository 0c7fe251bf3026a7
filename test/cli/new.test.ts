// `lessons new` as a script runs it: flags only, no terminal (in-process through runCli).
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessons as run } from '../support/cli.js';
import { parseCampaignFile } from '../../src/core/parse/parse-file.js';

const lessons = (cwd: string, args: string[]) => run(args, { cwd, env: { NO_COLOR: '1' } });

const PAST = `id: 2012-01-tiktok-trainees
title: Trainees on TikTok
status: closed
owner: "@jdevries"
period: { start: 2012-01-01, end: 2012-06-30 }
channels: [tiktok]
audiences: [trainees]
learning_goals:
  - id: reach
    question: Do we reach technical trainees on TikTok?
retention: { owner: "@acme/recruitment", plan: Present it at the monthly meeting. }
conclusions:
  - goal: reach
    finding: Trainee videos reached students; recruiter videos did not.
    level: fundamental
    outcome: confirmed
`;

const REQUIRED = [
  '--title',
  'Één stad, één baan: TikTok-community',
  '--owner',
  '@jdevries',
  '--channel',
  'tiktok',
  '--goal',
  'Do we reach technical trainees with videos made by trainees?',
  '--retention-plan',
  'Present the conclusions at the recruitment meeting.',
];

let cwd: string;
beforeEach(async () => {
  cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'lessons-new-'));
  await fs.mkdir(path.join(cwd, 'lessons'));
  await fs.writeFile(path.join(cwd, 'lessons', '2012-01-tiktok-trainees.yaml'), PAST);
});
afterEach(async () => {
  await fs.rm(cwd, { recursive: true, force: true });
});

const read = (file: string) => fs.readFile(path.join(cwd, file), 'utf8');

describe('lessons new (flags, no terminal)', () => {
  it('writes a valid campaign with the schema modeline and derived ids, then shows related lessons', async () => {
    const run = await lessons(cwd, [
      'new',
      ...REQUIRED,
      '--start',
      '2027-03-15',
      '--audience',
      'Trainees, Students',
    ]);
    // No `lessons init` ran here: the schema the modeline names is not there yet, and it says so.
    expect(run.stderr).toBe(
      'Editors check campaign files against lessons/campaign.schema.json, which is not there yet: run `npx campaign-lessons init` to set this repository up.\n',
    );
    expect(run.code).toBe(0);
    const file = 'lessons/2027-03-een-stad-een-baan-tiktok-community.yaml';
    expect(run.stdout).toContain(`Created ${file}`);
    expect(run.stdout).toContain('Trainees on TikTok');
    expect(run.stdout).toContain('Trainee videos reached students; recruiter videos did not.');

    const text = await read(file);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=campaign.schema.json');
    expect(text).toContain('# conclusions:');
    expect(text).toContain('# considered: [2012-01-tiktok-trainees]');
    const parsed = parseCampaignFile(file, text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.campaign).toMatchObject({
      id: '2027-03-een-stad-een-baan-tiktok-community',
      title: 'Één stad, één baan: TikTok-community',
      status: 'planned',
      owner: '@jdevries',
      period: { start: '2027-03-15' },
      channels: ['tiktok'],
      audiences: ['trainees', 'students'],
      learning_goals: [
        {
          id: 'reach-technical-trainees',
          question: 'Do we reach technical trainees with videos made by trainees?',
        },
      ],
      retention: { owner: '@jdevries', plan: 'Present the conclusions at the recruitment meeting.' },
    });

    const validate = await lessons(cwd, ['validate', '--format', 'json']);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ files: 2, campaigns: 2, problems: [] });
  });

  it('takes every field from flags, lists repeated or comma-separated', async () => {
    const run = await lessons(cwd, [
      'new',
      ...REQUIRED,
      '--id',
      'tiktok-again',
      '--owner',
      'jdevries',
      '--channel',
      'Job Fair,instagram',
      '--tag',
      'community',
      '--tag',
      'employer-branding',
      '--goal',
      'Do trainees keep posting without a coordinator?',
      '--retention-owner',
      '@acme/recruitment',
      '--status',
      'running',
      '--start',
      '2027-01-01',
      '--end',
      '2027-12-31',
      '--summary',
      'Trainees post weekly; we answer questions: live.',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ file: 'lessons/tiktok-again.yaml', id: 'tiktok-again', problems: [] });
    expect(result.related.map((lesson: { id: string }) => lesson.id)).toEqual(['2012-01-tiktok-trainees']);
    const campaign = parseCampaignFile(
      'lessons/tiktok-again.yaml',
      await read('lessons/tiktok-again.yaml'),
    ).campaign;
    expect(campaign).toMatchObject({
      status: 'running',
      owner: '@jdevries',
      period: { start: '2027-01-01', end: '2027-12-31' },
      channels: ['tiktok', 'job-fair', 'instagram'],
      tags: ['community', 'employer-branding'],
      summary: 'Trainees post weekly; we answer questions: live.',
      retention: { owner: '@acme/recruitment' },
    });
    expect(campaign?.learning_goals.map((goal) => goal.id)).toEqual([
      'reach-technical-trainees',
      'trainees-keep-posting',
    ]);
  });

  it('lists planned campaigns on the same ground too, not only running ones', async () => {
    const planned = PAST.replace('id: 2012-01-tiktok-trainees', 'id: 2027-02-tiktok-vlogs')
      .replace('title: Trainees on TikTok', 'title: TikTok vlogs by trainees')
      .replace('status: closed', 'status: planned')
      .replace(/conclusions:[\s\S]*$/, '');
    await fs.writeFile(path.join(cwd, 'lessons', '2027-02-tiktok-vlogs.yaml'), planned);
    const run = await lessons(cwd, ['new', ...REQUIRED, '--start', '2027-03-15']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Also running or planned, on the same ground:');
    expect(run.stdout).toContain(
      '- TikTok vlogs by trainees  lessons/2027-02-tiktok-vlogs.yaml  (planned · same channel: tiktok)',
    );
    const json = JSON.parse(
      (await lessons(cwd, ['new', ...REQUIRED, '--id', 'other', '--format', 'json'])).stdout,
    );
    expect(json.alsoRunning).toEqual([
      {
        id: '2027-02-tiktok-vlogs',
        file: 'lessons/2027-02-tiktok-vlogs.yaml',
        title: 'TikTok vlogs by trainees',
        status: 'planned',
        reasons: ['same channel: tiktok'],
      },
      // The plan written a moment ago is planned on the same ground too.
      {
        id: '2027-03-een-stad-een-baan-tiktok-community',
        file: 'lessons/2027-03-een-stad-een-baan-tiktok-community.yaml',
        title: 'Één stad, één baan: TikTok-community',
        status: 'planned',
        reasons: ['same channel: tiktok'],
      },
    ]);
  });

  it('refuses to overwrite an existing file', async () => {
    const args = ['new', ...REQUIRED, '--start', '2027-03-15'];
    expect((await lessons(cwd, args)).code).toBe(0);
    const file = 'lessons/2027-03-een-stad-een-baan-tiktok-community.yaml';
    await fs.appendFile(path.join(cwd, file), '# edited by hand\n');
    const before = await read(file);

    const again = await lessons(cwd, [...args, '--title', 'Een stad een baan: TikTok community']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${file} already exists; nothing was written.`);
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(await read(file)).toBe(before);
  });

  it('refuses an id that another file in the root already uses', async () => {
    await fs.mkdir(path.join(cwd, 'lessons', 'archive'));
    await fs.rename(
      path.join(cwd, 'lessons', '2012-01-tiktok-trainees.yaml'),
      path.join(cwd, 'lessons', 'archive', '2012-01-tiktok-trainees.yaml'),
    );
    const run = await lessons(cwd, ['new', ...REQUIRED, '--id', '2012-01-tiktok-trainees']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lessons/archive/2012-01-tiktok-trainees.yaml already uses the id');
    await expect(fs.access(path.join(cwd, 'lessons', '2012-01-tiktok-trainees.yaml'))).rejects.toThrow();
  });

  it('names every missing required flag when there is no terminal, and writes nothing', async () => {
    const run = await lessons(cwd, ['new', '--title', 'Posters', '--channel', 'outdoor']);
    expect(run.code).toBe(2);
    const message = run.stderr.split('\n')[0];
    expect(message).toContain('Missing --owner');
    expect(message).toContain('--goal');
    expect(message).toContain('--retention-plan');
    expect(message).not.toContain('--title');
    expect(await fs.readdir(path.join(cwd, 'lessons'))).toEqual(['2012-01-tiktok-trainees.yaml']);
  });

  it.each([
    [['--owner', 'not a handle!'], '--owner'],
    [['--start', '2027-02-30'], '--start'],
    [['--start', '2027-03-01', '--end', '2027-02-01'], '--end'],
    [['--id', 'Not An Id'], '--id'],
    [['--status', 'done'], '--status'],
  ])('refuses %j, naming %s', async (extra, flag) => {
    const run = await lessons(cwd, ['new', ...REQUIRED, ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(flag);
    expect(await fs.readdir(path.join(cwd, 'lessons'))).toEqual(['2012-01-tiktok-trainees.yaml']);
  });

  it('creates a root that does not exist yet, with the modeline to the configured schema', async () => {
    await fs.mkdir(path.join(cwd, 'schemas'));
    await fs.writeFile(path.join(cwd, 'lessons.config.yaml'), 'schema: schemas/campaign.schema.json\n');
    const run = await lessons(cwd, [
      'new',
      ...REQUIRED,
      '--root',
      'campaigns/2027',
      '--id',
      'first',
      '--yes',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No related past lessons found yet.');
    const text = await read('campaigns/2027/first.yaml');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/campaign\.schema\.json\n/);
    expect(parseCampaignFile('campaigns/2027/first.yaml', text).problems).toEqual([]);
  });

  it.each([
    ['--summary', 'Weekly posts.\nowner: "@someone-else"\nconclusions: []'],
    ['--summary', 'Line one\r\n\r\n  - id: injected\n'],
    ['--title', 'Posters: "tram" & bus # 2027\nstatus: closed'],
    ['--title', "- &a [x] {y: z} !tag *a % @ ` | > 'quote'"],
    ['--goal', 'Bereiken we studenten?\n  - id: second\n    question: injected?'],
    ['--retention-plan', 'Presenteren.\nretention: {owner: "@x", plan: y}'],
    ['--summary', 'Controls \u0007\u001b[31m\u007f\u0085\u2028\ufeff kept as text'],
  ])(
    'writes %s with line breaks and YAML characters as one value: no key can be injected',
    async (flag, value) => {
      const args = ['new', ...REQUIRED, '--id', 'typed-values', '--start', '2027-01-01', '--format', 'json'];
      const replaced = args.indexOf(flag);
      const run = await lessons(
        cwd,
        replaced >= 0
          ? [...args.slice(0, replaced + 1), value, ...args.slice(replaced + 2)]
          : [...args, flag, value],
      );
      expect(run.code).toBe(0);
      const text = await read('lessons/typed-values.yaml');
      const parsed = parseCampaignFile('lessons/typed-values.yaml', text);
      expect(parsed.problems).toEqual([]);
      const campaign = parsed.campaign!;
      expect(campaign.owner).toBe('@jdevries');
      expect(campaign.status).toBe('planned');
      expect(campaign.conclusions).toBeUndefined();
      expect(campaign.learning_goals).toHaveLength(1);
      const written = {
        '--summary': campaign.summary,
        '--title': campaign.title,
        '--goal': campaign.learning_goals[0]!.question,
        '--retention-plan': campaign.retention.plan,
      }[flag];
      expect(written).toBe(value.trim());
    },
  );
});
