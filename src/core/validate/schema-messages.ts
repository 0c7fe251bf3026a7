// Turns ajv's errors into sentences a recruiter understands, each pointing at the node it
// is about. ajv says "must have required property 'owner'"; we say who must be named and why.
import type { ErrorObject } from 'ajv';
import type { NodePath } from '../types.js';

export interface SchemaProblem {
  path: NodePath;
  at: 'key' | 'value';
  /** The plain sentence, without the pointer (the `new` prompts show it beside the field). */
  message: string;
  /** The JSON pointer of the node it is about; for a missing key, where that key belongs. */
  pointer: string;
}

// What to say about a missing key depends on the mapping that lacks it: a learning goal's
// id is not the campaign's id, and the retention owner is not the campaign's owner.
const REQUIRED: Record<string, Record<string, string>> = {
  campaign: {
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
    review_every_days:
      'Continuous work needs review_every_days: how many days may pass between two reviews (for example 90)?',
  },
  period: { start: 'The period needs a start date, like start: 2026-03-01.' },
  learning_goals: {
    id: 'A learning goal needs an id, a short name such as reach, so conclusions can say which goal they answer.',
    question: 'A learning goal needs a question: what do you want to find out?',
  },
  retention: {
    owner:
      'The retention plan needs an owner who keeps the knowledge: a GitHub handle in quotes, like owner: "@acme/recruitment".',
    plan: 'The retention plan needs a plan: how is the knowledge kept and shared (a presentation, the onboarding folder)?',
  },
  conclusions: {
    finding: 'A conclusion needs a finding: what did you learn?',
    level:
      'A conclusion needs a level: fundamental (about the approach itself) or execution (about details such as channel, timing or budget).',
  },
  reviews: {
    date: 'A review needs a date, like date: 2026-03-01.',
    summary: 'A review needs a summary of what it found.',
  },
  budget: { currency: 'A budget needs a currency, like currency: EUR.' },
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
  const problem = plainProblem(error);
  if (!problem) return null;
  // A missing key's pointer names where it belongs: `/retention/owner` says more than `/retention`.
  const missing = error.keyword === 'required' ? [String(error.params.missingProperty)] : [];
  return { ...problem, pointer: pathToPointer([...problem.path, ...missing]) };
}

/**
 * The message as a validate problem carries it: the sentence, then where in the campaign.
 * @example withPointer('The period needs a start date.', '/period/start') // '… (at /period/start)'
 */
export function withPointer(message: string, pointer: string): string {
  return `${message} (at ${pointer || 'the top of the campaign'})`;
}

function plainProblem(error: ErrorObject): Omit<SchemaProblem, 'pointer'> | null {
  const path = pointerToPath(error.instancePath);
  const field = lastKey(path);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const message =
        REQUIRED[mappingKind(path)]?.[missing] ?? `${describe(path)} is missing ${missing}; add it.`;
      return { path, at: 'value', message };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const inside = path.length ? ` inside ${lowerFirst(describe(path))}` : '';
      // `~:`, `null:` and `"":` all make a key without a name.
      const message =
        key === ''
          ? `An empty key (~, null or "" before the colon) is not a campaign field${inside}. Write the field's name before the colon, or remove the line.`
          : `${key} is not a campaign field${inside}. Check the spelling, or start your own field's name with x- (like x-${slugish(key)}) to keep it.`;
      return { path: [...path, key], at: 'key', message };
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
      // `title:` with nothing after it is null to YAML, but to the person it is just empty.
      if (error.data === null) return { path, at: 'value', message: emptyMessage(path) };
      return { path, at: 'value', message: typeMessage(path, String(p.type)) };
    case 'minItems':
      return {
        path,
        at: 'value',
        message:
          field === 'learning_goals'
            ? 'Every campaign needs at least one learning goal: what do you want to learn from it?'
            : field === 'channels'
              ? 'Every campaign needs at least one channel: where does it run? For example channels: [facebook].'
              : `Add at least one item to ${String(field)}.`,
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
    case 'maximum':
      return { path, at: 'value', message: `${describe(path)} must be ${String(p.limit)} or less.` };
    case 'format':
    case 'pattern':
      return {
        path,
        at: 'value',
        message:
          error.keyword === 'format'
            ? patternMessage(path, String(p.format))
            : patternMessage(path, '', String(p.pattern)),
      };
    case 'if':
    case 'allOf':
      // Reported through the errors of the branch that failed.
      return null;
    default:
      return { path, at: 'value', message: `${describe(path)}: ${error.message ?? 'is not valid'}.` };
  }
}

function patternMessage(path: NodePath, format: string, pattern = ''): string {
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
    return 'A link must be a full web address starting with http:// or https://, such as https://www.example.org/campaign.';
  // Text fields only require something that is not blank.
  if (pattern === '\\S') return `${describe(path)} is empty; write something here.`;
  return `${describe(path)} must be lowercase letters, digits and dashes, starting with a letter or digit (like employer-branding).`;
}

function enumMessage(field: string | number | undefined, allowed: unknown[]): string {
  const list = allowed.map(String);
  const options = `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
  return `${field === undefined ? 'This value' : `The ${String(field)}`} must be ${options}.`;
}

function emptyMessage(path: NodePath): string {
  const key = path.length === 1 ? String(path[0]) : undefined;
  const needed = key === undefined ? undefined : REQUIRED.campaign?.[key];
  return needed ?? `${describe(path)} is empty; write something here.`;
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

const SINGULAR: Record<string, string> = {
  learning_goals: 'learning goal',
  conclusions: 'conclusion',
  reviews: 'review',
};

/** "The question of learning goal 2", "The owner", "Item 1 of channels", "Conclusion 1 of review 2" */
export function describe(path: NodePath): string {
  if (path.length === 0) return 'The campaign';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = String(path[path.length - 2] ?? 'list');
    return SINGULAR[parent] ? upperFirst(itemName(path)) : `Item ${last + 1} of ${parent}`;
  }
  if (typeof path[path.length - 2] === 'number') return `The ${last} of ${itemName(path.slice(0, -1))}`;
  if (path.length >= 2) return `${String(path[path.length - 2])}.${last}`;
  return NAMES[String(last)] ?? `The ${String(last)}`;
}

/** "learning goal 2", "conclusion 1 of review 3": a path that ends in a list index. */
function itemName(path: NodePath): string {
  const index = path[path.length - 1] as number;
  const list = String(path[path.length - 2] ?? '');
  const name = `${SINGULAR[list] ?? `${list} item`} ${index + 1}`;
  return typeof path[path.length - 3] === 'number' ? `${name} of ${itemName(path.slice(0, -2))}` : name;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Which kind of mapping a path points at: the campaign, a learning goal, the retention… */
function mappingKind(path: NodePath): string {
  if (path.length === 0) return 'campaign';
  const last = path[path.length - 1];
  return String(typeof last === 'number' ? path[path.length - 2] : last);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
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

/** RFC 6901: `~` and `/` inside a key are escaped as `~0` and `~1`. */
export function pathToPointer(path: NodePath): string {
  return path.map((step) => `/${String(step).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
