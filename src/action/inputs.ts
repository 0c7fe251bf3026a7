// The Action's inputs (DESIGN §5), read once and validated one by one, so a mistake in the
// workflow file is reported with the input's name and the value that was given.

export type Mode = 'auto' | 'review' | 'audit';
export type FailOn = 'error' | 'warning' | 'never';

export interface Inputs {
  token: string;
  root: string;
  mode: Mode;
  maxRelated: number;
  graceDays: number;
  label: string;
  dryRun: boolean;
  failOn: FailOn;
  /** Most writes to GitHub in one run; the rest is left for the next (DESIGN §5 Bounded work). */
  operationsPerRun: number;
}

export const DEFAULT_LABEL = 'lessons: missing conclusions';

/**
 * Writes per run by default. Opening an issue notifies people, and GitHub spaces such writes three
 * seconds apart and allows about 80 a minute: 50 is under a minute's worth, about two and a half
 * minutes of runner time, and a daily schedule still opens 350 issues a week.
 */
export const DEFAULT_OPERATIONS_PER_RUN = 50;

// GitHub refuses label names longer than this.
const LABEL_MAX = 50;

export class InputValidationError extends Error {
  constructor(name: string, expected: string, got: string) {
    super(`Invalid input '${name}': expected ${expected}, got '${got}'`);
    this.name = 'InputValidationError';
  }
}

/** Reads and checks every input. An empty value takes the default of action.yml. */
export function readInputs(getInput: (name: string) => string): Inputs {
  const read = (name: string, fallback: string) => getInput(name).trim() || fallback;
  const token = getInput('token').trim();
  if (!token)
    throw new InputValidationError('token', 'a GitHub token (the default is ${{ github.token }})', '');
  return {
    token,
    root: readRoot(read('root', 'lessons')),
    mode: oneOf('mode', read('mode', 'auto'), ['auto', 'review', 'audit'] as const),
    maxRelated: wholeNumber('max-related', read('max-related', '5'), 50),
    graceDays: wholeNumber('grace-days', read('grace-days', '14'), 36_500),
    label: readLabel(read('label', DEFAULT_LABEL)),
    dryRun: yamlBoolean('dry-run', read('dry-run', 'false')),
    failOn: oneOf('fail-on', read('fail-on', 'error'), ['error', 'warning', 'never'] as const),
    operationsPerRun: wholeNumber(
      'operations-per-run',
      read('operations-per-run', String(DEFAULT_OPERATIONS_PER_RUN)),
      100_000,
      1,
    ),
  };
}

function wholeNumber(name: string, value: string, max: number, min = 0): number {
  if (!/^\d+$/.test(value)) throw new InputValidationError(name, 'a whole number', value);
  const number = Number(value);
  if (number > max || number < min) {
    const range = min === 0 ? `up to ${max}` : `from ${min} to ${max}`;
    throw new InputValidationError(name, `a whole number ${range}`, value);
  }
  return number;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputValidationError(name, `one of ${allowed.join(', ')}`, value);
}

// The same spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema).
function yamlBoolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputValidationError(name, 'true or false', value);
}

function readRoot(value: string): string {
  const root =
    value
      .replace(/\\/g, '/')
      .replace(/^\.\/+/, '')
      .replace(/\/+$/, '') || '.';
  // The root is a folder of the checkout: an absolute path or one that climbs out would read
  // files the pull request does not contain.
  if (root.startsWith('/') || /^[A-Za-z]:/.test(root) || root.split('/').includes('..')) {
    throw new InputValidationError('root', 'a folder inside the repository, such as lessons', value);
  }
  return root;
}

function readLabel(value: string): string {
  // The issues list takes labels as a comma-separated list, so a comma would split this one.
  if (value.includes(',') || value.length > LABEL_MAX) {
    throw new InputValidationError(
      'label',
      `a label name without commas, at most ${LABEL_MAX} characters`,
      value,
    );
  }
  return value;
}
