import { CivicApiError } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { TermKey } from '../../i18n/messages.js';

/** Seconds a backend that refused for a rate limit (429) asked to wait (`Retry-After`); undefined if it did not say. */
export function rateLimitWait(error: unknown): number | undefined {
  return error instanceof CivicApiError && error.status === 429 ? error.retryAfterSeconds : undefined;
}

/**
 * What a form says for `failure`: its own message, except a rate limit whose wait the backend gave
 * ("… Try again in 20 hours."), as "wait a few minutes" would mislead when the limit is a day's.
 */
export function failureMessage<F extends string>(
  localize: LocalizeController,
  messages: Readonly<Record<F, TermKey>>,
  failure: F,
  wait: number | undefined,
): string {
  return failure === 'rateLimited' && wait !== undefined
    ? localize.term('submit.rateLimitedUntil', { when: localize.wait(wait) })
    : localize.term(messages[failure]);
}
