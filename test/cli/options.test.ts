// Options as data: every option explains itself (description, default, example), help and the
// parser come from the same specs, and a mistake gets one plain sentence and exit 2.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { commandOptions } from '../../src/cli/options/all-options.js';
import { closest, parseCommandArgs } from '../../src/cli/options/parse.js';
import { flag, list, text, wholeNumber } from '../../src/cli/options/spec.js';
import { lessons, REPO, STACK_LINE } from '../support/cli.js';

const version = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string })
  .version;

describe('the option specs', () => {
  it.each(commands.map((command) => [command.name, command] as const))(
    '%s: every option has a description and an example that uses it, names and letters are unique',
    (_name, command) => {
      const options = commandOptions(command);
      for (const option of options) {
        expect(option.describe.length, option.name).toBeGreaterThan(10);
        expect(option.example.startsWith(`--${option.name}`), option.name).toBe(true);
        if (option.kind !== 'flag') expect(option.value, option.name).toMatch(/\S/);
      }
      const names = options.map((option) => option.name);
      expect(new Set(names).size).toBe(names.length);
      const shorts = options.flatMap((option) => (option.short ? [option.short] : []));
      expect(new Set(shorts).size).toBe(shorts.length);
      expect(command.examples.length).toBeGreaterThan(0);
    },
  );

  it('parse their own examples', () => {
    for (const command of commands) {
      for (const option of commandOptions(command)) {
        const args = option.example.match(/"[^"]*"|\S+/g)!.map((arg) => arg.replace(/^"|"$/g, ''));
        const positional = command.positional?.count === 'one' ? ['x.yaml'] : [];
        expect(() =>
          parseCommandArgs([...positional, ...args], {
            command: command.name,
            options: commandOptions(command),
            positional: command.positional,
          }),
        ).not.toThrow();
      }
    }
  });
});

describe('parseCommandArgs', () => {
  const limit = wholeNumber({
    name: 'limit',
    min: 1,
    max: 50,
    fallback: 5,
    describe: 'How many.',
    example: '--limit 3',
  });
  const out = text({ name: 'out', value: 'DIR', describe: 'Where.', example: '--out x' });
  const tag = list({ name: 'tag', value: 'NAME', split: true, describe: 'Tags.', example: '--tag a' });
  const yes = flag({ name: 'yes', short: 'y', describe: 'No questions.', example: '--yes' });
  const spec = { command: 'lessons demo', options: [limit, out, tag, yes] };
  const parse = (...args: string[]) => parseCommandArgs(args, spec);

  it('gives fallbacks, takes the last of a repeated value, collects lists', () => {
    const parsed = parse('--tag', 'a, b', '--tag=c', '--limit', '3', '--limit=4', '-y');
    expect(parsed.values.get('limit')).toBe(4);
    expect(parsed.values.get('out')).toBeUndefined();
    expect(parsed.values.get('tag')).toEqual(['a', 'b', 'c']);
    expect(parsed.values.get('yes')).toBe(true);
    expect([...parsed.given].sort()).toEqual(['limit', 'tag', 'yes']);
    expect(parse().values.get('limit')).toBe(5);
  });

  it.each([
    [
      ['--limt', '3'],
      "Unknown option '--limt' (did you mean --limit?): lessons demo takes --limit, --out, --tag and --yes.",
    ],
    [['-x'], "Unknown option '-x': lessons demo takes --limit, --out, --tag and --yes."],
    [['--yes=no'], '--yes takes no value; give it alone.'],
    [['--out'], '--out needs a value (DIR), such as --out x.'],
    [['--out', '--limit', '3'], '--out needs a value (DIR), such as --out x.'],
    [['--limit', 'ten'], "Invalid --limit 'ten': expected a whole number from 1 to 50."],
    [
      ['--limit', '99999999999999999999'],
      "Invalid --limit '99999999999999999999': expected a whole number from 1 to 50.",
    ],
    [['stray'], "Unexpected argument 'stray': lessons demo takes options only, no file or folder."],
  ])('refuses %j in one sentence', (args, message) => {
    expect(() => parse(...args)).toThrow(message);
  });

  it('takes a value that starts with a dash when it is written with =', () => {
    expect(parse('--out=-weird').values.get('out')).toBe('-weird');
  });

  it('suggests a near name only', () => {
    expect(closest('grace-day', ['today', 'grace-days'])).toBe('grace-days');
    expect(closest('form', ['format', 'root'])).toBe('format');
    expect(closest('banana', ['format', 'root'])).toBeUndefined();
  });
});

describe('help and version', () => {
  it('`lessons help <command>` shows every option with its description, default and example', async () => {
    const run = await lessons(['help', 'new']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^lessons new — /);
    expect(run.stdout).toContain('Usage: lessons new [options]');
    const flat = run.stdout.replace(/\s+/g, ' ');
    for (const option of commandOptions(commands.find((c) => c.name === 'new')!)) {
      expect(flat).toContain(`--${option.name}`);
      expect(flat).toContain(`Example: ${option.example}`);
      if (option.kind !== 'flag' && option.defaultText)
        expect(flat).toContain(`Default: ${option.defaultText}.`);
    }
    expect(flat).toContain('Default: planned.');
    expect((await lessons(['new', '--help'])).stdout).toBe(run.stdout);
    expect((await lessons(['new', '-h', '--bogus'])).stdout).toBe(run.stdout);
  });

  it('`lessons help` and `lessons --help` list the commands', async () => {
    const run = await lessons(['help']);
    expect(run.code).toBe(0);
    for (const command of commands) expect(run.stdout).toContain(`  ${command.name} `);
    expect((await lessons(['--help'])).stdout).toBe(run.stdout);
  });

  it('`lessons help nope` names the commands and exits 2', async () => {
    const run = await lessons(['help', 'raport']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "lessons: unknown command 'raport' (did you mean report?); the commands are init, new, validate, check, related, report. Run `lessons help` for what each does.\n",
    );
  });

  it.each([['--version'], ['-V']])('%s prints the version of package.json', async (flag) => {
    const run = await lessons([flag]);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('without a command, says so with the help on stderr and exits 2', async () => {
    const run = await lessons([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^lessons: which command\?\n\nlessons \d+\.\d+\.\d+ — /);
  });
});

describe('mistakes on the command line', () => {
  it.each([
    [
      ['check', '--grace-days', '99999999999999999999'],
      "lessons check: Invalid --grace-days '99999999999999999999': expected a whole number from 0 to 36500.",
    ],
    [
      ['check', '--grace-day', '3'],
      "lessons check: Unknown option '--grace-day' (did you mean --grace-days?): lessons check takes --today, --grace-days, --root, --format and --help.",
    ],
    [
      ['related'],
      'lessons related: Give one FILE (got 0): the campaign file to find lessons for: one in the root, or a draft anywhere.',
    ],
    [['report', '--format', 'github'], "lessons report: Invalid --format 'github': expected text or json."],
    [
      ['new', '--status', 'done'],
      "lessons new: Invalid --status 'done': expected planned, running, closed or cancelled.",
    ],
    [
      ['related', 'x.yaml', '--limit', '0'],
      "lessons related: Invalid --limit '0': expected a whole number from 1 to 50.",
    ],
  ])('%j: one plain sentence, the usage, exit 2', async (args, first) => {
    const run = await lessons(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const [sentence, usage, rest] = run.stderr.split('\n');
    expect(sentence).toBe(first);
    expect(usage).toMatch(/^Usage: lessons \w+ .*`lessons help \w+` explains each option\.$/);
    expect(rest).toBe('');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
