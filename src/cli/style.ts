// Terminal colours for the core's text renderers: only on a terminal, never with NO_COLOR.
import { PLAIN, type TextStyle } from '../core/render/text-style.js';

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function terminalStyle(colour: boolean): TextStyle {
  if (!colour) return PLAIN;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}
