/*
 * Live resources for server-sent events (petition counts, campaign totals): one timer per watched
 * resource (not per connection) reads its cache every `tickMs` and tells each subscriber;
 * subscribers skip what they already sent. A tick takes only what was read within the last quarter
 * tick, so a change made by another process (which nobody here is told of) reaches the streams
 * within 1¼ ticks and a read.
 */

/** A tick serves a cached read at most this share of a tick old. */
const TICK_FRESHNESS = 0.25;

/** Where the current state of a watched resource is read (a cache), by id. */
export interface LiveSource<L> {
  /** The resource as of at most `maxAgeMs` ago (the source's own limit when it has no other). */
  get(id: string, maxAgeMs?: number): Promise<L>;
}

export type LiveListener<L> = (lookup: L) => void;

interface Watch<L> {
  listeners: Set<LiveListener<L>>;
  timer: NodeJS.Timeout;
}

export class LiveBroadcaster<L> {
  readonly #watches = new Map<string, Watch<L>>();
  readonly #cache: LiveSource<L>;
  readonly #tickMs: number;

  constructor(cache: LiveSource<L>, tickMs = 1000) {
    this.#cache = cache;
    this.#tickMs = tickMs;
  }

  /** Calls `listener` with the resource every tick until the returned function is called. */
  subscribe(id: string, listener: LiveListener<L>): () => void {
    let watch = this.#watches.get(id);
    if (!watch) {
      const listeners = new Set<LiveListener<L>>();
      const timer = setInterval(() => void this.#tick(id, listeners), this.#tickMs);
      timer.unref();
      watch = { listeners, timer };
      this.#watches.set(id, watch);
    }
    watch.listeners.add(listener);
    return () => {
      const current = this.#watches.get(id);
      if (!current) return;
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        clearInterval(current.timer);
        this.#watches.delete(id);
      }
    };
  }

  /** Number of open subscriptions (for tests and metrics). */
  get subscriptions(): number {
    let total = 0;
    for (const watch of this.#watches.values()) total += watch.listeners.size;
    return total;
  }

  /** Stops every timer. */
  close(): void {
    for (const watch of this.#watches.values()) clearInterval(watch.timer);
    this.#watches.clear();
  }

  async #tick(id: string, listeners: Set<LiveListener<L>>): Promise<void> {
    let lookup: L;
    try {
      lookup = await this.#cache.get(id, this.#tickMs * TICK_FRESHNESS);
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener(lookup);
  }
}
