// `lessons check` leaves files with errors out of the list, and says so on stderr in every
// format: the json on stdout keeps exactly its DESIGN §4 shape.
import { describe, expect, it } from 'vitest';
import { lessons } from '../support/cli.js';

const NOTE = '2 file(s) have errors and were not checked; run `lessons validate` to see them.\n';

describe('lessons check with files that have errors', () => {
  it('keeps the json exactly {"awaiting": [...]} and writes the note to stderr', async () => {
    const run = await lessons([
      'check',
      '--root',
      'test/fixtures/unique-id',
      '--format',
      'json',
      '--today',
      '2026-11-26',
    ]);
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(['awaiting']);
    expect(run.stderr).toBe(NOTE);
  });

  it('writes the same note in text', async () => {
    const run = await lessons(['check', '--root', 'test/fixtures/unique-id', '--today', '2026-11-26']);
    expect(run.stderr).toBe(NOTE);
  });
});
