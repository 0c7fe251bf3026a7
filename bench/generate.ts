// Generates a deterministic knowledge base of N campaign files for the benchmark. The text is
// real campaign text: every sentence of the campaigns in lessons/ and eval/data/dev (titles,
// summaries, questions, hypotheses, measures, findings, evidence, recommendations, plans) is
// read at generation time and recombined, seeded, with varied people, places, numbers,
// platforms, occupations, project names and Dutch compounds, so the vocabulary keeps growing
// with the corpus as it does in a real knowledge base. Files are 1–4 KiB, like real ones.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import type { Campaign } from '../src/core/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['lessons', 'eval/data/dev/past', 'eval/data/dev/planned'];
const MIN_BYTES = 1024;
const MAX_BYTES = 4096;

export interface GeneratedFile {
  name: string;
  text: string;
}

type Kind =
  | 'title'
  | 'summary'
  | 'question'
  | 'hypothesis'
  | 'measure'
  | 'finding'
  | 'evidence'
  | 'recommendation'
  | 'plan'
  | 'review';

/** Sentences by the field they were written for, and the slugs real campaigns use. */
interface Pool {
  sentences: Record<Kind, string[]>;
  channels: string[];
  audiences: string[];
  tags: string[];
  /** Content words of the pool (Dutch-looking nouns and others), for compounds. */
  words: string[];
}

const PLACES = `Amsterdam, Rotterdam, Utrecht, Eindhoven, Groningen, Tilburg, Almere, Breda, Nijmegen,
Apeldoorn, Haarlem, Arnhem, Enschede, Amersfoort, Zaanstad, Haarlemmermeer, Zwolle, Leiden, Maastricht,
Dordrecht, Zoetermeer, Ede, Emmen, Westland, Venlo, Delft, Deventer, Leeuwarden, Alkmaar, Sittard, Helmond,
Heerlen, Hilversum, Oss, Amstelveen, Hengelo, Purmerend, Roosendaal, Schiedam, Lelystad, Gouda, Vlaardingen,
Hoorn, Assen, Capelle, Veenendaal, Katwijk, Zeist, Nieuwegein, Roermond, Den Helder, Doetinchem, Spijkenisse,
Middelburg, Vlissingen, Terneuzen, Goes, Harderwijk, Kampen, Meppel, Heerenveen, Sneek, Drachten, Hoogeveen,
Winterswijk, Tiel, Culemborg, Bergen op Zoom, Den Bosch, Alphen aan den Rijn`.split(/,\s*/);
const FIRST = `Anna Bram Chantal Daan Emma Fatima Gijs Hanna Ilse Jeroen Kees Lotte Mohamed Noor Olaf Priya
Quinten Roos Sanne Thijs Umut Vera Wouter Yara Zeynep Bas Eva Finn Iris Joost Lieke Milan Nadia Pieter
Rik Sara Tim Wendy Youssef Ayoub Marloes Dewi Stijn Femke Koen`.split(/\s+/);
const LAST = `de Vries, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters,
Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok,
Jacobs, de Haan, Vermeulen, van den Berg, van der Heijden, Schouten, van Beek, Willems, van Dijk, Hoekstra,
Maas, Verhoeven, Koster, Prins, Blom, Huisman, Peeters, Kuipers, Yilmaz, El Amrani, Bouzid`.split(/,\s*/);
const PLATFORMS = `Hyves Facebook LinkedIn TikTok Instagram Discord WhatsApp Snapchat YouTube Twitter Reddit
Twitch Spotify Indeed Pinterest Telegram Threads Mastodon Signal Teams`.split(/\s+/);
const OCCUPATIONS: Record<'nl' | 'en', string[]> = {
  nl: `monteurs verpleegkundigen chauffeurs leraren docenten technici engineers developers elektriciens
lassers loodgieters installateurs verzorgenden kappers koks beveiligers schoonmakers consultants accountants
apothekersassistenten laboranten data-analisten servicemonteurs buschauffeurs vrachtwagenchauffeurs
onderhoudsmonteurs werkvoorbereiders timmerlieden metselaars schilders operators planners logistiek medewerkers
callcentermedewerkers zorgassistenten doktersassistenten fysiotherapeuten verloskundigen mediamakers`.split(
    /\s+/,
  ),
  en: `mechanics nurses drivers teachers lecturers technicians engineers developers electricians welders
plumbers installers carers hairdressers cooks guards cleaners consultants accountants pharmacists
lab technicians analysts fitters bus drivers truck drivers planners operators carpenters painters
bricklayers dispatchers paramedics midwives physiotherapists designers testers architects`.split(/\s+/),
};

