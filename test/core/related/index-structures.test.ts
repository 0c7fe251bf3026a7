// The compact structures under the index: interned words (found by text range, sealed as the
// corpus vocabulary), the character scanner, and queries that leave the index as it was.
import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, findRelated } from '../../../src/core/related/index.js';
import { HASH_SEED, hashStep, tokenize } from '../../../src/core/related/analysis/tokenize.js';
import { TermAccumulator } from '../../../src/core/related/analysis/term-bag.js';
import { WordTable } from '../../../src/core/related/analysis/word-table.js';
import type { Conclusion } from '../../../src/core/types.js';
import { entry, makeCampaign } from '../make-campaign.js';

function hashOf(text: string, start = 0, end = text.length): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i += 1) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

describe('WordTable', () => {
  it('gives a word one id, whether added as a string or found as a range of a text', () => {
    const words = new WordTable();
    const id = words.add('werkgeversmerk', undefined);
    const text = 'ons werkgeversmerk versterken';
    expect(words.addRange(text, 4, 18, hashOf(text, 4, 18))).toBe(id);
    expect(words.strings[id]).toBe('werkgeversmerk');
    expect(words.id('werkgeversmerk')).toBe(id);
    expect(words.id('werkgevers')).toBeUndefined();
  });

  it('keeps every id through growth of its table', () => {
    const words = new WordTable();
    const ids = Array.from({ length: 20_000 }, (_, i) => words.add(`word${i}`, undefined));
    expect(new Set(ids).size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 997) expect(words.id(`word${i}`)).toBe(ids[i]);
  });

  it('interns a hyphenated word apart from its whole, and knows its pieces until sealed', () => {
    const words = new WordTable();
    const hyphenated = words.add('traineecommunity', ['trainee', 'community']);
    expect(words.isHyphenated(hyphenated)).toBe(true);
    expect(words.strings[words.whole(hyphenated)]).toBe('traineecommunity');
    expect(words.isKnown('trainee')).toBe(true);
    words.seal();
    words.add('nieuwewoord', undefined);
    expect(words.isKnown('nieuwewoord')).toBe(false);
    expect(words.isKnown('community')).toBe(true);
  });

  it('finds a known word that two words make together, without the joined string', () => {
    const words = new WordTable();
    const joined = words.add('werkgeversmerk', undefined);
    const head = words.add('werkgevers', undefined);
    const tail = words.add('merk', undefined);
    const other = words.add('campagne', undefined);
    expect(words.knownJoin(head, tail)).toBe(joined);
    expect(words.knownJoin(tail, head)).toBe(-1);
    expect(words.knownJoin(head, other)).toBe(-1);
    words.seal();
    words.add('werkgeverscampagne', undefined);
    expect(words.knownJoin(head, other)).toBe(-1);
  });
});

describe('the character scanner', () => {
  it('reads letters outside the basic plane as letters and emoji as separators', () => {
    expect(tokenize('𐐀𐐩c team😀werving').map((t) => t.word)).toEqual(['𐐨𐐩c', 'team', 'werving']);
  });

  it('reads compatibility forms as their plain letters (NFKD)', () => {
    expect(tokenize('𝐀𝐁c ½half ﬁnal').map((t) => t.word)).toEqual(['abc', '2half', 'final']);
  });

  it('keeps a sentence end only after a word', () => {
    expect(tokenize('.. Een. . Twee!').map((t) => [t.word, t.sentence])).toEqual([
      ['een', 0],
      ['twee', 1],
    ]);
  });
});

describe('TermAccumulator', () => {
  it('sums per term in the order first added and empties when drained', () => {
    const sums = new TermAccumulator();
    sums.add(5000, 1);
    sums.addAll(Int32Array.of(3, 5000, 3), Float64Array.of(1, 2, 3), 0.5, 0, 3);
    const terms = new Int32Array(2);
    const weights = new Float64Array(2);
    expect(sums.drainTo(terms, weights, 0)).toBe(2);
    expect([...terms]).toEqual([5000, 3]);
    expect([...weights]).toEqual([2, 2]);
    expect(sums.size).toBe(0);
  });
});

describe('queries', () => {
  const finding = (text: string): Conclusion => ({ finding: text, level: 'fundamental', outcome: 'refuted' });
  const lessons = [
    makeCampaign({
      id: 'a-werkgeversmerk',
      status: 'closed',
      title: 'Werkgeversmerk op de campus',
      learning_goals: [{ id: 'g', question: 'Versterkt een werkgeversmerk de werving?' }],
      conclusions: [finding('Het werkgeversmerk hielp pas met een vaste afzender.')],
    }),
    makeCampaign({
      id: 'b-community',
      status: 'closed',
      title: 'Trainee-community op Hyves',
      learning_goals: [{ id: 'g', question: 'Blijft de community actief?' }],
      conclusions: [finding('De community viel stil na de giveaway.')],
    }),
  ];

  it('leave the index as it was: words a query brings never become corpus words', () => {
    const plan = makeCampaign({
      id: 'plan',
      status: 'planned',
      title: 'Werkgevers merk en trainee community',
      learning_goals: [{ id: 'g', question: 'Helpt een merk strategie de community?' }],
    });
    const fresh = findRelated(buildRelatedIndex(lessons.map((lesson) => entry(lesson))), plan);
    expect(fresh.related.length).toBe(2);
    // Another plan writes `merkstrategie` as one word; were it known now, `merk strategie` in the
    // plan would be joined to it and the plan's vector (and scores) would change.
    const index = buildRelatedIndex(lessons.map((lesson) => entry(lesson)));
    const other = 'Een merkstrategie en een werkgeversmerkstrategie';
    findRelated(index, makeCampaign({ ...plan, id: 'other', title: other, summary: other }));
    expect(findRelated(index, plan)).toEqual(fresh);
  });

  it('build the same index from the same campaigns', () => {
    const plan = makeCampaign({ id: 'plan', status: 'planned', title: 'Een community voor trainees' });
    const once = findRelated(buildRelatedIndex(lessons.map((lesson) => entry(lesson))), plan);
    const twice = findRelated(buildRelatedIndex(lessons.map((lesson) => entry(lesson))), plan);
    expect(twice).toEqual(once);
  });
});
