// Escapes text taken from campaign files before it goes into GitHub Flavored Markdown (comments,
// issues, job summaries, the Markdown digest), so a campaign file cannot mention people, link
// issues, inject HTML, or create headings, tables, links or images.

// U+200D ZERO WIDTH JOINER. GitHub links @mentions and #references on the rendered text, after
// backslash escapes are gone, so only a character between the sigil and the name stops them.
const JOINER = '\u200d';

// C0/C1 controls (tab excepted) and the bidirectional overrides that can make text read
// differently from what it says.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// ASCII punctuation that means something inline: emphasis, code, links, images, HTML, entities,
// strikethrough, table pipes. A backslash makes each a literal character (CommonMark §2.4).
const INLINE_SPECIAL = /[\\`*_[\]<>~&!]/g;

/**
 * Escapes one line of text for GitHub Markdown. Line breaks become spaces, so the result can sit
 * in a list item, a heading or a table cell without starting a new block.
 *
 * @example escapeMarkdown('Ask @jdevries about <b>#12</b>') // 'Ask @\u200djdevries about \\<b\\>#\u200d12\\</b\\>'
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ').replace(INVISIBLE, '');
  return (
    line
      .replace(INLINE_SPECIAL, (c) => `\\${c}`)
      // Mentions (@user, @org/team), e-mail autolinks, issue references (#12, owner/repo#12).
      .replace(/[@#]/g, (c) => `${c}${JOINER}`)
      // A pipe as an entity: it can neither split a table cell nor need a backslash that a cell
      // parser might read differently. After the joiners, which would break the entity's #.
      .replace(/\|/g, '&#124;')
      // Extended autolinks: www.example.org and scheme://… must not become links.
      .replace(/\b(www)\./gi, `$1${JOINER}.`)
      .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, `$1${JOINER}:`)
      .replace(/\b(mailto|xmpp):/gi, `$1${JOINER}:`)
      // Block starts still matter when the caller puts the text at the start of a line.
      .replace(/^(\s*)([-+=])(?=\s|$)/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
  );
}

/** Escapes text for one GitHub Markdown table cell: one line, trimmed, never empty. */
export function escapeTableCell(text: string): string {
  const escaped = escapeMarkdown(text).trim();
  return escaped === '' ? ' ' : escaped;
}

/** Shortens text to at most `max` characters (before escaping), ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/**
 * Wraps text in a code span, which GitHub renders literally: no mention, link or HTML. The fence
 * is longer than any run of backticks inside. Not for table cells, where a pipe still splits.
 */
export function codeSpan(text: string): string {
  const line = text.replace(/\r\n?|\n/g, ' ').replace(INVISIBLE, '');
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
