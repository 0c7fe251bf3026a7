// What a CLI command is: its options and help as data, and a function from a context to an
// exit code.
import type { KnowledgeBasePlace } from '../io/knowledge-base-place.js';
import type { Prompter } from './new/prompter.js';
import type { PositionalSpec } from './options/parse.js';
import type { FlagSpec, ListSpec, OptionSpec, ValueSpec } from './options/spec.js';

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
  /** How questions are asked on a terminal (`new`, `init`); tests answer from a script. */
  prompter: Prompter;
}

export interface CommandContext {
  io: CliIo;
  /** The campaigns folder as people see it: relative to the current folder (`lessons`, `.`). */
  root: string;
  /** Where the knowledge base was found, and how. */
  place: KnowledgeBasePlace;
  format: Format;
  positionals: string[];
  colour: boolean;
  /** Whether the option was given on the command line. */
  given(option: OptionSpec): boolean;
  get(option: FlagSpec): boolean;
  get<T>(option: ListSpec<T>): T[];
  get<T>(option: ValueSpec<T>): T;
  /** Stops with the sentence for a missing knowledge base (`lessons init`, --root) when there is none. */
  requireRoot(): Promise<void>;
}

export interface Command {
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  /** Paragraphs for `lessons help <command>` and docs/cli.md. */
  description?: string;
  positional?: PositionalSpec;
  /** Options beyond --root, --format and --help. */
  options: readonly OptionSpec[];
  /** Formats the command accepts; text and json unless said. */
  formats?: readonly Format[];
  /** Command lines that show it at work, each optionally followed by `  # what it does`. */
  examples: readonly string[];
  /** What its exit codes mean, when more than "0 success, 2 usage or I/O error". */
  exitCodes?: string;
  run(ctx: CommandContext): Promise<number>;
}

/** A mistake in how the command was called, or a file that cannot be read: exit 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
