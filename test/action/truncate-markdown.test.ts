// Bodies cut to GitHub's limit at a line, with the notice kept and a code block closed.
import { describe, expect, it } from 'vitest';
import { truncateMarkdown } from '../../src/core/render/truncate-markdown.js';

describe('truncateMarkdown', () => {
  it('returns a body that fits unchanged', () => {
    expect(truncateMarkdown('short', 100, 'cut')).toBe('short');
  });

  it('cuts at a line boundary and appends the notice, within the limit', () => {
    const body = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    const cut = truncateMarkdown(body, 100, '> cut');
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('\n\n> cut\n')).toBe(true);
    expect(
      cut
        .split('\n')
        .slice(0, -3)
        .every((line) => /^line \d+$/.test(line)),
    ).toBe(true);
  });

  it('closes a code block the cut falls into, so the notice is not swallowed', () => {
    const body = ['intro', '```yaml', ...Array.from({ length: 40 }, (_, i) => `key${i}: value`), '```'].join(
      '\n',
    );
    const cut = truncateMarkdown(body, 200, 'cut');
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.match(/^```/gm)).toHaveLength(2);
    expect(cut.endsWith('```\n\ncut\n')).toBe(true);
  });

  it('cuts a single overlong line rather than show nothing, never inside a surrogate pair', () => {
    const cut = truncateMarkdown('😀'.repeat(100), 61, 'cut');
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(cut).toMatch(/^(😀)+\n\ncut\n$/u);
  });
});
