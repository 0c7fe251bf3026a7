// Ids derived from what people type, in Dutch or English.
import { describe, expect, it } from 'vitest';
import { campaignId, goalIds, slugify } from '../../../src/core/scaffold/slug.js';

describe('slugify', () => {
  it('folds diacritics and special letters and joins words with single hyphens', () => {
    expect(slugify('Één stad — één baan!')).toBe('een-stad-een-baan');
    expect(slugify('Straße, Øresund & Łódź')).toBe('strasse-oresund-lodz');
    expect(slugify('  --Hyves!!  ')).toBe('hyves');
    expect(slugify('日本')).toBe('');
  });

  it('cuts long text at a hyphen within the limit', () => {
    expect(slugify('trainee community on hyves', 20)).toBe('trainee-community-on');
    expect(slugify('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghij');
  });
});

describe('campaignId', () => {
  it('is YYYY-MM of the start and the slug of the title, at most 100 characters', () => {
    expect(campaignId('Tram & bus posters', '2027-03-01')).toBe('2027-03-tram-bus-posters');
    expect(campaignId('???', '2027-03-01')).toBe('2027-03-campaign');
    const long = campaignId('word '.repeat(50), '2027-03-01');
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^2027-03-word(-word)+$/);
  });
});

describe('goalIds', () => {
  it('keeps the first meaningful words, unique within the campaign', () => {
    expect(
      goalIds([
        'Do we reach technical students through a Hyves community?',
        'Bereiken we technische studenten via Hyves?',
        'Do we reach technical students?',
        '???',
      ]),
    ).toEqual([
      'reach-technical-students',
      'bereiken-technische-studenten',
      'reach-technical-students-2',
      'goal-4',
    ]);
  });
});
