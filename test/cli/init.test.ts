// `lessons init` sets a repository up in one step and never overwrites a file: it merges
// VS Code's settings (comments kept), keeps what a team changed, refreshes the schema only with
// --upgrade, and says what it wrote and what to do next.
import { lstat, mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import campaignSchema from '../../schemas/campaign.schema.json' with { type: 'json' };
import { lessons, REPO, scriptedPrompter } from '../support/cli.js';

let tmp: string;
let repo: string;

beforeEach(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-init-')));
  repo = path.join(tmp, 'careers');
  await mkdir(path.join(repo, '.git'), { recursive: true });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const read = (file: string) => readFile(path.join(repo, file), 'utf8');
const init = (...args: string[]) => lessons(['init', ...args], { cwd: repo });

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await writeFile(path.join(repo, file), text);
}

async function tree(dir = repo, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (entry.name === '.git') continue;
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await tree(path.join(dir, entry.name), `${rel}/`)));
    else out.push(rel);
  }
  return out;
}

describe('lessons init --yes in an empty repository', () => {
  it('writes the folder, the schema, the editor settings and the workflow, and says what next', async () => {
    const run = await init('--yes');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await tree()).toEqual([
      '.github/workflows/lessons.yml',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'lessons/README.md',
      'lessons/campaign.schema.json',
    ]);
    expect(run.stdout).toBe(
      [
        `Set up campaign-lessons in ${repo}:`,
        '',
        '  created     lessons/README.md              what the folder is for, and how to add a campaign',
        '  created     lessons/campaign.schema.json   the campaign format, where editors find it',
        '  created     .vscode/settings.json          VS Code checks lessons/**/*.y*ml against the schema',
        '  created     .vscode/extensions.json        VS Code offers the YAML extension (redhat.vscode-yaml)',
        '  created     .github/workflows/lessons.yml  reviews pull requests and audits every morning, as a dry run to start',
        '',
        'Next:',
        '  1. Start a campaign: npx campaign-lessons new   (it goes into lessons/)',
        '  2. Commit what init wrote: git add lessons/README.md lessons/campaign.schema.json .vscode/settings.json .vscode/extensions.json .github/workflows/lessons.yml && git commit -m "Set up campaign-lessons"',
        '  3. Push: the workflow runs as a dry run — each run’s summary in the Actions tab shows the comment and the issues it would write. Once that looks right, set DRY_RUN: false in .github/workflows/lessons.yml.',
        '  4. In VS Code, install the YAML extension it recommends: campaign files are then checked as you type.',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(await read('.vscode/settings.json'))).toEqual({
      'yaml.schemas': { './lessons/campaign.schema.json': ['lessons/**/*.y*ml'] },
    });
    const schema = JSON.parse(await read('lessons/campaign.schema.json'));
    expect(schema.$comment).toMatch(/^Copied by `lessons init` from campaign-lessons \d+\.\d+\.\d+;/);
    const { $comment: _comment, ...rest } = schema;
    expect(rest).toEqual(campaignSchema);
    const workflow = await read('.github/workflows/lessons.yml');
    expect(workflow).toContain('uses: campaign-lessons/campaign-lessons@v1');
    expect(workflow).toContain("      - 'lessons/**'");
    expect(workflow).toContain('  DRY_RUN: true');
    expect(workflow).toContain('permissions: {}');
  });

  it('says what README.md and docs/getting-started.md show it saying', async () => {
    const run = await init('--yes');
    const shown = run.stdout.split('\n').slice(1);
    const readme = await readFile(path.join(REPO, 'README.md'), 'utf8');
    for (const line of shown.filter((l) => l.startsWith('  created'))) expect(readme).toContain(line);
    const guide = await readFile(path.join(REPO, 'docs', 'getting-started.md'), 'utf8');
    for (const line of shown.filter(Boolean)) expect(guide).toContain(line);
  });

  it('run again, changes nothing and says everything is up to date', async () => {
    await init('--yes');
    const before = await Promise.all((await tree()).map(read));
    const again = await init('--yes');
    expect(again.code).toBe(0);
    expect(again.stdout.match(/^ {2}up to date {2}/gm)).toHaveLength(5);
    expect(again.stdout).not.toContain('git add');
    expect(await Promise.all((await tree()).map(read))).toEqual(before);
  });

  it('sets up the repository root from any folder of it', async () => {
    await mkdir(path.join(repo, 'docs', 'notes'), { recursive: true });
    const run = await lessons(['init', '--yes', '--format', 'json'], {
      cwd: path.join(repo, 'docs', 'notes'),
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.repository).toBe('../..');
    expect(result.root).toBe('../../lessons');
    expect(result.files.map((file: { path: string; action: string }) => [file.path, file.action])).toEqual([
      ['../../lessons/README.md', 'created'],
      ['../../lessons/campaign.schema.json', 'created'],
      ['../../.vscode/settings.json', 'created'],
      ['../../.vscode/extensions.json', 'created'],
      ['../../.github/workflows/lessons.yml', 'created'],
    ]);
  });
});

describe('existing files', () => {
  it('merges VS Code settings with comments, keeping every line and its own indentation', async () => {
    const settings = [
      '// Team settings',
      '{',
      '\t"editor.tabSize": 4, // we like four',
      '\t"yaml.schemas": {',
      '\t\t"./other.schema.json": "other/*.yaml",',
      '\t},',
      '}',
      '',
    ].join('\n');
    await put('.vscode/settings.json', settings);
    await put('.vscode/extensions.json', '{ "recommendations": ["esbenp.prettier-vscode"] }\n');
    const run = await init('--yes', '--no-workflow');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  updated     .vscode/settings.json');
    const merged = await read('.vscode/settings.json');
    for (const line of settings.split('\n').filter((l) => l.trim() && l !== '\t},' && l !== '}')) {
      expect(merged).toContain(line.replace(/,$/, ''));
    }
    expect(merged).toContain('\t\t"./lessons/campaign.schema.json": [');
    expect(await read('.vscode/extensions.json')).toContain('"esbenp.prettier-vscode",');
    expect(await read('.vscode/extensions.json')).toContain('"redhat.vscode-yaml"');
  });

  it('adds its folder to an existing mapping of the same schema', async () => {
    await put(
      '.vscode/settings.json',
      '{ "yaml.schemas": { "./lessons/campaign.schema.json": "old/*.yaml" } }\n',
    );
    await init('--yes', '--no-workflow');
    expect(JSON.parse(await read('.vscode/settings.json'))['yaml.schemas']).toEqual({
      './lessons/campaign.schema.json': ['old/*.yaml', 'lessons/**/*.y*ml'],
    });
  });

  it('leaves settings it cannot read untouched, writes the rest, and says what to add by hand (exit 1)', async () => {
    const broken = '{\n  "editor.tabSize": 4\n  "files.eol": "\\n"\n}\n';
    await put('.vscode/settings.json', broken);
    const run = await init('--yes');
    expect(run.code).toBe(1);
    expect(await read('.vscode/settings.json')).toBe(broken);
    expect(run.stdout).toContain(
      '  not set up  .vscode/settings.json          it is not valid JSON (line 3: comma expected)',
    );
    expect(run.stdout).toContain(
      '.vscode/settings.json was not set up because it is not valid JSON (line 3: comma expected). Fix it, or set it up by hand: "yaml.schemas": {"./lessons/campaign.schema.json":["lessons/**/*.y*ml"]}.',
    );
    expect(await tree()).toContain('.github/workflows/lessons.yml');
  });

  it('never overwrites a file a team changed', async () => {
    await put('.github/workflows/lessons.yml', 'name: Ours\n');
    await put('lessons/README.md', '# Our campaigns\n');
    const run = await init('--yes');
    expect(run.code).toBe(0);
    expect(await read('.github/workflows/lessons.yml')).toBe('name: Ours\n');
    expect(await read('lessons/README.md')).toBe('# Our campaigns\n');
    expect(run.stdout).toContain(
      '  kept        .github/workflows/lessons.yml  it exists and init never overwrites a file',
    );
  });

  it('refreshes a schema copy of another version only with --upgrade, and never one that is not ours', async () => {
    const old = {
      ...campaignSchema,
      $comment: 'Copied by `lessons init` from campaign-lessons 0.0.1; …',
      title: 'Old',
    };
    await put('lessons/campaign.schema.json', JSON.stringify(old, null, 2));
    const kept = await init('--yes', '--no-workflow', '--no-editor');
    expect(kept.stdout).toContain(
      'kept        lessons/campaign.schema.json  it is the schema of version 0.0.1; `lessons init --upgrade` refreshes it to',
    );
    expect(JSON.parse(await read('lessons/campaign.schema.json')).title).toBe('Old');
    const upgraded = await init('--yes', '--no-workflow', '--no-editor', '--upgrade');
    expect(upgraded.stdout).toContain('  updated     lessons/campaign.schema.json');
    expect(JSON.parse(await read('lessons/campaign.schema.json')).title).toBe(campaignSchema.title);

    await put('lessons/campaign.schema.json', '{ "$id": "https://example.org/ours.json" }\n');
    const foreign = await init('--yes', '--no-workflow', '--no-editor', '--upgrade');
    expect(foreign.stdout).toContain(
      'kept        lessons/campaign.schema.json  it is not a campaign-lessons schema',
    );
    expect(await read('lessons/campaign.schema.json')).toBe('{ "$id": "https://example.org/ours.json" }\n');
  });

  it('follows no link: a .github that links elsewhere is refused, nothing written there', async () => {
    const elsewhere = path.join(tmp, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, path.join(repo, '.github'));
    const run = await init('--yes');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('.github is a link (symlink); links are never followed');
    expect(await readdir(elsewhere)).toEqual([]);
  });
});

describe('another root', () => {
  it('writes lessons.config.yaml, so every command finds the root', async () => {
    const run = await init('--yes', '--root', 'marketing/lessons');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  created     lessons.config.yaml');
    expect(await read('lessons.config.yaml')).toMatch(/\nroot: marketing\/lessons\n$/);
    const workflow = await read('.github/workflows/lessons.yml');
    expect(workflow).toContain("      - 'marketing/lessons/**'");
    expect(workflow).toContain('          root: marketing/lessons');
    expect(JSON.parse(await read('.vscode/settings.json'))['yaml.schemas']).toEqual({
      './marketing/lessons/campaign.schema.json': ['marketing/lessons/**/*.y*ml'],
    });
    const created = await lessons(
      ['new', '--title', 'Posters', '--owner', '@jdevries', '--channel', 'outdoor', '--goal', 'Seen?'].concat(
        ['--retention-plan', 'Present it.', '--start', '2027-01-01'],
      ),
      { cwd: repo },
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Created marketing/lessons/2027-01-posters.yaml');
    expect(await read('marketing/lessons/2027-01-posters.yaml')).toMatch(
      /^# yaml-language-server: \$schema=campaign\.schema\.json\n/,
    );
  });

  it.each([
    [['--root', '../outside'], 'must be a folder inside the repository'],
    [['--root', '.'], 'must be a folder inside the repository'],
  ])('refuses %j with exit 2', async (args, message) => {
    const run = await init('--yes', ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(await tree()).toEqual([]);
  });
});

describe('on a terminal', () => {
  it('asks for the folder and each part, and sets up what was answered', async () => {
    const { prompter, asked, refused } = scriptedPrompter(['/abs', 'campaigns', 'n', '']);
    const run = await lessons(['init'], { cwd: repo, terminal: true, prompter });
    expect(run.code).toBe(0);
    expect(refused).toEqual([
      'give a path relative to this file, so it holds in every clone of the repository.',
    ]);
    expect(asked).toEqual([
      'Folder for the campaign files, relative to the repository root',
      'Add the GitHub workflow (.github/workflows/lessons.yml): pull request reviews and a daily audit, as a dry run to start?',
      'Let VS Code check campaign files (.vscode/settings.json, merged into yours)?',
    ]);
    expect(await tree()).toEqual([
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'campaigns/README.md',
      'campaigns/campaign.schema.json',
      'lessons.config.yaml',
    ]);
  });

  it('writes nothing when the person stops answering', async () => {
    const { prompter } = scriptedPrompter(['']);
    const run = await lessons(['init'], { cwd: repo, terminal: true, prompter });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('lessons init: cancelled; nothing was written.\n');
    expect(await tree()).toEqual([]);
  });
});

it('outside a repository, says to run git init first', async () => {
  const loose = path.join(tmp, 'loose');
  await mkdir(loose);
  const run = await lessons(['init', '--yes'], { cwd: loose });
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    `lessons init: ${loose} is not inside a git repository. Run \`git init\` (or go to your repository's folder) first, then \`lessons init\`.\n`,
  );
  expect(await lstat(path.join(loose, 'lessons')).catch(() => null)).toBeNull();
});
