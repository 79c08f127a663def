import type { CampaignTotals } from '#protocol';
import { ReadThroughCache } from '../cache/read-through.js';
import type { Clock } from '../clock.js';
import { weakEtagOf } from '../http/etag.js';
import type { CampaignData } from './store.js';
import { campaignState, toCampaignTotals } from './view.js';

/*
 * Campaigns served from memory: read from the database at most once a second per campaign, dropped
 * at once when a pledge is recorded in this process. The totals' JSON and ETag are built once per
 * read and state (the state alone changes with time, at endsAt).
 */

export type CampaignLookup =
  | { kind: 'found'; data: CampaignData; totals: CampaignTotals; etag: string; body: string }
  | { kind: 'missing' };

export class CampaignCache {
  readonly #cache: ReadThroughCache<CampaignData | undefined>;
  readonly #clock: Clock;
  readonly #views = new WeakMap<CampaignData, Map<string, CampaignLookup>>();

  constructor(load: (id: string) => Promise<CampaignData | undefined>, clock: Clock) {
    this.#cache = new ReadThroughCache(load, clock, { maxAgeMs: 1000, maxEntries: 10_000 });
    this.#clock = clock;
  }

  /** The campaign as of at most a second (or `maxAgeMs`, when given) ago. */
  async get(id: string, maxAgeMs?: number): Promise<CampaignLookup> {
    const data = await this.#cache.get(id, maxAgeMs);
    if (!data) return { kind: 'missing' };
    const now = this.#clock.now();
    const state = campaignState(data, now);
    let views = this.#views.get(data);
    if (!views) this.#views.set(data, (views = new Map()));
    let lookup = views.get(state);
    if (!lookup) {
      const totals = toCampaignTotals(data, now);
      const body = JSON.stringify(totals);
      lookup = { kind: 'found', data, totals, etag: weakEtagOf(body), body };
      views.set(state, lookup);
    }
    return lookup;
  }

  invalidate(id: string): void {
    this.#cache.invalidate(id);
  }

  clear(): void {
    this.#cache.clear();
  }
}
