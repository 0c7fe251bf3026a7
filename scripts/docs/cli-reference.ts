// docs/cli.md, made from the same command and option specs the CLI parses and prints as help.
import type { Command } from '../../src/cli/command.js';
import { usageLine } from '../../src/cli/help.js';
import { commandOptions } from '../../src/cli/options/all-options.js';
import { optionLabel } from '../../src/cli/options/spec.js';
import type { ConfigKey } from '../../src/core/config/lessons-config.js';
import { code, generatedFrom, table } from './markdown.js';

export function renderCliReference(commands: readonly Command[], configKeys: readonly ConfigKey[]): string {
  const lines = [
    '# The `lessons` CLI',
    '',
    generatedFrom('the option specs in src/cli'),
    '',
    'Run it with `npx campaign-lessons <command>` (or `npx lessons <command>` once the package is a devDependency, or `node dist/cli.js <command>` in a clone of this repository). `lessons help <command>` prints the same help as this page.',
    '',
    '## Where it finds the knowledge base',
    '',
    'Every command starts from the current folder and walks up to the repository root (the folder with `.git`): the nearest folder with a `lessons.config.yaml` uses the root that file names; otherwise the nearest `lessons/` folder is the root. So a command works from any folder of the repository, including from inside `lessons/`. Outside any repository only the current folder is looked at. `--root DIR` overrides all of this and is relative to the current folder.',
    '',
    'File paths in the output are relative to the current folder, with `/`.',
    '',
    '## Exit codes',
    '',
    '`0` success, `1` problems found (what that means is said per command), `2` a usage or I/O error: the message is on stderr, with no stack trace.',
    '',
    '## Commands',
    '',
    ...table(
      ['command', 'does'],
      commands.map((command) => [
        `[${code(`lessons ${command.name}`)}](#lessons-${command.name})`,
        command.summary,
      ]),
    ),
    '',
  ];
  for (const command of commands) {
    lines.push(
      `## lessons ${command.name}`,
      '',
      `${command.summary}.`,
      '',
      '```',
      usageLine(command),
      '```',
      '',
    );
    if (command.description)
      lines.push(...command.description.split('\n\n').flatMap((paragraph) => [paragraph, '']));
    if (command.positional) {
      lines.push(`**${command.positional.name}**: ${command.positional.describe}`, '');
    }
    const rows = commandOptions(command).map((option) => [
      code(optionLabel(option)),
      option.describe +
        (option.kind === 'value' && option.choices && option.value !== option.choices.join('|')
          ? ` One of ${option.choices.map(code).join(', ')}.`
          : '') +
        (option.kind === 'list' ? ' May be given more than once.' : ''),
      option.kind !== 'flag' && option.defaultText !== undefined ? option.defaultText : '',
      code(option.example),
    ]);
    lines.push(...table(['option', 'meaning', 'default', 'example'], rows), '');
    lines.push('Examples:', '', '```sh', ...command.examples, '```', '');
    lines.push(`Exit codes: ${command.exitCodes ?? '0 success, 2 a usage or I/O error'}.`, '');
  }
  lines.push(
    '## Settings: lessons.config.yaml',
    '',
    'An optional file at the repository root (or the root of a team’s part of it). Every key is optional; an unknown key or a bad value stops every command with the file and line.',
    '',
    ...table(
      ['key', 'meaning', 'example'],
      configKeys.map((key) => [code(key.name), key.describe, code(`${key.name}: ${key.example}`)]),
    ),
    '',
  );
  return lines.join('\n');
}
