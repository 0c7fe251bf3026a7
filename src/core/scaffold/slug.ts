// Ids for new campaigns and their learning goals, derived from what people type: a Dutch or
// English title becomes a readable slug (`Één stad, één baan!` → `een-stad-een-baan`).
import { foldText } from '../fold-text.js';

/** The schema's limit on an id. */
export const MAX_ID_LENGTH = 100;

/**
 * Lowercase ASCII letters, digits and single hyphens, at most `maxLength` long, cut at a hyphen
 * when one is near so no word is chopped in half.
 * @example slugify('Trainee-community op Hyves!') // 'trainee-community-op-hyves'
 */
export function slugify(text: string, maxLength = MAX_ID_LENGTH): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * `YYYY-MM-<slug of the title>`, from the start date, as DESIGN's examples name campaigns.
 * @example campaignId('Tram & bus posters', '2027-03-01') // '2027-03-tram-bus-posters'
 */
export function campaignId(title: string, start: string): string {
  const prefix = start.slice(0, 7);
  return `${prefix}-${slugify(title, MAX_ID_LENGTH - prefix.length - 1) || 'campaign'}`;
}

// Words that say nothing about what a goal is about, in English and Dutch.
const FILLER = new Set(
  (
    'a an and are as at be by can did do does for from how in is it more most of on or our than that the ' +
    'their this through to via was we what when where which who why will with would ' +
    'aan als bij de dan die dat door een en er hoe het in is kunnen meer met na of om onze op te ' +
    'van via voor wat we welke wie wij worden zijn'
  ).split(' '),
);

/**
 * Short, unique ids for learning goals from their questions: the first three meaningful words.
 * @example goalIds(['Do we reach technical students?', 'Do we reach them?']) // ['reach-technical-students', 'reach-them']
 */
export function goalIds(questions: readonly string[]): string[] {
  const taken = new Set<string>();
  return questions.map((question, index) => {
    const words = slugify(question, 1000)
      .split('-')
      .filter((word) => word !== '' && !FILLER.has(word));
    const base = slugify(words.slice(0, 3).join('-'), 40) || `goal-${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
