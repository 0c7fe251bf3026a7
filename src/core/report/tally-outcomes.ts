// Counts lessons per outcome, grouped by channel or by year, for the overview's charts.
import type { OutcomeKey, OutcomeRow, OutcomeTally, ReportLesson } from './model.js';

export const OUTCOME_KEYS: readonly OutcomeKey[] = ['confirmed', 'refuted', 'inconclusive', 'unstated'];

export function emptyTally(): OutcomeTally {
  return { confirmed: 0, refuted: 0, inconclusive: 0, unstated: 0 };
}

/**
 * Outcomes per channel, the busiest channel first. A lesson counts once for every channel of its
 * campaign: a campaign on two channels taught something about both.
 */
export function outcomesByChannel(lessons: readonly ReportLesson[]): OutcomeRow<string>[] {
  const rows = new Map<string, OutcomeTally>();
  for (const lesson of lessons) {
    for (const channel of new Set(lesson.channels)) {
      const tally = rows.get(channel) ?? emptyTally();
      tally[lesson.outcome ?? 'unstated'] += 1;
      rows.set(channel, tally);
    }
  }
  return [...rows]
    .map(([key, tally]) => ({ key, tally, total: sum(tally) }))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Outcomes per year, oldest first, with empty years in between so gaps in learning stay visible. */
export function outcomesByYear(lessons: readonly ReportLesson[]): OutcomeRow<number>[] {
  if (lessons.length === 0) return [];
  const years = lessons.map((lesson) => lesson.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const tallies = Array.from({ length: last - first + 1 }, emptyTally);
  for (const lesson of lessons) tallies[lesson.year - first]![lesson.outcome ?? 'unstated'] += 1;
  return tallies.map((tally, offset) => ({ key: first + offset, tally, total: sum(tally) }));
}

function sum(tally: OutcomeTally): number {
  return OUTCOME_KEYS.reduce((total, key) => total + tally[key], 0);
}
