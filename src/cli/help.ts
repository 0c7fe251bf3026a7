// The CLI's help, made from the same specs the parser reads: `lessons help`, `lessons help
// <command>` and `lessons <command> --help`. docs/cli.md is made from the same data.
import type { Command } from './command.js';
import { commandOptions } from './options/all-options.js';
import { optionLabel, type OptionSpec } from './options/spec.js';

const WIDTH = 88;

export function usageLine(command: Command): string {
  const positional = command.positional;
  const what =
    positional === undefined
      ? ''
      : positional.count === 'one'
        ? ` ${positional.name}`
        : positional.count === 'optional'
          ? ` [${positional.name}]`
          : ` [${positional.name}...]`;
  return `lessons ${command.name}${what} [options]`;
}

/** One option's help: what it does, its default and an example. */
export function optionHelp(option: OptionSpec): string {
  const parts = [option.describe];
  if (option.kind === 'value' && option.choices && option.value !== option.choices.join('|')) {
    parts.push(`One of: ${option.choices.join(', ')}.`);
  }
  if (option.kind === 'list') parts.push('May be given more than once.');
  if (option.kind !== 'flag' && option.defaultText !== undefined)
    parts.push(`Default: ${option.defaultText}.`);
  parts.push(`Example: ${option.example}`);
  return parts.join(' ');
}

export function commandHelp(command: Command): string {
  const options = commandOptions(command);
  const lines = [`lessons ${command.name} — ${command.summary}`, '', `Usage: ${usageLine(command)}`, ''];
  if (command.description)
    lines.push(...command.description.split('\n\n').flatMap((p) => [...wrap(p, WIDTH), '']));
  if (command.positional) {
    lines.push('Arguments:', ...table([[command.positional.name, command.positional.describe]]), '');
  }
  lines.push('Options:', ...table(options.map((option) => [optionLabel(option), optionHelp(option)])), '');
  lines.push('Examples:', ...command.examples.map((example) => `  ${example}`), '');
  lines.push(
    `Exit codes: ${command.exitCodes ?? '0 success, 2 a usage or I/O error (the message is on stderr)'}.`,
    '',
  );
  return lines.join('\n');
}

export function mainHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `lessons ${version} — lessons learned from recruitment and marketing campaigns, kept in git`,
    '',
    'Usage: lessons <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command finds the knowledge base from the current folder (the root named in',
    'lessons.config.yaml, or the nearest lessons/ folder up to the repository root), or takes',
    '--root DIR. Most take --format text|json.',
    '',
    'Run `lessons help <command>` (or `lessons <command> --help`) for its options and examples.',
    '`lessons --version` prints the version.',
    '',
  ].join('\n');
}

/** Two columns: the label, then its text wrapped beside it (or below, for a long label). */
function table(rows: readonly [string, string][]): string[] {
  const labelWidth = Math.min(28, Math.max(...rows.map(([label]) => label.length)));
  const indent = ' '.repeat(labelWidth + 4);
  return rows.flatMap(([label, text]) => {
    const body = wrap(text, WIDTH - indent.length);
    if (label.length > labelWidth) return [`  ${label}`, ...body.map((line) => indent + line)];
    return body.map((line, i) => (i === 0 ? `  ${label.padEnd(labelWidth)}  ${line}` : indent + line));
  });
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
