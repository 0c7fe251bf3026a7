// The CLI's options as data: each says what it means, its default and an example, and parses
// its own value. The parser, `lessons help <command>` and docs/cli.md are all made from these
// specs, so adding an option is one entry in a command's list.
import { inlineText } from '../../core/render/terminal-text.js';
import { UsageError } from '../command.js';

interface BaseSpec {
  /** The long name, without dashes: `grace-days`. */
  name: string;
  /** A one-letter alias: `y` for `-y`. */
  short?: string;
  /** What the option does, as a sentence. */
  describe: string;
  /** How it is typically written: `--grace-days 30`. */
  example: string;
}

/** An option that takes no value: present or not. */
export interface FlagSpec extends BaseSpec {
  kind: 'flag';
}

/** An option with one value; given twice, the last one counts. */
export interface ValueSpec<T> extends BaseSpec {
  kind: 'value';
  /** How the value is written in help: `DIR`, `N`, `YYYY-MM-DD`. */
  value: string;
  /** The default as people read it: `14`, `today (UTC)`. None when the option is optional. */
  defaultText?: string;
  /** The only values allowed, when there is a fixed list. */
  choices?: readonly string[];
  /** The value when the option is not given. */
  fallback: T;
  parse(raw: string): T;
}

/** An option that may be given more than once (and takes comma-separated lists). */
export interface ListSpec<T> extends BaseSpec {
  kind: 'list';
  value: string;
  defaultText?: string;
  parse(raw: string): T[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OptionSpec = FlagSpec | ValueSpec<any> | ListSpec<any>;

/** One sentence on a bad value, naming the option and what it takes. */
export function invalidValue(name: string, raw: string, expected: string): UsageError {
  return new UsageError(`Invalid --${name} '${inlineText(raw)}': expected ${expected}.`);
}

type Base = Omit<BaseSpec, 'example'> & { example: string };

export function flag(spec: Base): FlagSpec {
  return { ...spec, kind: 'flag' };
}

/** Free text (a title, a folder). Without `fallback` the value is undefined when not given. */
export function text(spec: Base & { value: string; defaultText?: string }): ValueSpec<string | undefined>;
export function text(
  spec: Base & { value: string; defaultText?: string; fallback: string },
): ValueSpec<string>;
export function text(
  spec: Base & { value: string; defaultText?: string; fallback?: string },
): ValueSpec<string | undefined> {
  return { ...spec, kind: 'value', fallback: spec.fallback, parse: (raw) => raw };
}

/** A whole number within bounds, so a huge value is a plain refusal, not "Invalid time value". */
export function wholeNumber(
  spec: Base & { value?: string; min: number; max: number; fallback: number },
): ValueSpec<number> {
  const expected = `a whole number from ${spec.min} to ${spec.max}`;
  return {
    ...spec,
    kind: 'value',
    value: spec.value ?? 'N',
    defaultText: String(spec.fallback),
    parse(raw) {
      const value = raw.trim();
      if (!/^\d+$/.test(value) || Number(value) < spec.min || Number(value) > spec.max) {
        throw invalidValue(spec.name, raw, expected);
      }
      return Number(value);
    },
  };
}

/** One of a fixed list of words. */
export function choice<C extends string>(
  spec: Base & { choices: readonly C[]; fallback: C; value?: string },
): ValueSpec<C> {
  return {
    ...spec,
    kind: 'value',
    value: spec.value ?? spec.choices.join('|'),
    defaultText: spec.fallback,
    parse(raw) {
      if (!(spec.choices as readonly string[]).includes(raw)) {
        throw invalidValue(spec.name, raw, orList(spec.choices));
      }
      return raw as C;
    },
  };
}

/** A value checked by the command's own rule, which returns what is wrong or nothing. */
export function checked<T>(
  spec: Base & { value: string; defaultText?: string; expected: string; check(raw: string): T | undefined },
): ValueSpec<T | undefined> {
  const { expected, check, ...rest } = spec;
  return {
    ...rest,
    kind: 'value',
    fallback: undefined,
    parse(raw) {
      const value = check(raw);
      if (value === undefined) throw invalidValue(spec.name, raw, expected);
      return value;
    },
  };
}

/** A repeatable option; `split` also splits each occurrence on commas. */
export function list(
  spec: Base & { value: string; defaultText?: string; split?: boolean },
): ListSpec<string> {
  const { split, ...rest } = spec;
  return {
    ...rest,
    kind: 'list',
    parse: (raw) => (split ? raw.split(',') : [raw]).map((item) => item.trim()).filter(Boolean),
  };
}

/** `a, b or c`, for messages. */
export function orList(items: readonly string[]): string {
  return joinLast(items, 'or');
}

/** `a, b and c`, for messages. */
export function andList(items: readonly string[]): string {
  return joinLast(items, 'and');
}

function joinLast(items: readonly string[], word: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

/** `--name VALUE` or `-y, --yes`, as help and the docs show an option. */
export function optionLabel(spec: OptionSpec): string {
  const long = `--${spec.name}${spec.kind === 'flag' ? '' : ` ${spec.value}`}`;
  return spec.short ? `-${spec.short}, ${long}` : long;
}
