// The interview `lessons new` holds on a terminal: it asks only for what the flags left open,
// checks every answer as the schema would, and explains why a campaign needs learning goals
// and a retention plan — the two objectives that make a campaign teach something.
import type { Draft, DraftField } from '../../core/scaffold/draft.js';
import { checkField, parseHandle, parseSlugList } from './draft-input.js';
import type { Prompter } from './prompter.js';

export type PartialDraft = Partial<Draft> & Pick<Draft, 'channels' | 'audiences' | 'tags' | 'goals'>;

export async function askDraft(given: PartialDraft, prompter: Prompter, today: string): Promise<Draft> {
  const sofar: Partial<Draft> = { ...given };
  const ask = async <F extends DraftField>(
    field: F,
    message: string,
    parse: (answer: string) => Draft[F],
    defaultAnswer?: string,
  ): Promise<Draft[F]> => {
    const answer = await prompter.text({
      message,
      ...(defaultAnswer !== undefined ? { default: defaultAnswer } : {}),
      validate: (text) => checkField(field, parse(text), sofar),
    });
    const value = parse(answer);
    sofar[field] = value;
    return value;
  };
  const text = (answer: string) => answer.trim();
  const optional = (answer: string) => answer.trim() || undefined;

  if (sofar.title === undefined) await ask('title', 'Title of the campaign', text);
  if (sofar.owner === undefined) {
    await ask('owner', 'Owner, accountable for the campaign (GitHub @user or @org/team)', parseHandle);
  }
  if (given.channels.length === 0) {
    await ask('channels', 'Channels, separated by commas (facebook, outdoor, job-fair …)', parseSlugList);
  }
  if (given.audiences.length === 0) {
    await ask('audiences', 'Audiences, separated by commas (optional: students, trainees …)', parseSlugList);
  }
  if (sofar.start === undefined) await ask('start', 'Start date (YYYY-MM-DD)', text, today);
  if (sofar.end === undefined) await ask('end', 'End date (YYYY-MM-DD, optional)', optional);
  if (given.goals.length === 0) await askGoals(prompter, sofar);
  if (sofar.retentionOwner === undefined) {
    await ask(
      'retentionOwner',
      'Who keeps the knowledge after the campaign? (GitHub @user or @org/team)',
      parseHandle,
      sofar.owner,
    );
  }
  if (sofar.retentionPlan === undefined) {
    await ask(
      'retentionPlan',
      'How will the knowledge be kept and shared? (a presentation, the onboarding folder …)',
      text,
    );
  }
  return { ...sofar, status: sofar.status ?? 'planned' } as Draft;
}

/** At least one learning goal; then more until an empty answer. */
async function askGoals(prompter: Prompter, sofar: Partial<Draft>): Promise<void> {
  const goals: string[] = [];
  for (;;) {
    const first = goals.length === 0;
    const answer = await prompter.text({
      message: first
        ? 'What do you want to learn from this campaign? (a question, e.g. "Do we reach technical students on TikTok?")'
        : 'Another learning goal? (leave empty to finish)',
      validate: (text) =>
        text.trim() === '' ? (first ? 'A campaign needs at least one learning goal.' : true) : true,
    });
    if (answer.trim() === '') break;
    goals.push(answer.trim());
  }
  sofar.goals = goals;
}
