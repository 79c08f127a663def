import type { Clock } from '../clock.js';

/*
 * A small read-through cache for resources many people poll (campaign totals, leaderboard
 * rankings): each key is loaded at most once per `maxAgeMs`, concurrent misses share one load, a
 * local write drops the key at once, and when a load fails the last value is served (stale-if-error).
 */

interface Entry<T> {
  fetchedAt: number;
  value: T;
}

export class ReadThroughCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #pending = new Map<string, Promise<Entry<T>>>();
  readonly #load: (key: string) => Promise<T>;
  readonly #clock: Clock;
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;

  constructor(
    load: (key: string) => Promise<T>,
    clock: Clock,
    options: { maxAgeMs?: number; maxEntries?: number } = {},
  ) {
    this.#load = load;
    this.#clock = clock;
    this.#maxAgeMs = options.maxAgeMs ?? 1000;
    this.#maxEntries = options.maxEntries ?? 1000;
  }

  /** The value as of at most `maxAgeMs` ago, with when it was loaded (ms). */
  async entry(key: string): Promise<Entry<T>> {
    const now = this.#clock.now();
    const cached = this.#entries.get(key);
    if (cached && now - cached.fetchedAt < this.#maxAgeMs && now >= cached.fetchedAt) return cached;
    try {
      return await this.#refresh(key);
    } catch (error) {
      if (!cached) throw error;
      return cached;
    }
  }

  /** The value as of at most `maxAgeMs` ago. */
  async get(key: string): Promise<T> {
    return (await this.entry(key)).value;
  }

  /** Forgets a key (after a write in this process): the next read loads it again. */
  invalidate(key: string): void {
    this.#entries.delete(key);
    this.#pending.delete(key);
  }

  /** Forgets every key. */
  clear(): void {
    this.#entries.clear();
    this.#pending.clear();
  }

  #refresh(key: string): Promise<Entry<T>> {
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const promise = this.#load(key).then((value) => {
      const entry = { fetchedAt: this.#clock.now(), value };
      // An invalidation while this load ran means it may be stale: serve it once, do not keep it.
      if (this.#pending.get(key) === promise) {
        this.#entries.delete(key);
        this.#entries.set(key, entry);
        if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
      }
      return entry;
    });
    this.#pending.set(key, promise);
    const clear = () => {
      if (this.#pending.get(key) === promise) this.#pending.delete(key);
    };
    promise.then(clear, clear);
    return promise;
  }
}
