// Parses a command's arguments against its option specs. node:util's parseArgs splits the
// arguments (`--x=y`, `-hy`, `--`); every check is ours, so a mistake gets one plain sentence
// that names the option and what it takes, never Node's own message.
import { parseArgs } from 'node:util';
import { inlineText } from '../../core/render/terminal-text.js';
import { UsageError } from '../command.js';
import { andList, type OptionSpec } from './spec.js';

export interface PositionalSpec {
  /** As help shows it: FILE, PATH, COMMAND. */
  name: string;
  describe: string;
  /** Exactly one, at most one, or any number (none included). */
  count: 'one' | 'optional' | 'any';
}

export interface ParsedArgs {
  /** Each option's parsed value (its fallback when not given). */
  values: ReadonlyMap<string, unknown>;
  /** The options that were given. */
  given: ReadonlySet<string>;
  positionals: string[];
  help: boolean;
}

export interface ArgsSpec {
  /** `lessons check`, for messages. */
  command: string;
  options: readonly OptionSpec[];
  positional?: PositionalSpec;
}

export function parseCommandArgs(argv: readonly string[], spec: ArgsSpec): ParsedArgs {
  const byName = new Map(spec.options.map((option) => [option.name, option]));
  const config = Object.fromEntries(
    spec.options.map((option) => [
      option.name,
      {
        type: option.kind === 'flag' ? ('boolean' as const) : ('string' as const),
        ...(option.short ? { short: option.short } : {}),
      },
    ]),
  );
  const { tokens } = parseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) {
    return { values: new Map(), given: new Set(), positionals: [], help: true };
  }

  const raw = new Map<string, string[]>();
  const positionals: string[] = [];
  const isOptionName = (text: string) =>
    spec.options.some(
      (option) => text === `--${option.name}` || (option.short && text === `-${option.short}`),
    );
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = byName.get(token.name);
    if (!option) throw unknownOption(token.rawName, spec);
    if (option.kind === 'flag') {
      if (token.inlineValue) throw new UsageError(`--${option.name} takes no value; give it alone.`);
      raw.set(option.name, []);
      continue;
    }
    const value = token.value;
    // `--root --format json`: the next option was taken as the value; it was meant as an option.
    if (value === undefined || (!token.inlineValue && isOptionName(value))) {
      throw new UsageError(`--${option.name} needs a value (${option.value}), such as ${option.example}.`);
    }
    raw.set(option.name, [...(raw.get(option.name) ?? []), value]);
  }
  checkPositionals(positionals, spec);

  const values = new Map<string, unknown>();
  for (const option of spec.options) {
    const given = raw.get(option.name);
    if (option.kind === 'flag') values.set(option.name, given !== undefined);
    else if (option.kind === 'list')
      values.set(
        option.name,
        (given ?? []).flatMap((item) => option.parse(item)),
      );
    else values.set(option.name, given === undefined ? option.fallback : option.parse(given.at(-1)!));
  }
  return { values, given: new Set(raw.keys()), positionals, help: false };
}

function unknownOption(written: string, spec: ArgsSpec): UsageError {
  const names = spec.options.map((option) => `--${option.name}`);
  const guess = closest(
    written.replace(/^-+/, ''),
    spec.options.map((option) => option.name),
  );
  const hint = guess ? ` (did you mean --${guess}?)` : '';
  return new UsageError(
    `Unknown option '${inlineText(written)}'${hint}: ${spec.command} takes ${andList(names)}.`,
  );
}

function checkPositionals(positionals: readonly string[], spec: ArgsSpec): void {
  const wanted = spec.positional;
  const got = positionals.length;
  if (!wanted) {
    if (got > 0) {
      throw new UsageError(
        `Unexpected argument '${inlineText(positionals[0]!)}': ${spec.command} takes options only, no file or folder.`,
      );
    }
    return;
  }
  if (wanted.count === 'one' && got !== 1) {
    throw new UsageError(`Give one ${wanted.name} (got ${got}): ${lowerFirst(wanted.describe)}`);
  }
  if (wanted.count === 'optional' && got > 1) {
    throw new UsageError(`Give at most one ${wanted.name} (got ${got}): ${lowerFirst(wanted.describe)}`);
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The candidate a typo most likely meant: a prefix of it, or at most two edits away. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(word) && word.length >= 3 ? 0.5 : editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= 2 ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}
