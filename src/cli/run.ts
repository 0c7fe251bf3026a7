// The CLI's dispatcher: picks the command, parses its options, and turns every failure into
// an exit code — 0 success, 1 problems found, 2 usage or I/O error — never a stack trace.
import { parseArgs } from 'node:util';
import { checkRootFolder, InputError, PathError } from '../io/read-files.js';
import { EXIT_USAGE, UsageError, type CliIo, type Command, type Format } from './command.js';
import { commands } from './commands/index.js';

const COMMON = {
  root: { type: 'string', default: 'lessons' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr(`lessons: which command?\n\n${mainHelp()}`);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return 0;
  }
  if (name === '--version') {
    io.stdout('campaign-lessons\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`lessons: unknown command '${name}'.\n\n${mainHelp()}`);
    return EXIT_USAGE;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...COMMON, ...command.options },
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
    if (values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const formats = command.formats ?? ['text', 'json'];
    const format = String(values.format) as Format;
    if (!formats.includes(format)) {
      throw new UsageError(`Invalid --format '${format}': expected ${formats.join(', ')}.`);
    }
    const colour = io.isTTY && !io.env.NO_COLOR && format === 'text';
    // Every command reads or writes the root: a file or a link there is refused before any work.
    await checkRootFolder(String(values.root), io.cwd);
    return await command.run({
      io,
      root: String(values.root),
      format,
      values: values as Record<string, string | boolean | (string | boolean)[] | undefined>,
      positionals,
      colour,
    });
  } catch (error) {
    if (error instanceof PathError) {
      // The path itself is wrong, not how the command was called: the sentence says what to give.
      io.stderr(`lessons ${command.name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof InputError || isParseArgsError(error)) {
      io.stderr(`lessons ${command.name}: ${(error as Error).message}\nUsage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      // A file-system failure (permissions, a folder gone mid-read): an I/O error, not a crash.
      io.stderr(`lessons ${command.name}: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'lessons — lessons learned from recruitment and marketing campaigns',
    '',
    'Usage: lessons <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --root DIR (default: lessons) and --format text|json.',
    'Run `lessons <command> --help` for its options.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return `${command.summary}.\n\nUsage: ${command.usage}\n`;
}
