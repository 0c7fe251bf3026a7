// Rewrites the YAML library's parser errors as sentences for the people who edit campaign
// files, keeping the parser's own words only where no better advice exists.
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
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (/^\s*-?\s*[\w-]+:\s*@/.test(lineText)) return handleAdvice(lineText);
      return `${firstSentence(error.message)}. Check the indentation and punctuation on this line.`;
    case 'BAD_SCALAR_START':
      if (text.charAt(offset) === '@' || /:\s*@/.test(lineText))
        return handleAdvice(lineText, text.slice(offset));
      return `${firstSentence(error.message)}. Put the value in quotes.`;
    case 'KEY_OVER_1024_CHARS':
      return 'This key is longer than 1024 characters; a key is a short word.';
    default:
      return `${firstSentence(error.message)}.`;
  }
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

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
