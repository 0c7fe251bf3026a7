// Reasons a person can trust: content words only, at most a few per reason, the same root named
// once, concepts across languages named with both words, and a known pair explained by its topic.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/related/analysis/analyzer.js';
import { buildRelatedIndex, findRelated } from '../../../src/core/related/index.js';
import { rootKeys } from '../../../src/core/related/explain/matched-words.js';
import { SLUGS_PER_REASON, WORDS_PER_REASON } from '../../../src/core/related/explain/reasons.js';
import { isStopWord } from '../../../src/core/related/analysis/stop-words.js';
import { tokenize } from '../../../src/core/related/analysis/tokenize.js';
import type { CampaignEntry, RelatedLesson } from '../../../src/core/types.js';
import { loadKnowledgeBase } from '../../../src/io/load.js';
import { entry, makeCampaign } from '../make-campaign.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const TEXT_REASON = /^similar (goal|topic): (.*)$/;

/** The words a text reason names: `a, b (c)` → [['a'], ['b', 'c']] (the plan's and the lesson's). */
function namedItems(reason: string): string[][] {
  const list = TEXT_REASON.exec(reason)?.[2];
  if (list === undefined) return [];
  return list.split(', ').map((item) => {
    const match = /^(.*) \((.*)\)$/.exec(item);
    return match === null ? [item] : [match[1]!, match[2]!];
  });
}

/**
 * A shown word is a content word: not a stop word in either language. A phrase (`open dag`,
 * `web form`) counts when it has a content word or names a concept of the list as a whole.
 */
function isContent(shown: string): boolean {
  const words = shown.split(/[ -]/);
  if (words.some((word) => !isStopWord(word, 'nl') && !isStopWord(word, 'en'))) return true;
  const analyzer = createAnalyzer(new Set());
  let concept = false;
  for (const language of ['nl', 'en'] as const) {
    analyzer.analyze(tokenize(shown), language, (term) => (concept ||= term.startsWith('~')));
  }
  return words.length > 1 && concept;
}

function checkReasons(lessons: readonly RelatedLesson[]): void {
  for (const lesson of lessons) {
    const items: string[][] = [];
    for (const reason of lesson.reasons) {
      const named = namedItems(reason);
      if (named.length > 0) {
        expect(named.length, reason).toBeLessThanOrEqual(WORDS_PER_REASON);
        for (const shown of named.flat()) {
          expect(isContent(shown), `${shown} in "${reason}"`).toBe(true);
          if (!shown.includes(' '))
            expect(isStopWord(shown, 'nl') || isStopWord(shown, 'en'), shown).toBe(false);
        }
        items.push(...named);
      } else if (
        /^(same channel|shared audience|shared tag|similar channel|similar audience): /.test(reason)
      ) {
        expect(reason.split(': ')[1]!.split(', ').length, reason).toBeLessThanOrEqual(SLUGS_PER_REASON);
      }
    }
    // Words of one root are named once over all the text reasons of a lesson.
    const roots = items.map((item) => item[0]!.replace(/[ -]/g, '').slice(0, 5));
    expect(new Set(roots).size, lesson.reasons.join('; ')).toBe(roots.length);
  }
}

