// The writer keeps a run within `operations-per-run` and stops at a rate limit without losing count.
import { describe, expect, it } from 'vitest';
import { Writer } from '../../src/action/writer.js';
import { PermissionError, RateLimitError } from '../../src/github/port.js';

describe('Writer', () => {
  it('makes at most its budget of writes and records the rest as left', async () => {
    const writer = new Writer(false, () => {}, 2);
    let made = 0;
    for (let i = 0; i < 3; i++) await writer.write('open-issue', `open ${i}`, async () => made++);
    expect(made).toBe(2);
    expect(writer.records.map((record) => record.status)).toEqual(['done', 'done', 'left']);
    expect(writer.canAfford(1)).toBe(false);
  });

  it('counts a dry run’s planned writes against the budget too', async () => {
    const writer = new Writer(true, () => {}, 1);
    await writer.write('open-issue', 'open a', async () => 1);
    await writer.write('open-issue', 'open b', async () => 1);
    expect(writer.records.map((record) => record.status)).toEqual(['planned', 'left']);
  });

  it('stops at a rate limit and at a refusal, each in its own way', async () => {
    const limited = new Writer(false, () => {});
    await limited.write('open-issue', 'open a', () => Promise.reject(new RateLimitError('wait an hour')));
    await limited.write('open-issue', 'open b', async () => 1);
    expect(limited.records.map((record) => record.status)).toEqual(['left', 'left']);
    expect(limited.stopped?.message).toBe('wait an hour');

    const refused = new Writer(false, () => {});
    await refused.write('open-issue', 'open a', () =>
      Promise.reject(new PermissionError('issues: write', 'no')),
    );
    await refused.write('open-issue', 'open b', async () => 1);
    expect(refused.records.map((record) => record.status)).toEqual(['refused', 'refused']);
    expect(refused.canAfford(1)).toBe(true);
  });
});
