// Text for a terminal or a CI log. A CI runner obeys a line that starts with `::` (after
// spaces) as a workflow command — `::add-mask::`, `::error::`, `::stop-commands::` — and the
// older `##[command]` anywhere in a line; a terminal obeys escape sequences. Campaign text and
// what people type reach the CLI's output, so both are neutralised before they are printed.

// C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional overrides
// that make text read differently from what it says. Tab and line feed are handled apart.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// The colour codes our own styles write (SGR: ESC [ digits m); nothing else an ESC may start.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/y;

/** A control character as people can read it: `\x1b`, `\r`, `\u202e`. */
function visible(char: string): string {
  if (char === '\r') return '\\r';
  const code = char.codePointAt(0)!;
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One value inside a line of text output: line breaks and tabs become single spaces, so a title
 * can never start a line of its own, and other controls become visible escapes.
 *
 * @example inlineText('Posters\n::error::x') === 'Posters ::error::x'
 */
export function inlineText(value: string): string {
  return value
    .replace(/[\t\n\r\u2028\u2029\u0085]+/g, ' ')
    .replace(CONTROL, visible)
    .trim();
}

/**
 * A whole line of output, made safe for a terminal and a CI log: controls other than tab become
 * visible escapes (our own colour codes stay when `colour` is on), a workflow command at the
 * start becomes `\::…`, and the legacy `##[` becomes `#\#[`.
 */
export function guardLine(line: string, colour = false): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (colour && char === '\u001b') {
      SGR.lastIndex = i;
      const match = SGR.exec(line);
      if (match) {
        out += match[0];
        i += match[0].length - 1;
        continue;
      }
    }
    out += char === '\t' ? char : char.replace(CONTROL, visible);
  }
  // The runner trims leading white space before it looks for `::`; colour codes are not white
  // space to it, but they are skipped here so that a coloured line is judged like a plain one.
  // eslint-disable-next-line no-control-regex
  const lead = /^(?:\s|\u001b\[[0-9;]*m)*/.exec(out)![0];
  if (out.startsWith('::', lead.length)) out = `${lead}\\${out.slice(lead.length)}`;
  return out.replaceAll('##[', '#\\#[');
}

/**
 * JSON text for a CI log: `##[` becomes `#\u0023[`, which parses to the same string, so the
 * JSON contract is unchanged while the runner sees no legacy command. JSON.stringify already
 * escapes every other control character, and its lines never start with `::`.
 */
export function guardJsonText(json: string): string {
  return json.replaceAll('##[', '#\\u0023[');
}
