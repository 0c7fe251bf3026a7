// Calendar dates as ISO strings (YYYY-MM-DD), compared and shifted in UTC. `today` always
// comes in as an argument: nothing in the core reads the clock.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date such as 2024-02-29; false for 2015-02-30 or 2024-2-1. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** @example addDays('2024-02-28', 2) === '2024-03-01' */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in UTC: only adapters call this, and pass the result into the core. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
