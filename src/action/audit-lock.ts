// Keeps two audits of one repository from writing the same issues at once (a schedule and a manual
// dispatch overlapping, two workflows): before its first write an audit creates a label that works
// as a lock. GitHub refuses a second label of the same name, so only one run holds it; the other
// only reports, and the next run does what is left. The label says until when it is held: a run
// that was killed leaves it behind, and it counts as free once that time has passed.
import { createHash } from 'node:crypto';
import { PermissionError, type GitHubPort } from '../github/port.js';

export type AuditLock =
  | { state: 'held'; name: string; until: string }
  /** Another run holds it until `until` (ISO time); `run` is its GITHUB_RUN_ID. */
  | { state: 'busy'; name: string; until: string; run: string | null }
  /** The token may not create labels: it may not write issues either, so there is nothing to guard. */
  | { state: 'refused'; name: string };

const MARK = 'campaign-lessons';
// Long enough for a run at its budget (GitHub spaces writes that notify three seconds apart) and its
// bounded waits for rate limits; a killed run's lock is free again after it.
const MINUTES_BASE = 10;
const SECONDS_PER_WRITE = 4;

/** The lock's label, one per issue label: two knowledge bases in one repository do not wait for each other. */
export function lockName(label: string): string {
  return `${MARK} lock ${createHash('sha256').update(label).digest('hex').slice(0, 8)}`;
}

export async function takeAuditLock(
  github: GitHubPort,
  options: { label: string; runId: string | null; writes: number; now: () => number },
): Promise<AuditLock> {
  const name = lockName(options.label);
  const minutes = MINUTES_BASE + Math.ceil((Math.min(options.writes, 100_000) * SECONDS_PER_WRITE) / 60);
  const until = new Date(options.now() + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const description = `Held by run ${options.runId ?? '?'} of ${MARK} until ${until}`;
  try {
    // Twice at most: once more after clearing a lock whose time ran out, or one released meanwhile.
    for (let attempt = 0; attempt < 2; attempt++) {
      if ((await github.createLabel({ name, color: 'ededed', description })) === 'created') {
        return { state: 'held', name, until };
      }
      const existing = await github.getLabel(name);
      if (!existing) continue;
      const held = heldUntil(existing.description);
      if (held && Date.parse(held) > options.now()) {
        return {
          state: 'busy',
          name,
          until: held,
          run: /run (\S+)/.exec(existing.description ?? '')?.[1] ?? null,
        };
      }
      await github.deleteLabel(name);
    }
    return { state: 'busy', name, until: '?', run: null };
  } catch (error) {
    if (error instanceof PermissionError) return { state: 'refused', name };
    throw error;
  }
}

export async function releaseAuditLock(github: GitHubPort, lock: AuditLock | null): Promise<void> {
  if (lock?.state === 'held') await github.deleteLabel(lock.name);
}

function heldUntil(description: string | null): string | null {
  const match = /until (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$/.exec(description ?? '');
  return match?.[1] ?? null;
}
