import type { PetitionCount } from '#protocol';
import type { Clock } from '../clock.js';
import { shortHash } from '../http/etag.js';
import { toPetitionCount } from './view.js';
import type { CountData } from './view.js';

/*
 * The count resource served from memory, so that 100,000 people watching a petition cost almost
 * nothing: each petition's count is read from the database at most once per `maxAgeMs` (however
 * many requests arrive, concurrent misses share one read), and a confirmation in this process
 * drops the entry at once. Other processes' confirmations show within `maxAgeMs` (plus the read):
 * an entry's age counts from when its read began, since the read may miss what commits after. A
 * caller may ask for fresher (the live streams do). When the database fails, the last known count
 * is served (stale-if-error).
 */

export type CountLookup =
  | { kind: 'found'; count: PetitionCount; etag: string; body: string }
  | { kind: 'missing' }
  | { kind: 'hidden' };

type Loaded = CountData | 'missing' | 'hidden';

interface Entry {
  /** When the read began: the entry holds every confirmation committed before then. */
  fetchedAt: number;
  data: Loaded;
  /** When an open petition closes by time (Infinity when it does not). */
  closesAt: number;
  /** The resource before and after `closesAt`, each built once when first asked for. */
  before?: CountLookup;
  after?: CountLookup;
}

/** `W/"<count>-<offline>-<state>-<reached-at hash>"`: changes exactly when the resource does. */
export function countEtag(count: PetitionCount): string {
  const reached = shortHash(count.thresholds.map((t) => t.reachedAt ?? '-').join(','));
  return `W/"${count.signatureCount}-${count.offlineSignatureCount}-${count.state}-${reached}"`;
}

function lookupOf(data: Loaded, nowMs: number): CountLookup {
  if (data === 'missing' || data === 'hidden') return { kind: data };
  const count = toPetitionCount(data, nowMs);
  return { kind: 'found', count, etag: countEtag(count), body: JSON.stringify(count) };
}

function closingTimeOf(data: Loaded): number {
  if (data === 'missing' || data === 'hidden' || data.storedState !== 'open' || data.closesAt === null) {
    return Infinity;
  }
  return Date.parse(data.closesAt);
}

function lookupAt(entry: Entry, nowMs: number): CountLookup {
  if (nowMs < entry.closesAt) return (entry.before ??= lookupOf(entry.data, nowMs));
  return (entry.after ??= lookupOf(entry.data, nowMs));
}

export class CountCache {
  readonly #entries = new Map<string, Entry>();
  readonly #pending = new Map<string, { startedAt: number; promise: Promise<Entry> }>();
  readonly #load: (petitionId: string) => Promise<Loaded>;
  readonly #clock: Clock;
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;

  constructor(
    load: (petitionId: string) => Promise<Loaded>,
    clock: Clock,
    options: { maxAgeMs?: number; maxEntries?: number } = {},
  ) {
    this.#load = load;
    this.#clock = clock;
    this.#maxAgeMs = options.maxAgeMs ?? 1000;
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  /** The count resource of a petition as of at most `maxAgeMs` (the cache's, unless given) ago. */
  async get(petitionId: string, maxAgeMs = this.#maxAgeMs): Promise<CountLookup> {
    const now = this.#clock.now();
    let entry = this.#entries.get(petitionId);
    if (!entry || now - entry.fetchedAt >= maxAgeMs) {
      try {
        entry = await this.#refresh(petitionId, now, maxAgeMs);
      } catch (error) {
        if (!entry) throw error;
      }
    }
    return lookupAt(entry, now);
  }

  /** Forgets a petition's count (after a local confirmation): the next read goes to the database. */
  invalidate(petitionId: string): void {
    this.#entries.delete(petitionId);
    this.#pending.delete(petitionId);
  }

  #refresh(petitionId: string, now: number, maxAgeMs: number): Promise<Entry> {
    const pending = this.#pending.get(petitionId);
    if (pending && now - pending.startedAt < maxAgeMs) return pending.promise;
    const promise = this.#load(petitionId).then((data) => {
      const entry: Entry = { fetchedAt: now, data, closesAt: closingTimeOf(data) };
      // An invalidation (or a fresher read) while this read ran: serve it once, do not keep it.
      if (this.#pending.get(petitionId)?.promise === promise) {
        this.#entries.delete(petitionId);
        this.#entries.set(petitionId, entry);
        if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
      }
      return entry;
    });
    this.#pending.set(petitionId, { startedAt: now, promise });
    const clear = () => {
      if (this.#pending.get(petitionId)?.promise === promise) this.#pending.delete(petitionId);
    };
    promise.then(clear, clear);
    return promise;
  }
}
