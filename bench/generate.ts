// Generates a deterministic, varied knowledge base of N campaign files of realistic size
// (Dutch, English and mixed text; every status; goals, conclusions, reviews) for the benchmark.
import { stringify } from 'yaml';

const CHANNELS = [
  'facebook',
  'hyves',
  'linkedin',
  'twitter',
  'outdoor',
  'tram',
  'job-fair',
  'tiktok',
  'instagram',
  'radio',
  'careers-site',
  'referral',
  'discord',
  'podcast',
  'event',
];
const AUDIENCES = [
  'students',
  'trainees',
  'engineers',
  'mbo',
  'hbo',
  'soldiers',
  'young-professionals',
  'nurses',
  'drivers',
  'teachers',
];
const TAGS = [
  'community',
  'employer-branding',
  'stunt',
  'campus',
  'performance',
  'video',
  'content',
  'diversity',
  'regional',
];
const NL = [
  'de community',
  'het werkgeversmerk',
  'studenten',
  'bijbaantjes',
  'de sollicitatie',
  'onze vacatures',
  'de doelgroep',
  'technische trainees',
  'het campagnebudget',
  'de posters',
  'een evenement',
  'de wervingscampagne',
  'continue communicatie',
  'medewerkers',
  'de hogeschool',
];
const EN = [
  'the community',
  'our employer brand',
  'students',
  'side jobs',
  'the application form',
  'our vacancies',
  'the audience',
  'technical trainees',
  'the campaign budget',
  'the posters',
  'an event',
  'the recruitment campaign',
  'continuous communication',
  'employees',
  'the university',
];
const NL_VERB = ['bereikt', 'versterkt', 'trekt', 'activeert', 'overtuigt', 'verliest', 'vergroot'];
const EN_VERB = ['reaches', 'strengthens', 'attracts', 'activates', 'convinces', 'loses', 'grows'];

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

export interface GeneratedFile {
  name: string;
  text: string;
}

export function generateKnowledgeBase(count: number, seed = 42): GeneratedFile[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list))),
  ];
  const sentence = (): string => {
    const lang = rnd();
    if (lang < 0.4)
      return `${cap(pick(NL))} ${pick(NL_VERB)} ${pick(NL)} alleen als ${pick(NL)} centraal staat.`;
    if (lang < 0.8) return `${cap(pick(EN))} ${pick(EN_VERB)} ${pick(EN)} only when ${pick(EN)} is central.`;
    return `${cap(pick(NL))} ${pick(NL_VERB)} ${pick(EN)}, maar ${pick(NL)} needs ${pick(EN)}.`;
  };
  const files: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2008 + Math.floor(rnd() * 19);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const channels = some(CHANNELS, 3);
    const id = `${year}-${month}-${channels[0]}-campaign-${i}`;
    const statusRoll = rnd();
    const status =
      statusRoll < 0.6
        ? 'closed'
        : statusRoll < 0.7
          ? 'cancelled'
          : statusRoll < 0.85
            ? 'running'
            : 'planned';
    const continuous = rnd() < 0.08;
    const goals = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, g) => ({
      id: `goal-${g + 1}`,
      question: sentence(),
      hypothesis: sentence(),
      measure: sentence(),
    }));
    const conclude = status === 'closed' || status === 'cancelled' ? rnd() < 0.85 : rnd() < 0.15;
    const conclusions = conclude
      ? Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => ({
          goal: pick(goals).id,
          finding: sentence(),
          level: rnd() < 0.45 ? 'fundamental' : 'execution',
          outcome: pick(['confirmed', 'refuted', 'inconclusive']),
          evidence: sentence(),
          recommendation: sentence(),
        }))
      : undefined;
    const campaign: Record<string, unknown> = {
      id,
      title: `${cap(pick(NL))} via ${channels[0]} ${i}`,
      status,
      ...(continuous ? { mode: 'continuous', review_every_days: 90 } : {}),
      owner: `@user${i % 97}`,
      period: { start: `${year}-${month}-01`, end: `${year}-${month}-28` },
      channels,
      audiences: some(AUDIENCES, 2),
      tags: some(TAGS, 3),
      budget: { currency: 'EUR', media: Math.floor(rnd() * 50000), content: Math.floor(rnd() * 10000) },
      summary: `${sentence()} ${sentence()}`,
      learning_goals: goals,
      retention: { owner: '@acme/recruitment', plan: sentence(), share_with: ['hr'] },
      ...(conclusions ? { conclusions } : {}),
      ...(continuous ? { reviews: [{ date: `${year}-${month}-20`, summary: sentence() }] } : {}),
    };
    files.push({
      name: `${id}.yaml`,
      text: `# yaml-language-server: $schema=../schemas/campaign.schema.json\n${stringify(campaign, { lineWidth: 100 })}`,
    });
  }
  return files;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
