// Turns what people type — as flags or answers — into draft values, forgiving the small things:
// `Facebook, Job fair` becomes [facebook, job-fair], and `jdevries` becomes "@jdevries".
import { slugify } from '../../core/scaffold/slug.js';
import { draftProblems, type Draft, type DraftField } from '../../core/scaffold/draft.js';

export function parseSlugList(text: string | readonly string[]): string[] {
  const items = (typeof text === 'string' ? [text] : text).flatMap((item) => item.split(','));
  return [...new Set(items.map((item) => slugify(item)).filter(Boolean))];
}

export function parseHandle(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.startsWith('@') ? trimmed : `@${trimmed}`;
}

// Values that pass every check, so one field can be checked before the others are known.
const PLACEHOLDER: Draft = {
  title: 'Placeholder',
  owner: '@placeholder',
  status: 'planned',
  start: '2000-01-01',
  channels: ['placeholder'],
  audiences: [],
  tags: [],
  goals: ['Placeholder?'],
  retentionOwner: '@placeholder',
  retentionPlan: 'Placeholder',
};

/** The first problem of `field` when the draft so far gets `value`, or `true`. */
export function checkField<F extends DraftField>(
  field: F,
  value: Draft[F],
  sofar: Partial<Draft>,
): true | string {
  const draft: Draft = { ...PLACEHOLDER, ...sofar, [field]: value };
  const problem = draftProblems(draft).find((candidate) => candidate.field === field);
  return problem ? problem.message : true;
}
