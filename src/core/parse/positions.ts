// Turns character offsets into 1-based line and column, building the line index only when a
// problem actually needs a position (most files have none, and validation must stay fast).
import type { Position } from '../types.js';

export interface PositionFinder {
  at(offset: number): Position;
}

export function positionFinder(text: string): PositionFinder {
  let starts: number[] | undefined;
  return {
    at(offset: number): Position {
      if (!starts) {
        starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      }
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: o - (starts[lo] as number) + 1 };
    },
  };
}
