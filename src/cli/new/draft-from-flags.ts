// Reads `lessons new`'s flags into a draft, and says which flag a problem is about, so a script
// learns exactly what to fix.
import type { Draft, DraftField } from '../../core/scaffold/draft.js';
import type { Status } from '../../core/types.js';
import { UsageError, type CommandContext } from '../command.js';
import type { PartialDraft } from './ask-draft.js';
import { parseHandle, parseSlugList } from './draft-input.js';

export const FLAG_OF: Record<DraftField, string> = {
  id: '--id',
  title: '--title',
  owner: '--owner',
  status: '--status',
  start: '--start',
  end: '--end',
  channels: '--channel',
  audiences: '--audience',
  tags: '--tag',
  summary: '--summary',
  goals: '--goal',
  retentionOwner: '--retention-owner',
  retentionPlan: '--retention-plan',
};

// Required without a terminal; everything else has a default or may stay empty.
const REQUIRED: [DraftField, string][] = [
  ['title', 'the campaign’s name'],
  ['owner', 'who is accountable, like "@jdevries"'],
  ['channels', 'where it runs, like facebook'],
  ['goals', 'a question you want the campaign to answer'],
  ['retentionPlan', 'how the knowledge will be kept and shared'],
];

const STATUSES: readonly Status[] = ['planned', 'running', 'closed', 'cancelled'];

type FlagValues = CommandContext['values'];

export function draftFromFlags(
  values: FlagValues,
  single: (name: string) => string | undefined,
): PartialDraft {
  const list = (name: string) => {
    const value = values[name];
    return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
  };
  const status = single('status');
  if (status !== undefined && !STATUSES.includes(status as Status)) {
    throw new UsageError(`Invalid --status '${status}': expected ${STATUSES.join(', ')}.`);
  }
  const draft: PartialDraft = {
    channels: parseSlugList(list('channel')),
    audiences: parseSlugList(list('audience')),
    tags: parseSlugList(list('tag')),
    goals: list('goal')
      .map((goal) => goal.trim())
      .filter(Boolean),
  };
  const set = <F extends keyof Draft>(field: F, value: Draft[F] | undefined) => {
    if (value !== undefined) draft[field] = value;
  };
  set('id', single('id'));
  set('title', single('title')?.trim());
  set('owner', mapDefined(single('owner'), parseHandle));
  set('status', status as Status | undefined);
  set('start', single('start')?.trim());
  set('end', single('end')?.trim() || undefined);
  set('summary', single('summary')?.trim() || undefined);
  set('retentionOwner', mapDefined(single('retention-owner'), parseHandle));
  set('retentionPlan', single('retention-plan')?.trim());
  return draft;
}

/** Without a terminal every required value comes from a flag; the rest have defaults. */
export function completeFromFlags(given: PartialDraft, today: string): Draft {
  const missing = REQUIRED.filter(([field]) => {
    const value = given[field];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
  if (missing.length > 0) {
    throw new UsageError(
      `Missing ${missing.map(([field, what]) => `${FLAG_OF[field]} (${what})`).join(', ')}. Without a terminal, give them as flags.`,
    );
  }
  return {
    ...given,
    status: given.status ?? 'planned',
    start: given.start ?? today,
    retentionOwner: given.retentionOwner ?? given.owner!,
  } as Draft;
}

function mapDefined<T>(value: string | undefined, map: (text: string) => T): T | undefined {
  return value === undefined ? undefined : map(value);
}
