import type { CountCache, CountLookup } from './count-cache.js';

/*
 * Live counts for server-sent events: one timer per watched petition (not per connection) reads
 * the count cache every `tickMs` and tells each subscriber; subscribers skip what they already sent.
 */

export type CountListener = (lookup: CountLookup) => void;

interface Watch {
  listeners: Set<CountListener>;
  timer: NodeJS.Timeout;
}

export class CountBroadcaster {
  readonly #watches = new Map<string, Watch>();
  readonly #cache: CountCache;
  readonly #tickMs: number;

  constructor(cache: CountCache, tickMs = 1000) {
    this.#cache = cache;
    this.#tickMs = tickMs;
  }

  /** Calls `listener` with the petition's count every tick until the returned function is called. */
  subscribe(petitionId: string, listener: CountListener): () => void {
    let watch = this.#watches.get(petitionId);
    if (!watch) {
      const listeners = new Set<CountListener>();
      const timer = setInterval(() => void this.#tick(petitionId, listeners), this.#tickMs);
      timer.unref();
      watch = { listeners, timer };
      this.#watches.set(petitionId, watch);
    }
    watch.listeners.add(listener);
    return () => {
      const current = this.#watches.get(petitionId);
      if (!current) return;
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        clearInterval(current.timer);
        this.#watches.delete(petitionId);
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

  async #tick(petitionId: string, listeners: Set<CountListener>): Promise<void> {
    let lookup: CountLookup;
    try {
      lookup = await this.#cache.get(petitionId);
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener(lookup);
  }
}
