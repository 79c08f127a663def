import type { PetitionCount } from '#protocol';
import { ReadThroughCache } from '../cache/read-through.js';
import type { Clock } from '../clock.js';
import { shortHash } from '../http/etag.js';
import { toPetitionCount } from './view.js';
import type { CountData } from './view.js';

/*
 * The count resource served from memory (a ReadThroughCache), so that 100,000 people watching a
 * petition cost almost nothing: each petition's count is read from the database at most once per
 * `maxAgeMs` (however many requests arrive, concurrent misses share one read), and a confirmation
 * in this process drops the entry at once. Other processes' confirmations show within `maxAgeMs`
 * and a read, or sooner for a caller that asks for fresher (the live streams do). When the
 * database fails, the last known count is served (stale-if-error).
 */

export type CountLookup =
  | { kind: 'found'; count: PetitionCount; etag: string; body: string }
  | { kind: 'missing' }
  | { kind: 'hidden' };

type Loaded = CountData | 'missing' | 'hidden';

/** What one read's resource looks like before and after its petition closes by time, each built once. */
interface Views {
  /** When an open petition closes by time (Infinity when it does not). */
  closesAt: number;
  before?: CountLookup;
  after?: CountLookup;
}

/** `W/"<count>-<offline>-<state>-<reached-at hash>"`: changes exactly when the resource does. */
export function countEtag(count: PetitionCount): string {
  const reached = shortHash(count.thresholds.map((t) => t.reachedAt ?? '-').join(','));
  return `W/"${count.signatureCount}-${count.offlineSignatureCount}-${count.state}-${reached}"`;
}

function lookupOf(data: CountData, nowMs: number): CountLookup {
  const count = toPetitionCount(data, nowMs);
  return { kind: 'found', count, etag: countEtag(count), body: JSON.stringify(count) };
}

function closingTimeOf(data: CountData): number {
  return data.storedState !== 'open' || data.closesAt === null ? Infinity : Date.parse(data.closesAt);
}

export class CountCache {
  readonly #cache: ReadThroughCache<Loaded>;
  readonly #views = new WeakMap<CountData, Views>();
  readonly #clock: Clock;

  constructor(
    load: (petitionId: string) => Promise<Loaded>,
    clock: Clock,
    options: { maxAgeMs?: number; maxEntries?: number } = {},
  ) {
    this.#cache = new ReadThroughCache(load, clock, {
      maxAgeMs: options.maxAgeMs ?? 1000,
      maxEntries: options.maxEntries ?? 10_000,
    });
    this.#clock = clock;
  }

  /** The count resource of a petition as of at most `maxAgeMs` (the cache's, unless given) ago. */
  async get(petitionId: string, maxAgeMs?: number): Promise<CountLookup> {
    const data = await this.#cache.get(petitionId, maxAgeMs);
    if (data === 'missing' || data === 'hidden') return { kind: data };
    const now = this.#clock.now();
    let views = this.#views.get(data);
    if (!views) this.#views.set(data, (views = { closesAt: closingTimeOf(data) }));
    if (now < views.closesAt) return (views.before ??= lookupOf(data, now));
    return (views.after ??= lookupOf(data, now));
  }

  /** Forgets a petition's count (after a local confirmation): the next read goes to the database. */
  invalidate(petitionId: string): void {
    this.#cache.invalidate(petitionId);
  }
}
