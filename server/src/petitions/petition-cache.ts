import type { Clock } from '../clock.js';
import type { PetitionDefinition } from './petition.js';
import type { PetitionRow } from './store.js';
import { parseDocument } from './view.js';

/*
 * Petition rows with their parsed documents, kept for `maxAgeMs`: signing and reading a petition
 * need them on every request, and they change only when an administrator loads a file.
 */

export interface CachedPetition {
  row: PetitionRow;
  document: PetitionDefinition;
}

interface Entry {
  fetchedAt: number;
  value: CachedPetition | undefined;
}

export class PetitionCache {
  readonly #entries = new Map<string, Entry>();
  readonly #load: (id: string) => Promise<PetitionRow | undefined>;
  readonly #clock: Clock;
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;

  constructor(
    load: (id: string) => Promise<PetitionRow | undefined>,
    clock: Clock,
    options: { maxAgeMs?: number; maxEntries?: number } = {},
  ) {
    this.#load = load;
    this.#clock = clock;
    this.#maxAgeMs = options.maxAgeMs ?? 1000;
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  /** The petition as of at most `maxAgeMs` ago, or undefined when there is none. */
  async get(id: string): Promise<CachedPetition | undefined> {
    const now = this.#clock.now();
    const cached = this.#entries.get(id);
    if (cached && now - cached.fetchedAt < this.#maxAgeMs && now >= cached.fetchedAt) return cached.value;
    const row = await this.#load(id);
    const value = row ? { row, document: parseDocument(row) } : undefined;
    this.#entries.delete(id);
    this.#entries.set(id, { fetchedAt: now, value });
    if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }

  /** Forgets every petition (after petitions were loaded in this process). */
  clear(): void {
    this.#entries.clear();
  }
}
