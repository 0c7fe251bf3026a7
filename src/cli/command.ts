// What a CLI command is: its options, its help, and a function from a context to an exit code.
import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export type Format = 'text' | 'json' | 'github';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal: colour and prompts only then. */
  isTTY: boolean;
  /** Whether stdin is a terminal (for prompts). */
  stdinIsTTY: boolean;
  /** Today's date in UTC (YYYY-MM-DD), read by main.ts from the clock. */
  today: string;
}

export interface CommandContext {
  io: CliIo;
  root: string;
  format: Format;
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  colour: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Options beyond --root, --format and --help. */
  options: OptionSpec;
  /** Formats the command accepts; text and json unless said. */
  formats?: Format[];
  /** Whether it takes positional arguments. */
  positionals?: boolean;
  run(ctx: CommandContext): Promise<number>;
}

/** A mistake in how the command was called, or a file that cannot be read: exit 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
