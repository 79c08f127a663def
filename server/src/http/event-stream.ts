import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AnyEndpoint } from '#protocol';
import { routeEndpoint } from './endpoint-route.js';

/*
 * A server-sent event stream of one live resource: the first event at once, then a new event
 * whenever the resource's ETag changes (checked by the broadcaster's timer), a keep-alive comment
 * every `pingMs`. The stream ends when the client goes away, when the resource disappears, and
 * when the server closes.
 */

/** A resource as a stream sends it: its ETag (to skip repeats) and its JSON; or gone. */
export type LiveEvent = { kind: 'found'; etag: string; body: string } | { kind: 'gone' };

/** Where a stream hears of its resource's changes (a `LiveBroadcaster`). */
export interface LiveFeed<L> {
  /** Calls `listener` with the resource's current state until the returned function is called. */
  subscribe(id: string, listener: (lookup: L) => void): () => void;
}

export interface EventStreamOptions<L> {
  reply: FastifyReply;
  /** The `event:` name, e.g. `totals`. */
  event: string;
  id: string;
  first: { etag: string; body: string };
  live: LiveFeed<L>;
  toEvent(lookup: L): LiveEvent;
  pingMs: number;
  /** Where open streams register their closer, so shutdown can end them. */
  open: Set<() => void>;
}

export function sendEventStream<L>(options: EventStreamOptions<L>): FastifyReply {
  const { reply, event, open } = options;
  const stream = new PassThrough();
  let lastEtag = options.first.etag;
  const message = (body: string) => `event: ${event}\ndata: ${body}\n\n`;
  stream.write(`retry: 10000\n\n${message(options.first.body)}`);
  const unsubscribe = options.live.subscribe(options.id, (lookup) => {
    const next = options.toEvent(lookup);
    if (next.kind === 'gone') {
      close();
      return;
    }
    if (next.etag === lastEtag) return;
    lastEtag = next.etag;
    stream.write(message(next.body));
  });
  const ping = setInterval(() => stream.write(': ping\n\n'), options.pingMs);
  ping.unref();
  let closed = false;
  function close() {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(ping);
    open.delete(close);
    stream.end();
  }
  open.add(close);
  reply.raw.on('close', close);
  return reply
    .header('Content-Type', 'text/event-stream; charset=utf-8')
    .header('Cache-Control', 'no-cache, no-transform')
    .header('X-Accel-Buffering', 'no')
    .send(stream);
}

/** Where a stream starts: the resource's id and its current state, sent as the first event. */
export interface StreamStart {
  id: string;
  first: { etag: string; body: string };
}

export interface EventStreamRoute<L> {
  /** The `event:` name, e.g. `totals`. */
  event: string;
  live: LiveFeed<L>;
  toEvent(lookup: L): LiveEvent;
  pingMs: number;
  /** Reads the resource the request names; throws a problem when there is none. */
  start(request: FastifyRequest): Promise<StreamStart>;
}

/**
 * Registers a protocol endpoint that streams one live resource, and ends its open streams when the
 * server closes (they would keep it from closing).
 */
export function routeEventStream<L>(
  api: FastifyInstance,
  endpoint: AnyEndpoint,
  route: EventStreamRoute<L>,
): void {
  const open = new Set<() => void>();
  routeEndpoint(api, endpoint, async (request, reply) => {
    const { id, first } = await route.start(request);
    const { event, live, toEvent, pingMs } = route;
    return sendEventStream({ reply, event, id, first, live, toEvent, pingMs, open });
  });
  api.addHook('preClose', async () => {
    for (const close of [...open]) close();
  });
}
