import type { Db } from './schema.js';

/*
 * Group commit for SQLite. With synchronous=FULL every commit waits for the disk (an fsync), and
 * better-sqlite3 waits on the event loop, so one transaction per request caps the server at the
 * disk's fsync rate. Writes instead queue here; each batch runs in one transaction, every write in
 * its own savepoint (a write that fails is rolled back alone), and one commit makes the whole batch
 * durable. Each caller's promise settles only after that commit, so nothing is acknowledged before
 * it is on disk. Writes that arrive while a batch commits form the next batch.
 */

export type WriteWork<T> = (trx: Db) => Promise<T>;

interface QueuedWrite {
  work: WriteWork<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class WriteQueue {
  readonly #db: Db;
  readonly #maxBatch: number;
  #queue: QueuedWrite[] = [];
  #running = false;

  constructor(db: Db, maxBatch = 200) {
    this.#db = db;
    this.#maxBatch = maxBatch;
  }

  /** Runs `work` in a transaction shared with other queued writes; settles after the commit. */
  run<T>(work: WriteWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#running) this.#schedule();
    });
  }

  #schedule(): void {
    this.#running = true;
    // Let the writes of requests parsed in this turn of the event loop join the batch.
    setImmediate(() => void this.#flush());
  }

  async #flush(): Promise<void> {
    const batch = this.#queue.splice(0, this.#maxBatch);
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      const trx = await this.#db.startTransaction().execute();
      try {
        for (const write of batch) {
          const savepoint = await trx.savepoint('write').execute();
          try {
            const value = await write.work(savepoint);
            await savepoint.releaseSavepoint('write').execute();
            outcomes.push({ ok: true, value });
          } catch (error) {
            await savepoint.rollbackToSavepoint('write').execute();
            await savepoint.releaseSavepoint('write').execute();
            outcomes.push({ ok: false, value: error });
          }
        }
        await trx.commit().execute();
      } catch (error) {
        await trx
          .rollback()
          .execute()
          .catch(() => undefined);
        throw error;
      }
      batch.forEach((write, index) => {
        const outcome = outcomes[index]!;
        if (outcome.ok) write.resolve(outcome.value);
        else write.reject(outcome.value);
      });
    } catch (error) {
      // The transaction itself failed (disk full, I/O error): nothing of the batch was kept.
      for (const write of batch) write.reject(error);
    } finally {
      if (this.#queue.length > 0) this.#schedule();
      else this.#running = false;
    }
  }
}
