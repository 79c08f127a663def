/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, sse } from 'msw';
import { CivicResponseError, createClient } from '../../src/client/index.js';
import { MAX_STREAMS_PER_ORIGIN } from '../../src/client/live.js';
import type { LiveHandle, VisibilitySource, WatchOptions } from '../../src/client/index.js';
import type { WatchEndpointOptions } from '../../src/client/index.js';
import { getPetitionCount, PETITION_COUNT_STREAM } from '../../src/protocol/endpoints/petitions.js';
import type { PetitionCount } from '../../src/protocol/petitions.js';
import { API, discoveryDocument, pause, petitionCount, useMockServer, worker } from './support.js';

/*
 * Each test watches its own petition: a poll the previous test sent just before it stopped can still
 * reach the worker after that test ended, and must not be counted by the next test's handlers.
 */
let petitionId = 'p0';
let testNumber = 0;
const countUrl = (): string => `${API}/petitions/${petitionId}/count`;
const eventsUrl = (): string => `${API}/petitions/${petitionId}/events`;
const WAIT = { timeout: 3_000 };

/** A visibility source the test flips by hand. */
function fakeVisibility(): VisibilitySource & { set(hidden: boolean): void; readonly listeners: number } {
  let hidden = false;
  const listeners = new Set<() => void>();
  return {
    isHidden: () => hidden,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      hidden = value;
      for (const listener of listeners) listener();
    },
    get listeners() {
      return listeners.size;
    },
  };
}

function serveDiscovery(features: string[], pollIntervalSeconds = 60): void {
  worker.use(http.get(`${API}/`, () => HttpResponse.json(discoveryDocument(features, pollIntervalSeconds))));
}

/** Serves the petition count from `counts` (the last one repeats) and counts the requests. */
function serveCounts(counts: object[]): { readonly requests: number } {
  const served = { requests: 0 };
  worker.use(
    http.get(countUrl(), () => {
      const body = counts[Math.min(served.requests, counts.length - 1)];
      served.requests += 1;
      return HttpResponse.json(body);
    }),
  );
  return served;
}

