// The options every command takes, and the ones several share, defined once.
import { isIsoDate } from '../../core/dates.js';
import type { Format } from '../command.js';
import { checked, choice, flag, text, wholeNumber } from './spec.js';

export const rootOption = text({
  name: 'root',
  value: 'DIR',
  describe:
    'Folder of campaign files, relative to the current folder. Without it the knowledge base is found from the current folder up to the repository root: the root named in lessons.config.yaml, or the nearest lessons/ folder.',
  defaultText: 'found (lessons/ at the repository root)',
  example: '--root marketing/lessons',
});

export function formatOption(formats: readonly Format[]) {
  return choice({
    name: 'format',
    choices: formats,
    fallback: 'text',
    describe: formats.includes('github')
      ? 'text for people, json for scripts (a stable shape), github for annotations in a GitHub Actions log.'
      : 'text for people, json for scripts (a stable shape).',
    example: '--format json',
  });
}

export const helpOption = flag({
  name: 'help',
  short: 'h',
  describe: 'Show this help.',
  example: '--help',
});

export const todayOption = checked({
  name: 'today',
  value: 'YYYY-MM-DD',
  defaultText: 'today (UTC)',
  describe: 'The day to judge by: which campaigns ended, which reviews are overdue.',
  example: '--today 2026-03-01',
  expected: 'a date like 2026-03-01',
  check: (raw) => (isIsoDate(raw.trim()) ? raw.trim() : undefined),
});

// 100 years, as the Action's input: more would only overflow the calendar.
export const graceDaysOption = wholeNumber({
  name: 'grace-days',
  min: 0,
  max: 36_500,
  fallback: 14,
  describe:
    'Days after its end date before a planned or running campaign awaits conclusions (and after a review of continuous work fell due).',
  example: '--grace-days 30',
});