// Syllables of Dutch-looking made-up names (places, villages, products, projects): the long tail
// of proper nouns that makes a real corpus's vocabulary grow with every file.
const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'g',
  'gr',
  'h',
  'k',
  'kl',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'sl',
  'st',
  't',
  'v',
  'w',
  'z',
  'sch',
  'bl',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ui', 'ij', 'ei', 'ou', 'ie'];
const CODAS = ['', 'n', 'r', 'l', 'k', 'm', 's', 't', 'rd', 'ld', 'nk', 'rk', 'ng'];
const PLACE_ENDS = [
  'dam',
  'dorp',
  'veen',
  'hoven',
  'wijk',
  'meer',
  'broek',
  'horst',
  'berg',
  'zijl',
  'rade',
  'sloot',
];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A made-up word for index `n`: the same index always gives the same word. */
function madeUpWord(n: number, syllables: number): string {
  const rnd = prng(n * 7919 + syllables);
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += ONSETS[Math.floor(rnd() * ONSETS.length)]! + VOWELS[Math.floor(rnd() * VOWELS.length)]!;
    if (i === syllables - 1 || rnd() < 0.4) word += CODAS[Math.floor(rnd() * CODAS.length)]!;
  }
  return word;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z"'“(])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12);
}

function loadPool(): Pool {
  const sentences: Record<Kind, string[]> = {
    title: [],
    summary: [],
    question: [],
    hypothesis: [],
    measure: [],
    finding: [],
    evidence: [],
    recommendation: [],
    plan: [],
    review: [],
  };
  const channels = new Set<string>();
  const audiences = new Set<string>();
  const tags = new Set<string>();
  const add = (kind: Kind, text: unknown): void => {
    if (typeof text === 'string')
      sentences[kind].push(...(kind === 'title' ? [text.trim()] : sentencesOf(text)));
  };
  for (const source of SOURCES) {
    const dir = path.join(ROOT, source);
    for (const file of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(file)) continue;
      const c = parse(readFileSync(path.join(dir, file), 'utf8')) as Campaign;
      add('title', c.title);
      add('summary', c.summary);
      add('plan', c.retention.plan);
      for (const slug of c.channels ?? []) channels.add(slug);
      for (const slug of c.audiences ?? []) audiences.add(slug);
      for (const slug of c.tags ?? []) tags.add(slug);
      for (const goal of c.learning_goals ?? []) {
        add('question', goal.question);
        add('hypothesis', goal.hypothesis);
        add('measure', goal.measure);
      }
      const conclusions = [
        ...(c.conclusions ?? []),
        ...(c.reviews ?? []).flatMap((r) => r.conclusions ?? []),
      ];
      for (const conclusion of conclusions) {
        add('finding', conclusion.finding);
        add('evidence', conclusion.evidence);
        add('recommendation', conclusion.recommendation);
      }
      for (const review of c.reviews ?? []) add('review', review.summary);
    }
  }
  const words = new Set<string>();
  for (const list of Object.values(sentences)) {
    for (const sentence of list) {
      for (const word of sentence.toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.add(word);
    }
  }
  return {
    sentences,
    channels: [...channels].sort(),
    audiences: [...audiences].sort(),
    tags: [...tags].sort(),
    words: [...words].sort(),
  };
}

let cachedPool: Pool | undefined;