describe('client.watch', () => {
  useMockServer();

  let handles: LiveHandle[] = [];
  let values: number[];
  let errors: unknown[];
  afterEach(() => {
    handles.forEach((handle) => handle.stop());
    handles = [];
  });
  beforeEach(() => {
    testNumber += 1;
    petitionId = `p${testNumber}`;
    values = [];
    errors = [];
  });

  function watchPetition(options: Partial<WatchOptions<PetitionCount>> = {}): LiveHandle {
    const client = createClient({ baseUrl: API, retries: 0 });
    const handle = client.watch(
      'getPetitionCount',
      { path: { petitionId } },
      {
        onValue: (count) => values.push(count.signatureCount),
        onError: (error) => errors.push(error),
        ...options,
      },
    );
    handles.push(handle);
    return handle;
  }

  function watchPetitionEndpoint(options: Partial<WatchEndpointOptions<PetitionCount>> = {}): LiveHandle {
    const client = createClient({ baseUrl: API, retries: 0 });
    const handle = client.watchEndpoint(
      getPetitionCount,
      { path: { petitionId } },
      {
        stream: PETITION_COUNT_STREAM,
        onValue: (count) => values.push(count.signatureCount),
        onError: (error) => errors.push(error),
        ...options,
      },
    );
    handles.push(handle);
    return handle;
  }

  describe('when a watch by id is stopped or refreshed before the registry has loaded', () => {
    it('never fetches once stopped', async () => {
      serveDiscovery(['petitions']);
      const served = serveCounts([petitionCount(1)]);

      watchPetition({ intervalMs: 20 }).stop();
      await pause(200); // several poll intervals

      expect(served.requests).to.equal(0);
      expect(values).to.deep.equal([]);
    });

    it('starts with one fetch all the same, and refreshes once started', async () => {
      serveDiscovery(['petitions']);
      const served = serveCounts([petitionCount(1), petitionCount(9)]);

      const handle = watchPetition({ intervalMs: 60_000 });
      handle.refresh();
      await waitUntil(() => values.length === 1, 'first value', WAIT);
      await pause(100); // a second request would land meanwhile
      expect(served.requests).to.equal(1);

      handle.refresh();
      await waitUntil(() => values.length === 2, 'refreshed value', WAIT);
      expect(values).to.deep.equal([1, 9]);

      handle.stop();
      await pause(100);
      expect(served.requests).to.equal(2);
    });

    it('reports an unknown stream event through onError and does not start', async () => {
      serveDiscovery(['petitions', 'petitions.live']);
      const served = serveCounts([petitionCount(1)]);

      watchPetition({ intervalMs: 20, streamEndpointId: 'streamPetitionEvents', streamEvent: 'tally' });
      await waitUntil(() => errors.length === 1, 'the error reported', WAIT);
      await pause(100);

      expect(errors[0]).to.be.instanceOf(TypeError);
      expect(String(errors[0])).to.contain('Unknown event "tally" on stream streamPetitionEvents');
      expect(served.requests).to.equal(0);
    });
  });

  describe('when an endpoint is watched with its stream (watchEndpoint)', () => {
    it('fetches in the same call', () => {
      const started: string[] = [];
      const client = createClient({
        baseUrl: API,
        retries: 0,
        fetch: (input) => {
          started.push(String(input));
          const url = String(input);
          return Promise.resolve(
            Response.json(url === `${API}/` ? discoveryDocument(['petitions']) : petitionCount(1)),
          );
        },
      });

      handles.push(
        client.watchEndpoint(
          getPetitionCount,
          { path: { petitionId } },
          { stream: PETITION_COUNT_STREAM, onValue: () => {}, intervalMs: 60_000 },
        ),
      );

      // The value first; discovery, which says whether to stream, is read beside it.
      expect(started[0]).to.equal(countUrl());
    });

    it('follows the stream it is given when the backend announces it', async () => {
      serveDiscovery(['petitions', 'petitions.live']);
      const served = serveCounts([petitionCount(1)]);
      worker.use(
        sse<{ count: unknown }>(eventsUrl(), async ({ client }) => {
          await waitUntil(() => values.length === 1, 'first value fetched', WAIT);
          client.send({ event: 'count', data: petitionCount(5) });
        }),
      );

      watchPetitionEndpoint({ intervalMs: 20 });
      await waitUntil(() => values.length === 2, 'streamed value', WAIT);
      await pause(150); // several poll intervals

      expect(values).to.deep.equal([1, 5]);
      expect(served.requests).to.equal(1);
    });

    it('polls when given no stream', async () => {
      serveDiscovery(['petitions', 'petitions.live']);
      const served = serveCounts([petitionCount(1), petitionCount(2)]);
      let streams = 0;
      worker.use(
        sse(eventsUrl(), () => {
          streams += 1;
        }),
      );

      watchPetitionEndpoint({ intervalMs: 20, stream: null });
      await waitUntil(() => served.requests >= 3, 'polled', WAIT);

      expect(streams).to.equal(0);
      expect(values).to.deep.equal([1, 2]);
    });
  });

  describe('when the backend has no event stream', () => {
    it('fetches at once, polls, and reports a value only when it changes', async () => {
      serveDiscovery(['petitions']);
      const served = serveCounts([petitionCount(1), petitionCount(1), petitionCount(2)]);

      watchPetition({ intervalMs: 20 });
      await waitUntil(() => served.requests >= 5, 'polled', WAIT);

      expect(values).to.deep.equal([1, 2]);
      expect(errors).to.deep.equal([]);
    });

    it("polls at discovery's interval when none is given", async () => {
      serveDiscovery(['petitions'], 1);
      const served = serveCounts([petitionCount(1)]);

      watchPetition();
      await waitUntil(() => served.requests >= 2, 'polled a second time', WAIT);

      expect(values).to.deep.equal([1]);
    });

    it('polls with If-None-Match, so an unchanged count costs a 304', async () => {
      serveDiscovery(['petitions']);
      const conditions: (string | null)[] = [];
      worker.use(
        http.get(countUrl(), ({ request }) => {
          conditions.push(request.headers.get('If-None-Match'));
          return request.headers.get('If-None-Match') === '"c1"'
            ? new HttpResponse(null, { status: 304 })
            : HttpResponse.json(petitionCount(3), { headers: { ETag: '"c1"' } });
        }),
      );

      watchPetition({ intervalMs: 20 });
      await waitUntil(() => conditions.length >= 3, 'polled', WAIT);

      expect(conditions.slice(0, 3)).to.deep.equal([null, '"c1"', '"c1"']);
      expect(values).to.deep.equal([3]);
    });

    it('reports malformed data, keeps the last good value and polls on', async () => {
      serveDiscovery(['petitions']);
      const served = serveCounts([
        petitionCount(1),
        { ...petitionCount(1), signatureCount: 'many' },
        petitionCount(2),
      ]);

      watchPetition({ intervalMs: 20 });
      await waitUntil(() => served.requests >= 4, 'polled past the bad answer', WAIT);

      expect(values).to.deep.equal([1, 2]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.be.instanceOf(CivicResponseError);
    });

    it('still polls when discovery fails', async () => {
      worker.use(http.get(`${API}/`, () => new HttpResponse(null, { status: 500 })));
      const served = serveCounts([petitionCount(4)]);

      watchPetition({ intervalMs: 20 });
      await waitUntil(() => served.requests >= 3, 'polled', WAIT);

      expect(values).to.deep.equal([4]);
      expect(errors).to.deep.equal([]);
    });

    it('fetches at once on refresh()', async () => {
      serveDiscovery(['petitions']);
      const served = serveCounts([petitionCount(1), petitionCount(9)]);

      const handle = watchPetition({ intervalMs: 60_000 });
      await waitUntil(() => values.length === 1, 'first value', WAIT);
      handle.refresh();
      await waitUntil(() => values.length === 2, 'refreshed value', WAIT);

      expect(values).to.deep.equal([1, 9]);
      expect(served.requests).to.equal(2);
    });

    it('stops when its signal aborts', async () => {
      serveDiscovery(['petitions']);
      const served = serveCounts([petitionCount(1)]);
      const controller = new AbortController();
      const visibility = fakeVisibility();

      watchPetition({ intervalMs: 20, signal: controller.signal, visibility });
      await waitUntil(() => served.requests >= 2, 'polled', WAIT);
      controller.abort();
      await pause(60); // lets a request already on its way land
      const seen = served.requests;
      await pause(200);

      expect(served.requests).to.equal(seen);
      expect(visibility.listeners).to.equal(0);
    });
  });

  describe('when the page is hidden', () => {
    it('pauses polling and resumes with an immediate refresh when visible again', async () => {
      serveDiscovery(['petitions']);
      const served = serveCounts([petitionCount(1)]);
      const visibility = fakeVisibility();

      watchPetition({ intervalMs: 20, visibility });
      await waitUntil(() => served.requests >= 3, 'polled while visible', WAIT);
      visibility.set(true);
      await pause(60); // lets a request already on its way land
      const whileHidden = served.requests;
      await pause(200);
      expect(served.requests).to.equal(whileHidden);

      visibility.set(false);
      await waitUntil(() => served.requests >= whileHidden + 3, 'polling resumed', WAIT);
    });

    it("follows the document's visibilityState by default", async () => {
      serveDiscovery(['petitions']);
      const served = serveCounts([petitionCount(1)]);
      let state: DocumentVisibilityState = 'visible';
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      const setState = (next: DocumentVisibilityState): void => {
        state = next;
        document.dispatchEvent(new Event('visibilitychange'));
      };
      try {
        watchPetition({ intervalMs: 20 });
        await waitUntil(() => served.requests >= 3, 'polled while visible', WAIT);
        setState('hidden');
        await pause(60);
        const whileHidden = served.requests;
        await pause(200);
        expect(served.requests).to.equal(whileHidden);

        setState('visible');
        await waitUntil(() => served.requests >= whileHidden + 3, 'polling resumed', WAIT);
      } finally {
        delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
      }
    });
  });

  describe('when discovery announces the live feature', () => {
    it('follows the event stream instead of polling', async () => {
      serveDiscovery(['petitions', 'petitions.live']);
      const served = serveCounts([petitionCount(1)]);
      let streams = 0;
      worker.use(
        sse<{ count: unknown }>(eventsUrl(), async ({ client }) => {
          streams += 1;
          await waitUntil(() => values.length === 1, 'first value fetched', WAIT);
          client.send({ event: 'count', data: petitionCount(5) });
          client.send({ event: 'count', data: { signatureCount: 'broken' } });
          client.send({ event: 'count', data: petitionCount(6) });
        }),
      );

      watchPetition({ intervalMs: 20 });
      await waitUntil(() => values.length === 3, 'streamed values', WAIT);
      await pause(150); // several poll intervals

      expect(values).to.deep.equal([1, 5, 6]);
      expect(streams).to.equal(1);
      expect(served.requests).to.equal(1);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.be.instanceOf(CivicResponseError);
    });

    it('drops a fetched value when a newer one was pushed while it was on its way', async () => {
      serveDiscovery(['petitions', 'petitions.live']);
      let requests = 0;
      worker.use(
        http.get(countUrl(), async () => {
          requests += 1;
          if (requests === 1) return HttpResponse.json(petitionCount(1));
          await pause(200);
          return HttpResponse.json(petitionCount(4));
        }),
        sse<{ count: unknown }>(eventsUrl(), ({ client }) => {
          // msw opens the stream once the resolver returns, so the pushes run detached.
          void (async () => {
            await waitUntil(() => values.length === 1, 'first value fetched', WAIT);
            client.send({ event: 'count', data: petitionCount(5) });
            await waitUntil(() => requests === 2, 'refresh sent', WAIT);
            client.send({ event: 'count', data: petitionCount(6) });
          })();
        }),
      );

      const handle = watchPetition({ intervalMs: 20 });
      await waitUntil(() => values.length === 2, 'first pushed value', WAIT);
      handle.refresh();
      await waitUntil(() => values.length === 3, 'second pushed value', WAIT);
      await pause(300); // the slow refresh answers meanwhile

      expect(values).to.deep.equal([1, 5, 6]);
    });

    it(`opens at most ${MAX_STREAMS_PER_ORIGIN} streams to one origin; more watchers poll, and a freed slot is reused`, async () => {
      serveDiscovery(['petitions', 'petitions.live']);
      const open = new Set<string>();
      const polled = new Set<string>();
      worker.use(
        http.get(`${API}/petitions/:id/count`, ({ params }) => {
          polled.add(String(params.id));
          return HttpResponse.json({ ...petitionCount(1), petitionId: String(params.id) });
        }),
        sse(`${API}/petitions/:id/events`, ({ params, client }) => {
          const id = String(params.id);
          open.add(id);
          // Held open until the watcher closes it (msw keeps the stream while the page listens).
          void client;
        }),
      );
      const client = createClient({ baseUrl: API, retries: 0 });
      const watch = (id: string) => {
        const handle = client.watch(
          'getPetitionCount',
          { path: { petitionId: id } },
          { onValue: () => {}, intervalMs: 20 },
        );
        handles.push(handle);
        return handle;
      };
      const ids = Array.from({ length: MAX_STREAMS_PER_ORIGIN + 2 }, (_, i) => `${petitionId}-${i}`);
      const watchers = ids.map(watch);
      await waitUntil(() => open.size === MAX_STREAMS_PER_ORIGIN, 'streams opened', WAIT);
      await pause(150); // several poll intervals
      expect(open.size).to.equal(MAX_STREAMS_PER_ORIGIN);
      expect([...open]).to.deep.equal(ids.slice(0, MAX_STREAMS_PER_ORIGIN));
      // Every watcher, streamed or not, has fetched its value.
      expect(polled.size).to.equal(ids.length);

      watchers[0]!.stop();
      const late = `${petitionId}-late`;
      watch(late);
      await waitUntil(() => open.has(late), 'the freed slot is used by a new watcher', WAIT);
    });

    it('falls back to polling when the stream fails', async () => {
      serveDiscovery(['petitions', 'petitions.live']);
      const served = serveCounts([petitionCount(1), petitionCount(1), petitionCount(8)]);
      let streams = 0;
      worker.use(
        sse(eventsUrl(), async ({ client }) => {
          streams += 1;
          await pause(30);
          client.error();
        }),
      );

      watchPetition({ intervalMs: 20 });
      await waitUntil(() => served.requests >= 4, 'polling after the stream failed', WAIT);

      expect(streams).to.equal(1);
      expect(values).to.deep.equal([1, 8]);
    });

    it('polls when the stream is switched off', async () => {
      serveDiscovery(['petitions', 'petitions.live']);
      const served = serveCounts([petitionCount(1)]);
      let streams = 0;
      worker.use(
        sse(eventsUrl(), () => {
          streams += 1;
        }),
      );

      watchPetition({ intervalMs: 20, streamEndpointId: null });
      await waitUntil(() => served.requests >= 3, 'polled', WAIT);

      expect(streams).to.equal(0);
    });
  });
});
