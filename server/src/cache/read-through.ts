import type { Clock } from '../clock.js';

/*
 * A small read-through cache for resources many people poll (petition counts, campaign totals,
 * leaderboard rankings): each key is loaded at most once per `maxAgeMs`, concurrent misses share
 * one load, a local write drops the key at once, and when a load fails the last value is served
 * (stale-if-error). A value's age counts from when its load began (the load may miss what another
 * process commits after that), and a caller may ask for fresher (the live streams do).
 */

interface Entry<T> {
  /** When the load began: the value holds every write committed before then. */
  fetchedAt: number;
  value: T;
}

export class ReadThroughCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #pending = new Map<string, { startedAt: number; promise: Promise<Entry<T>> }>();
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

  /** The value as of at most `maxAgeMs` (the cache's, unless given) ago, with when its load began (ms). */
  async entry(key: string, maxAgeMs = this.#maxAgeMs): Promise<Entry<T>> {
    const now = this.#clock.now();
    const cached = this.#entries.get(key);
    if (cached && now - cached.fetchedAt < maxAgeMs && now >= cached.fetchedAt) return cached;
    try {
      return await this.#refresh(key, now, maxAgeMs);
    } catch (error) {
      if (!cached) throw error;
      return cached;
    }
  }

  /** The value as of at most `maxAgeMs` (the cache's, unless given) ago. */
  async get(key: string, maxAgeMs?: number): Promise<T> {
    return (await this.entry(key, maxAgeMs)).value;
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

  #refresh(key: string, now: number, maxAgeMs: number): Promise<Entry<T>> {
    const pending = this.#pending.get(key);
    if (pending && now - pending.startedAt < maxAgeMs) return pending.promise;
    const promise = this.#load(key).then((value) => {
      const entry = { fetchedAt: now, value };
      // An invalidation (or a fresher load) while this load ran: serve it once, do not keep it.
      if (this.#pending.get(key)?.promise === promise) {
        this.#entries.delete(key);
        this.#entries.set(key, entry);
        if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
      }
      return entry;
    });
    this.#pending.set(key, { startedAt: now, promise });
    const clear = () => {
      if (this.#pending.get(key)?.promise === promise) this.#pending.delete(key);
    };
    promise.then(clear, clear);
    return promise;
  }
}
