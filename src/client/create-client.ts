import type { Discovery } from '../protocol/discovery.js';
import type { AnyEndpoint, EndpointInput, EndpointOutput } from '../protocol/endpoint.js';
import { getDiscovery } from '../protocol/endpoints/discovery.js';
import type { EndpointId, Endpoints } from '../protocol/endpoints.js';
import { EtagCache } from './etag-cache.js';
import { resolveLiveStream, watchResource } from './live.js';
import type { LiveHandle, LiveTransport, WatchEndpointOptions, WatchOptions } from './live.js';
import { performRequest } from './request.js';
import type { CallInput, RequestOptions, TransportConfig } from './request.js';
import { DEFAULT_BACKOFF } from './retry.js';
import type { BackoffOptions } from './retry.js';
import { raceSignal } from './signals.js';
import { buildUrl } from './url.js';

/** Token getter; return nothing when nobody is signed in. Called before every attempt, so it may refresh. */
export type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

export interface ClientOptions {
  /** API base, absolute or relative to the page, e.g. `https://city.example/api/v1`. */
  baseUrl: string;
  /** `fetch` to use (default: the global one, looked up at call time). */
  fetch?: typeof fetch;
  /** Bearer token source for signed-in participants. */
  getToken?: TokenGetter;
  /** Time limit of each attempt in ms; default 10 000. */
  timeoutMs?: number;
  /** Retries of a failed retryable attempt; default 2. */
  retries?: number;
  /** `Accept-Language` value, or a function read on every request (so a locale switch applies at once). */
  locale?: string | (() => string | undefined);
  /** Retry backoff tuning; default base 300 ms, cap 5 s, longest honoured `Retry-After` 30 s. */
  backoff?: Partial<BackoffOptions>;
  /** Entries of the in-memory ETag cache; default 100. */
  cacheSize?: number;
}

export interface DiscoverOptions {
  signal?: AbortSignal | undefined;
}

/**
 * A protocol client bound to one backend. Every method accepts an `AbortSignal`.
 *
 * Widgets, and apps that care about their bundle's size, call `request` and `watchEndpoint` with the
 * descriptors they import from their feature's module (`getPetition` from
 * `protocol/endpoints/petitions.js`), so a bundle holds only the schemas it uses. `call` and `watch`
 * take an endpoint's id instead and load the registry of every endpoint on first use (its own chunk
 * in a bundle, fetched once).
 */
export interface CivicClient {
  readonly baseUrl: string;
  /**
   * Calls an endpoint of the protocol registry by id, resolving with its validated response. Loads
   * the registry (every feature's schemas) first, so the request leaves a tick later than with
   * `request`; widgets use `request`.
   */
  call<K extends EndpointId>(
    id: K,
    input: EndpointInput<Endpoints[K]>,
    options?: RequestOptions,
  ): Promise<EndpointOutput<Endpoints[K]>>;
  /**
   * Calls an endpoint descriptor (e.g. `getPetition`, or a backend's own extension), resolving with
   * its validated response. With a token getter that answers synchronously, `fetch` starts in this
   * very call.
   */
  request<E extends AnyEndpoint>(
    endpoint: E,
    input: EndpointInput<E>,
    options?: RequestOptions,
  ): Promise<EndpointOutput<E>>;
  /** Absolute URL of an endpoint call (for links and `EventSource`). */
  url<E extends AnyEndpoint>(endpoint: E, input: EndpointInput<E>): string;
  /** The backend's discovery document; read once per client, and again on the next call if it failed. */
  discover(options?: DiscoverOptions): Promise<Discovery>;
  /**
   * Keeps a resource of the registry fresh by id (e.g. `getPetitionCount`): server-sent events when
   * the backend announces them, else polling with conditional GETs that pauses while the page is
   * hidden. Loads the registry first; the handle can be stopped or refreshed at once all the same.
   * Widgets use `watchEndpoint`.
   */
  watch<K extends EndpointId>(
    id: K,
    input: EndpointInput<Endpoints[K]>,
    options: WatchOptions<EndpointOutput<Endpoints[K]>>,
  ): LiveHandle;
  /**
   * Keeps the resource of an endpoint descriptor fresh (e.g. `getPetitionCount` with
   * `stream: PETITION_COUNT_STREAM`), as `watch` does; starts at once.
   */
  watchEndpoint<E extends AnyEndpoint>(
    endpoint: E,
    input: EndpointInput<E>,
    options: WatchEndpointOptions<EndpointOutput<E>>,
  ): LiveHandle;
}

