// Where a hidden marker must stand for a comment or an issue to be the Action's (DESIGN §5): at the
// very start of the body. A marker quoted anywhere else (in a code span, a fence, a person's notes,
// another workflow's comment) makes nothing ours.

/** True when `body` opens with `marker` (GitHub may add leading blank lines, never text). */
export function startsWithMarker(body: string | null | undefined, marker: string): boolean {
  return (body ?? '').trimStart().startsWith(marker);
}

/** True when `body` quotes a marker of campaign-lessons anywhere, for telling look-alikes apart. */
export function quotesMarker(body: string | null | undefined, prefix: string): boolean {
  return (body ?? '').includes(prefix);
}
