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

// Generic words: common verbs, adjectives, adverbs and time words that occur in any campaign
// text. In a corpus where one language is the minority its generic words would look rare,
// and rare words weigh heavily; they say nothing about the topic, so they go too.
const DUTCH_GENERIC = `nieuw nieuwe nieuws goed goede beter beste slecht groot grote klein kleine eerst eerste
tweede laatste andere ander gaan gaat ging gingen komen komt kwam kwamen maken maakt maakte maakten
gemaakt krijgen krijgt kregen kreeg geven geeft gaf gaven zien ziet zag zagen laten laat liet blijkt
bleek staan staat stond houden hield vinden vindt vond vonden willen wilden weten weet wist denken
aantal deel keer paar mensen iedereen niemand manier soort zaak ding dingen jaar jaren maand maanden
week weken dag dagen uur tijdens daarom waardoor daarbij hierdoor echter vooral ongeveer zeker
misschien eigenlijk gewoon vaak vaker soms weinig minder meest genoeg nodig mogelijk erg zeer heel helemaal
pas al eerder later vroeg vroeger terug verder af vanaf sinds totdat bijvoorbeeld zodra enkele
sommige verschillende twee drie vier vijf zes tien honderd`;

const ENGLISH_GENERIC = `new news good better best bad big large small great first second last next another
go goes went gone come comes came make makes made making get gets getting give gives gave given see
sees saw seen let take takes took taken keep kept find finds found want wanted know knew think
thought look looks looked looking seem seems seemed use used using number part times lot lots people
everyone someone nobody way kind thing things year years month months week weeks day days hour hours
however especially about around certainly perhaps maybe actually often sometimes little less least
enough need needs needed possible really quite whole already earlier later early back further since
example instance several various many much one two three four five ten hundred well like even
still just also yet`;

function folded(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  nl: folded(DUTCH + ' ' + DUTCH_GENERIC),
  en: folded(ENGLISH + ' ' + ENGLISH_GENERIC),
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
