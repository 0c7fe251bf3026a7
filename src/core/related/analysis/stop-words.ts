// Function words and generic words of Dutch and English, folded. They carry no topic, so they
// neither match nor count, and they never appear in a reason; they are also the evidence that
// tells which language a sentence is in.
import type { Language } from './language.js';

// Articles, pronouns, prepositions, conjunctions, auxiliaries: the skeleton of a sentence.
const DUTCH = `aan al alle alleen als alles altijd andere ben bij bijna daar daarna dan dat de deze die dit
doch doen door dus een eens eigen en er even ge geen geweest haar had heb hebben heeft hem het hier hij
hoe hun iemand iets ik in is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn moet na naar
niet niets nog nu of om omdat onder ons onze ook op over reeds te tegen toch toen tot u uit uw van veel
voor want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou
zoals zodat waar waarom welke wanneer hen hunne nooit steeds telkens tussen via per elk elke ieder iedere
beide mee hadden zullen zouden moeten konden mogen mocht werden geworden zei jullie julie mag moest
moesten wilde wilden kunt zult zouden welk zulk zulke dezelfde hetzelfde wiens wier dien binnen buiten
boven beneden achter naast langs rond rondom tegenover volgens dankzij ondanks behalve vanwege wegens
omtrent nabij richting nadat voordat terwijl hoewel indien mits tenzij zowel noch alsof daarvoor daardoor
daarmee daarvan daarop daarin daaraan daaruit daarbij daarover daartoe hierna hiervoor hiermee hiervan
hierop hierin hierbij hierover waarin waarop waarmee waarvan waarbij waarna waarover waaruit erop erin
ermee ervan erbij eraan ervoor erna erdoor eruit erover ergens nergens overal elders heen toe neer
weg hierdoor waardoor daarom zelfs`;

const ENGLISH = `a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves also get got let may might must shall us via per every each whether within without
upon onto cant dont wont isnt doesnt didnt inside outside beside besides beyond across along among
amongst toward towards despite except throughout till unless although though whereas whilst either
neither hence thus therefore whose whatever whoever whichever wherever whenever anyone anybody anything
everybody everything somebody something nothing none itself lets weve theyre theyve youre ive im arent
wasnt werent hasnt havent hadnt wouldnt couldnt shouldnt vs versus etc eg ie`;

// Generic words: common verbs, adjectives, adverbs, numbers and time words that occur in any
// campaign text. In a corpus where one language is the minority its generic words would look
// rare, and rare words weigh heavily; they say nothing about the topic, so they go too.
const DUTCH_GENERIC = `nieuw nieuwe nieuws goed goede beter betere beste slecht slechte slechter groot grote
groter grootste klein kleine kleiner kleinste eerst eerste tweede derde vierde vijfde laatste ander
gaan gaat ging gingen gegaan komen komt kwam kwamen gekomen maken maakt maakte maakten gemaakt krijgen
krijgt kregen kreeg gekregen geven geeft gaf gaven gegeven zien ziet zag zagen gezien laten laat liet
lieten gelaten blijkt bleek bleken gebleken lijkt leek leken staan staat stond stonden gestaan houden
houdt hield hielden gehouden vinden vindt vond vonden gevonden willen weten weet wist wisten denken denkt
dacht dachten zeggen zegt zeiden gezegd nemen neemt nam namen genomen brengen brengt bracht brachten
gebracht liggen ligt lag lagen zitten zit zat zaten hoeven hoeft hoefde proberen probeert probeerde
probeerden geprobeerd kijken kijkt keek keken gekeken zetten zet zette gezet leggen legt legde
leidt leidde leidden geleid betekent betekende noemen noemt noemde noemden genoemd tonen toont toonde
toonden getoond stelt stelde stelden kennen kent kende beginnen begint begon begonnen gebeurt gebeurde
gebeurd lukt lukte lukten gelukt heet heette doet deed deden gedaan ga gaan kom maak werkt werkte werkten
aantal deel keer paar mensen iedereen niemand manier soort zaak ding dingen stuk stukken geval
gevallen gevolg reden redenen punt punten bedrijf bedrijven organisatie organisaties project projecten kant vorm rest helft procent percentage totaal gemiddeld
gemiddelde resultaat resultaten doel doelen hypothese conclusie conclusies uitkomst
jaar jaren maand maanden week weken weekend weekenden dag dagen uur minuut minuten tijd tijden moment
momenten periode ochtend middag avond avonden nacht maandag dinsdag woensdag donderdag vrijdag
zaterdag zondag januari februari maart april mei juni juli augustus september oktober november
december voorjaar zomer najaar herfst winter vandaag morgen gisteren begin eind einde
tijdens daarbij echter vooral ongeveer circa zeker misschien wellicht waarschijnlijk natuurlijk uiteraard
inderdaad eigenlijk gewoon helaas gelukkig bovendien daarnaast verder tevens eveneens anders samen apart
vaak vaker soms meestal weinig minder minst meest meeste genoeg nodig mogelijk mogelijke erg zeer heel
hele helemaal pas eerder later vroeg vroeger terug af vanaf sinds totdat bijvoorbeeld zodra enkele enige
sommige meerdere verschillende diverse vele overige weer opnieuw alweer nogal tamelijk redelijk
behoorlijk flink enorm enorme echt echte echter vrij juist net slechts ruim precies nauwelijks
inmiddels intussen ondertussen voortaan destijds nog steeds lang lange langer langere kort korte korter
kortere hoog hoge hoger laag lage lager vol volle leeg open dicht gewone normaal normale algemeen
algemene bepaald bepaalde duidelijk duidelijke belangrijk belangrijke belangrijkste vast vaste extra
verkeerd verkeerde juiste sterk sterke zwak zwakke makkelijk makkelijker moeilijk moeilijker lastig
lastige simpel eenvoudig eenvoudige mooi mooie leuk leuke prima handig groot echt oud oude zelfde
goede hetzelfde ene twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig
vijftig zestig honderd honderden duizend duizenden miljoen minstens tenminste hooguit maximaal minimaal mis missen gemist
hoeveel zoveel evenveel geef houd neem breng zie gebruik gebruikt gebruiken leveren levert leverde
leverden opleveren oplevert werken start starten startte gestart nummer nummers seconde seconden url
urls campagne campagnes bedoeld bedoelt bedoelen vergeleken vergelijken genereren genereert voeren
voert voerde trekken trekt trok bekijken bekijkt bouwen bouwt bouwde km euro eur`;

