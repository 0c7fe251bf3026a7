// How long a run waits for GitHub's rate limits: each wait at most two minutes, five in all per
// run. A secondary limit asks for seconds to a minute; a primary limit used up can mean an hour,
// which is not worth a runner's time: past the bound the run stops and says when to try again.
import type { Failure } from './failure.js';
import { RateLimitError } from './port.js';

export const LONGEST_WAIT_SECONDS = 120;
export const TOTAL_WAIT_SECONDS = 300;
// A request refused by a rate limit is tried this many times more before the run gives up.
export const RATE_LIMIT_RETRIES = 3;

export class RateLimitWaits {
  private waited = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * The seconds to wait before trying again, or a RateLimitError that says why the run stops.
   * @param tries how often this request was refused already
   */
  decide(
    failure: Extract<Failure, { kind: 'rate-limit' | 'secondary-rate-limit' }>,
    tries: number,
    action: string,
  ): number | RateLimitError {
    const seconds =
      failure.kind === 'secondary-rate-limit'
        ? failure.retryAfter
        : failure.resetAt === null
          ? LONGEST_WAIT_SECONDS + 1
          : Math.max(0, Math.ceil((failure.resetAt - this.now()) / 1000) + 1);
    if (
      tries < RATE_LIMIT_RETRIES &&
      seconds <= LONGEST_WAIT_SECONDS &&
      this.waited + seconds <= TOTAL_WAIT_SECONDS
    ) {
      this.waited += seconds;
      return seconds;
    }
    return new RateLimitError(
      this.stopMessage(failure, seconds, action),
      failure.kind === 'rate-limit' ? failure.resetAt : null,
    );
  }

  private stopMessage(failure: Failure, seconds: number, action: string): string {
    const what =
      failure.kind === 'rate-limit'
        ? `GitHub's API rate limit for this token is used up${failure.resetAt ? ` until ${clock(failure.resetAt)} UTC (${duration(seconds)} from now)` : ''}`
        : `GitHub's secondary rate limit kept refusing${seconds > 0 ? ` (it asked to wait ${duration(seconds)})` : ''}`;
    return (
      `${what}, while trying to ${action}. The run stopped instead of waiting longer than ` +
      `${duration(LONGEST_WAIT_SECONDS)} at a time or ${duration(TOTAL_WAIT_SECONDS)} in all; ` +
      'what it did is listed, and the next run does the rest.'
    );
  }
}

function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

function duration(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
