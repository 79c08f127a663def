import type { Discovery } from '../protocol/discovery.js';
import type { AnyEndpoint, EndpointInput, EndpointOutput } from '../protocol/endpoint.js';
import { ENDPOINTS } from '../protocol/endpoints.js';
import type { EndpointId, Endpoints } from '../protocol/endpoints.js';
import { EtagCache } from './etag-cache.js';
import { resolveLiveStream, watchResource } from './live.js';
import type { LiveHandle, WatchOptions } from './live.js';
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

/** A protocol client bound to one backend. Every method accepts an `AbortSignal`. */
export interface CivicClient {
  readonly baseUrl: string;
  /** Calls an endpoint of the protocol registry by id, resolving with its validated response. */
  call<K extends EndpointId>(
    id: K,
    input: EndpointInput<Endpoints[K]>,
    options?: RequestOptions,
  ): Promise<EndpointOutput<Endpoints[K]>>;
  /** Calls any endpoint descriptor (e.g. a backend's own extension), resolving with its validated response. */
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
   * Keeps a resource fresh (e.g. `getPetitionCount`): server-sent events when the backend announces
   * them, else polling with conditional GETs that pauses while the page is hidden.
   */
  watch<K extends EndpointId>(
    id: K,
    input: EndpointInput<Endpoints[K]>,
    options: WatchOptions<EndpointOutput<Endpoints[K]>>,
  ): LiveHandle;
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
      const pending = performRequest(config, ENDPOINTS.getDiscovery, {}) as Promise<Discovery>;
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

  return {
    baseUrl: options.baseUrl,
    call: (id, input, requestOptions) =>
      request(ENDPOINTS[id], input as CallInput, requestOptions) as Promise<
        EndpointOutput<Endpoints[typeof id]>
      >,
    request: <E extends AnyEndpoint>(endpoint: E, input: EndpointInput<E>, requestOptions?: RequestOptions) =>
      request(endpoint, input as CallInput, requestOptions) as Promise<EndpointOutput<E>>,
    url: (endpoint, input) => url(endpoint, input as CallInput),
    discover,
    watch: (id, input, watchOptions) =>
      watchResource(
        { request, discover, url },
        ENDPOINTS[id],
        input as CallInput,
        watchOptions,
        resolveLiveStream(id, watchOptions),
      ),
  };
}
