// Turns ajv's errors into sentences a recruiter understands, each pointing at the node it
// is about. ajv says "must have required property 'owner'"; we say who must be named and why.
import type { ErrorObject } from 'ajv';
import type { NodePath } from '../types.js';

export interface SchemaProblem {
  path: NodePath;
  at: 'key' | 'value';
  message: string;
}

const REQUIRED: Record<string, string> = {
  id: 'Every campaign needs an id: the file name without .yaml, such as 2010-03-hyves-trainee-community.',
  title: 'Every campaign needs a title: the name people know it by.',
  status: 'Every campaign needs a status: planned, running, closed or cancelled.',
  owner:
    'Every campaign needs an owner who is accountable for it: a GitHub handle in quotes, like owner: "@jdevries".',
  period: 'Every campaign needs a period with at least a start date, like period: { start: 2026-03-01 }.',
  channels: 'Every campaign needs its channels: where does it run? For example channels: [facebook].',
  learning_goals:
    'Every campaign needs at least one learning goal: what do you want to learn from it? Add learning_goals with an id and a question.',
  retention:
    'Every campaign needs a retention plan: how will the knowledge be kept, and who is responsible? Add retention with an owner and a plan.',
  start: 'The period needs a start date, like start: 2026-03-01.',
  question: 'A learning goal needs a question: what do you want to find out?',
  plan: 'The retention plan needs a plan: how is the knowledge kept and shared (a presentation, the onboarding folder)?',
  finding: 'A conclusion needs a finding: what did you learn?',
  level:
    'A conclusion needs a level: fundamental (about the approach itself) or execution (about details such as channel, timing or budget).',
  date: 'A review needs a date, like date: 2026-03-01.',
  summary: 'A review needs a summary of what it found.',
  currency: 'A budget needs a currency, like currency: EUR.',
  review_every_days:
    'Continuous work needs review_every_days: how many days may pass between two reviews (for example 90)?',
};

const NAMES: Record<string, string> = {
  id: 'The id',
  title: 'The title',
  owner: 'The owner',
  summary: 'The summary',
  question: 'The question',
  hypothesis: 'The hypothesis',
  measure: 'The measure',
  plan: 'The plan',
  finding: 'The finding',
  evidence: 'The evidence',
  recommendation: 'The recommendation',
};

export function schemaProblem(error: ErrorObject): SchemaProblem | null {
  const path = pointerToPath(error.instancePath);
  const field = lastKey(path);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const message = REQUIRED[missing] ?? `${describe(path)} is missing ${missing}; add it.`;
      return { path, at: 'value', message };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return {
        path: [...path, key],
        at: 'key',
        message: `${key} is not a campaign field${path.length ? ` inside ${describe(path)}` : ''}. Check the spelling, or start your own field's name with x- (like x-${slugish(key)}) to keep it.`,
      };
    }
    case 'false schema':
      return {
        path,
        at: 'key',
        message: `${field} belongs to continuous work only: add mode: continuous, or remove ${field}.`,
      };
    case 'enum':
      return { path, at: 'value', message: enumMessage(field, error.params.allowedValues as unknown[]) };
    case 'type':
      return { path, at: 'value', message: typeMessage(path, String(p.type)) };
    case 'minItems':
      return {
        path,
        at: 'value',
        message:
          field === 'learning_goals'
            ? 'Every campaign needs at least one learning goal: what do you want to learn from it?'
            : `${describe(path)} needs at least one item.`,
      };
    case 'minLength':
      return { path, at: 'value', message: `${describe(path)} is empty; write something here.` };
    case 'maxLength':
      return {
        path,
        at: 'value',
        message: `${describe(path)} is too long (at most ${String(p.limit)} characters).`,
      };
    case 'minimum':
      return { path, at: 'value', message: `${describe(path)} must be ${String(p.limit)} or more.` };
    case 'format':
    case 'pattern':
      return {
        path,
        at: 'value',
        message: patternMessage(path, error.keyword === 'format' ? String(p.format) : ''),
      };
    case 'if':
    case 'allOf':
      // Reported through the errors of the branch that failed.
      return null;
    default:
      return { path, at: 'value', message: `${describe(path)}: ${error.message ?? 'is not valid'}.` };
  }
}

function patternMessage(path: NodePath, format: string): string {
  const field = lastKey(path);
  const parent = path.length >= 2 ? path[path.length - 2] : undefined;
  if (format === 'date' || ['start', 'end', 'date'].includes(String(field))) {
    return `${describe(path)} must be a real calendar date written YYYY-MM-DD, such as 2026-03-01.`;
  }
  if (field === 'owner') {
    return `${describe(path)} must be a GitHub handle in quotes: "@user" or "@org/team".`;
  }
  if (field === 'currency') return 'The currency must be three capital letters (ISO 4217), such as EUR.';
  if (parent === 'links' || format === 'uri')
    return 'A link must be a web address starting with http:// or https://.';
  if (field === 'title' || NAMES[String(field)]) return `${describe(path)} is empty; write something here.`;
  return `${describe(path)} must be lowercase letters, digits and dashes, starting with a letter or digit (like employer-branding).`;
}

function enumMessage(field: string | number | undefined, allowed: unknown[]): string {
  const list = allowed.map(String);
  const options = `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
  return `${field === undefined ? 'This value' : `The ${String(field)}`} must be ${options}.`;
}

function typeMessage(path: NodePath, type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    array: 'a list',
    object: 'a mapping of keys and values',
    integer: 'a whole number',
    number: 'a number',
  };
  const hint = type === 'string' ? ' (put it in quotes if it looks like a number, date or yes/no)' : '';
  return `${describe(path)} must be ${words[type] ?? type}${hint}.`;
}

/** "learning goal 2's question", "the owner", "channels item 1" */
export function describe(path: NodePath): string {
  if (path.length === 0) return 'The campaign';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = String(path[path.length - 2] ?? 'list');
    return `Item ${last + 1} of ${parent}`;
  }
  const parentIndex = path.length >= 2 ? path[path.length - 2] : undefined;
  if (typeof parentIndex === 'number') {
    const list = String(path[path.length - 3] ?? '');
    const singular: Record<string, string> = {
      learning_goals: 'learning goal',
      conclusions: 'conclusion',
      reviews: 'review',
    };
    return `The ${last} of ${singular[list] ?? list + ' item'} ${parentIndex + 1}`;
  }
  if (path.length >= 2) return `${String(path[path.length - 2])}.${last}`;
  return NAMES[String(last)] ?? `The ${String(last)}`;
}

function lastKey(path: NodePath): string | number | undefined {
  return path[path.length - 1];
}

function slugish(key: string): string {
  return (
    key
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'field'
  );
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
