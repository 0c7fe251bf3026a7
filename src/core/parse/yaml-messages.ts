// Rewrites the YAML library's parser errors as sentences for the people who edit campaign
// files, keeping the parser's own words only where no better advice exists.
import type { YAMLError } from 'yaml';

export function yamlErrorMessage(error: YAMLError, text: string): string {
  const offset = error.pos[0];
  const lineText = lineAt(text, offset);
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
      return `${firstSentence(error.message)} Check the indentation and punctuation on this line.`;
    case 'BAD_SCALAR_START':
      if (text.charAt(offset) === '@' || /:\s*@/.test(lineText)) return handleAdvice(lineText);
      return `${firstSentence(error.message)} Put the value in quotes.`;
    case 'KEY_OVER_1024_CHARS':
      return 'This key is longer than 1024 characters; a key is a short word.';
    default:
      return `${firstSentence(error.message)}.`;
  }
}

function handleAdvice(lineText: string): string {
  const m = /([\w-]+):\s*(@\S+)/.exec(lineText);
  const example = m ? ` like ${m[1]}: "${m[2]}"` : ' like owner: "@jdevries"';
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