/**
 * The registry of every endpoint and stream, for the by-id methods only. Imported on demand: a
 * static import would put every feature's schemas into every widget's bundle.
 */
async function loadRegistry() {
  const [{ ENDPOINTS }, { STREAM_EVENTS }] = await Promise.all([
    import('../protocol/endpoints.js'),
    import('../protocol/streams.js'),
  ]);
  return { endpoints: ENDPOINTS, streamEvents: STREAM_EVENTS };
}

/** Creates a client for one backend. */
export function createClient(options: ClientOptions): CivicClient {
  const locale = options.locale;
  const config: TransportConfig = {
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    getToken: options.getToken ?? (() => undefined),
    locale: typeof locale === 'function' ? locale : () => locale,
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    cache: new EtagCache(options.cacheSize),
  };

  let discovery: Promise<Discovery> | undefined;
  const discover = (discoverOptions: DiscoverOptions = {}): Promise<Discovery> => {
    if (!discovery) {
      // Shared by all callers, so no single caller's signal may cancel it.
      const pending = performRequest(config, getDiscovery, {}) as Promise<Discovery>;
      discovery = pending;
      pending.catch(() => {
        if (discovery === pending) discovery = undefined;
      });
    }
    return raceSignal(discovery, discoverOptions.signal);
  };

  const request = (
    endpoint: AnyEndpoint,
    input: CallInput,
    requestOptions?: RequestOptions,
  ): Promise<unknown> => performRequest(config, endpoint, input, requestOptions);
  const url = (endpoint: AnyEndpoint, input: CallInput): string => buildUrl(config.baseUrl, endpoint, input);

  const transport: LiveTransport = { request, discover, url };

  /** A watch by id: starts once the registry has loaded, unless it was stopped meanwhile. */
  const watchById = (id: EndpointId, input: CallInput, watchOptions: WatchOptions<unknown>): LiveHandle => {
    let handle: LiveHandle | undefined;
    let stopped = false;
    loadRegistry()
      .then((registry) => {
        if (stopped) return;
        const stream = resolveLiveStream(registry, id, watchOptions);
        handle = watchResource(transport, registry.endpoints[id], input, watchOptions, stream);
      })
      .catch((error: unknown) => {
        if (!stopped) watchOptions.onError?.(error);
      });
    return {
      stop: () => {
        stopped = true;
        handle?.stop();
      },
      // Until the watch starts there is nothing to refresh: it fetches at once when it does.
      refresh: () => handle?.refresh(),
    };
  };

  return {
    baseUrl: options.baseUrl,
    call: (id, input, requestOptions) =>
      loadRegistry().then(({ endpoints }) =>
        request(endpoints[id], input as CallInput, requestOptions),
      ) as Promise<EndpointOutput<Endpoints[typeof id]>>,
    request: <E extends AnyEndpoint>(endpoint: E, input: EndpointInput<E>, requestOptions?: RequestOptions) =>
      request(endpoint, input as CallInput, requestOptions) as Promise<EndpointOutput<E>>,
    url: (endpoint, input) => url(endpoint, input as CallInput),
    discover,
    watch: (id, input, watchOptions) =>
      watchById(id, input as CallInput, watchOptions as WatchOptions<unknown>),
    watchEndpoint: (endpoint, input, watchOptions) =>
      watchResource(transport, endpoint, input as CallInput, watchOptions, watchOptions.stream ?? undefined),
  };
}
