// The CLI's dispatcher: picks the command, parses its options from their specs, finds the
// knowledge base, and turns every failure into an exit code — 0 success, 1 problems found, 2
// usage or I/O error — never a stack trace. Tests drive the CLI through runCli in-process.
import { lstat } from 'node:fs/promises';
import { inlineText } from '../core/render/terminal-text.js';
import {
  ConfigError,
  findKnowledgeBase,
  missingKnowledgeBase,
  MissingKnowledgeBaseError,
} from '../io/knowledge-base-place.js';
import { checkRootFolder, displayPath, InputError, PathError } from '../io/read-files.js';
import {
  EXIT_USAGE,
  UsageError,
  type CliIo,
  type Command,
  type CommandContext,
  type Format,
} from './command.js';
import { commands } from './commands/index.js';
import { commandHelp, mainHelp, usageLine } from './help.js';
import { commandOptions } from './options/all-options.js';
import { closest, parseCommandArgs } from './options/parse.js';
import type { OptionSpec } from './options/spec.js';
import { safeStream, type OutputKind } from './safe-output.js';
import { VERSION } from './version.js';

const OUTPUT_KIND: Record<Format, OutputKind> = { text: 'text', json: 'json', github: 'workflow-commands' };

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // stderr carries what people typed (paths, values) in messages: always guarded as text.
  const stderr = safeStream(io.stderr, 'text');
  try {
    return await dispatch(argv, { ...io, stderr: stderr.write });
  } finally {
    stderr.flush();
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`lessons: which command?\n\n${mainHelp(commands, VERSION)}`);
    return EXIT_USAGE;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') return help(rest, io);
  const command = findCommand(name, io);
  if (!command) return EXIT_USAGE;

  try {
    return await runCommand(command, rest, io);
  } catch (error) {
    return reportFailure(command, error, io);
  }
}

function help(rest: readonly string[], io: CliIo): number {
  if (rest.length === 0) {
    io.stdout(mainHelp(commands, VERSION));
    return 0;
  }
  const command = findCommand(rest[0]!, io);
  if (!command) return EXIT_USAGE;
  io.stdout(commandHelp(command));
  return 0;
}

function findCommand(name: string, io: CliIo): Command | undefined {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  const names = commands.map((c) => c.name);
  const guess = closest(name, names);
  io.stderr(
    `lessons: unknown command '${inlineText(name)}'${guess ? ` (did you mean ${guess}?)` : ''}; the commands are ${names.join(', ')}. Run \`lessons help\` for what each does.\n`,
  );
  return undefined;
}

async function runCommand(command: Command, argv: readonly string[], io: CliIo): Promise<number> {
  const options = commandOptions(command);
  const parsed = parseCommandArgs(argv, {
    command: `lessons ${command.name}`,
    options,
    positional: command.positional,
  });
  if (parsed.help) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const format = parsed.values.get('format') as Format;
  const colour = io.isTTY && !io.env.NO_COLOR && format === 'text';
  // Text is guarded line by line, JSON for the legacy `##[`; workflow commands are escaped data.
  const out = safeStream(io.stdout, OUTPUT_KIND[format], colour);
  const explicitRoot = parsed.given.has('root') ? (parsed.values.get('root') as string) : undefined;
  const place = await findKnowledgeBase(io.cwd, explicitRoot);
  const root = displayPath(place.root, io.cwd);
  // Every command reads or writes the root: a file or a link there is refused before any work.
  await checkRootFolder(root, io.cwd, place.via === 'config' ? 'root: in lessons.config.yaml' : '--root');
  const ctx: CommandContext = {
    io: { ...io, stdout: out.write },
    root,
    place,
    format,
    positionals: parsed.positionals,
    colour,
    given: (option: OptionSpec) => parsed.given.has(option.name),
    get: ((option: OptionSpec) => parsed.values.get(option.name)) as CommandContext['get'],
    async requireRoot() {
      const stat = await lstat(place.root).catch(() => null);
      if (!stat) throw new MissingKnowledgeBaseError(missingKnowledgeBase(place, io.cwd));
    },
  };
  try {
    return await command.run(ctx);
  } finally {
    out.flush();
  }
}

function reportFailure(command: Command, error: unknown, io: CliIo): number {
  if (
    error instanceof PathError ||
    error instanceof ConfigError ||
    error instanceof MissingKnowledgeBaseError
  ) {
    // The path or the settings file is wrong, not how the command was called: say what to fix.
    io.stderr(`lessons ${command.name}: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UsageError || error instanceof InputError) {
    io.stderr(
      `lessons ${command.name}: ${error.message}\nUsage: ${usageLine(command)}; \`lessons help ${command.name}\` explains each option.\n`,
    );
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