/** Variations of one campaign's text, drawn from `rnd` and scaled to the size of the corpus. */
class Varier {
  /** Made-up names are drawn log-uniformly from [1, span]: new ones keep appearing as N grows. */
  constructor(
    private readonly rnd: () => number,
    private readonly pool: Pool,
    private readonly span: number,
  ) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)]!;
  }

  private longTail(): number {
    return Math.floor(Math.exp(this.rnd() * Math.log(this.span)));
  }

  place(): string {
    if (this.rnd() < 0.6) return this.pick(PLACES);
    const n = this.longTail();
    return cap(madeUpWord(n, 1 + (n % 2))) + PLACE_ENDS[n % PLACE_ENDS.length]!;
  }

  person(): string {
    const last = this.rnd() < 0.7 ? this.pick(LAST) : cap(madeUpWord(this.longTail() + 100_000, 2));
    return `${this.pick(FIRST)} ${last}`;
  }

  project(): string {
    const n = this.longTail();
    return cap(madeUpWord(n + 200_000, 2 + (n % 2)));
  }

  /** A Dutch compound of two words of the pool (`werving` + `festival`): common in real Dutch text. */
  compound(): string {
    const n = this.longTail();
    const rnd = prng(n + 300_000);
    const words = this.pool.words;
    const head = words[Math.floor(rnd() * words.length)]!;
    const tail = words[Math.floor(rnd() * words.length)]!;
    return head + (rnd() < 0.3 ? 's' : '') + tail;
  }

  date(): string {
    const month = String(1 + Math.floor(this.rnd() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(this.rnd() * 28)).padStart(2, '0');
    return `${2005 + Math.floor(this.rnd() * 22)}-${month}-${day}`;
  }

  number(digits: string): string {
    if (/^(19|20)\d\d$/.test(digits)) return String(2005 + Math.floor(this.rnd() * 22));
    const max = 10 ** digits.length;
    return String(Math.max(1, Math.floor(this.rnd() * max)));
  }

  /** One pool sentence, varied: other numbers, places, platforms, occupations, now and then a new word. */
  vary(sentence: string): string {
    let text = sentence
      .replace(/\b(?:19|20)\d\d-\d\d-\d\d\b/g, () => this.date())
      .replace(/\d+/g, (digits) => this.number(digits));
    text = text.replace(PLACE_PATTERN, () => this.place());
    text = text.replace(PLATFORM_PATTERN, () => this.pick(PLATFORMS));
    text = text.replace(OCCUPATION_PATTERN, (word) => {
      const list = OCCUPATIONS.nl.includes(word.toLowerCase()) ? OCCUPATIONS.nl : OCCUPATIONS.en;
      const other = this.pick(list);
      return word.charAt(0) === word.charAt(0).toUpperCase() ? cap(other) : other;
    });
    const roll = this.rnd();
    if (roll < 0.12) text = text.replace(/\.$/, ` in ${this.place()}.`);
    else if (roll < 0.2) text = text.replace(/\.$/, ` (${this.person()}).`);
    else if (roll < 0.3) {
      // A word of the sentence becomes a compound, as Dutch writers join words freely.
      const words = text.split(' ');
      const at = Math.floor(this.rnd() * words.length);
      if (/^\p{Ll}{5,}$/u.test(words[at]!)) words[at] = this.compound();
      text = words.join(' ');
    }
    return text;
  }

  sentence(kind: Kind): string {
    return this.vary(this.pick(this.pool.sentences[kind]));
  }

  text(kind: Kind, min: number, max: number): string {
    const count = min + Math.floor(this.rnd() * (max - min + 1));
    return Array.from({ length: count }, () => this.sentence(kind)).join(' ');
  }

  some(list: readonly string[], max: number): string[] {
    return [...new Set(Array.from({ length: 1 + Math.floor(this.rnd() * max) }, () => this.pick(list)))];
  }
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACE_PATTERN = new RegExp(`\\b(?:${PLACES.map(escape).join('|')})\\b`, 'g');
const PLATFORM_PATTERN = new RegExp(`\\b(?:${PLATFORMS.map(escape).join('|')})\\b`, 'g');
const OCCUPATION_PATTERN = new RegExp(
  `\\b(?:${[...OCCUPATIONS.nl, ...OCCUPATIONS.en]
    .filter((w) => !w.includes(' '))
    .map(escape)
    .join('|')})\\b`,
  'gi',
);

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-');
}

