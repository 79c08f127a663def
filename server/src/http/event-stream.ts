import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';

/*
 * A server-sent event stream of one live resource: the first event at once, then a new event
 * whenever the resource's ETag changes (checked by the broadcaster's timer), a keep-alive comment
 * every `pingMs`. The stream ends when the client goes away, when the resource disappears, and
 * when `closeAll` runs at shutdown.
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
