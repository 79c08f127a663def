/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  CivicApiError,
  CivicNetworkError,
  CivicResponseError,
  CivicTimeoutError,
  createClient,
  isAbortError,
  isAuthRequired,
} from '../../src/client/index.js';
import {
  API,
  deleteNote,
  discoveryDocument,
  getThing,
  pause,
  petitionCount,
  postNote,
  rejectionOf,
  useMockServer,
  worker,
} from './support.js';
import { getPetition, getPetitionCount } from '../../src/protocol/endpoints/petitions.js';
import { petition as petitionFixture } from '../protocol/fixtures.js';

const FAST = { baseMs: 1, capMs: 5 };
const signature = { name: 'Aida Nurlanovna', email: 'aida@example.kz', eligible: true };

describe('createClient', () => {
  useMockServer();

  describe('when it builds a request', () => {
    it('fills the path, repeats array query values and skips undefined ones', async () => {
      let seen: URL | undefined;
      worker.use(
        http.get(`${API}/things/:thingId`, ({ request }) => {
          seen = new URL(request.url);
          return HttpResponse.json({ id: 'a b', count: 1 });
        }),
      );
      const client = createClient({ baseUrl: `${API}/` });

      await client.request(getThing, {
        path: { thingId: 'a b' },
        query: { tag: ['x', 'y'], limit: 5, q: undefined },
      });

      expect(seen?.pathname).to.equal('/v1/things/a%20b');
      expect(seen?.searchParams.getAll('tag')).to.deep.equal(['x', 'y']);
      expect(seen?.searchParams.get('limit')).to.equal('5');
      expect(seen?.searchParams.has('q')).to.equal(false);
    });

    it('resolves a relative base URL against the page', () => {
      const client = createClient({ baseUrl: '/api/v1' });
      expect(client.url(getThing, { path: { thingId: 't1' } })).to.equal(
        `${location.origin}/api/v1/things/t1`,
      );
    });

    it('sends JSON with the token, the locale and no cookies', async () => {
      let request: Request | undefined;
      let body: unknown;
      worker.use(
        http.post(`${API}/notes`, async (info) => {
          request = info.request;
          body = await info.request.json();
          return HttpResponse.json({ id: 'n1' }, { status: 201 });
        }),
      );
      let locale = 'ru';
      const client = createClient({ baseUrl: API, getToken: async () => 'tok-123', locale: () => locale });

      expect(await client.request(postNote, { body: { text: 'Hello' } })).to.deep.equal({ id: 'n1' });
      expect(request?.headers.get('Content-Type')).to.equal('application/json');
      expect(request?.headers.get('Accept')).to.equal('application/json, application/problem+json');
      expect(request?.headers.get('Authorization')).to.equal('Bearer tok-123');
      expect(request?.headers.get('Accept-Language')).to.equal('ru');
      expect(request?.credentials).to.equal('omit');
      expect(body).to.deep.equal({ text: 'Hello' });

      locale = 'kk';
      await client.request(postNote, { body: { text: 'Сәлем' } });
      expect(request?.headers.get('Accept-Language')).to.equal('kk');
    });

    it('starts fetch in the same call when the token getter answers synchronously', async () => {
      const started: string[] = [];
      const client = createClient({
        baseUrl: API,
        getToken: () => 'tok-1',
        fetch: (input) => {
          started.push(String(input));
          return Promise.resolve(Response.json(petitionCount(7)));
        },
      });

      const answer = client.request(getPetitionCount, { path: { petitionId: 'p1' } });
      const startedInTheCall = [...started];

      expect(startedInTheCall).to.deep.equal([`${API}/petitions/p1/count`]);
      expect((await answer).signatureCount).to.equal(7);
    });

    it('calls a registry endpoint by id with the same request as its descriptor', async () => {
      const seen: string[] = [];
      worker.use(
        http.get(`${API}/petitions/:petitionId`, ({ request }) => {
          seen.push(`${request.method} ${new URL(request.url).pathname}`);
          return HttpResponse.json(petitionFixture());
        }),
      );
      const client = createClient({ baseUrl: API });

      const byId = await client.call('getPetition', { path: { petitionId: 'p1' } });
      const byDescriptor = await client.request(getPetition, { path: { petitionId: 'p1' } });

      expect(seen).to.deep.equal(['GET /v1/petitions/p1', 'GET /v1/petitions/p1']);
      expect(byId).to.deep.equal(byDescriptor);
    });

    it('rejects a call by id whose signal is already aborted, sending nothing', async () => {
      let requests = 0;
      worker.use(
        http.get(`${API}/petitions/:petitionId`, () => {
          requests += 1;
          return HttpResponse.json(petitionFixture());
        }),
      );
      const client = createClient({ baseUrl: API });
      const controller = new AbortController();
      controller.abort();

      const error = await rejectionOf(
        client.call('getPetition', { path: { petitionId: 'p1' } }, { signal: controller.signal }),
      );

      expect(isAbortError(error)).to.equal(true);
      expect(requests).to.equal(0);
    });

    it('sends no Authorization header when there is no token', async () => {
      let headers: Headers | undefined;
      worker.use(
        http.get(`${API}/things/:thingId`, ({ request }) => {
          headers = request.headers;
          return HttpResponse.json({ id: 't1', count: 1 });
        }),
      );
      const client = createClient({ baseUrl: API, getToken: () => null });

      await client.request(getThing, { path: { thingId: 't1' } });

      expect(headers?.has('Authorization')).to.equal(false);
      expect(headers?.has('Idempotency-Key')).to.equal(false);
    });
  });

  describe('when the server answers', () => {
    it('resolves with the validated body of a real protocol endpoint', async () => {
      worker.use(http.get(`${API}/petitions/:petitionId/count`, () => HttpResponse.json(petitionCount(42))));
      const client = createClient({ baseUrl: API });

      const count = await client.call('getPetitionCount', { path: { petitionId: 'p1' } });

      expect(count.signatureCount).to.equal(42);
    });

    it('resolves with undefined for a 204', async () => {
      worker.use(http.delete(`${API}/notes/:noteId`, () => new HttpResponse(null, { status: 204 })));
      const client = createClient({ baseUrl: API });

      expect(await client.request(deleteNote, { path: { noteId: 'n1' } })).to.equal(undefined);
    });

    it('rejects a body of the wrong shape with CivicResponseError, without echoing the data', async () => {
      worker.use(
        http.get(`${API}/things/:thingId`, () => HttpResponse.json({ id: 't1', count: 'secret-value' })),
      );
      const client = createClient({ baseUrl: API });

      const error = await rejectionOf(client.request(getThing, { path: { thingId: 't1' } }));

      expect(error).to.be.instanceOf(CivicResponseError);
      const responseError = error as CivicResponseError;
      expect(responseError.reason).to.equal('schema');
      expect(responseError.issues).to.deep.equal([{ path: 'count', message: 'expected number, got string' }]);
      expect(responseError.message).not.to.contain('secret-value');
    });

    it('rejects a body that is not JSON with CivicResponseError', async () => {
      worker.use(http.get(`${API}/things/:thingId`, () => HttpResponse.html('<h1>Welcome to nginx</h1>')));
      const client = createClient({ baseUrl: API });

      const error = await rejectionOf(client.request(getThing, { path: { thingId: 't1' } }));

      expect(error).to.be.instanceOf(CivicResponseError);
      expect((error as CivicResponseError).reason).to.equal('not-json');
    });

    it('surfaces problem+json field errors on CivicApiError', async () => {
      const problem = {
        type: 'urn:civic:problem:validation',
        title: 'Invalid signature',
        status: 422,
        errors: [
          { field: 'email', code: 'invalid', message: 'Enter an email address' },
          { field: 'name', code: 'required', message: 'Enter your name' },
          { field: 'email', code: 'too_long', message: 'Email is too long' },
        ],
      };
      worker.use(
        http.post(`${API}/petitions/:petitionId/signatures`, () =>
          HttpResponse.json(problem, {
            status: 422,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
        ),
      );
      const client = createClient({ baseUrl: API });

      const error = await rejectionOf(
        client.call('createSignature', { path: { petitionId: 'p1' }, body: signature }),
      );

      expect(error).to.be.instanceOf(CivicApiError);
      const apiError = error as CivicApiError;
      expect(apiError.status).to.equal(422);
      expect(apiError.problem?.type).to.equal('urn:civic:problem:validation');
      expect(apiError.fieldErrors).to.deep.equal({
        email: ['Enter an email address', 'Email is too long'],
        name: ['Enter your name'],
      });
    });

    it('keeps the status but no problem when the error body is not a problem', async () => {
      worker.use(
        http.get(`${API}/things/:thingId`, () =>
          HttpResponse.html('<h1>502 Bad Gateway</h1>', { status: 502 }),
        ),
      );
      const client = createClient({ baseUrl: API, retries: 0 });

      const error = await rejectionOf(client.request(getThing, { path: { thingId: 't1' } }));

      expect(error).to.be.instanceOf(CivicApiError);
      expect((error as CivicApiError).status).to.equal(502);
      expect((error as CivicApiError).problem).to.equal(null);
      expect((error as CivicApiError).fieldErrors).to.deep.equal({});
    });

    it('keeps the problem null when a JSON error body breaks the problem schema', async () => {
      worker.use(
        http.get(`${API}/things/:thingId`, () =>
          HttpResponse.json(
            { error: 'nope' },
            { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const client = createClient({ baseUrl: API });

      const error = await rejectionOf(client.request(getThing, { path: { thingId: 't1' } }));

      expect((error as CivicApiError).status).to.equal(404);
      expect((error as CivicApiError).problem).to.equal(null);
    });

    it('recognises a 401 with isAuthRequired', async () => {
      worker.use(
        http.put(`${API}/ideas/:ideaId/vote`, () =>
          HttpResponse.json(
            { type: 'urn:civic:problem:unauthorized', title: 'Sign in to vote', status: 401 },
            { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const client = createClient({ baseUrl: API });

      const error = await rejectionOf(client.call('setVote', { path: { ideaId: 'i1' }, body: { value: 1 } }));

      expect(isAuthRequired(error)).to.equal(true);
      expect(isAuthRequired(new CivicApiError(403, null))).to.equal(false);
    });
  });

  describe('when a conditional resource has an ETag', () => {
    it('sends If-None-Match and answers a 304 with the cached value', async () => {
      const seen: (string | null)[] = [];
      worker.use(
        http.get(`${API}/things/:thingId`, ({ request }) => {
          seen.push(request.headers.get('If-None-Match'));
          return request.headers.get('If-None-Match') === '"v1"'
            ? new HttpResponse(null, { status: 304, headers: { ETag: '"v1"' } })
            : HttpResponse.json({ id: 't1', count: 7 }, { headers: { ETag: '"v1"' } });
        }),
      );
      const client = createClient({ baseUrl: API });

      const first = await client.request(getThing, { path: { thingId: 't1' } });
      first.count = 999;
      const second = await client.request(getThing, { path: { thingId: 't1' } });

      expect(seen).to.deep.equal([null, '"v1"']);
      expect(second).to.deep.equal({ id: 't1', count: 7 });
    });

    it('keeps signed-in and anonymous answers apart', async () => {
      const seen: (string | null)[] = [];
      worker.use(
        http.get(`${API}/things/:thingId`, ({ request }) => {
          seen.push(request.headers.get('If-None-Match'));
          return HttpResponse.json({ id: 't1', count: 1 }, { headers: { ETag: '"anon"' } });
        }),
      );
      let token: string | null = null;
      const client = createClient({ baseUrl: API, getToken: () => token });

      await client.request(getThing, { path: { thingId: 't1' } });
      token = 'tok';
      await client.request(getThing, { path: { thingId: 't1' } });

      expect(seen).to.deep.equal([null, null]);
    });

    it('keeps each language apart and sends the language a call asks for', async () => {
      const seen: { etag: string | null; language: string | null }[] = [];
      worker.use(
        http.get(`${API}/things/:thingId`, ({ request }) => {
          seen.push({
            etag: request.headers.get('If-None-Match'),
            language: request.headers.get('Accept-Language'),
          });
          return HttpResponse.json({ id: 't1', count: 1 }, { headers: { ETag: '"same-for-all"' } });
        }),
      );
      const client = createClient({ baseUrl: API, locale: 'en' });

      await client.request(getThing, { path: { thingId: 't1' } });
      await client.request(getThing, { path: { thingId: 't1' } }, { locale: 'kk' });
      await client.request(getThing, { path: { thingId: 't1' } }, { locale: 'kk' });

      expect(seen).to.deep.equal([
        { etag: null, language: 'en' },
        { etag: null, language: 'kk' },
        { etag: '"same-for-all"', language: 'kk' },
      ]);
    });
  });

  describe('when an attempt fails', () => {
    it('retries a write after a dropped connection with the same Idempotency-Key', async () => {
      const keys: (string | null)[] = [];
      worker.use(
        http.post(`${API}/petitions/:petitionId/signatures`, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return keys.length === 1
            ? HttpResponse.error()
            : HttpResponse.json({ status: 'confirmation_sent', petitionId: 'p1' }, { status: 202 });
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST });

      const accepted = await client.call('createSignature', { path: { petitionId: 'p1' }, body: signature });

      expect(accepted).to.deep.equal({ status: 'confirmation_sent', petitionId: 'p1' });
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.not.equal('');
      expect(keys[1]).to.equal(keys[0]);
    });

    it('uses the caller-supplied Idempotency-Key on every attempt', async () => {
      const keys: (string | null)[] = [];
      worker.use(
        http.post(`${API}/petitions/:petitionId/signatures`, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return keys.length < 3
            ? new HttpResponse(null, { status: 503 })
            : HttpResponse.json({ status: 'confirmation_sent', petitionId: 'p1' }, { status: 202 });
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST });

      await client.call(
        'createSignature',
        { path: { petitionId: 'p1' }, body: signature },
        { idempotencyKey: 'form-attempt-1' },
      );

      expect(keys).to.deep.equal(['form-attempt-1', 'form-attempt-1', 'form-attempt-1']);
    });

    it('gives each call of an idempotent endpoint its own key', async () => {
      const keys: (string | null)[] = [];
      worker.use(
        http.post(`${API}/petitions/:petitionId/signatures`, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return HttpResponse.json({ status: 'confirmation_sent', petitionId: 'p1' }, { status: 202 });
        }),
      );
      const client = createClient({ baseUrl: API });

      await client.call('createSignature', { path: { petitionId: 'p1' }, body: signature });
      await client.call('createSignature', { path: { petitionId: 'p1' }, body: signature });

      expect(keys[0]).to.be.a('string');
      expect(keys[1]).to.be.a('string').and.not.equal(keys[0]);
    });

    it('never retries a POST without a key', async () => {
      let attempts = 0;
      worker.use(
        http.post(`${API}/notes`, () => {
          attempts += 1;
          return HttpResponse.error();
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST, retries: 3 });

      const error = await rejectionOf(client.request(postNote, { body: { text: 'once' } }));
      await pause(50);

      expect(error).to.be.instanceOf(CivicNetworkError);
      expect(attempts).to.equal(1);
    });

    it('retries a GET on 503 and stops after the configured number of retries', async () => {
      let attempts = 0;
      worker.use(
        http.get(`${API}/things/:thingId`, () => {
          attempts += 1;
          return new HttpResponse(null, { status: 503 });
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST, retries: 2 });

      const error = await rejectionOf(client.request(getThing, { path: { thingId: 't1' } }));

      expect((error as CivicApiError).status).to.equal(503);
      expect(attempts).to.equal(3);
    });

    it('does not retry a client error', async () => {
      let attempts = 0;
      worker.use(
        http.get(`${API}/things/:thingId`, () => {
          attempts += 1;
          return new HttpResponse(null, { status: 400 });
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST });

      await rejectionOf(client.request(getThing, { path: { thingId: 't1' } }));

      expect(attempts).to.equal(1);
    });

    it('raises CivicTimeoutError when the answer takes too long', async () => {
      worker.use(
        http.get(`${API}/things/:thingId`, async () => {
          await delay(1_000);
          return HttpResponse.json({ id: 't1', count: 1 });
        }),
      );
      const client = createClient({ baseUrl: API, timeoutMs: 50, retries: 0 });

      const error = await rejectionOf(client.request(getThing, { path: { thingId: 't1' } }));

      expect(error).to.be.instanceOf(CivicTimeoutError);
      expect((error as CivicTimeoutError).timeoutMs).to.equal(50);
    });

    it('retries a timed-out GET and succeeds', async () => {
      let attempts = 0;
      worker.use(
        http.get(`${API}/things/:thingId`, async () => {
          attempts += 1;
          if (attempts === 1) await delay(1_000);
          return HttpResponse.json({ id: 't1', count: attempts });
        }),
      );
      const client = createClient({ baseUrl: API, timeoutMs: 200, backoff: FAST });

      expect(await client.request(getThing, { path: { thingId: 't1' } })).to.deep.equal({
        id: 't1',
        count: 2,
      });
    });

    it('honours Retry-After on 503', async () => {
      const times: number[] = [];
      worker.use(
        http.get(`${API}/things/:thingId`, () => {
          times.push(performance.now());
          return times.length === 1
            ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '1' } })
            : HttpResponse.json({ id: 't1', count: 1 });
        }),
      );
      // With a 5 ms backoff cap, only the header can explain a wait of about a second.
      const client = createClient({ baseUrl: API, backoff: FAST });

      await client.request(getThing, { path: { thingId: 't1' } });

      expect(times).to.have.length(2);
      expect(times[1]! - times[0]!).to.be.at.least(950);
    });

    it('gives up at once when Retry-After is longer than it is willing to wait', async () => {
      let attempts = 0;
      worker.use(
        http.get(`${API}/things/:thingId`, () => {
          attempts += 1;
          return HttpResponse.json(
            { type: 'urn:civic:problem:rate-limited', title: 'Too many requests', status: 429 },
            { status: 429, headers: { 'Retry-After': '120', 'Content-Type': 'application/problem+json' } },
          );
        }),
      );
      const client = createClient({ baseUrl: API, backoff: FAST });

      const error = await rejectionOf(client.request(getThing, { path: { thingId: 't1' } }));

      expect(attempts).to.equal(1);
      expect((error as CivicApiError).status).to.equal(429);
      expect((error as CivicApiError).retryAfterSeconds).to.equal(120);
    });
  });

  describe('when the caller aborts', () => {
    it('rejects with AbortError and makes no further attempt', async () => {
      let attempts = 0;
      let firstAnswered!: () => void;
      const answered = new Promise<void>((resolve) => (firstAnswered = resolve));
      worker.use(
        http.get(`${API}/things/:thingId`, () => {
          attempts += 1;
          firstAnswered();
          // Retry-After makes the client wait 20 s, far beyond the test timeout, unless the abort ends the wait.
          return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '20' } });
        }),
      );
      const client = createClient({ baseUrl: API });
      const controller = new AbortController();

      const call = rejectionOf(
        client.request(getThing, { path: { thingId: 't1' } }, { signal: controller.signal }),
      );
      await answered;
      await pause(20);
      controller.abort();
      const error = await call;
      await pause(50);

      expect(isAbortError(error)).to.equal(true);
      expect(error).to.equal(controller.signal.reason);
      expect(attempts).to.equal(1);
    });

    it('rejects with AbortError while the request is in flight', async () => {
      worker.use(
        http.get(`${API}/things/:thingId`, async () => {
          await delay(1_000);
          return HttpResponse.json({ id: 't1', count: 1 });
        }),
      );
      const client = createClient({ baseUrl: API });
      const controller = new AbortController();

      const call = rejectionOf(
        client.request(getThing, { path: { thingId: 't1' } }, { signal: controller.signal }),
      );
      await pause(30);
      controller.abort();

      expect(isAbortError(await call)).to.equal(true);
    });

    it('sends nothing when the signal is already aborted', async () => {
      let attempts = 0;
      worker.use(
        http.get(`${API}/things/:thingId`, () => {
          attempts += 1;
          return HttpResponse.json({ id: 't1', count: 1 });
        }),
      );
      const client = createClient({ baseUrl: API });
      const reason = new Error('component disconnected');

      const error = await rejectionOf(
        client.request(getThing, { path: { thingId: 't1' } }, { signal: AbortSignal.abort(reason) }),
      );
      await pause(30);

      expect(error).to.equal(reason);
      expect(attempts).to.equal(0);
    });
  });

  describe('discover()', () => {
    it('reads the discovery document once per client', async () => {
      let reads = 0;
      worker.use(
        http.get(`${API}/`, () => {
          reads += 1;
          return HttpResponse.json(discoveryDocument(['petitions', 'petitions.live'], 15));
        }),
      );
      const client = createClient({ baseUrl: API });

      const [a, b] = await Promise.all([client.discover(), client.discover()]);
      const c = await client.discover();

      expect(a.features).to.deep.equal(['petitions', 'petitions.live']);
      expect(b).to.equal(a);
      expect(c).to.equal(a);
      expect(reads).to.equal(1);
    });

    it('tries again on the next call after a failure', async () => {
      let reads = 0;
      worker.use(
        http.get(`${API}/`, () => {
          reads += 1;
          return reads === 1
            ? new HttpResponse(null, { status: 500 })
            : HttpResponse.json(discoveryDocument());
        }),
      );
      const client = createClient({ baseUrl: API });

      const error = await rejectionOf(client.discover());
      const discovery = await client.discover();

      expect((error as CivicApiError).status).to.equal(500);
      expect(discovery.protocolVersion).to.equal('1');
      expect(reads).to.equal(2);
    });

    it('lets one caller give up without cancelling the shared read', async () => {
      worker.use(
        http.get(`${API}/`, async () => {
          await delay(100);
          return HttpResponse.json(discoveryDocument());
        }),
      );
      const client = createClient({ baseUrl: API });
      const controller = new AbortController();

      const abandoned = rejectionOf(client.discover({ signal: controller.signal }));
      const kept = client.discover();
      controller.abort();

      expect(isAbortError(await abandoned)).to.equal(true);
      expect((await kept).defaultLocale).to.equal('en');
    });
  });
});
