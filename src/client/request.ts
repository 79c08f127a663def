import * as v from 'valibot';
import type { AnyEndpoint } from '../protocol/endpoint.js';
import { getDiscovery } from '../protocol/endpoints/discovery.js';
import { PROBLEM_TYPES, ProblemSchema } from '../protocol/problem.js';
import type { Problem } from '../protocol/problem.js';
import {
  CivicApiError,
  CivicError,
  CivicNetworkError,
  CivicOriginNotAllowedError,
  CivicResponseError,
  CivicTimeoutError,
  summarizeIssues,
} from './errors.js';
import type { EtagCache } from './etag-cache.js';
import { createIdempotencyKey } from './idempotency.js';
import { isRetryableCall, isRetryableError, parseRetryAfter, retryDelay, sleep } from './retry.js';
import type { BackoffOptions } from './retry.js';
import { withTimeout } from './signals.js';
import { buildUrl } from './url.js';
import type { UrlInput } from './url.js';

/** Per-call options accepted by every client method. */
export interface RequestOptions {
  /** Cancels the call, including pending retries; the call then rejects with `signal.reason` (an `AbortError`). */
  readonly signal?: AbortSignal | undefined;
  /** Time limit of each attempt in ms (default: the client's `timeoutMs`). */
  readonly timeoutMs?: number | undefined;
  /**
   * `Idempotency-Key` for a write, e.g. one per form submission so a re-submit after a failure is
   * deduplicated by the server. Without it, idempotent endpoints get a fresh key per call.
   */
  readonly idempotencyKey?: string | undefined;
  /** How many times a failed retryable attempt is repeated (default: the client's `retries`). */
  readonly retries?: number | undefined;
  /** `Accept-Language` for this call, e.g. the widget's own language (default: the client's `locale`). */
  readonly locale?: string | undefined;
}

/** The resolved client settings the request core runs with. */
export interface TransportConfig {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly getToken: () => string | null | undefined | Promise<string | null | undefined>;
  readonly locale: () => string | undefined;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoff: BackoffOptions;
  readonly cache: EtagCache;
}

/** Endpoint input as the generic core sees it. */
export interface CallInput extends UrlInput {
  readonly body?: unknown;
}

/**
 * Performs one protocol call with timeouts, retries and response validation.
 * Resolves with the schema-validated body (or `undefined` for bodiless endpoints).
 */
export async function performRequest(
  config: TransportConfig,
  endpoint: AnyEndpoint,
  input: CallInput,
  options: RequestOptions = {},
): Promise<unknown> {
  const { signal } = options;
  signal?.throwIfAborted();
  const url = buildUrl(config.baseUrl, endpoint, input);
  const idempotencyKey = options.idempotencyKey ?? (endpoint.idempotent ? createIdempotencyKey() : undefined);
  const maxRetries = isRetryableCall(endpoint.method, idempotencyKey !== undefined)
    ? (options.retries ?? config.retries)
    : 0;

  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(config, endpoint, url, input.body, idempotencyKey, options);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (attempt >= maxRetries || !isRetryableError(error)) {
        const explained = await explainFailure(config, endpoint, error, signal);
        if (signal?.aborted) throw signal.reason;
        throw explained;
      }
      const delay = retryDelay(attempt, error, config.backoff);
      if (delay === null) throw error;
      await sleep(delay, signal);
    }
  }
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | null)?.then === 'function';
}

