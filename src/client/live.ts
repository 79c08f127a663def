import * as v from 'valibot';
import type { Discovery } from '../protocol/discovery.js';
import type { AnyEndpoint, LiveStream } from '../protocol/endpoint.js';
import type { EndpointId, Endpoints } from '../protocol/endpoints.js';
import type { StreamEndpointId, StreamEvents } from '../protocol/streams.js';
import { CivicApiError, CivicResponseError, summarizeIssues } from './errors.js';
import type { CallInput, RequestOptions } from './request.js';
import { documentVisibility } from './visibility.js';
import type { VisibilitySource } from './visibility.js';

/** Poll interval when discovery cannot be read and the caller gave none. */
export const FALLBACK_POLL_INTERVAL_MS = 30_000;

/**
 * Event streams open at once to one origin. Over HTTP/1.1 a browser keeps at most six connections
 * per host and each stream holds one for good, so a page with many live widgets would leave no
 * connection for its other requests (a vote, a sign-in) and they would wait forever. Watchers past
 * this many poll instead, which the count and totals resources are made for.
 */
export const MAX_STREAMS_PER_ORIGIN = 3;
const openStreams = new Map<string, number>();

/** Takes one of an origin's stream slots; false when all are taken. */
function claimStreamSlot(origin: string): boolean {
  const open = openStreams.get(origin) ?? 0;
  if (open >= MAX_STREAMS_PER_ORIGIN) return false;
  openStreams.set(origin, open + 1);
  return true;
}

function releaseStreamSlot(origin: string): void {
  const open = (openStreams.get(origin) ?? 1) - 1;
  if (open > 0) openStreams.set(origin, open);
  else openStreams.delete(origin);
}

/** The event stream that pushes the same value a count resource answers with. */
export const LIVE_STREAMS = {
  getPetitionCount: { stream: 'streamPetitionEvents', event: 'count' },
  getCampaignTotals: { stream: 'streamCampaignEvents', event: 'totals' },
} as const satisfies Partial<Record<EndpointId, { stream: StreamEndpointId; event: string }>>;

export interface WatchOptions<T> {
  /** Called with the first value and then only when the value changes. */
  onValue(value: T): void;
  /** Called for failed refreshes and malformed data; watching goes on with the last good value. */
  onError?(error: unknown): void;
  /** Stops watching when aborted. */
  signal?: AbortSignal | undefined;
  /** Poll interval in ms (default: discovery's `pollIntervalSeconds`). */
  intervalMs?: number | undefined;
  /** Event stream to use when the backend announces its feature; `null` to always poll. Default: per resource. */
  streamEndpointId?: StreamEndpointId | null | undefined;
  /** Event name on that stream whose data is the watched value. Default: per resource. */
  streamEvent?: string | undefined;
  /** Page visibility source; polling pauses while hidden. Default: the document. */
  visibility?: VisibilitySource | undefined;
}

/**
 * Options of `client.watchEndpoint`: those of `watch`, with the event stream given outright
 * instead of looked up in the registry.
 */
export interface WatchEndpointOptions<T> extends Omit<WatchOptions<T>, 'streamEndpointId' | 'streamEvent'> {
  /**
   * The event stream that pushes the same value (e.g. `PETITION_COUNT_STREAM`), followed when the
   * backend announces its feature; `null` to always poll.
   */
  stream: LiveStream<T> | null;
}

/** A running watch. */
export interface LiveHandle {
  /** Stops polling or streaming and drops the in-flight request. */
  stop(): void;
  /** Fetches the value now (e.g. right after the user signed). */
  refresh(): void;
}

/** What a watch needs from the client. */
export interface LiveTransport {
  request(endpoint: AnyEndpoint, input: CallInput, options: RequestOptions): Promise<unknown>;
  discover(options: { signal?: AbortSignal }): Promise<Discovery>;
  url(endpoint: AnyEndpoint, input: CallInput): string;
}

/** The registry `watch` resolves ids in, loaded when a watch by id starts. */
export interface StreamRegistry {
  readonly endpoints: Endpoints;
  readonly streamEvents: StreamEvents;
}

/** Finds the stream for a resource from the options or the `LIVE_STREAMS` defaults. */
export function resolveLiveStream(
  registry: StreamRegistry,
  id: EndpointId,
  options: Pick<WatchOptions<unknown>, 'streamEndpointId' | 'streamEvent'>,
): LiveStream | undefined {
  if (options.streamEndpointId === null) return undefined;
  const defaults = (LIVE_STREAMS as Partial<Record<EndpointId, { stream: StreamEndpointId; event: string }>>)[
    id
  ];
  const streamId = options.streamEndpointId ?? defaults?.stream;
  if (!streamId) return undefined;
  const events: Readonly<Record<string, v.GenericSchema>> = registry.streamEvents[streamId];
  const event =
    options.streamEvent ?? (streamId === defaults?.stream ? defaults.event : Object.keys(events)[0]);
  const schema = event === undefined ? undefined : events[event];
  if (!schema || event === undefined)
    throw new TypeError(`Unknown event "${String(event)}" on stream ${streamId}`);
  return { endpoint: registry.endpoints[streamId], event, schema };
}

