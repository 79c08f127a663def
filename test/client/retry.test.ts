/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import {
  CivicApiError,
  CivicNetworkError,
  CivicResponseError,
  CivicTimeoutError,
} from '../../src/client/errors.js';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  isRetryableCall,
  isRetryableError,
  parseRetryAfter,
  retryDelay,
  sleep,
} from '../../src/client/retry.js';
import { rejectionOf } from './support.js';

describe('retry policy', () => {
  describe('isRetryableCall', () => {
    const cases = [
      { method: 'GET', key: false, retryable: true },
      { method: 'PUT', key: false, retryable: true },
      { method: 'DELETE', key: false, retryable: true },
      { method: 'POST', key: false, retryable: false },
      { method: 'POST', key: true, retryable: true },
    ] as const;
    for (const { method, key, retryable } of cases) {
      it(`${retryable ? 'retries' : 'never retries'} ${method} ${key ? 'with' : 'without'} an Idempotency-Key`, () => {
        expect(isRetryableCall(method, key)).to.equal(retryable);
      });
    }
  });

  describe('isRetryableError', () => {
    it('retries dropped connections, timeouts and the transient statuses', () => {
      expect(isRetryableError(new CivicNetworkError())).to.equal(true);
      expect(isRetryableError(new CivicTimeoutError(10))).to.equal(true);
      for (const status of [408, 429, 502, 503, 504]) {
        expect(isRetryableError(new CivicApiError(status, null)), String(status)).to.equal(true);
      }
    });

    it('does not retry other statuses, malformed answers or unknown errors', () => {
      for (const status of [400, 401, 403, 404, 409, 422, 500]) {
        expect(isRetryableError(new CivicApiError(status, null)), String(status)).to.equal(false);
      }
      expect(isRetryableError(new CivicResponseError('not-json', 200))).to.equal(false);
      expect(isRetryableError(new TypeError('bug'))).to.equal(false);
    });
  });

  describe('backoffDelay', () => {
    it('draws from [0, base·2ⁿ] with full jitter', () => {
      expect(backoffDelay(0, DEFAULT_BACKOFF, () => 0)).to.equal(0);
      expect(backoffDelay(0, DEFAULT_BACKOFF, () => 1)).to.equal(300);
      expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.5)).to.equal(600);
    });

    it('never exceeds the cap', () => {
      expect(backoffDelay(10, DEFAULT_BACKOFF, () => 1)).to.equal(5_000);
      expect(backoffDelay(3, { ...DEFAULT_BACKOFF, capMs: 1_000 }, () => 1)).to.equal(1_000);
    });
  });

  describe('retryDelay', () => {
    it('waits as long as Retry-After says on 429 and 503', () => {
      expect(retryDelay(0, new CivicApiError(429, null, 2), DEFAULT_BACKOFF)).to.equal(2_000);
      expect(retryDelay(3, new CivicApiError(503, null, 0), DEFAULT_BACKOFF)).to.equal(0);
    });

    it('gives up when Retry-After is longer than the longest wait', () => {
      expect(retryDelay(0, new CivicApiError(503, null, 31), DEFAULT_BACKOFF)).to.equal(null);
    });

    it('uses the backoff when there is no Retry-After', () => {
      const delay = retryDelay(1, new CivicApiError(502, null), DEFAULT_BACKOFF);
      expect(delay).to.be.within(0, 600);
    });
  });

  describe('parseRetryAfter', () => {
    const now = Date.UTC(2025, 2, 21, 9, 30, 0);

    it('reads delta-seconds', () => {
      expect(parseRetryAfter('7', now)).to.equal(7);
      expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    });

    it('reads an HTTP date as seconds from now, never negative', () => {
      expect(parseRetryAfter('Fri, 21 Mar 2025 09:30:05 GMT', now)).to.equal(5);
      expect(parseRetryAfter('Fri, 21 Mar 2025 09:29:00 GMT', now)).to.equal(0);
    });

    it('ignores a missing or unreadable header', () => {
      expect(parseRetryAfter(null, now)).to.equal(undefined);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
      expect(parseRetryAfter('-3', now)).to.equal(undefined);
    });
  });

  describe('sleep', () => {
    it('resolves after the delay', async () => {
      await sleep(5);
    });

    it("rejects with the signal's reason when aborted", async () => {
      const controller = new AbortController();
      const waiting = rejectionOf(sleep(60_000, controller.signal));
      controller.abort();
      const error = await waiting;
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('rejects at once when the signal is already aborted', async () => {
      const reason = new Error('gone');
      expect(await rejectionOf(sleep(60_000, AbortSignal.abort(reason)))).to.equal(reason);
    });
  });
});
