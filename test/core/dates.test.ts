// Calendar dates as ISO strings, in UTC: real dates only, and day arithmetic across months.
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, todayUtc } from '../../src/core/dates.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2015-02-30')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
  });

  it('accepts only YYYY-MM-DD text', () => {
    for (const v of [
      '2026-1-01',
      '2026-01-01T00:00:00Z',
      ' 2026-01-01',
      '20260101',
      '',
      20260101,
      null,
      undefined,
    ]) {
      expect(isIsoDate(v)).toBe(false);
    }
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', 0)).toBe('2026-01-01');
  });

  it('is not moved by daylight saving time', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });
});

describe('todayUtc', () => {
  it('is the UTC date of the given moment', () => {
    expect(todayUtc(new Date('2026-11-26T23:30:00-05:00'))).toBe('2026-11-27');
    expect(todayUtc(new Date('2026-11-26T00:30:00+02:00'))).toBe('2026-11-25');
  });
});
