// Tells Dutch from English by counting function words: robust for the short, mixed texts of a
// campaign file, and it needs no model. Undecided text takes the language of its surroundings.
import { countStopWords } from './stop-words.js';

export type Language = 'nl' | 'en';

/** The language whose function words occur more often in `words`, or undefined on a tie. */
export function detectLanguage(words: readonly string[]): Language | undefined {
  const dutch = countStopWords(words, 'nl');
  const english = countStopWords(words, 'en');
  if (dutch > english) return 'nl';
  if (english > dutch) return 'en';
  return undefined;
}
