import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CivicApiError, CivicNetworkError, CivicOriginNotAllowedError } from '../../../src/client/index.js';
import { originWarning, warnIfOriginNotAllowed } from '../../../src/internal/form/origin-warning.js';
import type { PendingFocusController } from '../../../src/internal/form/pending-focus.js';
import { FormSubmission } from '../../../src/internal/form/submission.js';
import { PROBLEM_TYPES } from '../../../src/protocol/index.js';

const PAGE = 'https://news.city.example';

function refused(baseUrl: string, origin: string | undefined = PAGE) {
  return new CivicOriginNotAllowedError(baseUrl, 'problem', {
    origin,
    problem: { type: PROBLEM_TYPES.originNotAllowed, title: 'Origin not allowed', status: 403 },
  });
}

describe('originWarning', () => {
  it('names the backend, the page’s origin and the setting to change', () => {
    const text = originWarning('https://participate.city.example/api/v1', PAGE);
    assert.match(text, /backend at https:\/\/participate\.city\.example\/api\/v1 does not accept writes/);
    assert.match(text, /from https:\/\/news\.city\.example/);
    assert.match(text, /--allowed-origins https:\/\/news\.city\.example/);
    assert.match(text, /CIVIC_ALLOWED_ORIGINS=https:\/\/news\.city\.example/);
    assert.match(text, /allowed-origins \(CORS\) setting/);
    assert.match(text, /npm run check-embed -- --page URL/);
    assert.doesNotMatch(text, /internet connection/);
  });
});

describe('warnIfOriginNotAllowed', () => {
  it('warns once per backend and page, and says nothing about other errors', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    warnIfOriginNotAllowed(new CivicNetworkError());
    warnIfOriginNotAllowed(new CivicApiError(403, null));
    assert.equal(warn.mock.callCount(), 0);

    warnIfOriginNotAllowed(refused('https://one.example/api/v1'));
    warnIfOriginNotAllowed(refused('https://one.example/api/v1'));
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0]!.arguments[0]), /https:\/\/one\.example\/api\/v1/);

    warnIfOriginNotAllowed(refused('https://two.example/api/v1'));
    assert.equal(warn.mock.callCount(), 2);
  });
});

describe('FormSubmission, when the backend refuses the page’s origin', () => {
  it('tells the reader (originNotAllowed, no retry), forgets the key and warns the webmaster once', async () => {
    const warn = mock.method(console, 'warn', () => undefined);
    try {
      const keys: string[] = [];
      const focused: string[] = [];
      const host: ReactiveControllerHost = {
        addController: (_: ReactiveController) => undefined,
        removeController: (_: ReactiveController) => undefined,
        requestUpdate: () => undefined,
        updateComplete: Promise.resolve(true),
      };
      const submission = new FormSubmission<{ title: string }, string, { name: string }>(host, {
        send: (_body, key) => {
          keys.push(key);
          return Promise.reject(refused('https://three.example/api/v1'));
        },
        onSent: () => assert.fail('nothing was sent'),
        fieldErrors: () => [],
        onAuthRequired: () => assert.fail('no sign-in is needed'),
        focus: {
          focusAfterUpdate: (selector: string) => focused.push(selector),
        } as unknown as PendingFocusController,
      });
      const settled = () => new Promise((resolve) => setTimeout(resolve));

      submission.submit({ title: 'Bike lanes' }, []);
      await settled();
      assert.equal(submission.failure, 'originNotAllowed');
      assert.equal(submission.retryable, false);
      assert.deepEqual(focused, ['.failure']);
      submission.submit({ title: 'Bike lanes' }, []);
      await settled();
      assert.notEqual(keys[1], keys[0], 'nothing was stored: the next try is a new submission');
      assert.equal(warn.mock.callCount(), 1);
      assert.match(
        String(warn.mock.calls[0]!.arguments[0]),
        /--allowed-origins https:\/\/news\.city\.example/,
      );
    } finally {
      warn.mock.restore();
    }
  });
});