async function attemptOnce(
  config: TransportConfig,
  endpoint: AnyEndpoint,
  url: string,
  body: unknown,
  idempotencyKey: string | undefined,
  options: RequestOptions,
): Promise<unknown> {
  const { signal } = options;
  // Awaited only when it is a promise: a synchronous token lets fetch start in this very call, before
  // the caller goes on to render its loading state.
  const tokenOrPromise = config.getToken();
  const token = isThenable(tokenOrPromise) ? await tokenOrPromise : tokenOrPromise;
  signal?.throwIfAborted();

  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const locale = options.locale || config.locale();
  if (locale) headers.set('Accept-Language', locale);
  if (idempotencyKey !== undefined) headers.set('Idempotency-Key', idempotencyKey);
  if (body !== undefined) headers.set('Content-Type', 'application/json');

  // The language is part of the key: a backend may send the same ETag for every translation.
  const cacheKey = `${token ? 'auth' : 'anon'} ${locale ?? ''} ${url}`;
  const cached = endpoint.conditional && endpoint.method === 'GET' ? config.cache.get(cacheKey) : undefined;
  if (cached) headers.set('If-None-Match', cached.etag);

  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const timed = withTimeout(signal, timeoutMs);
  try {
    const response = await config.fetch(url, {
      method: endpoint.method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: timed.signal,
      credentials: 'omit',
    });

    if (response.status === 304 && cached) {
      await response.body?.cancel();
      return structuredClone(cached.value);
    }
    if (!response.ok) {
      const apiError = await toApiError(response);
      if (apiError.status === 403 && apiError.problem?.type === PROBLEM_TYPES.originNotAllowed) {
        throw new CivicOriginNotAllowedError(config.baseUrl, 'problem', {
          problem: apiError.problem,
          cause: apiError,
        });
      }
      throw apiError;
    }
    if (endpoint.response === undefined) {
      await response.body?.cancel();
      return undefined;
    }

    const result = v.safeParse(endpoint.response, parseJson(await response.text(), response.status));
    if (!result.success) {
      throw new CivicResponseError('schema', response.status, summarizeIssues(result.issues));
    }
    const etag = response.headers.get('ETag');
    if (endpoint.conditional && endpoint.method === 'GET' && etag) {
      config.cache.set(cacheKey, { etag, value: structuredClone(result.output) });
    }
    return result.output;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timed.timedOut()) throw new CivicTimeoutError(timeoutMs);
    if (error instanceof CivicError) throw error;
    // fetch() and body reads reject with TypeError when the connection fails or drops.
    throw new CivicNetworkError({ cause: error });
  } finally {
    timed.dispose();
  }
}

/** Time limit of each request that tells a CORS refusal from an outage. */
const PROBE_TIMEOUT_MS = 5_000;

/**
 * A write that never got an answer may have been refused by CORS: the backend does not allow this
 * page's origin (a backend that does not refuse readably with 403 origin-not-allowed). Two quick
 * requests tell: a read of discovery, which must answer (the backend is reachable), and a bodiless
 * `{}` of the write's method to that same address (no endpoint, so nothing happens there), which
 * needs the same CORS preflight as the write and must fail without an answer too. A connection
 * that dropped during the write answers both; an offline page answers neither. Anything else is
 * returned as it was.
 */
async function explainFailure(
  config: TransportConfig,
  endpoint: AnyEndpoint,
  error: unknown,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  if (!(error instanceof CivicNetworkError) || endpoint.method === 'GET') return error;
  const url = buildUrl(config.baseUrl, getDiscovery, {});
  const read = await probe(config, url, { headers: { Accept: 'application/json' } }, signal);
  if (read !== 'answered-ok') return error;
  const write = await probe(
    config,
    url,
    { method: endpoint.method, headers: { 'Content-Type': 'application/json' }, body: '{}' },
    signal,
  );
  return write === 'no-answer'
    ? new CivicOriginNotAllowedError(config.baseUrl, 'probe', { cause: error })
    : error;
}

/** One probe request: whether it got a successful answer, another answer, or none at all. */
async function probe(
  config: TransportConfig,
  url: string,
  init: RequestInit,
  signal: AbortSignal | undefined,
): Promise<'answered-ok' | 'answered' | 'no-answer' | 'cancelled'> {
  const timed = withTimeout(signal, Math.min(config.timeoutMs, PROBE_TIMEOUT_MS));
  try {
    // From the network: a cached answer says nothing about the connection now.
    const response = await config.fetch(url, {
      ...init,
      cache: 'no-store',
      credentials: 'omit',
      signal: timed.signal,
    });
    await response.body?.cancel();
    return response.ok ? 'answered-ok' : 'answered';
  } catch {
    return timed.signal.aborted ? 'cancelled' : 'no-answer';
  } finally {
    timed.dispose();
  }
}

function parseJson(text: string, status: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CivicResponseError('not-json', status);
  }
}

async function toApiError(response: Response): Promise<CivicApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const text = await response.text();
  let problem: Problem | null = null;
  if (/\bjson\b/i.test(response.headers.get('Content-Type') ?? '')) {
    try {
      const result = v.safeParse(ProblemSchema, JSON.parse(text));
      if (result.success) problem = result.output;
    } catch {
      // A broken error body still reports the status.
    }
  }
  return new CivicApiError(response.status, problem, retryAfter);
}
