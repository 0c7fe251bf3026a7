// The Octokit client the port uses, and the one policy for GitHub's failures: the throttling plugin
// spaces writes as GitHub asks; the retry plugin repeats reads and safe writes after a 5xx; rate
// limits are waited out here, within the bounds of RateLimitWaits; a write that is not safe to
// repeat is never repeated blind (UnsureWriteError); every other refusal becomes a sentence.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { classifyFailure, describeFailure } from './failure.js';
import { AssigneeRefusedError, RateLimitError, UnsureWriteError } from './port.js';
import { RateLimitWaits } from './rate-limit-waits.js';

// After a write that may have worked, a moment before the caller reads again: GitHub's listings
// can lag a write by a second.
const SETTLE_SECONDS = 2;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghes.example/api/v3 */
  apiUrl: string;
  /** Where the port says what it is waiting for (rate limits) and, at debug level, each request. */
  log: { info(message: string): void; debug(message: string): void };
  /**
   * Tests shorten the waits: `retryAfterBaseValue` is how many milliseconds a second of waiting
   * lasts, as in the plugins. The Action keeps the plugins' defaults.
   */
  retry?: { retries?: number; retryAfterBaseValue?: number };
  throttle?: { enabled?: boolean; retryAfterBaseValue?: number; fallbackSecondaryRateRetryAfter?: number };
}

const ActionOctokit = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof ActionOctokit>;

export interface Attempt {
  /**
   * Runs `call`, waiting out rate limits; turns a failure into the port's errors.
   * @param action what is being done, as a verb phrase ("open an issue")
   * @param permission the workflow permission that allows it ("issues: write")
   * @param unsafeToRepeat a create: after a 5xx or no answer, throw UnsureWriteError instead of guessing
   */
  <T>(action: string, permission: string, call: () => Promise<T>, unsafeToRepeat?: boolean): Promise<T>;
}

export function createClient(options: ClientOptions): { octokit: Client; attempt: Attempt } {
  const { log } = options;
  const msPerSecond = options.retry?.retryAfterBaseValue ?? 1000;
  const waits = new RateLimitWaits();
  const octokit: Client = new ActionOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'campaign-lessons',
    // Expected refusals (a 422 for an existing label, a 403 on a fork) are handled by the caller.
    log: { debug: log.debug, info: log.debug, warn: log.info, error: log.debug },
    // Rate limits are this module's to wait for (bounded); the retry plugin keeps to 5xx answers.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], ...options.retry },
    throttle: { ...options.throttle, onRateLimit: () => false, onSecondaryRateLimit: () => false },
  });
  const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * msPerSecond));

  const attempt: Attempt = async (action, permission, call, unsafeToRepeat = false) => {
    for (let tries = 0; ; tries++) {
      try {
        return await call();
      } catch (error) {
        if (error instanceof AssigneeRefusedError || error instanceof RateLimitError) throw error;
        const failure = classifyFailure(error);
        if (failure.kind === 'rate-limit' || failure.kind === 'secondary-rate-limit') {
          const wait = waits.decide(failure, tries, action);
          if (wait instanceof RateLimitError) {
            log.info(`GitHub's rate limit refused to ${action}; not waiting any longer.`);
            throw wait;
          }
          const which = failure.kind === 'rate-limit' ? 'rate' : 'secondary rate';
          log.info(`GitHub's ${which} limit was hit while trying to ${action}; trying again in ${wait} s.`);
          await sleep(wait);
          continue;
        }
        if (unsafeToRepeat && failure.kind === 'transient') {
          await sleep(SETTLE_SECONDS);
          throw new UnsureWriteError(action, { cause: error });
        }
        throw describeFailure(error, action, permission);
      }
    }
  };
  return { octokit, attempt };
}
