// `lessons new`'s options, and how they become a draft; a problem names the option it came
// from, so a script learns exactly what to fix.
import type { Draft, DraftField } from '../../core/scaffold/draft.js';
import type { Status } from '../../core/types.js';
import { UsageError, type CommandContext } from '../command.js';
import { choice, flag, list, text, type OptionSpec } from '../options/spec.js';
import type { PartialDraft } from './ask-draft.js';
import { parseHandle, parseSlugList } from './draft-input.js';

const STATUSES: readonly Status[] = ['planned', 'running', 'closed', 'cancelled'];

export const NEW_OPTIONS = {
  title: text({
    name: 'title',
    value: 'TEXT',
    describe: 'The campaign’s name as people know it. Required without a terminal.',
    example: '--title "Trainee-community op TikTok"',
  }),
  owner: text({
    name: 'owner',
    value: '@HANDLE',
    describe:
      'Who is accountable: a GitHub @user or @org/team (the @ may be left out). Required without a terminal.',
    example: '--owner @jdevries',
  }),
  channel: list({
    name: 'channel',
    value: 'NAME',
    split: true,
    describe:
      'Where it runs, such as facebook, outdoor or job-fair; also comma-separated. At least one is required.',
    example: '--channel tiktok,instagram',
  }),
  audience: list({
    name: 'audience',
    value: 'NAME',
    split: true,
    describe: 'Who it is for, such as students or trainees; also comma-separated.',
    example: '--audience trainees,students',
  }),
  tag: list({
    name: 'tag',
    value: 'NAME',
    split: true,
    describe: 'Free tags, such as community or employer-branding; also comma-separated.',
    example: '--tag community',
  }),
  start: text({
    name: 'start',
    value: 'YYYY-MM-DD',
    defaultText: 'today (UTC)',
    describe: 'First day of the campaign.',
    example: '--start 2027-05-01',
  }),
  end: text({
    name: 'end',
    value: 'YYYY-MM-DD',
    describe: 'Last day of the campaign, when it is known; not before the start.',
    example: '--end 2027-08-31',
  }),
  goal: list({
    name: 'goal',
    value: 'QUESTION',
    describe: 'A learning goal: a question the campaign should answer. At least one is required.',
    example: '--goal "Bereiken we technische studenten via TikTok?"',
  }),
  retentionOwner: text({
    name: 'retention-owner',
    value: '@HANDLE',
    defaultText: 'the owner',
    describe: 'Who keeps the knowledge after the campaign: a GitHub @user or, better, an @org/team.',
    example: '--retention-owner @acme/recruitment',
  }),
  retentionPlan: text({
    name: 'retention-plan',
    value: 'TEXT',
    describe:
      'How the knowledge is kept and shared, such as a presentation or the onboarding folder. Required without a terminal.',
    example: '--retention-plan "Presenteren in het recruitment-overleg."',
  }),
  summary: text({
    name: 'summary',
    value: 'TEXT',
    describe: 'One or two sentences: what the campaign is, and for whom.',
    example: '--summary "Trainees post weekly; recruiters answer questions."',
  }),
  status: choice<Status>({
    name: 'status',
    choices: STATUSES,
    fallback: 'planned',
    describe: 'Where the campaign stands.',
    example: '--status running',
  }),
  id: text({
    name: 'id',
    value: 'ID',
    defaultText: 'YYYY-MM-<title> from the start date and the title',
    describe: 'The campaign’s id and file name: lowercase letters, digits and dashes.',
    example: '--id 2027-05-tiktok-trainees',
  }),
  yes: flag({
    name: 'yes',
    short: 'y',
    describe: 'Never ask: take everything from the options; a missing required one is an error.',
    example: '--yes',
  }),
} satisfies Record<string, OptionSpec>;

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

export function draftFromFlags(ctx: CommandContext): PartialDraft {
  const o = NEW_OPTIONS;
  const draft: PartialDraft = {
    channels: parseSlugList(ctx.get(o.channel)),
    audiences: parseSlugList(ctx.get(o.audience)),
    tags: parseSlugList(ctx.get(o.tag)),
    goals: ctx.get(o.goal),
  };
  const set = <F extends keyof Draft>(field: F, value: Draft[F] | undefined) => {
    if (value !== undefined) draft[field] = value;
  };
  set('id', ctx.get(o.id));
  set('title', ctx.get(o.title)?.trim());
  set('owner', mapDefined(ctx.get(o.owner), parseHandle));
  if (ctx.given(o.status)) set('status', ctx.get(o.status));
  set('start', ctx.get(o.start)?.trim());
  set('end', ctx.get(o.end)?.trim() || undefined);
  set('summary', ctx.get(o.summary)?.trim() || undefined);
  set('retentionOwner', mapDefined(ctx.get(o.retentionOwner), parseHandle));
  set('retentionPlan', ctx.get(o.retentionPlan)?.trim());
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