describe('reasons on the example knowledge base', () => {
  let entries: CampaignEntry[];
  beforeAll(async () => {
    entries = (await loadKnowledgeBase('lessons', { cwd: root, today: '2027-01-01' })).entries;
  });

  it('name only content words, a few per reason, each root once', () => {
    const index = buildRelatedIndex(entries);
    const plans = entries.filter((e) => e.campaign.status === 'planned' || e.campaign.status === 'running');
    expect(plans.length).toBeGreaterThan(3);
    let reasons = 0;
    for (const plan of plans) {
      const related = findRelated(index, plan.campaign).related;
      checkReasons(related);
      reasons += related.reduce(
        (n, lesson) => n + lesson.reasons.filter((r) => TEXT_REASON.test(r)).length,
        0,
      );
    }
    expect(reasons).toBeGreaterThan(10);
  });

  it('explain the VR submarine by the follow-up of the 2014 submarine, not by filler', () => {
    const index = buildRelatedIndex(entries);
    const plan = entries.find((e) => e.campaign.id === '2027-09-wereldhavendagen-vr-onderzeeer')!.campaign;
    const lesson = findRelated(index, plan).related.find(
      (l) => l.id === '2014-09-mis-de-boot-niet-onderzeeer',
    );
    expect(lesson).toBeDefined();
    const goal = lesson!.reasons.find((reason) => reason.startsWith('similar goal: '));
    expect(goal).toMatch(/opvolg/);
    for (const filler of ['binnen', 'korte', 'open', 'real', 'weekend']) {
      expect(lesson!.reasons.join('; ')).not.toMatch(new RegExp(`[:,] ${filler}(,|;|$| \\()`));
    }
  });
});

describe('text reasons', () => {
  const lesson = makeCampaign({
    id: '2021-05-whatsapp-drivers',
    title: 'Applying through WhatsApp for bus drivers',
    status: 'closed',
    channels: ['whatsapp'],
    audiences: ['drivers'],
    summary: 'Candidates could apply by sending one message; recruiters called them back.',
    learning_goals: [{ id: 'threshold', question: 'Do more applicants apply without the web form?' }],
    conclusions: [
      {
        finding: 'Applications doubled, but the follow-up could not keep up within a week.',
        level: 'fundamental',
        outcome: 'refuted',
        recommendation: 'Plan recruiter hours for the follow-up before you lower the threshold.',
      },
    ],
  });
  const plan = makeCampaign({
    id: '2027-03-whatsapp-zorg',
    title: 'Solliciteren via WhatsApp voor verpleegkundigen',
    status: 'planned',
    channels: ['whatsapp'],
    audiences: ['nurses'],
    summary: 'Kandidaten sturen een bericht en het team werving neemt binnen korte tijd contact op.',
    learning_goals: [
      {
        id: 'drempel',
        question:
          'Solliciteert een verpleegkundige sneller zonder formulier, en blijven er meer sollicitanten over?',
      },
    ],
  });

  it('name a concept matched across languages with both words, once per root', () => {
    const [found] = findRelated(buildRelatedIndex([entry(lesson)]), plan).related;
    expect(found).toBeDefined();
    expect(found!.reasons.slice(0, 2)).toEqual([
      'same fundamental question: is the application process, not the reach, what holds people back?',
      'same channel: whatsapp',
    ]);
    const goal = found!.reasons.find((reason) => reason.startsWith('similar goal: '))!;
    // `formulier` is the lesson's (web) `form`; `solliciteert` and `sollicitanten` are one root.
    expect(goal).toMatch(/formulier \((web )?form\)/);
    expect(goal.match(/sollicit/g)?.length ?? 0).toBeLessThanOrEqual(1);
    checkReasons([found!]);
    // Filler of the plan (`binnen`, `korte`, `tijd`) is never a reason.
    expect(found!.reasons.join('; ')).not.toMatch(/binnen|korte|tijd/);
  });

  it('does not repeat a shared slug as a matching word', () => {
    const withAudience = makeCampaign({ ...plan, audiences: ['drivers'] });
    const [found] = findRelated(buildRelatedIndex([entry(lesson)]), withAudience).related;
    expect(found!.reasons).toContain('shared audience: drivers');
    for (const reason of found!.reasons.filter((r) => TEXT_REASON.test(r))) {
      expect(reason).not.toMatch(/driver|whatsapp/);
    }
  });

  it('treats inflections and the two languages of a root as one', () => {
    expect(rootKeys('sollicitanten')[0]).toBe(rootKeys('solliciteert')[0]);
    expect(rootKeys('posting')).toEqual(expect.arrayContaining([rootKeys('posts')[1]!]));
  });
});
