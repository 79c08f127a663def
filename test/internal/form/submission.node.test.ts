import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CivicApiError, CivicNetworkError } from '../../../src/client/index.js';
import type { PendingFocusController } from '../../../src/internal/form/pending-focus.js';
import { FormSubmission } from '../../../src/internal/form/submission.js';
import type { SubmissionOptions } from '../../../src/internal/form/submission.js';
import { PROBLEM_TYPES } from '../../../src/protocol/index.js';
import type { FieldError } from '../../../src/protocol/index.js';

interface Body {
  readonly title: string;
}
interface TitleError {
  readonly name: string | undefined;
  readonly code: string;
}

/** A form's submission with a scripted backend: each try takes the next answer (an error is thrown). */
function harness(answers: unknown[], options: Partial<SubmissionOptions<Body, string, TitleError>> = {}) {
  const keys: string[] = [];
  const sent: string[] = [];
  const focused: string[] = [];
  const authRequired: number[] = [];
  const host: ReactiveControllerHost = {
    addController: (_: ReactiveController) => undefined,
    removeController: (_: ReactiveController) => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  const focus = {
    focusAfterUpdate: (selector: string) => focused.push(selector),
  } as unknown as PendingFocusController;
  const submission = new FormSubmission<Body, string, TitleError>(host, {
    send: (_body, key) => {
      keys.push(key);
      const answer = answers.shift();
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(String(answer));
    },
    onSent: (result) => sent.push(result),
    fieldErrors: (errors: readonly FieldError[]) => errors.map(({ field, code }) => ({ name: field, code })),
    onAuthRequired: () => authRequired.push(1),
    focus,
    ...options,
  });
  /** Lets the try on its way settle. */
  const settled = () => new Promise((resolve) => setTimeout(resolve));
  return { submission, keys, sent, focused, authRequired, settled };
}

const offline = () => new CivicNetworkError();
const api = (status: number, type = 'about:blank', errors?: FieldError[]) =>
  new CivicApiError(status, { type, title: 'Refused', status, ...(errors ? { errors } : {}) });

describe('FormSubmission', () => {
  it('sends nothing while the form finds errors, and focuses the summary', async () => {
    const t = harness([]);
    t.submission.submit({ title: '' }, [{ name: 'title', code: 'required' }]);
    await t.settled();
    assert.deepEqual(t.keys, []);
    assert.deepEqual(t.submission.errors, [{ name: 'title', code: 'required' }]);
    assert.deepEqual(t.focused, ['.error-summary']);
  });

  it('keeps the key for "Try again" and for the same answers sent again, and renews it when they change', async () => {
    const t = harness([offline(), offline(), offline(), 'ok']);
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.equal(t.submission.failure, 'network');
    assert.equal(t.submission.retryable, true);
    t.submission.retry();
    await t.settled();
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.equal(new Set(t.keys).size, 1, 'one key for the same answers');
    t.submission.submit({ title: 'Bike lanes on Abai' }, []);
    await t.settled();
    assert.equal(t.keys.length, 4);
    assert.notEqual(t.keys[3], t.keys[0]);
    assert.deepEqual(t.sent, ['ok']);
    assert.equal(t.submission.failure, undefined);
  });

  it('starts a new submission after one went through', async () => {
    const t = harness(['first', 'second']);
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.equal(t.keys.length, 2);
    assert.notEqual(t.keys[1], t.keys[0]);
  });

  it('sends one try at a time', async () => {
    const t = harness(['ok']);
    t.submission.submit({ title: 'Bike lanes' }, []);
    assert.equal(t.submission.submitting, true);
    t.submission.submit({ title: 'Bike lanes' }, []);
    t.submission.retry();
    await t.settled();
    assert.equal(t.keys.length, 1);
    assert.equal(t.submission.submitting, false);
  });

  it("shows the backend's field errors and forgets the key", async () => {
    const t = harness([
      api(422, PROBLEM_TYPES.validation, [{ field: 'title', code: 'duplicate', message: 'x' }]),
      'ok',
    ]);
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.deepEqual(t.submission.errors, [{ name: 'title', code: 'duplicate' }]);
    assert.equal(t.submission.failure, undefined);
    assert.deepEqual(t.focused, ['.error-summary']);
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.notEqual(t.keys[1], t.keys[0]);
  });

  it('asks for sign-in on 401, with no retry', async () => {
    const t = harness([api(401)]);
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.equal(t.submission.failure, 'auth');
    assert.equal(t.submission.retryable, false);
    assert.deepEqual(t.authRequired, [1]);
    assert.deepEqual(t.focused, ['.failure']);
  });

  it('offers no retry once the server says the key was used for other answers', async () => {
    const t = harness([api(422, PROBLEM_TYPES.idempotencyKeyReused)]);
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.equal(t.submission.failure, 'server');
    assert.equal(t.submission.retryable, false);
  });

  it("reads refusals the form's own way where it says so", async () => {
    const t = harness([api(410), api(410)], { failures: { gone: 'server' } });
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.equal(t.submission.failure, 'server');
    assert.equal(t.submission.retryable, true);
    const plain = harness([api(410)]);
    plain.submission.submit({ title: 'Bike lanes' }, []);
    await plain.settled();
    assert.equal(plain.submission.failure, 'closed');
    assert.equal(plain.submission.retryable, false);
  });

  it('sends nothing when the form cannot send yet', async () => {
    const t = harness([], { send: () => undefined });
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    assert.equal(t.submission.submitting, false);
  });

  it('forgets everything on reset', async () => {
    const t = harness([offline()]);
    t.submission.submit({ title: 'Bike lanes' }, []);
    await t.settled();
    t.submission.reset();
    assert.equal(t.submission.failure, undefined);
    assert.equal(t.submission.retryable, false);
    assert.deepEqual(t.submission.errors, []);
  });
});
