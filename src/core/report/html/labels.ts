// The words the page uses for the file's codes, kept in one place so badges, filters, charts and
// legends always say the same thing.
import type { Awaiting, Level, Status } from '../../types.js';
import type { OutcomeKey } from '../model.js';

export const LEVEL_LABELS: Record<Level, string> = { fundamental: 'Fundamental', execution: 'Execution' };

export const OUTCOME_LABELS: Record<OutcomeKey, string> = {
  confirmed: 'Confirmed',
  refuted: 'Refuted',
  inconclusive: 'Inconclusive',
  unstated: 'No outcome stated',
};

export const STATUS_LABELS: Record<Status, string> = {
  planned: 'Planned',
  running: 'Running',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

export function awaitingReasonText(item: Pick<Awaiting, 'reason' | 'since'>): string {
  switch (item.reason) {
    case 'closed-without-conclusions':
      return `Finished without conclusions (since ${item.since})`;
    case 'ended-without-conclusions':
      return `Ended on ${item.since} and still not closed, without conclusions`;
    case 'review-overdue':
      return `Review overdue since ${item.since}`;
  }
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
