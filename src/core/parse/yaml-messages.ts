// Rewrites the YAML library's parser errors as sentences for the people who edit campaign
// files: what is probably wrong and how to fix it, never the parser's own jargon.
import type { YAMLError } from 'yaml';

export function yamlErrorMessage(error: YAMLError, text: string): string {
  const offset = error.pos[0];
  const lineText = lineAt(text, offset);
  const close = error.code === 'BAD_INDENT' ? unclosedFlow(error) : undefined;
  if (close) {
    const what = close === ']' ? 'list' : 'mapping';
    return `This ${what} is not closed where YAML expects it: end it with ${close} on this line, or indent every line that continues it.`;
  }
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'This key appears twice in the same mapping; keep one of them.';
    case 'TAB_AS_INDENT':
      return 'Tabs cannot indent YAML; indent with spaces.';
    case 'KEY_OVER_1024_CHARS':
      return 'This key is longer than 1024 characters; a key is a short word.';
  }
  // Most syntax errors in a campaign file are one of a few slips, readable from the line itself.
  return lineAdvice(lineText, text.slice(offset)) ?? codeAdvice(error, text.charAt(offset));
}

/** The slips people make, recognised on the line: an unquoted @, a colon in a text, `key:value`. */
function lineAdvice(lineText: string, rest: string): string | undefined {
  if (rest.startsWith('@') || /^\s*(?:-\s+)?[\w-]+:\s*@/.test(lineText)) return handleAdvice(lineText, rest);
  const entry = KEY_VALUE.exec(lineText);
  if (entry) {
    const [, key, value] = entry as unknown as [string, string, string];
    const first = value.charAt(0);
    // `*`, `&` and `!` start aliases, anchors and tags; followed by a space they are text.
    if (first === '`' || first === '%' || /^[*&!](\s|$)/.test(value)) {
      return `A text that starts with ${first} must be in quotes in YAML: write it ${quoted(key, value)}.`;
    }
    if ((first === '|' || first === '>') && !/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) {
      return `A text that starts with ${first} must be in quotes in YAML (a lone ${first} starts a text on the lines below): write it ${quoted(key, value)}.`;
    }
    if (!/^["'[{]/.test(first) && /:(\s|$)/.test(value.replace(/\s+#.*$/, ''))) {
      return `This text contains a colon followed by a space, which YAML reads as a new key. Put the text in quotes, ${quoted(key, value)}.`;
    }
    if (first === '"' || first === "'") {
      const closing = closingQuote(value);
      if (closing !== undefined && /\S/.test(value.slice(closing + 1).replace(/^\s*#.*$/, ''))) {
        // `'it's fine'` and `"De "beste" campagne"`: the text itself holds the quote.
        const inner = value.length > 1 && value.endsWith(first) ? value.slice(1, -1) : value;
        return `The text goes on after its closing quote. Put the whole text in one pair of quotes, ${quoted(key, inner)}${first === "'" ? "; inside single quotes, write an apostrophe twice (it''s)" : ''}.`;
      }
    }
  }
  const glued = /^\s*(?:-\s+)?([\w-]+):([^\s/:][^#]*?)\s*(?:#.*)?$/.exec(lineText);
  if (glued) {
    return `A key needs a space after its colon: write ${glued[1]}: ${glued[2]}.`;
  }
  return undefined;
}

/** Advice by the parser's error code, for what the line alone does not explain. */
function codeAdvice(error: YAMLError, at: string): string {
  const message = error.message;
  switch (error.code) {
    case 'BAD_INDENT':
      return /sequence/.test(message)
        ? 'The items of one list must all start at the same column: line this - up with the items above it.'
        : 'The keys of one mapping must all start at the same column: line this key up with the keys above it.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /sequence/.test(message)
        ? 'A list cannot stand where a key is expected: indent its - items under their key (like channels: on one line, then   - facebook below it).'
        : 'YAML reads a key inside this value. If the text contains a colon, put it in quotes; otherwise line up the next line with the keys above it.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'YAML expected a key and a colon on this line. Write key: value on one line (with a space after the colon), and indent a text that continues from the line above.';
    case 'MISSING_CHAR':
      if (/closing "?quote/.test(message))
        return 'This text opens a quote but never closes it: add the closing quote at the end of the text.';
      if (/white space/.test(message) && /Comments/.test(message))
        return 'A # starts a comment only after a space: put a space before the #, or put the whole text in quotes if the # belongs to it.';
      if (/Missing ,/.test(message))
        return 'The items between [ ] or { } are separated by commas: add a comma between them.';
      if (/space after :/.test(message))
        return 'Inside { } a key needs a space after its colon, like { start: 2026-03-01 }.';
      if (/without - indicator/.test(message)) return 'Each item of this list needs a - before it.';
      if (/Tags and anchors/.test(message))
        return 'A & or ! mark must be followed by a space. If it is part of the text, put the text in quotes.';
      if (/directives/.test(message))
        return 'A line that starts with % is a YAML directive. Remove it, or put the text in quotes.';
      return 'This line needs a colon after its key: write key: value. If the line continues a text from the line above, indent it or put the text in quotes.';
    case 'UNEXPECTED_TOKEN':
      if (/block-seq-ind on same line/.test(message))
        return 'A list item (- …) cannot follow a key on the same line: put the items on the lines below, indented, or write the list as [a, b]. If the dash is part of a text, put the text in quotes.';
      if (/Block scalar header|Not a YAML token/.test(message))
        return 'After | or > nothing may follow on the same line: start the text on the next line, indented, or put the whole text in quotes.';
      if (/Unexpected , in/.test(message))
        return 'There is a comma too many between [ ] or { }: remove it, or put an empty item in quotes ("").';
      return at.trim()
        ? `YAML did not expect ${quoteChar(at)} here. Check the quotes, colons and brackets on this line, and put a text that contains any of them in quotes.`
        : 'YAML did not expect what follows here. Check the quotes, colons and brackets on this line, and put a text that contains any of them in quotes.';
    case 'BAD_SCALAR_START':
      return `A text that starts with ${at} must be in quotes in YAML: write it like "${at}…".`;
    case 'BAD_ALIAS':
      return 'A value that starts with * or & must be in quotes in YAML (they mark anchors and aliases).';
    case 'BLOCK_IN_FLOW':
      return 'Between { } or [ ] the items are separated by commas and written on one line, like { start: 2026-03-01, end: 2026-06-30 }.';
    case 'BAD_DQ_ESCAPE':
      return 'A backslash in a text in double quotes starts an escape YAML does not know: write \\\\ for a backslash, or use single quotes.';
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'ALIAS_PROPS':
    case 'BAD_PROP_ORDER':
      return 'This value has & or ! marks YAML cannot combine. Remove them, or put the value in quotes.';
    default:
      return 'YAML cannot read this line. Check its indentation, colons, quotes and brackets, and put a text with special characters in quotes.';
  }
}

// `key: value` as people write it, also as the first key of a list item (`- id: reach`).
const KEY_VALUE = /^\s*(?:-\s+)?([\w-]+):\s+(\S.*?)\s*$/;

/** The value in quotes, as an example: double quotes unless the text holds them. */
function quoted(key: string, value: string): string {
  if (value.length > 60) return `like ${key}: "…"`;
  const text = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, '\\\\')}"`;
  return `like ${key}: ${text}`;
}

/** Where the quote that opens `value` closes, or undefined when it does not. */
function closingQuote(value: string): number | undefined {
  const quote = value.charAt(0);
  for (let i = 1; i < value.length; i++) {
    const c = value.charAt(i);
    if (quote === '"' && c === '\\') i++;
    else if (quote === "'" && c === "'" && value.charAt(i + 1) === "'") i++;
    else if (c === quote) return i;
  }
  return undefined;
}

function quoteChar(c: string): string {
  return c === '"' ? "'\"'" : `"${c}"`;
}

const TAG_HINTS: Record<string, string> = {
  '!!int': 'a !!int is a whole number, such as 12',
  '!!float': 'a !!float is a number with a decimal point, such as 1.5',
  '!!bool': 'a !!bool is true or false',
  '!!null': 'a !!null is ~, null or nothing',
};

/**
 * A standard tag on a value that does not fit it, `tagEnd` being where the tag ends.
 * @example tagMismatchMessage('!!float', 'x: !!float 1', 10) // '1 is not a valid !!float value: …'
 */
export function tagMismatchMessage(tag: string, text: string, tagEnd: number): string {
  const value = lineAt(text, tagEnd)
    .slice(tagEnd - (text.lastIndexOf('\n', tagEnd - 1) + 1))
    .replace(/\s+#.*$/, '')
    .trim();
  const hint = TAG_HINTS[tag];
  if (hint) {
    const shown = value === '' ? 'An empty value' : value.length > 40 ? 'This value' : value;
    return `${shown} is not a valid ${tag} value: ${hint}. Change the value, or remove the tag.`;
  }
  const kind = tag === '!!map' ? 'a mapping (key: value lines, or { })' : tag === '!!seq' ? 'a list' : 'text';
  return `The tag ${tag} needs ${kind}, and this value is not one. Remove the tag.`;
}

/**
 * Where a syntax error is best shown. The parser notices an unclosed `[` or `{` only on a
 * later line; the person needs the line where it was opened.
 */
export function yamlErrorOffset(error: YAMLError, text: string): number {
  const offset = error.pos[0];
  if (error.code !== 'BAD_INDENT' || !unclosedFlow(error)) return offset;
  return unclosedFlowStart(text, offset) ?? offset;
}

function unclosedFlow(error: YAMLError): ']' | '}' | undefined {
  return /end with an? ([\]}])/.exec(error.message)?.[1] as ']' | '}' | undefined;
}

/** The last `[` or `{` opened before `end` and not closed, skipping quoted text and comments. */
export function unclosedFlowStart(text: string, end: number): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < Math.min(end, text.length); i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote && quote === "'" && text.charAt(i + 1) === "'") i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) break;
      i = eol;
    } else if ((c === '"' || c === "'") && startsValue(text, i, open.length > 0)) {
      quote = c;
    } else if ((c === '[' || c === '{') && (open.length > 0 || startsValue(text, i, false))) {
      open.push(i);
    } else if ((c === ']' || c === '}') && open.length > 0) {
      open.pop();
    }
  }
  return open[open.length - 1];
}

/** Whether the character at `i` begins a value (so `[` or a quote there is YAML syntax, not text). */
function startsValue(text: string, i: number, inFlow: boolean): boolean {
  let j = i - 1;
  while (j >= 0 && (text.charAt(j) === ' ' || text.charAt(j) === '\t')) j--;
  if (j < 0 || text.charAt(j) === '\n' || text.charAt(j) === '\r') return true;
  const before = text.charAt(j);
  if (before === '-' || before === '?') return j === 0 || /\s/.test(text.charAt(j - 1));
  return before === ':' || (inFlow && (before === ',' || before === '[' || before === '{'));
}

function handleAdvice(lineText: string, rest = ''): string {
  const m = /([\w-]+):\s*(@\S+)/.exec(lineText);
  // In a list (`share_with: [@hr]`) the handle itself is the example.
  const item = /^@[^\s,\]}#]+/.exec(rest)?.[0];
  const example = m ? ` like ${m[1]}: "${m[2]}"` : item ? ` like "${item}"` : ' like owner: "@jdevries"';
  return `A value that starts with @ must be in quotes in YAML: write it${example}.`;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end);
}
