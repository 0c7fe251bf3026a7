// The guard every line of CLI output passes: campaign text cannot become a workflow command or
// a terminal escape, and our own colour survives.
import { describe, expect, it } from 'vitest';
import { guardJsonText, guardLine, inlineText } from '../../../src/core/render/terminal-text.js';

describe('inlineText', () => {
  it('keeps a value on its line: line breaks and tabs become one space', () => {
    expect(inlineText('Posters\r\n::error::x\u2028y\tz')).toBe('Posters ::error::x y z');
  });

  it('shows other controls and bidirectional overrides instead of obeying them', () => {
    expect(inlineText('a\u001b[2Jb\u0007c\u202ed\u007f')).toBe('a\\x1b[2Jb\\x07c\\u202ed\\x7f');
  });

  it('leaves ordinary Dutch and English text alone', () => {
    expect(inlineText('Één stad — coördinator: “ja”')).toBe('Één stad — coördinator: “ja”');
  });
});

describe('guardLine', () => {
  it.each([
    ['::add-mask::secret', '\\::add-mask::secret'],
    ['   ::error file=a::x', '   \\::error file=a::x'],
    ['\t::stop-commands::t', '\t\\::stop-commands::t'],
    ['note ##[error]x', 'note #\\#[error]x'],
    ['a :: b', 'a :: b'],
  ])('neutralises %j', (line, expected) => {
    expect(guardLine(line)).toBe(expected);
  });

  it('shows a carriage return, which a runner would read as a new line', () => {
    expect(guardLine('ok\r::error::x')).toBe('ok\\r::error::x');
  });

  it('keeps colour codes only when colour is on, and judges a coloured line like a plain one', () => {
    expect(guardLine('\u001b[31m::error::x\u001b[39m', true)).toBe('\u001b[31m\\::error::x\u001b[39m');
    expect(guardLine('\u001b[31mred\u001b[39m')).toBe('\\x1b[31mred\\x1b[39m');
    expect(guardLine('\u001b]0;title\u0007', true)).toBe('\\x1b]0;title\\x07');
  });
});

describe('guardJsonText', () => {
  it('breaks up `##[` without changing the value', () => {
    const json = JSON.stringify({ title: 'x ##[error]y', back: '\\##[' });
    const guarded = guardJsonText(json);
    expect(guarded).not.toContain('##[');
    expect(JSON.parse(guarded)).toEqual(JSON.parse(json));
  });
});
