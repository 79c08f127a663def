import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CivicApiError,
  CivicNetworkError,
  CivicOriginNotAllowedError,
  CivicTimeoutError,
} from '../../../src/client/index.js';
import { fieldErrorsOf, keepsKey, refusalOf } from '../../../src/internal/form/submit-failure.js';
import { PROBLEM_TYPES } from '../../../src/protocol/index.js';
import type { Problem } from '../../../src/protocol/index.js';

function apiError(status: number, problem: Partial<Problem> = {}): CivicApiError {
  return new CivicApiError(status, { type: 'about:blank', title: 'Refused', status, ...problem });
}

const FIELD = { field: 'title', code: 'duplicate', message: 'exists' };

describe('refusalOf', () => {
  const cases: Array<[string, unknown, string]> = [
    ['no connection', new CivicNetworkError(), 'network'],
    ['no answer in time', new CivicTimeoutError(1000), 'network'],
    ['401', apiError(401), 'auth'],
    ['422 with field errors', apiError(422, { errors: [FIELD] }), 'fields'],
    ['422 without field errors', apiError(422), 'server'],
    ['403 closed', apiError(403, { type: PROBLEM_TYPES.closed }), 'closed'],
    ['403 otherwise', apiError(403, { type: PROBLEM_TYPES.forbidden }), 'forbidden'],
    ['404', apiError(404), 'notFound'],
    ['410', apiError(410), 'gone'],
    ['409', apiError(409), 'busy'],
    ['429', apiError(429), 'rateLimited'],
    ['a reused key', apiError(422, { type: PROBLEM_TYPES.idempotencyKeyReused }), 'keyReused'],
    ['500', apiError(500), 'server'],
    [
      '403 origin-not-allowed',
      new CivicOriginNotAllowedError('https://api.example/v1', 'problem', {
        problem: { type: PROBLEM_TYPES.originNotAllowed, title: 'Origin not allowed', status: 403 },
      }),
      'originNotAllowed',
    ],
    [
      'a write refused by CORS while reads work',
      new CivicOriginNotAllowedError('https://api.example/v1', 'probe', { cause: new CivicNetworkError() }),
      'originNotAllowed',
    ],
    ['anything else', new Error('unexpected'), 'server'],
  ];
  for (const [name, error, refusal] of cases) {
    it(`reads ${name} as ${refusal}`, () => {
      assert.equal(refusalOf(error), refusal);
    });
  }
});

describe('fieldErrorsOf', () => {
  it('gives the field errors of an API error, none for others', () => {
    assert.deepEqual(fieldErrorsOf(apiError(422, { errors: [FIELD] })), [FIELD]);
    assert.deepEqual(fieldErrorsOf(new CivicNetworkError()), []);
  });
});

describe('keepsKey', () => {
  it('keeps the key for a failure worth retrying, unless the server spent it', () => {
    assert.equal(keepsKey('network', 'network'), true);
    assert.equal(keepsKey('gone', 'server'), true);
    assert.equal(keepsKey('keyReused', 'server'), false);
    assert.equal(keepsKey('closed', 'closed'), false);
    assert.equal(keepsKey('auth', 'auth'), false);
    assert.equal(keepsKey('originNotAllowed', 'originNotAllowed'), false);
  });
});
