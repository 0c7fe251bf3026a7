// The inputs of action.yml: defaults, and a mistake named with the input and the value given.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { REPO_ROOT } from '../support/action-harness.js';

const read = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');

describe('readInputs', () => {
  it('takes the defaults of action.yml for empty inputs', () => {
    expect(read({ token: 't' })).toEqual({
      token: 't',
      root: 'lessons',
      mode: 'auto',
      maxRelated: 5,
      graceDays: 14,
      label: 'lessons: missing conclusions',
      dryRun: false,
      failOn: 'error',
      operationsPerRun: 50,
    });
  });

  it('falls back to exactly the defaults action.yml declares', () => {
    const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([name]) => name !== 'token')
        .map(([name, input]) => [name, String(input.default ?? '')]),
    );
    expect(read({ ...declared, token: 't' })).toEqual(read({ token: 't' }));
  });

  it('reads every input', () => {
    expect(
      read({
        token: 't',
        root: './campaigns/',
        mode: 'audit',
        'max-related': '3',
        'grace-days': '0',
        label: 'needs lessons',
        'dry-run': 'True',
        'fail-on': 'never',
        'operations-per-run': '7',
      }),
    ).toEqual({
      token: 't',
      root: 'campaigns',
      mode: 'audit',
      maxRelated: 3,
      graceDays: 0,
      label: 'needs lessons',
      dryRun: true,
      failOn: 'never',
      operationsPerRun: 7,
    });
  });

  it.each([
    [{ 'grace-days': 'ten' }, "Invalid input 'grace-days': expected a whole number, got 'ten'"],
    [{ 'grace-days': '-1' }, "Invalid input 'grace-days': expected a whole number, got '-1'"],
    [{ 'max-related': '2.5' }, "Invalid input 'max-related': expected a whole number, got '2.5'"],
    [{ 'max-related': '500' }, "Invalid input 'max-related': expected a whole number up to 50, got '500'"],
    [
      { 'operations-per-run': '0' },
      "Invalid input 'operations-per-run': expected a whole number from 1 to 100000, got '0'",
    ],
    [
      { 'operations-per-run': 'all' },
      "Invalid input 'operations-per-run': expected a whole number, got 'all'",
    ],
    [{ mode: 'both' }, "Invalid input 'mode': expected one of auto, review, audit, got 'both'"],
    [{ 'fail-on': 'errors' }, "Invalid input 'fail-on': expected one of error, warning, never, got 'errors'"],
    [{ 'dry-run': 'yes' }, "Invalid input 'dry-run': expected true or false, got 'yes'"],
    [
      { root: '../elsewhere' },
      "Invalid input 'root': expected a folder inside the repository, such as lessons, got '../elsewhere'",
    ],
    [
      { root: '/etc' },
      "Invalid input 'root': expected a folder inside the repository, such as lessons, got '/etc'",
    ],
    [
      { label: 'a,b' },
      "Invalid input 'label': expected a label name without commas, at most 50 characters, got 'a,b'",
    ],
  ])('refuses %j', (values, message) => {
    expect(() => read({ token: 't', ...values })).toThrow(message);
  });

  it('needs a token', () => {
    expect(() => read({})).toThrow("Invalid input 'token'");
  });
});
