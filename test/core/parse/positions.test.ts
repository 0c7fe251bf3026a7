// Offsets to 1-based line and column: the basis of every problem's position.
import { describe, expect, it } from 'vitest';
import { positionFinder } from '../../../src/core/parse/positions.js';

describe('positionFinder', () => {
  const text = 'id: a\ntitle: b\n\nstatus: c';

  it('is 1-based on the first line', () => {
    expect(positionFinder(text).at(0)).toEqual({ line: 1, column: 1 });
    expect(positionFinder(text).at(4)).toEqual({ line: 1, column: 5 });
  });

  it('counts lines at each newline', () => {
    const at = positionFinder(text);
    expect(at.at(5)).toEqual({ line: 1, column: 6 }); // the newline itself ends line 1
    expect(at.at(6)).toEqual({ line: 2, column: 1 });
    expect(at.at(15)).toEqual({ line: 3, column: 1 }); // an empty line
    expect(at.at(16)).toEqual({ line: 4, column: 1 });
    expect(at.at(24)).toEqual({ line: 4, column: 9 });
  });

  it('clamps offsets outside the text to its ends', () => {
    const at = positionFinder(text);
    expect(at.at(-5)).toEqual({ line: 1, column: 1 });
    expect(at.at(10_000)).toEqual({ line: 4, column: 10 });
  });

  it('handles an empty text and a text without newlines', () => {
    expect(positionFinder('').at(0)).toEqual({ line: 1, column: 1 });
    expect(positionFinder('').at(3)).toEqual({ line: 1, column: 1 });
    expect(positionFinder('abc').at(2)).toEqual({ line: 1, column: 3 });
  });

  it('treats CRLF as one line break (the CR is the last column of its line)', () => {
    const at = positionFinder('a: 1\r\nb: 2\r\n');
    expect(at.at(4)).toEqual({ line: 1, column: 5 });
    expect(at.at(6)).toEqual({ line: 2, column: 1 });
  });

  it('finds positions in a long text (binary search over many lines)', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `line${i}`).join('\n');
    const at = positionFinder(long);
    const offset = long.indexOf('line4321');
    expect(at.at(offset)).toEqual({ line: 4322, column: 1 });
    expect(at.at(offset + 3)).toEqual({ line: 4322, column: 4 });
  });
});
