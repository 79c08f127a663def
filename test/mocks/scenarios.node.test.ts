import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getResponse } from 'msw';
import type { RequestHandler } from 'msw';
import * as v from 'valibot';
import { DiscoverySchema, FEATURES, PROBLEM_MEDIA_TYPE, ProblemSchema } from '../../src/protocol/index.js';
import { discovery } from './fixtures/discovery.js';
import { discoveryHandlers, malformedDiscovery, MOCK_API_BASE, scenarios } from './handlers.js';

const ORIGIN = 'http://city.test';
const discoveryUrl = `${ORIGIN}${MOCK_API_BASE}/`;

async function answer(handlers: RequestHandler[], url = discoveryUrl): Promise<Response> {
  const response = await getResponse(handlers, new Request(url), { baseUrl: ORIGIN });
  assert.ok(response, `no handler answered GET ${url}`);
  return response;
}

describe('msw scenarios', () => {
  it('serve a discovery fixture that the protocol schema accepts', () => {
    assert.equal(v.safeParse(DiscoverySchema, discovery).success, true);
    assert.deepEqual(discovery.features, [...FEATURES]);
  });

  it('answer discovery at the API base the client calls', async () => {
    const response = await answer(scenarios.discovery.default);
    assert.equal(response.status, 200);
    assert.deepEqual(v.parse(DiscoverySchema, await response.json()), discovery);
  });

  it('let a scenario choose features and the poll interval', async () => {
    const response = await answer(discoveryHandlers({ features: ['ideas'], pollIntervalSeconds: 5 }));
    const body = v.parse(DiscoverySchema, await response.json());
    assert.deepEqual(body.features, ['ideas']);
    assert.equal(body.pollIntervalSeconds, 5);
  });

  it('refuse to build a discovery document the schema rejects', () => {
    assert.throws(() => discoveryHandlers({ pollIntervalSeconds: 0 }), v.ValiError);
  });

  it('answer the error scenario with a 500 problem document', async () => {
    const response = await answer(scenarios.discovery.error);
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('Content-Type'), PROBLEM_MEDIA_TYPE);
    assert.equal(v.safeParse(ProblemSchema, await response.json()).success, true);
  });

  it('answer the unavailable scenario with 503 and Retry-After', async () => {
    const response = await answer(scenarios.discovery.unavailable);
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Retry-After'), '120');
  });

  it('answer the malformed scenario with a body the schema rejects', async () => {
    const response = await answer(scenarios.discovery.malformed);
    assert.equal(response.status, 200);
    const body: unknown = await response.json();
    assert.deepEqual(body, malformedDiscovery);
    assert.equal(v.safeParse(DiscoverySchema, body).success, false);
  });

  it('leave other API paths unhandled', async () => {
    const response = await getResponse(scenarios.discovery.default, new Request(`${ORIGIN}/api/v1/nope`), {
      baseUrl: ORIGIN,
    });
    assert.equal(response, undefined);
  });
});

describe('public/mockServiceWorker.js', () => {
  it('is the worker of the installed msw version (refresh with `npx msw init public --no-save`)', () => {
    const shipped = readFileSync(new URL('../../public/mockServiceWorker.js', import.meta.url), 'utf8');
    const installed = readFileSync(
      new URL('../../node_modules/msw/lib/mockServiceWorker.js', import.meta.url),
      'utf8',
    );
    assert.equal(shipped, installed);
  });
});
