/// <reference types="mocha" />
import { setupWorker } from 'msw/browser';
import * as v from 'valibot';
import { defineEndpoint } from '../../src/protocol/endpoint.js';

/** A backend that does not exist: every request to it must be answered by an msw handler. */
export const API = 'https://api.civic.test/v1';

export const worker = setupWorker();

/** Starts the msw worker for a test file and resets its handlers after every test. */
export function useMockServer(): void {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
}

/** Settles after `ms`; used to give a mistaken extra request the time to show up. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with what `promise` rejects with; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

export function discoveryDocument(features: string[] = ['petitions'], pollIntervalSeconds = 60) {
  return {
    protocolVersion: '1',
    backend: { name: 'Test backend' },
    locales: ['en', 'ru', 'kk'],
    defaultLocale: 'en',
    features,
    pollIntervalSeconds,
  };
}

export function petitionCount(signatureCount: number) {
  return {
    petitionId: 'p1',
    signatureCount,
    offlineSignatureCount: 0,
    state: 'open',
    thresholds: [{ kind: 'response', count: 10_000, reachedAt: null }],
    updatedAt: '2025-03-21T09:30:00Z',
  };
}

/* Small descriptors that exercise the generic core independently of the protocol registry. */

export const getThing = defineEndpoint({
  id: 'getThing',
  method: 'GET',
  path: '/things/{thingId}',
  summary: 'A conditional read',
  tag: 'test',
  status: 200,
  auth: 'optional',
  conditional: true,
  pathParams: v.object({ thingId: v.string() }),
  query: v.object({
    tag: v.optional(v.array(v.string())),
    limit: v.optional(v.number()),
    q: v.optional(v.string()),
  }),
  body: undefined,
  response: v.object({ id: v.string(), count: v.number() }),
});

export const postNote = defineEndpoint({
  id: 'postNote',
  method: 'POST',
  path: '/notes',
  summary: 'A write without an idempotency key',
  tag: 'test',
  status: 201,
  auth: 'none',
  pathParams: undefined,
  query: undefined,
  body: v.object({ text: v.string() }),
  response: v.object({ id: v.string() }),
});

export const deleteNote = defineEndpoint({
  id: 'deleteNote',
  method: 'DELETE',
  path: '/notes/{noteId}',
  summary: 'A bodiless answer',
  tag: 'test',
  status: 204,
  auth: 'none',
  pathParams: v.object({ noteId: v.string() }),
  query: undefined,
  body: undefined,
  response: undefined,
});
