// Performs the run's writes to GitHub, or in dry-run only logs and counts them. The first refusal
// for want of a permission stops further writes: the rest would fail the same way, and the run
// still annotates and summarises (the fork case).
import { PermissionError } from '../github/port.js';

export type WriteKind =
  | 'create-comment'
  | 'update-comment'
  | 'delete-comment'
  | 'create-label'
  | 'open-issue'
  | 'update-issue'
  | 'close-issue'
  | 'reopen-issue'
  | 'assign-issue'
  | 'comment-issue';

export interface WriteRecord {
  kind: WriteKind;
  /** What the write does, for the log and the summary: "open an issue for 2010-03-hyves". */
  description: string;
  status: 'done' | 'planned' | 'refused';
}

export class Writer {
  readonly records: WriteRecord[] = [];
  /** Set once GitHub refused a write for want of a permission. */
  refusal: PermissionError | null = null;

  constructor(
    private readonly dryRun: boolean,
    private readonly log: (message: string) => void,
  ) {}

  /** Runs `perform` unless this is a dry run or a permission is missing; undefined when it did not run. */
  async write<T>(kind: WriteKind, description: string, perform: () => Promise<T>): Promise<T | undefined> {
    if (this.dryRun) {
      this.records.push({ kind, description, status: 'planned' });
      this.log(`Dry run: would ${description}.`);
      return undefined;
    }
    if (this.refusal) {
      this.records.push({ kind, description, status: 'refused' });
      return undefined;
    }
    try {
      const result = await perform();
      this.records.push({ kind, description, status: 'done' });
      this.log(`Done: ${description}.`);
      return result;
    } catch (error) {
      if (!(error instanceof PermissionError)) throw error;
      this.refusal = error;
      this.records.push({ kind, description, status: 'refused' });
      return undefined;
    }
  }

  count(kind: WriteKind, status: WriteRecord['status'] = 'done'): number {
    return this.records.filter((record) => record.kind === kind && record.status === status).length;
  }
}
