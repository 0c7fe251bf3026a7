// Failures a test can inject: what GitHub or the network does to a request, before or after the
// write it asked for took effect.
import { DOCS, HttpError } from './http.js';
import type { Fault } from './types.js';

export class Faults {
  private readonly faults: (Fault & { left: number })[] = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** The fault this request meets, if any; each takes one of its `times`. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) => f.left > 0 && (!f.method || f.method === method) && f.path.test(path),
    );
    if (fault) fault.left--;
    return fault;
  }
}

const SECONDARY = `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`;

/** The answer a fault gives; a dropped connection has none and is handled by the server. */
export function faultError(fault: Fault): HttpError {
  const retryAfter = String(fault.retryAfter ?? 1);
  switch (fault.kind) {
    case 'bad-gateway':
    case 'drop':
      return new HttpError(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
    case 'secondary-rate-limit':
      return new HttpError(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
            'If you reach out to GitHub Support for help, please include the request ID FAKE.',
          documentation_url: SECONDARY,
          status: '403',
        },
        { 'retry-after': retryAfter },
      );
    case 'abuse-detection':
      return new HttpError(
        403,
        {
          message:
            'You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/enterprise-server@3.9/rest/overview/resources-in-the-rest-api#abuse-rate-limits',
        },
        { 'retry-after': retryAfter },
      );
    case 'too-many-requests':
      return new HttpError(
        429,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: SECONDARY,
          status: '429',
        },
        { 'retry-after': retryAfter },
      );
    case 'forbidden':
      return new HttpError(403, {
        message: fault.message ?? 'Repository was archived so is read-only.',
        documentation_url: `${DOCS}/issues/issues#create-an-issue`,
        status: '403',
      });
    case 'rate-limit': {
      const status = fault.status ?? 429;
      return new HttpError(
        status,
        {
          message: 'API rate limit exceeded for installation ID 4242.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          status: String(status),
        },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + Number(retryAfter)),
        },
      );
    }
  }
}
