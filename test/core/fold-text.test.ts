// The one fold every comparison uses: the ranking, the report's search and new ids.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/fold-text.js';

describe('foldText', () => {
  it('lower-cases and strips diacritics and ligatures', () => {
    expect(foldText('Één Café, onderzeeër; Straße, Ĳsselmeer, Łódź')).toBe(
      'een cafe, onderzeeer; strasse, ijsselmeer, lodz',
    );
  });

  it('lowers compatibility forms after decomposing them', () => {
    expect(foldText('𝐀𝐁C ﬁnal')).toBe('abc final');
  });

  it('leaves plain ASCII as lower case only', () => {
    expect(foldText('Trainee-Community!')).toBe('trainee-community!');
  });
});
