/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import {
  CivicApiError,
  CivicError,
  CivicNetworkError,
  CivicResponseError,
  CivicTimeoutError,
  isAbortError,
  isAuthRequired,
  summarizeIssues,
} from '../../src/client/errors.js';

describe('client errors', () => {
  it('are all CivicErrors with their own names', () => {
    const errors = [
      new CivicApiError(500, null),
      new CivicResponseError('not-json', 200),
      new CivicNetworkError(),
      new CivicTimeoutError(10),
    ];
    expect(errors.map((error) => error instanceof CivicError)).to.deep.equal([true, true, true, true]);
    expect(errors.map((error) => error.name)).to.deep.equal([
      'CivicApiError',
      'CivicResponseError',
      'CivicNetworkError',
      'CivicTimeoutError',
    ]);
  });

  it('CivicApiError groups field errors and describes the problem', () => {
    const error = new CivicApiError(422, {
      type: 'urn:civic:problem:validation',
      title: 'Invalid idea',
      status: 422,
      detail: 'Two fields need attention',
      errors: [
        { field: 'title', code: 'too_long', message: 'Title is too long' },
        { field: 'body', code: 'required', message: 'Describe your idea' },
      ],
    });
    expect(error.fieldErrors).to.deep.equal({ title: ['Title is too long'], body: ['Describe your idea'] });
    expect(error.message).to.equal('422 Invalid idea: Two fields need attention');
    expect(error.retryAfterSeconds).to.equal(undefined);
  });

  it('isAuthRequired is true only for a 401 API error', () => {
    expect(isAuthRequired(new CivicApiError(401, null))).to.equal(true);
    expect(isAuthRequired(new CivicApiError(403, null))).to.equal(false);
    expect(isAuthRequired(new Error('401'))).to.equal(false);
  });

  it('isAbortError recognises the platform AbortError only', () => {
    expect(isAbortError(new DOMException('stop', 'AbortError'))).to.equal(true);
    expect(isAbortError(AbortSignal.abort().reason)).to.equal(true);
    expect(isAbortError(new CivicTimeoutError(5))).to.equal(false);
  });

  it('summarizeIssues names the path and expectation but never the received value', () => {
    const schema = v.object({
      items: v.array(v.object({ count: v.number() })),
      state: v.picklist(['open', 'closed']),
    });
    const result = v.safeParse(schema, {
      items: [{ count: 1 }, { count: 'user@example.kz' }],
      state: 'private-note',
    });
    expect(result.success).to.equal(false);
    const issues = summarizeIssues(result.issues ?? []);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['items.1.count', 'state']);
    expect(issues[0]!.message).to.equal('expected number, got string');
    const text = JSON.stringify(issues) + new CivicResponseError('schema', 200, issues).message;
    expect(text).not.to.contain('user@example.kz');
    expect(text).not.to.contain('private-note');
  });
});