function campaign(v: Varier, rnd: () => number, pool: Pool, i: number): Record<string, unknown> {
  const year = 2008 + Math.floor(rnd() * 19);
  const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
  const roll = rnd();
  const status = roll < 0.6 ? 'closed' : roll < 0.7 ? 'cancelled' : roll < 0.85 ? 'running' : 'planned';
  const continuous = rnd() < 0.08;
  let title = v.sentence('title');
  if (rnd() < 0.3) title = `${title} — ${v.project()}`;
  if (rnd() < 0.3) title = `${title} ${v.place()}`;
  const id = `${year}-${month}-${slugOf(title) || 'campaign'}-${i}`.slice(0, 100).replace(/-+$/, '');
  const goals = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, g) => ({
    id: `goal-${g + 1}`,
    question: v.sentence('question'),
    ...(rnd() < 0.6 ? { hypothesis: v.sentence('hypothesis') } : {}),
    ...(rnd() < 0.8 ? { measure: v.sentence('measure') } : {}),
  }));
  const conclude = status === 'closed' || status === 'cancelled' ? rnd() < 0.85 : rnd() < 0.15;
  const conclusions = conclude
    ? Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => ({
        goal: v.pick(goals).id,
        finding: v.text('finding', 1, 2),
        level: rnd() < 0.45 ? 'fundamental' : 'execution',
        outcome: v.pick(['confirmed', 'refuted', 'inconclusive']),
        ...(rnd() < 0.8 ? { evidence: v.sentence('evidence') } : {}),
        ...(rnd() < 0.7 ? { recommendation: v.text('recommendation', 1, 2) } : {}),
      }))
    : undefined;
  return {
    id,
    title,
    status,
    ...(continuous ? { mode: 'continuous', review_every_days: 90 } : {}),
    owner: `@user${i % 97}`,
    period: { start: `${year}-${month}-01`, end: `${year}-${month}-28` },
    channels: v.some(pool.channels, 3),
    audiences: v.some(pool.audiences, 3),
    tags: v.some(pool.tags, 4),
    budget: { currency: 'EUR', media: Math.floor(rnd() * 50000), content: Math.floor(rnd() * 10000) },
    summary: v.text('summary', 1, 3),
    learning_goals: goals,
    retention: { owner: '@acme/recruitment', plan: v.sentence('plan'), share_with: ['hr'] },
    ...(conclusions ? { conclusions } : {}),
    ...(continuous ? { reviews: [{ date: `${year}-${month}-20`, summary: v.sentence('review') }] } : {}),
  };
}

const HEADER = '# yaml-language-server: $schema=../schemas/campaign.schema.json\n';

function render(c: Record<string, unknown>): string {
  return HEADER + stringify(c, { lineWidth: 100 });
}

/** Brings a file into 1–4 KiB: drops conclusions and goals beyond the first, or adds summary. */
function fit(c: Record<string, unknown>, v: Varier): string {
  let text = render(c);
  const conclusions = c.conclusions as unknown[] | undefined;
  const goals = c.learning_goals as { id: string }[];
  while (Buffer.byteLength(text) > MAX_BYTES) {
    if (conclusions !== undefined && conclusions.length > 1) conclusions.pop();
    else if (goals.length > 1 && conclusions === undefined) goals.pop();
    else c.summary = String(c.summary).slice(0, Math.max(40, String(c.summary).length / 2));
    text = render(c);
  }
  while (Buffer.byteLength(text) < MIN_BYTES) {
    c.summary = `${String(c.summary)} ${v.sentence('summary')}`;
    text = render(c);
  }
  return text;
}

export function generateKnowledgeBase(count: number, seed = 42): GeneratedFile[] {
  cachedPool ??= loadPool();
  const pool = cachedPool;
  const rnd = prng(seed);
  // The long tail of made-up words spans more names as the corpus grows (Heaps' law).
  const v = new Varier(rnd, pool, Math.max(50, count * 4));
  const files: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    const c = campaign(v, rnd, pool, i);
    files.push({ name: `${String(c.id)}.yaml`, text: fit(c, v) });
  }
  return files;
}