/**
 * Keeps a value fresh: fetches it at once, then follows the server-sent event stream when the backend
 * announces it (falling back to polling if the stream fails), else polls with conditional GETs.
 * Polling pauses while the page is hidden and catches up as soon as it is visible again.
 */
export function watchResource<T>(
  transport: LiveTransport,
  endpoint: AnyEndpoint,
  input: CallInput,
  options: WatchOptions<T>,
  stream: LiveStream | undefined,
): LiveHandle {
  const visibility = options.visibility ?? documentVisibility;
  const lifetime = new AbortController();
  let intervalMs = options.intervalMs ?? FALLBACK_POLL_INTERVAL_MS;
  let polling = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  let source: { readonly es: EventSource; readonly origin: string } | undefined;
  let lastJson: string | undefined;
  let nextDelayMs: number | undefined;
  // Counts stream events, so a poll answer that was sent before a newer pushed value cannot overwrite it.
  let pushed = 0;

  const emit = (value: unknown): void => {
    const json = stableJson(value);
    if (json === lastJson) return;
    lastJson = json;
    options.onValue(value as T);
  };
  const report = (error: unknown): void => options.onError?.(error);

  const clearTimer = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };

  const schedule = (): void => {
    if (lifetime.signal.aborted || !polling || timer || inFlight || visibility.isHidden()) return;
    const delay = Math.max(intervalMs, nextDelayMs ?? 0);
    nextDelayMs = undefined;
    timer = setTimeout(() => {
      timer = undefined;
      void fetchNow();
    }, delay);
  };

  const fetchNow = async (): Promise<void> => {
    if (lifetime.signal.aborted) return;
    clearTimer();
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const onStop = (): void => controller.abort(lifetime.signal.reason);
    lifetime.signal.addEventListener('abort', onStop, { once: true });
    const pushedBefore = pushed;
    try {
      const value = await transport.request(endpoint, input, { signal: controller.signal });
      if (pushed === pushedBefore) emit(value);
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof CivicApiError && error.retryAfterSeconds !== undefined) {
        nextDelayMs = error.retryAfterSeconds * 1000;
      }
      report(error);
    } finally {
      lifetime.signal.removeEventListener('abort', onStop);
      if (inFlight === controller) {
        inFlight = undefined;
        schedule();
      }
    }
  };

  const startPolling = (): void => {
    polling = true;
    schedule();
  };

  const closeStream = (): void => {
    if (!source) return;
    source.es.close();
    releaseStreamSlot(source.origin);
    source = undefined;
  };

  /** Opens the stream when the origin has a slot free; returns false (and opens nothing) when not. */
  const openStream = (active: LiveStream): boolean => {
    const url = transport.url(active.endpoint, input);
    const origin = new URL(url, globalThis.location?.href).origin;
    if (!claimStreamSlot(origin)) return false;
    const es = new EventSource(url);
    source = { es, origin };
    es.addEventListener(active.event, (event) => {
      const result = parseEventData((event as MessageEvent<unknown>).data, active.schema);
      if (result instanceof CivicResponseError) {
        report(result);
        return;
      }
      pushed += 1;
      emit(result.value);
    });
    es.addEventListener('error', () => {
      // EventSource would reconnect on its own; a proxy that breaks streams would break it again, so poll instead.
      closeStream();
      if (lifetime.signal.aborted) return;
      polling = true;
      void fetchNow();
    });
    return true;
  };

  const onVisibilityChange = (): void => {
    if (!polling || lifetime.signal.aborted) return;
    if (visibility.isHidden()) clearTimer();
    else void fetchNow();
  };

  const stop = (): void => {
    if (lifetime.signal.aborted) return;
    lifetime.abort();
    clearTimer();
    closeStream();
    unsubscribe();
    options.signal?.removeEventListener('abort', stop);
  };

  if (options.signal?.aborted) {
    lifetime.abort();
    return { stop: () => {}, refresh: () => {} };
  }
  const unsubscribe = visibility.subscribe(onVisibilityChange);
  options.signal?.addEventListener('abort', stop, { once: true });

  void fetchNow();
  transport.discover({ signal: lifetime.signal }).then(
    (discovery) => {
      if (lifetime.signal.aborted) return;
      intervalMs = options.intervalMs ?? discovery.pollIntervalSeconds * 1000;
      const feature = stream?.endpoint.feature;
      const streamed =
        stream !== undefined &&
        feature !== undefined &&
        discovery.features.includes(feature) &&
        typeof EventSource === 'function' &&
        openStream(stream);
      if (!streamed) startPolling();
    },
    () => {
      // Without discovery the value can still be polled; a backend that is down reports through the polls.
      if (!lifetime.signal.aborted) startPolling();
    },
  );

  return {
    stop,
    refresh: () => void fetchNow(),
  };
}

function parseEventData(data: unknown, schema: v.GenericSchema): { value: unknown } | CivicResponseError {
  let json: unknown;
  try {
    json = JSON.parse(String(data));
  } catch {
    return new CivicResponseError('not-json', 200);
  }
  const result = v.safeParse(schema, json);
  return result.success
    ? { value: result.output }
    : new CivicResponseError('schema', 200, summarizeIssues(result.issues));
}

/** JSON with sorted object keys, so equal values compare equal whatever order the server wrote them in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}