const ENGLISH_GENERIC = `new news good better best bad worse worst big bigger biggest large larger largest
small smaller smallest great first second third fourth fifth last next another previous final current
recent go goes went gone going come comes came coming make makes made making get gets getting give
gives gave given giving see sees saw seen seeing take takes took taken taking keep keeps kept keeping
find finds found want wants wanted know knows knew known think thinks thought look looks looked looking
seem seems seemed become becomes became say says said tell tells told put puts try tries tried trying
mean means meant turn turns turned lead leads led bring brings brought hold holds held set sets
happen happens happened include includes included including cause causes caused result results
resulted use uses used using show shows showed shown does did done doing
number numbers part parts lot lots people person everyone someone nobody way ways kind sort type thing
things point points place places rest half percent percentage total average fact example instance
reason reasons goal goals hypothesis conclusion conclusions outcome stuff company companies
organisation organisations organization organizations project projects start starts started
starting seconds url urls campaign campaigns works worked km euro eur
year years month months week weeks weekend weekends day days hour hours minute minutes time times
moment moments period morning mornings afternoon evening evenings night nights monday tuesday
wednesday thursday friday saturday sunday january february march april june july august september
october november december spring summer autumn winter today tomorrow yesterday
however especially around certainly perhaps maybe probably actually basically simply clearly indeed
often sometimes usually always never ever soon little less least enough need needs needed possible
really quite rather whole already earlier later early late back ahead instead together apart away
else elsewhere everywhere anywhere somewhere nowhere since example several various many much
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty
hundred hundreds thousand thousands million well like even still just also yet almost nearly
approximately roughly exactly mostly mainly largely again once twice per cent
long longer longest short shorter shortest high higher highest low lower lowest full open real true
right wrong main major minor important clear simple easy easier hard harder difficult likely able sure
certain entire single typical common general specific particular actual extra nice strong weak huge
very old same different own other others`;

function folded(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word !== ''));
}

const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  nl: folded(DUTCH + ' ' + DUTCH_GENERIC),
  en: folded(ENGLISH + ' ' + ENGLISH_GENERIC),
};

// Words on one language's list that are content words in the other: `door` and `die` are Dutch
// function words but English nouns/verbs, `been` is an English auxiliary but a Dutch noun (leg),
// `kind` is a generic English word but a Dutch noun (child).
const CONTENT_WORD_IN: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['door', 'die', 'want', 'men', 'hoe']),
  nl: new Set(['been', 'have', 'most', 'kind', 'made', 'gave']),
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
