// Keeps a Markdown body under a character limit (GitHub refuses comments and issue bodies over
// 65,536 characters) by cutting at a line boundary and saying where the rest can be read.

/** GitHub's limit on the body of a comment or an issue. */
export const GITHUB_BODY_LIMIT = 65_536;

/**
 * Returns `markdown` unchanged when it fits in `limit` characters (UTF-16 code units, which never
 * undercount GitHub's count); otherwise the longest run of whole lines that fits with `notice`.
 */
export function truncateMarkdown(markdown: string, limit: number, notice: string): string {
  if (markdown.length <= limit) return markdown;
  const tail = `\n\n${notice}\n`;
  // Room for a closing fence, should the cut fall inside a code block.
  const budget = limit - tail.length - 4;
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const added = line.length + 1;
    if (length + added > budget) break;
    kept.push(line);
    length += added;
  }
  // A single line longer than the budget: cut it rather than show nothing, never inside a surrogate pair.
  if (kept.length === 0) kept.push((lines[0] ?? '').slice(0, budget - 8).replace(/[\ud800-\udbff]$/, ''));
  // A cut inside a fenced code block would swallow the notice: close the fence first.
  const fences = kept.filter((line) => /^\s*```/.test(line)).length;
  if (fences % 2 === 1) kept.push('```');
  return `${kept.join('\n').trimEnd()}${tail}`;
}
