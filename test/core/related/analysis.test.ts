// Text analysis of the related-lessons engine: folding, tokens, stop words, languages, stems,
// the bilingual concept list, compounds and hyphens.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/related/analysis/analyzer.js';
import { splitCompound } from '../../../src/core/related/analysis/compounds.js';
import { conceptLookup } from '../../../src/core/related/analysis/concepts.js';
import type { Language } from '../../../src/core/related/analysis/language.js';
import { wordForms } from '../../../src/core/related/analysis/stem.js';
import { isStopWord } from '../../../src/core/related/analysis/stop-words.js';
import { tokenize } from '../../../src/core/related/analysis/tokenize.js';

/** The terms of a text as the index sees them, with their summed weights. */
function terms(
  text: string,
  fallback: Language = 'en',
  vocabulary: readonly string[] = [],
): Map<string, number> {
  const found = new Map<string, number>();
  createAnalyzer(new Set(vocabulary)).analyze(tokenize(text), fallback, (term, weight) =>
    found.set(term, (found.get(term) ?? 0) + weight),
  );
  return found;
}

function shared(a: Map<string, number>, b: Map<string, number>): string[] {
  return [...a.keys()].filter((term) => b.has(term)).sort();
}

describe('tokenize', () => {
  it('keeps hyphenated words whole and in parts, and drops numbers and web addresses', () => {
    const tokens = tokenize('Trainee-community op Hyves: 1.200 leden via www.example.nl/werk');
    expect(tokens.map((t) => t.word)).toEqual(['traineecommunity', 'op', 'hyves', 'leden', 'via']);
    expect(tokens[0]!.parts).toEqual(['trainee', 'community']);
  });

  it('drops a web address with subdomains and single letters', () => {
    expect(tokenize('Site (werkenbij.acme.example.nl) voor TU/e en e-sports').map((t) => t.word)).toEqual([
      'site',
      'voor',
      'tu',
      'en',
      'esports',
    ]);
  });

  it('joins a Dutch suffix after an abbreviation and drops apostrophes', () => {
    expect(tokenize("mbo-ers en foto's").map((t) => [t.word, t.parts])).toEqual([
      ['mboers', undefined],
      ['en', undefined],
      ['fotos', undefined],
    ]);
  });

  it('numbers sentences so each can be in its own language', () => {
    expect(tokenize('One sentence. Nog een zin!').map((t) => t.sentence)).toEqual([0, 0, 1, 1, 1]);
  });
});

describe('stop words', () => {
  it('drops function words of both languages', () => {
    expect(isStopWord('de', 'nl')).toBe(true);
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('the', 'nl')).toBe(true);
    expect(isStopWord('community', 'nl')).toBe(false);
  });

  it('drops generic adverbs, prepositions, adjectives, verbs and time words of both languages', () => {
    const generic =
      'binnen buiten kort korte lang open echt real very many nieuwe goed good week weekend minstens';
    for (const word of generic.split(' ')) {
      expect(isStopWord(word, 'nl'), word).toBe(true);
      expect(isStopWord(word, 'en'), word).toBe(true);
    }
    for (const word of ['sollicitanten', 'community', 'formulier', 'giveaway', 'opvolging']) {
      expect(isStopWord(word, 'nl'), word).toBe(false);
    }
  });

  it('keeps a phrase of the concept list whose words are generic', () => {
    expect(terms('Een open dag in de werkplaats', 'nl').has('~open day')).toBe(true);
    expect(terms('Een open dag in de werkplaats', 'nl').has(wordForms('open', 'nl')[0]!)).toBe(false);
  });

  it('keeps a Dutch function word that is an English content word in English text', () => {
    expect(isStopWord('door', 'nl')).toBe(true);
    expect(isStopWord('door', 'en')).toBe(false);
  });

  it('gives a text without content words no terms', () => {
    expect(terms('Het is wat het is, and that is that.').size).toBe(0);
  });
});

