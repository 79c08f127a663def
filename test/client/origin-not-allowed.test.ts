/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  CivicApiError,
  CivicNetworkError,
  CivicOriginNotAllowedError,
  createClient,
  isOriginNotAllowed,
} from '../../src/client/index.js';
import { API, discoveryDocument, rejectionOf, useMockServer, worker } from './support.js';

/*
 * A backend that does not take writes from this page's origin: it says so (403 origin-not-allowed),
 * or its CORS refuses the write (a network error) while reads answer. Either way the client throws
 * a CivicOriginNotAllowedError that names the backend and the page's origin.
 */

const FAST = { baseMs: 1, capMs: 5 };
const signature = { name: 'Aida Nurlanovna', email: 'aida@example.kz', eligible: true };
const SIGNATURES = `${API}/petitions/p1/signatures`;

function sign(client: ReturnType<typeof createClient>) {
  return client.call('createSignature', { path: { petitionId: 'p1' }, body: signature });
}

const refusal = {
  type: 'urn:civic:problem:origin-not-allowed',
  title: 'Origin not allowed',
  status: 403,
};

describe('a backend that does not allow this page’s origin', () => {
  useMockServer();

  describe('when it refuses a write with 403 origin-not-allowed', () => {
    it('rejects with CivicOriginNotAllowedError naming the backend and the origin, without retrying', async () => {
      let writes = 0;
      let reads = 0;
      worker.use(
        http.post(SIGNATURES, () => {
          writes++;
          return HttpResponse.json(refusal, {
            status: 403,
            headers: { 'Content-Type': 'application/problem+json' },
          });
        }),
        http.get(`${API}/`, () => {
          reads++;
          return HttpResponse.json(discoveryDocument());
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST });

      const error = await rejectionOf(sign(client));

      expect(error).to.be.instanceOf(CivicOriginNotAllowedError);
      expect(isOriginNotAllowed(error)).to.equal(true);
      const refused = error as CivicOriginNotAllowedError;
      expect(refused.kind).to.equal('origin-not-allowed');
      expect(refused.evidence).to.equal('problem');
      expect(refused.baseUrl).to.equal(API);
      expect(refused.origin).to.equal(location.origin);
      expect(refused.problem?.type).to.equal(refusal.type);
      expect(refused.cause).to.be.instanceOf(CivicApiError);
      expect(refused.message).to.contain(API).and.contain(location.origin);
      expect(writes).to.equal(1);
      expect(reads).to.equal(0, 'the answer says it all: no probe');
    });

    it('keeps other 403s as CivicApiError', async () => {
      worker.use(
        http.post(SIGNATURES, () =>
          HttpResponse.json(
            { type: 'urn:civic:problem:forbidden', title: 'Not eligible', status: 403 },
            { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const error = await rejectionOf(sign(createClient({ baseUrl: API, backoff: FAST })));
      expect(error).to.be.instanceOf(CivicApiError);
      expect(isOriginNotAllowed(error)).to.equal(false);
    });
  });

  describe('when a write fails without an answer (as CORS refusals do)', () => {
    it('reads discovery and, as it answers while a write there fails too, rejects with CivicOriginNotAllowedError', async () => {
      let writes = 0;
      const reads: Request[] = [];
      const probes: Request[] = [];
      worker.use(
        http.post(SIGNATURES, () => {
          writes++;
          return HttpResponse.error();
        }),
        http.get(`${API}/`, ({ request }) => {
          reads.push(request);
          return HttpResponse.json(discoveryDocument());
        }),
        // CORS refuses every write from this page, so the probe's write fails the same way.
        http.post(`${API}/`, ({ request }) => {
          probes.push(request);
          return HttpResponse.error();
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST, retries: 2 });

      const error = await rejectionOf(sign(client));

      expect(error).to.be.instanceOf(CivicOriginNotAllowedError);
      const refused = error as CivicOriginNotAllowedError;
      expect(refused.evidence).to.equal('probe');
      expect(refused.baseUrl).to.equal(API);
      expect(refused.cause).to.be.instanceOf(CivicNetworkError);
      expect(writes).to.equal(3, 'the write is retried first: a dropped connection is not a refusal');
      expect(reads.length).to.equal(1);
      expect(reads[0]!.cache).to.equal('no-store');
      expect(probes.length).to.equal(1);
      expect(probes[0]!.headers.get('Content-Type')).to.equal(
        'application/json',
        'preflighted like the write',
      );
      expect(probes[0]!.headers.has('Idempotency-Key')).to.equal(false);
      expect(await probes[0]!.text()).to.equal('{}');
    });

    it('probes with the write’s own method (PUT for a vote)', async () => {
      const methods: string[] = [];
      worker.use(
        http.put(`${API}/ideas/i1/vote`, () => HttpResponse.error()),
        http.get(`${API}/`, () => HttpResponse.json(discoveryDocument(['ideas']))),
        http.all(`${API}/`, ({ request }) => {
          methods.push(request.method);
          return HttpResponse.error();
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST, retries: 0 });
      const error = await rejectionOf(client.call('setVote', { path: { ideaId: 'i1' }, body: { value: 1 } }));
      expect(error).to.be.instanceOf(CivicOriginNotAllowedError);
      expect(methods).to.deep.equal(['PUT']);
    });

    it('stays a CivicNetworkError when the backend answers both probes (the connection dropped)', async () => {
      worker.use(
        http.post(SIGNATURES, () => HttpResponse.error()),
        http.get(`${API}/`, () => HttpResponse.json(discoveryDocument())),
        http.post(`${API}/`, () =>
          HttpResponse.json(
            { type: 'urn:civic:problem:not-found', title: 'Not found', status: 404 },
            { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const error = await rejectionOf(sign(createClient({ baseUrl: API, backoff: FAST })));
      expect(error).to.be.instanceOf(CivicNetworkError);
    });

    it('stays a CivicNetworkError when the read fails too (offline)', async () => {
      worker.use(
        http.post(SIGNATURES, () => HttpResponse.error()),
        http.get(`${API}/`, () => HttpResponse.error()),
      );
      const error = await rejectionOf(sign(createClient({ baseUrl: API, backoff: FAST })));
      expect(error).to.be.instanceOf(CivicNetworkError);
    });

    it('stays a CivicNetworkError when the read answers with an error', async () => {
      worker.use(
        http.post(SIGNATURES, () => HttpResponse.error()),
        http.get(`${API}/`, () => new HttpResponse(null, { status: 502 })),
      );
      const error = await rejectionOf(sign(createClient({ baseUrl: API, backoff: FAST })));
      expect(error).to.be.instanceOf(CivicNetworkError);
    });

    it('does not probe after a failed read', async () => {
      let discoveryReads = 0;
      worker.use(
        http.get(`${API}/petitions/p1`, () => HttpResponse.error()),
        http.get(`${API}/`, () => {
          discoveryReads++;
          return HttpResponse.json(discoveryDocument());
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST });
      const error = await rejectionOf(client.call('getPetition', { path: { petitionId: 'p1' } }));
      expect(error).to.be.instanceOf(CivicNetworkError);
      expect(discoveryReads).to.equal(0);
    });

    it('rejects with the abort reason when the call is cancelled during the probe', async () => {
      const controller = new AbortController();
      worker.use(
        http.post(SIGNATURES, () => HttpResponse.error()),
        http.post(`${API}/`, () => HttpResponse.error()),
        http.get(`${API}/`, async () => {
          controller.abort();
          await new Promise((resolve) => setTimeout(resolve, 50));
          return HttpResponse.json(discoveryDocument());
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST, retries: 0 });
      const error = await rejectionOf(
        client.call(
          'createSignature',
          { path: { petitionId: 'p1' }, body: signature },
          { signal: controller.signal },
        ),
      );
      expect((error as DOMException).name).to.equal('AbortError');
    });
  });
});
