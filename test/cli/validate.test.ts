// `lessons validate` as a process: the JSON contract of DESIGN §4, exit codes 0/1/2, text for
// people, GitHub workflow commands, paths relative to the current directory, and the root as
// context for files named on their own.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/io/load.js';
import { campaignYaml } from '../core/make-campaign.js';
import { lessons, REPO, STACK_LINE } from '../support/cli.js';

const TODAY = '2026-11-26';
const PROBLEM_KEYS = ['column', 'file', 'line', 'message', 'rule', 'severity'];

interface ValidateJson {
  files: number;
  campaigns: number;
  problems: Record<string, unknown>[];
}

const json = (stdout: string) => JSON.parse(stdout) as ValidateJson;

let tmp: string;

beforeAll(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'lessons-validate-')));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('lessons validate --format json', () => {
  it('reports lessons/ with the exact shape of DESIGN §4 and exit 0', async () => {
    const run = await lessons(['validate', '--format', 'json', '--today', TODAY]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = json(run.stdout);
    expect(Object.keys(result).sort()).toEqual(['campaigns', 'files', 'problems']);
    expect(result.files).toBe(21);
    expect(result.campaigns).toBe(21);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(Object.keys(p).sort()).toEqual(PROBLEM_KEYS);
      expect(p.severity).toBe('warning');
      expect(typeof p.line === 'number' && typeof p.column === 'number').toBe(true);
      expect(p.file).toMatch(/^lessons\/[^/]+\.ya?ml$/);
    }
  });

  it('reports the fixture corpus exactly as the loader does, and exits 1', async () => {
    for (const folder of ['invalid', 'unique-id']) {
      const root = `test/fixtures/${folder}`;
      const run = await lessons(['validate', '--root', root, '--format', 'json', '--today', TODAY]);
      expect(run.code).toBe(1);
      const kb = await loadKnowledgeBase(root, { today: TODAY, cwd: REPO });
      const result = json(run.stdout);
      expect(result.problems).toEqual(JSON.parse(JSON.stringify(kb.problems)));
      expect(result.files).toBe(kb.files.length);
      expect(result.campaigns).toBe(kb.files.filter((f) => f.data !== null).length);
      for (const p of result.problems) expect(Object.keys(p).sort()).toEqual(PROBLEM_KEYS);
    }
  });

  it('counts files read and files that parsed to a campaign mapping separately', async () => {
    const run = await lessons([
      'validate',
      '--root',
      'test/fixtures/invalid',
      '--format',
      'json',
      '--today',
      TODAY,
    ]);
    const result = json(run.stdout);
    // Encoding, empty, list, scalar, multi-document, syntax and unsafe files are not campaigns.
    expect(result.files).toBe(64);
    expect(result.campaigns).toBeLessThan(result.files);
    expect(result.campaigns).toBe(43);
  });

  it('exits 0 when there are only warnings', async () => {
    const run = await lessons([
      'validate',
      '--root',
      'test/fixtures/valid',
      '--format',
      'json',
      '--today',
      TODAY,
    ]);
    expect(run.code).toBe(0);
    const severities = new Set(json(run.stdout).problems.map((p) => p.severity));
    expect([...severities]).toEqual(['warning']);
  });

  it('reports an empty folder as zero files, exit 0', async () => {
    await mkdir(path.join(tmp, 'empty'));
    const run = await lessons(['validate', '--root', path.join(tmp, 'empty'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toEqual({ files: 0, campaigns: 0, problems: [] });
  });
});

describe('paths', () => {
  it('are relative to the current directory, with /', async () => {
    const run = await lessons(['validate', '--root', 'valid', '--format', 'json', '--today', TODAY], {
      cwd: path.join(REPO, 'test/fixtures'),
    });
    const files = json(run.stdout).problems.map((p) => p.file as string);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file).toMatch(/^valid\/[^/]+\.yaml$/);
  });

  it('climb out of the current directory when the root is elsewhere', async () => {
    const run = await lessons(['validate', '--root', '../../lessons', '--format', 'json', '--today', TODAY], {
      cwd: path.join(REPO, 'test/fixtures'),
    });
    expect(run.code).toBe(0);
    const result = json(run.stdout);
    expect(result.files).toBe(21);
    for (const p of result.problems) expect(p.file).toMatch(/^\.\.\/\.\.\/lessons\/[^/]+\.ya?ml$/);
  });

  it('accept an absolute --root anywhere on disk', async () => {
    const root = path.join(tmp, 'abs-root');
    await mkdir(root);
    await writeFile(path.join(root, 'far-away.yaml'), campaignYaml('far-away', 'oops: 1'));
    const run = await lessons(['validate', '--root', root, '--format', 'json'], {
      cwd: path.join(tmp, 'abs-root'),
    });
    expect(run.code).toBe(1);
    expect(json(run.stdout).problems.map((p) => [p.file, p.rule, p.line])).toEqual([
      ['far-away.yaml', 'schema', 13],
    ]);
  });
});

describe('lessons validate PATH', () => {
  it('validates one file inside the root against the whole root: no false unknown-considered', async () => {
    // 2010-03-hyves-trainee-community considers 2009-11-linkedin-group, another file of the root.
    const file = 'lessons/2010-03-hyves-trainee-community.yaml';
    const run = await lessons(['validate', file, '--format', 'json', '--today', TODAY]);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toEqual({ files: 1, campaigns: 1, problems: [] });
  });

  it("reports only the named file's own problems, warnings included", async () => {
    const run = await lessons([
      'validate',
      'lessons/2011-09-twitter-vacaturefeed.yaml',
      '--format',
      'json',
      '--today',
      TODAY,
    ]);
    expect(run.code).toBe(0);
    const result = json(run.stdout);
    expect(result.files).toBe(1);
    expect(result.problems.map((p) => [p.file, p.rule])).toEqual([
      ['lessons/2011-09-twitter-vacaturefeed.yaml', 'only-execution-conclusions'],
    ]);
  });

  it('validates several files and folders, each read once', async () => {
    const run = await lessons([
      'validate',
      'lessons',
      'lessons/2010-03-hyves-trainee-community.yaml',
      './lessons',
      '--format',
      'json',
      '--today',
      TODAY,
    ]);
    expect(run.code).toBe(0);
    expect(json(run.stdout).files).toBe(21);
    expect(json(run.stdout).problems.map((p) => p.rule)).not.toContain('unique-id');
  });

  it('checks a new file outside the root against the root: ids it considered exist, its id must be new', async () => {
    const draft = path.join(tmp, 'draft');
    await mkdir(draft);
    await writeFile(
      path.join(draft, 'new-plan.yaml'),
      campaignYaml('new-plan', 'considered: [2010-03-hyves-trainee-community, no-such-campaign]'),
    );
    await writeFile(
      path.join(draft, '2014-05-tramreclame-rotterdam.yaml'),
      campaignYaml('2014-05-tramreclame-rotterdam'),
    );
    const run = await lessons([
      'validate',
      path.join(draft, 'new-plan.yaml'),
      path.join(draft, '2014-05-tramreclame-rotterdam.yaml'),
      '--format',
      'json',
      '--today',
      TODAY,
    ]);
    expect(run.code).toBe(1);
    const problems = json(run.stdout).problems.map((p) => [path.basename(p.file as string), p.rule]);
    expect(problems).toEqual([
      ['2014-05-tramreclame-rotterdam.yaml', 'unique-id'],
      ['new-plan.yaml', 'unknown-considered'],
    ]);
  });

  it('treats a folder outside the root as a knowledge base of its own', async () => {
    const other = path.join(tmp, 'other-kb');
    await mkdir(other);
    await writeFile(
      path.join(other, '2014-05-tramreclame-rotterdam.yaml'),
      campaignYaml('2014-05-tramreclame-rotterdam'),
    );
    const run = await lessons(['validate', other, '--format', 'json', '--today', TODAY]);
    expect(json(run.stdout).files).toBe(1);
    expect(json(run.stdout).problems.map((p) => p.rule)).not.toContain('unique-id');
    expect(run.code).toBe(0);
  });

  it('exits 2 for a path that does not exist, naming it', async () => {
    const run = await lessons(['validate', 'lessons/nope.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('lessons/nope.yaml: no such file or folder');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('reports a symlink as skipped-link and never reads what it points at', async () => {
    const root = path.join(tmp, 'linked');
    await mkdir(root);
    await writeFile(path.join(tmp, 'outside.yaml'), 'id: [broken\n');
    await symlink(path.join(tmp, 'outside.yaml'), path.join(root, 'outside.yaml'));
    const run = await lessons(['validate', '--root', 'linked', '--format', 'json'], { cwd: tmp });
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toMatchObject({
      files: 0,
      campaigns: 0,
      problems: [
        { file: 'linked/outside.yaml', rule: 'skipped-link', severity: 'warning', line: 1, column: 1 },
      ],
    });
  });
});

describe('--today and --grace-days', () => {
  // lessons/2018-10-werkenbij-site.yaml: running, ended 2024-06-30, no conclusions.
  const file = 'lessons/2018-10-werkenbij-site.yaml';
  const rules = async (...args: string[]) =>
    json((await lessons(['validate', file, '--format', 'json', ...args])).stdout).problems.map((p) => p.rule);

  it('decide the date-dependent warnings', async () => {
    expect(await rules('--today', '2024-07-14')).toEqual([]);
    expect(await rules('--today', '2024-07-15')).toEqual(['ended-without-conclusions']);
    expect(await rules('--today', '2024-07-15', '--grace-days', '30')).toEqual([]);
    expect(await rules('--today', '2024-07-01', '--grace-days', '0')).toEqual(['ended-without-conclusions']);
  });

  it.each([
    [['--today', '2026-02-30'], /Invalid --today '2026-02-30'/],
    [['--today', 'tomorrow'], /Invalid --today 'tomorrow'/],
    [['--grace-days', 'ten'], /Invalid --grace-days 'ten': expected a whole number/],
    [['--grace-days=-1'], /Invalid --grace-days '-1'/],
    [['--grace-days', '1.5'], /Invalid --grace-days '1.5'/],
  ])('refuse %j with exit 2', async (args, message) => {
    const run = await lessons(['validate', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Usage: lessons validate/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('usage errors', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['validate', '--nope'], /Unknown option '--nope'/],
    [['validate', '--format', 'xml'], /Invalid --format 'xml': expected text, json or github\./],
    [['validate', '--root', 'no/such/root'], /no\/such\/root: no such file or folder/],
    [['validate', '--root'], /--root/],
  ])('%j exits 2 with a message on stderr and no stack trace', async (args, message) => {
    const run = await lessons(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toMatch(/Error:|TypeError|node:internal/);
  });

  it('shows help on --help with exit 0', async () => {
    const run = await lessons(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: lessons validate [PATH...]');
  });
});

describe('text output', () => {
  it('groups problems by file with file:line:column, and ends with a summary line', async () => {
    const run = await lessons(['validate', '--root', 'test/fixtures/unique-id', '--today', TODAY]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'test/fixtures/unique-id/more/same-id.yml',
        '  test/fixtures/unique-id/more/same-id.yml:2:5  error    The id "same-id" is also used by test/fixtures/unique-id/same-id.yaml. Every campaign needs its own id.  unique-id',
        '',
        'test/fixtures/unique-id/same-id.yaml',
        '  test/fixtures/unique-id/same-id.yaml:1:5  error    The id "same-id" is also used by test/fixtures/unique-id/more/same-id.yml. Every campaign needs its own id.  unique-id',
        '',
        '✖ 2 errors, 0 warnings (3 files read, 3 campaigns).',
        '',
      ].join('\n'),
    );
  });

  it('says so in one line when there is nothing to report', async () => {
    const run = await lessons(['validate', 'lessons/2010-03-hyves-trainee-community.yaml', '--today', TODAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ No problems: 1 file read, 1 campaign.\n');
  });

  it('summarises warnings without errors', async () => {
    const run = await lessons(['validate', '--today', TODAY]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^⚠ 0 errors, \d+ warnings \(21 files read, 21 campaigns\)\.$/);
  });

  it('has no colour when stdout is not a terminal', async () => {
    const run = await lessons(['validate', '--root', 'test/fixtures/invalid', '--today', TODAY]);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).not.toContain('\u001b[');
  });

  it('has colour on a terminal, and none with NO_COLOR', async () => {
    const args = ['validate', '--root', 'test/fixtures/unique-id', '--today', TODAY];
    const coloured = await lessons(args, { terminal: true });
    expect(coloured.stdout).toContain('\u001b[31m');
    const plain = await lessons(args, { terminal: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toContain('same-id.yml:2:5');
    expect(plain.stdout).not.toContain('\u001b[');
  });
});

describe('--format github', () => {
  it('prints one workflow command per problem, with file, line, col and the rule as title', async () => {
    const run = await lessons([
      'validate',
      '--root',
      'test/fixtures/valid',
      '--format',
      'github',
      '--today',
      TODAY,
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines)
      expect(line).toMatch(
        /^::warning file=test\/fixtures\/valid\/[^,]+,line=\d+,col=\d+,title=[a-z-]+::.+$/,
      );
    expect(lines).toContain(
      '::warning file=test/fixtures/valid/unknown-considered.yaml,line=16,col=5,title=unknown-considered::No campaign with the id "2009-11-linkedin-grop" exists in this knowledge base. Check the spelling of the id you considered.',
    );
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', async () => {
    const root = path.join(tmp, 'escape');
    await mkdir(root);
    // The id is echoed in the id-matches-file message; the file name in the file property.
    await writeFile(path.join(root, 'odd,name:1.yaml'), campaignYaml('"50%\\r\\noff"'));
    const run = await lessons(['validate', '--root', 'escape', '--format', 'github'], { cwd: tmp });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const idLine = lines.find((l) => l.includes('title=id-matches-file'));
    expect(idLine).toMatch(/^::error file=escape\/odd%2Cname%3A1\.yaml,line=1,col=5,title=id-matches-file::/);
    expect(idLine).toContain('The id is "50%25%0D%0Aoff"');
    for (const line of lines)
      expect(line).toMatch(/^::error file=escape\/odd%2Cname%3A1\.yaml,line=\d+,col=\d+,title=/);
  });
});
