// The bounds on waiting for GitHub's rate limits: each wait, all waits of a run, and the tries.
import { describe, expect, it } from 'vitest';
import { RateLimitError } from '../../src/github/port.js';
import { RateLimitWaits } from '../../src/github/rate-limit-waits.js';

const NOW = Date.parse('2026-11-26T09:00:00Z');

describe('RateLimitWaits', () => {
  it('waits what a secondary limit asks, up to two minutes at a time and five in all', () => {
    const waits = new RateLimitWaits(() => NOW);
    const secondary = (retryAfter: number) => ({ kind: 'secondary-rate-limit' as const, retryAfter });
    expect(waits.decide(secondary(60), 0, 'open an issue')).toBe(60);
    expect(waits.decide(secondary(121), 0, 'open an issue')).toBeInstanceOf(RateLimitError);
    expect(waits.decide(secondary(120), 0, 'open an issue')).toBe(120);
    expect(waits.decide(secondary(120), 0, 'open an issue')).toBe(120);
    // 300 s spent: nothing more.
    expect(waits.decide(secondary(1), 0, 'open an issue')).toBeInstanceOf(RateLimitError);
  });

  it('gives up after three tries of one request', () => {
    const waits = new RateLimitWaits(() => NOW);
    expect(waits.decide({ kind: 'secondary-rate-limit', retryAfter: 1 }, 3, 'x')).toBeInstanceOf(
      RateLimitError,
    );
  });

  it('waits for a primary limit that resets soon, and stops with the time when it resets later', () => {
    const waits = new RateLimitWaits(() => NOW);
    expect(waits.decide({ kind: 'rate-limit', resetAt: NOW + 30_000 }, 0, 'x')).toBe(31);
    const far = waits.decide({ kind: 'rate-limit', resetAt: NOW + 3_600_000 }, 0, 'open an issue');
    expect(far).toBeInstanceOf(RateLimitError);
    expect((far as RateLimitError).message).toBe(
      "GitHub's API rate limit for this token is used up until 10:00 UTC (60 min from now), while trying to open an issue. " +
        'The run stopped instead of waiting longer than 2 min at a time or 5 min in all; what it did is listed, and the next run does the rest.',
    );
    expect((far as RateLimitError).resetAt).toBe(NOW + 3_600_000);
  });
});
