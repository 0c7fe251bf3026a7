// Text from campaign files, escaped for GitHub Markdown: whatever it says, it renders as the same
// words and nothing else — no mention, reference, HTML, heading, table, link or image.
import { describe, expect, it } from 'vitest';
import { clip, codeSpan, escapeMarkdown, escapeTableCell } from '../../src/core/render/escape-markdown.js';

const ZWJ = '\u200d';

// Undoes the escaping as GitHub's renderer would (backslash escapes, the pipe entity, the joiner),
// to check that the reader sees the original words.
function rendered(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#124;/g, '|')
    .replaceAll(ZWJ, '');
}

describe('escapeMarkdown', () => {
  const hostile = [
    'Ask @jdevries and @acme/recruitment',
    'mail jan@example.org',
    'see #12 and acme/careers#34',
    '<img src=x onerror=alert(1)> <script>alert(1)</script> <!-- hidden -->',
    '# Heading',
    '## Heading too',
    '| a | b |',
    '[click](https://evil.example) ![pixel](https://evil.example/p.png)',
    '<https://evil.example> https://evil.example www.evil.example mailto:x@y.z',
    '**bold** _em_ ~~gone~~ `code`',
    '> quote',
    '- item',
    '+ item',
    '1. item',
    '2) item',
    '&lt;b&gt; &amp;',
    'back\\slash \\@me',
  ];

  it.each(hostile)('keeps the words of %j and nothing more', (text) => {
    const escaped = escapeMarkdown(text);
    expect(rendered(escaped)).toBe(text);
    // The pipe entity is the escaping's own; everything else must be inert.
    const rest = escaped.replaceAll('&#124;', '');
    expect(rest).not.toMatch(/@(?!\u200d)/);
    expect(rest).not.toMatch(/#(?!\u200d)/);
    expect(rest).not.toMatch(/(?<!\\)[<>[\]|`*_~!&]/);
    expect(rest).not.toMatch(/https?:\/\//);
    expect(rest).not.toMatch(/www\./);
    expect(rest).not.toMatch(/^\s*([-+]|\d+[.)])\s/);
  });

  it('puts a line on one line, so it cannot start a block', () => {
    expect(escapeMarkdown('first\n# second\r\n| third |')).toBe(`first #${ZWJ} second &#124; third &#124;`);
  });

  it('drops control characters and direction overrides', () => {
    expect(escapeMarkdown('a\u0000b\u202ec\u2066d\te')).toBe('abcd\te');
  });

  it('leaves ordinary prose readable', () => {
    expect(escapeMarkdown('De community groeide alleen tijdens de giveaway (1,200 leden).')).toBe(
      'De community groeide alleen tijdens de giveaway (1,200 leden).',
    );
  });
});

describe('escapeTableCell', () => {
  it('cannot split a cell or end a row', () => {
    const cell = escapeTableCell(' a | b \n| c ');
    expect(cell).toBe('a &#124; b  &#124; c');
    expect(cell).not.toMatch(/(?<!&#124;)\|/);
  });

  it('is never empty', () => {
    expect(escapeTableCell('  ')).toBe(' ');
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backticks inside', () => {
    expect(codeSpan('lessons/a.yaml')).toBe('`lessons/a.yaml`');
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
  });
});

describe('clip', () => {
  it('cuts long text on a character boundary with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('😀😀😀😀😀', 3)).toBe('😀😀…');
    expect(clip('  short  ', 10)).toBe('short');
  });
});