describe('language and stems', () => {
  it('tells Dutch from English by function words', () => {
    const analyzer = createAnalyzer(new Set());
    expect(analyzer.languageOf([tokenize('De studenten worden lid van de community')])).toBe('nl');
    expect(analyzer.languageOf([tokenize('The students join the community when it is active')])).toBe('en');
    expect(analyzer.languageOf([tokenize('Hyves community')])).toBeUndefined();
  });

  it('stems with Snowball per language, so inflections meet', () => {
    expect(wordForms('studenten', 'nl')[0]).toBe(wordForms('students', 'en')[0]);
    expect(wordForms('campagnes', 'nl')[0]).toBe(wordForms('campagne', 'nl')[0]);
    expect(wordForms('recruiters', 'en')[0]).toBe(wordForms('recruiter', 'en')[0]);
  });

  it('brings an English loanword in a Dutch sentence to the same term as in English text', () => {
    const dutch = terms('Wij bouwen een community voor trainees.');
    const english = terms('We build communities for our trainees.');
    expect(shared(dutch, english)).toEqual(expect.arrayContaining([wordForms('communities', 'en')[0]!]));
  });

  it('stems a mixed text per sentence', () => {
    // `stage` is an internship in the Dutch sentence and a phase in the English one.
    const mixed = terms('This is the first stage of the plan. Wij zoeken een stage voor studenten.');
    expect(mixed.get('~internship')).toBe(1);
  });
});

describe('concepts', () => {
  it('joins Dutch and English words of the same meaning', () => {
    const pairs: [string, string][] = [
      ['Een actieve gemeenschap van leden', 'An active community of members'],
      ['Wervingscampagne voor vacatures', 'Recruitment of vacancies'],
      ['Een bijbaantje voor studenten', 'A side job for students'],
      ['Stageplekken voor het mbo', 'Internships for technicians'],
      ['Ons werkgeversmerk versterken', 'Strengthen our employer brand'],
    ];
    for (const [dutch, english] of pairs) {
      const common = shared(terms(dutch, 'nl'), terms(english, 'en')).filter((t) => t.startsWith('~'));
      expect(common.length, `${dutch} / ${english}`).toBeGreaterThan(0);
    }
    expect(shared(terms('Een gemeenschap', 'nl'), terms('A community', 'en'))).toContain('~community');
    expect(shared(terms('vacatures', 'nl'), terms('vacancies', 'en'))).toContain('~vacancy');
    expect(shared(terms('bijbaan', 'nl'), terms('side jobs', 'en'))).toContain('~side job');
  });

  it('does not read an English `stage` as an internship', () => {
    expect(terms('The project reached its final stage.', 'en').has('~internship')).toBe(false);
    expect(terms('Een stage bij ons bedrijf.', 'nl').has('~internship')).toBe(true);
  });

  it('keeps words that one English stem would merge in their own concepts', () => {
    expect(conceptLookup().ofWord('internal', wordForms('internal', 'en'), 'en')).not.toContain(
      '~internship',
    );
    expect(conceptLookup().ofWord('international', wordForms('international', 'en'), 'en')).toEqual([
      '~international',
    ]);
  });
});

describe('compounds', () => {
  const known =
    (...words: string[]) =>
    (word: string) =>
      words.includes(word);

  it('splits a compound into known words, with or without a linking s', () => {
    expect(splitCompound('werkgeversmerk', known('werkgevers', 'merk'))).toEqual(['werkgevers', 'merk']);
    expect(splitCompound('wervingscampagne', known('werving', 'campagne'))).toEqual(['werving', 'campagne']);
    expect(splitCompound('contentbudget', known('content', 'budget'))).toEqual(['content', 'budget']);
    // The head may itself be a compound once.
    expect(splitCompound('contentbudgetplan', known('content', 'budget', 'plan'))).toEqual([
      'content',
      'budget',
      'plan',
    ]);
  });

  it('does not cut words into unknown or too short parts', () => {
    expect(splitCompound('recruitment', known('recruit'))).toBeUndefined();
    expect(splitCompound('bijbaan', known('bij', 'baan'))).toBeUndefined();
  });

  it('matches a compound and the same words written apart, both ways', () => {
    const vocabulary = ['werkgeversmerk', 'werkgevers', 'merk'];
    const compound = terms('Het werkgeversmerk versterken', 'nl', vocabulary);
    const apart = terms('Het werkgevers merk versterken', 'nl', vocabulary);
    expect(shared(compound, apart)).toEqual(
      expect.arrayContaining([wordForms('werkgeversmerk', 'nl')[0]!, wordForms('merk', 'nl')[0]!]),
    );
  });

  it('matches a hyphenated word and its parts', () => {
    const hyphenated = terms('Een trainee-community starten', 'nl');
    const apart = terms('A community for each trainee', 'en');
    expect(shared(hyphenated, apart)).toEqual(expect.arrayContaining(['~community', '~trainee']));
    expect(terms('traineecommunity', 'nl').has(wordForms('traineecommunity', 'nl')[0]!)).toBe(true);
    expect(hyphenated.has(wordForms('traineecommunity', 'nl')[0]!)).toBe(true);
  });
});
