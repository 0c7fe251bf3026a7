// Performs the run's writes to GitHub, or in dry-run only logs and counts them, within the run's
// budget (`operations-per-run`). Two things stop further writes without failing the step at once:
// a refusal for want of a permission (the rest would fail the same way, and the run still
// annotates and summarises: the fork case), and a rate limit the run will not wait for (the rest
// is left for the next run, and the step fails with the reason once it has reported).
import { PermissionError, RateLimitError } from '../github/port.js';

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
  /** `left`: not made, for the budget or a rate limit; the next run makes it. */
  status: 'done' | 'planned' | 'refused' | 'left';
}

export class Writer {
  readonly records: WriteRecord[] = [];
  /** Set once GitHub refused a write for want of a permission. */
  refusal: PermissionError | null = null;
  /** Set once a rate limit stopped the writes. */
  stopped: RateLimitError | null = null;

  /**
   * @param dryRun log and count, write nothing (a dry run, or a run that may only report)
   * @param budget most writes this run makes (or plans, in a dry run)
   */
  constructor(
    readonly dryRun: boolean,
    private readonly log: (message: string) => void,
    readonly budget = Number.POSITIVE_INFINITY,
  ) {}

  /** Writes made (or planned, in a dry run) so far: what counts against the budget. */
  get used(): number {
    return this.records.filter((record) => record.status === 'done' || record.status === 'planned').length;
  }

  /** Whether `writes` more fit in this run: within the budget, and no rate limit stopped it. */
  canAfford(writes: number): boolean {
    return !this.stopped && this.used + writes <= this.budget;
  }

  /** Runs `perform` unless it may not; undefined when it did not run. */
  async write<T>(kind: WriteKind, description: string, perform: () => Promise<T>): Promise<T | undefined> {
    if (!this.canAfford(1)) return this.skip(kind, description, 'left');
    if (this.dryRun) {
      this.log(`Dry run: would ${description}.`);
      return this.skip(kind, description, 'planned');
    }
    if (this.refusal) return this.skip(kind, description, 'refused');
    try {
      const result = await perform();
      this.records.push({ kind, description, status: 'done' });
      this.log(`Done: ${description}.`);
      return result;
    } catch (error) {
      if (error instanceof PermissionError) {
        this.refusal = error;
        return this.skip(kind, description, 'refused');
      }
      if (error instanceof RateLimitError) {
        this.stopped = error;
        return this.skip(kind, description, 'left');
      }
      throw error;
    }
  }

  count(kind: WriteKind, status: WriteRecord['status'] = 'done'): number {
    return this.records.filter((record) => record.kind === kind && record.status === status).length;
  }

  private skip(kind: WriteKind, description: string, status: WriteRecord['status']): undefined {
    this.records.push({ kind, description, status });
    return undefined;
  }
}
