// Function words of Dutch and English, folded. They carry no topic, so they neither match nor
// count; they are also the evidence that tells which language a sentence is in.
import type { Language } from './language.js';

const DUTCH = `aan al alle alleen als alles altijd andere ben bij bijna daar daarna dan dat de deze die dit
doch doen door dus een eens eigen en er even ge geen geweest haar had heb hebben heeft hem het hier hij
hoe hun iemand iets ik in is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn moet na naar
niet niets nog nu of om omdat onder ons onze ook op over reeds te tegen toch toen tot u uit uw van veel
voor want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou
zoals zodat waar waarom welke wanneer hen hunne nooit steeds telkens tussen via per elk elke ieder iedere
beide mee hadden zullen zouden moeten konden mogen mocht werden geworden zei`;

const ENGLISH = `a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves also get got let may might must shall us via per every each whether within without
upon onto cant dont wont isnt doesnt didnt`;

function folded(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  nl: folded(DUTCH),
  en: folded(ENGLISH),
};

// Words on one language's list that are content words in the other: `door` and `die` are Dutch
// function words but English nouns/verbs, `been` is an English auxiliary but a Dutch noun (leg).
const CONTENT_WORD_IN: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['door', 'die', 'want', 'men', 'ten', 'hoe']),
  nl: new Set(['been', 'have', 'most']),
};

/** How many words of `words` are stop words of `language` (language detection evidence). */
export function countStopWords(words: readonly string[], language: Language): number {
  const list = STOP_WORDS[language];
  let count = 0;
  for (const word of words) if (list.has(word)) count += 1;
  return count;
}

/**
 * Whether a folded word is a stop word in a text of `language`. Mixed text is common, so the
 * other language's function words are dropped too, except those that are content words here.
 */
export function isStopWord(word: string, language: Language): boolean {
  if (STOP_WORDS[language].has(word)) return true;
  const other: Language = language === 'nl' ? 'en' : 'nl';
  return STOP_WORDS[other].has(word) && !CONTENT_WORD_IN[language].has(word);
}
