// `lessons check` as a process: the campaigns awaiting conclusions on a fixed --today, with the
// JSON contract of DESIGN §4, exit 1 when anything awaits, and --grace-days changing the answer.
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignYaml } from '../core/make-campaign.js';
import { lessons, REPO, STACK_LINE } from '../support/cli.js';

const TODAY = '2026-11-26';

interface CheckJson {
  awaiting: Record<string, unknown>[];
}

const json = (stdout: string) => JSON.parse(stdout) as CheckJson;
const ids = async (...args: string[]) =>
  json((await lessons(['check', '--format', 'json', ...args])).stdout).awaiting.map((a) => a.id);

let tmp: string;

beforeAll(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-check-')));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('lessons check --format json', () => {
  it('lists the campaigns of lessons/ awaiting conclusions, with the exact shape of DESIGN §4, exit 1', async () => {
    const run = await lessons(['check', '--format', 'json', '--today', TODAY]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const result = json(run.stdout);
    expect(Object.keys(result)).toEqual(['awaiting']);
    for (const a of result.awaiting)
      expect(Object.keys(a).sort()).toEqual(['file', 'id', 'owner', 'reason', 'since']);
    expect(result.awaiting).toEqual([
      {
        id: '2015-03-hogeschool-bedrijvendag',
        file: 'lessons/2015-03-hogeschool-bedrijvendag.yaml',
        owner: '@kjanssen',
        reason: 'closed-without-conclusions',
        since: '2015-03-12',
      },
      {
        id: '2022-10-podcast-onder-de-waterlijn',
        file: 'lessons/2022-10-podcast-onder-de-waterlijn.yaml',
        owner: '@nhoekstra',
        reason: 'closed-without-conclusions',
        since: '2023-06-30',
      },
      {
        id: '2018-10-werkenbij-site',
        file: 'lessons/2018-10-werkenbij-site.yaml',
        owner: '@tvandenberg',
        reason: 'ended-without-conclusions',
        since: '2024-06-30',
      },
      {
        id: '2025-01-whatsapp-kanaal-zij-instromers',
        file: 'lessons/2025-01-whatsapp-kanaal-zij-instromers.yaml',
        owner: '@mbakker',
        reason: 'review-overdue',
        since: '2025-07-06',
      },
    ]);
  });

  it('covers every reason with the fixture corpus', async () => {
    const run = await lessons([
      'check',
      '--root',
      'test/fixtures/valid',
      '--format',
      'json',
      '--today',
      TODAY,
    ]);
    expect(run.code).toBe(1);
    expect(json(run.stdout).awaiting.map((a) => [a.id, a.reason, a.since])).toEqual([
      ['missing-conclusions-closed', 'closed-without-conclusions', '2026-03-31'],
      ['review-overdue-never-reviewed', 'review-overdue', '2026-09-29'],
      // review-overdue.yaml is overdue too, but its reviews have conclusions: only a warning.
      ['ended-without-conclusions', 'ended-without-conclusions', '2026-11-11'],
      ['missing-conclusions-cancelled', 'closed-without-conclusions', '2027-03-31'],
    ]);
  });

  it('exits 0 with an empty list when nothing awaits', async () => {
    const root = path.join(tmp, 'calm');
    await mkdir(root);
    await writeFile(path.join(root, 'calm.yaml'), campaignYaml('calm'));
    const run = await lessons(['check', '--root', root, '--format', 'json', '--today', TODAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{\n  "awaiting": []\n}\n');
  });

  it('leaves out files with errors: they are not checked', async () => {
    const run = await lessons([
      'check',
      '--root',
      'test/fixtures/invalid',
      '--format',
      'json',
      '--today',
      TODAY,
    ]);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toEqual({ awaiting: [] });
  });

  it('gives file paths relative to the current directory', async () => {
    const run = await lessons(['check', '--root', '../../lessons', '--format', 'json', '--today', TODAY], {
      cwd: path.join(REPO, 'test/fixtures'),
    });
    for (const a of json(run.stdout).awaiting) expect(a.file).toMatch(/^\.\.\/\.\.\/lessons\/[^/]+\.ya?ml$/);
  });
});

describe('--today and --grace-days', () => {
  // lessons/2018-10-werkenbij-site.yaml: running, ended 2024-06-30, no conclusions.
  // lessons/2025-01-whatsapp-kanaal-zij-instromers.yaml: continuous, last review 2025-04-07, every
  // 90 days, no conclusions. lessons/2012-01-facebook-trainee-community.yaml: continuous, last
  // review 2025-05-12, every 90 days, with conclusions.
  it('decide when a running campaign past its end awaits: exactly end + grace is not yet, a day later is', async () => {
    expect(await ids('--today', '2024-07-14')).not.toContain('2018-10-werkenbij-site');
    expect(await ids('--today', '2024-07-15')).toContain('2018-10-werkenbij-site');
    expect(await ids('--today', '2024-07-15', '--grace-days', '30')).not.toContain('2018-10-werkenbij-site');
    expect(await ids('--today', '2024-07-31', '--grace-days', '30')).toContain('2018-10-werkenbij-site');
    expect(await ids('--today', '2024-07-01', '--grace-days', '0')).toContain('2018-10-werkenbij-site');
  });

  it('decide when continuous work is overdue for review', async () => {
    expect(await ids('--today', '2025-07-20')).not.toContain('2025-01-whatsapp-kanaal-zij-instromers');
    expect(await ids('--today', '2025-07-21')).toContain('2025-01-whatsapp-kanaal-zij-instromers');
    // Overdue as well, but it has conclusions: DESIGN §2 lets only work without any await them.
    expect(await ids('--today', '2025-08-25')).not.toContain('2012-01-facebook-trainee-community');
  });

  it('leave closed campaigns without conclusions awaiting on any day', async () => {
    expect(await ids('--today', '2015-03-13', '--grace-days', '9999')).toEqual(
      expect.arrayContaining(['2015-03-hogeschool-bedrijvendag', '2022-10-podcast-onder-de-waterlijn']),
    );
  });

  it.each([
    [['--today', '2026-13-01'], /Invalid --today '2026-13-01'/],
    [['--today', '26-11-2026'], /Invalid --today/],
    [['--grace-days', 'two weeks'], /Invalid --grace-days 'two weeks'/],
    [['--grace-days=-3'], /Invalid --grace-days '-3'/],
  ])('refuse %j with exit 2', async (args, message) => {
    const run = await lessons(['check', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('usage errors', () => {
  it('names a --root that does not exist, in one line', async () => {
    const run = await lessons(['check', '--root', 'nowhere']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('lessons check: nowhere: no such file or folder.\n');
  });

  it.each([
    [['check', '--format', 'github'], /Invalid --format 'github': expected text or json\./],
    [['check', 'lessons/x.yaml'], /Unexpected argument/],
    [['check', '--limit', '3'], /Unknown option '--limit'/],
  ])('%j exits 2 with a message on stderr and no stack trace', async (args, message) => {
    const run = await lessons(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Usage: lessons check/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('text output', () => {
  it('names each campaign, why and since when it awaits, its owner and file', async () => {
    const run = await lessons(['check', '--today', TODAY]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('4 campaigns await conclusions (today 2026-11-26, 14 days grace):');
    expect(lines).toContain(
      '  2018-10-werkenbij-site  ended without conclusions since 2024-06-30  owner @tvandenberg',
    );
    expect(lines).toContain('    lessons/2018-10-werkenbij-site.yaml');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('says in one line that nothing awaits', async () => {
    const root = path.join(tmp, 'quiet');
    await mkdir(root);
    await writeFile(path.join(root, 'quiet.yaml'), campaignYaml('quiet'));
    const run = await lessons(['check', '--root', root, '--today', TODAY, '--grace-days', '7']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ No campaign awaits conclusions (today 2026-11-26, 7 days grace).\n');
  });

  it('tells on stderr that files with errors were not checked', async () => {
    const run = await lessons(['check', '--root', 'test/fixtures/unique-id', '--today', TODAY]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      '2 file(s) have errors and were not checked; run `lessons validate` to see them.\n',
    );
  });
});

describe('numbers too large for the calendar', () => {
  it('are a schema error in the file, never "Invalid time value"', async () => {
    const root = path.join(tmp, 'huge-cadence');
    await mkdir(root);
    await writeFile(
      path.join(root, 'community.yaml'),
      campaignYaml('community', 'mode: continuous', 'review_every_days: 99999999999999'),
    );
    const validate = await lessons(['validate', '--root', root, '--format', 'json', '--today', TODAY]);
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).problems).toMatchObject([
      { rule: 'schema', message: expect.stringContaining('must be 36500 or less') },
    ]);
    const check = await lessons(['check', '--root', root, '--today', TODAY]);
    expect(check.code).toBe(0);
    expect(check.stderr).toBe(
      '1 file(s) have errors and were not checked; run `lessons validate` to see them.\n',
    );
  });
});
