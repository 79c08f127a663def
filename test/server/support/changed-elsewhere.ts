import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { Clock } from '../../../server/src/clock.js';
import { LiveBroadcaster } from '../../../server/src/http/live-broadcaster.js';
import type { LiveSource } from '../../../server/src/http/live-broadcaster.js';

/*
 * A resource changed by another process (a confirmation, a pledge): nothing tells this process, so
 * its cache and its streams must find the change in the database soon enough. With a tick of 1 s,
 * a stream shows it within 1¼ ticks and a read, and a read of the cache within the cache's 1 s and
 * a read, wherever in the tick the change lands and whatever reads refreshed the cache meanwhile.
 * Time moves by hand: the broadcaster's timers are mocked and the cache's clock moves with them.
 */

export const TICK_MS = 1_000;
const READ_MS = 20;
const STEP_MS = 10;
const ID = 'elsewhere';

/** A database read of the stored number as `build` makes it into a row: it sees what was committed when it began, and answers READ_MS later. */
export type DelayedRead = <T>(build: (stored: number) => T) => (id: string) => Promise<T>;

export interface ChangedElsewhereSuite<L> {
  /** The cache under test, loading through `read`. */
  source(read: DelayedRead, clock: Clock): LiveSource<L>;
  /** The number a lookup shows (undefined when it shows none). */
  valueOf(lookup: L): number | undefined;
}

function world<L>({ source, valueOf }: ChangedElsewhereSuite<L>) {
  let now = 0;
  let stored = 0;
  const read: DelayedRead = (build) => () =>
    new Promise((resolve) => {
      const seen = stored;
      setTimeout(() => resolve(build(seen)), READ_MS);
    });
  const cache = source(read, { now: () => now });
  const live = new LiveBroadcaster(cache, TICK_MS);
  const streamed: { at: number; value: number | undefined }[] = [];
  live.subscribe(ID, (lookup) => streamed.push({ at: now, value: valueOf(lookup) }));
  return {
    live,
    streamed,
    read: async () => valueOf(await cache.get(ID)),
    changeElsewhere: () => stored++,
    async advanceTo(target: number) {
      while (now < target) {
        now += STEP_MS;
        mock.timers.tick(STEP_MS);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

/** Registers the tests: `what` (e.g. "a count confirmed by another process") reaches streams and reads in time. */
export function describeChangedElsewhere<L>(what: string, suite: () => ChangedElsewhereSuite<L>): void {
  describe(what, () => {
    beforeEach(() => mock.timers.enable({ apis: ['setInterval', 'setTimeout'] }));
    afterEach(() => mock.timers.reset());

    // Where in the tick the change lands, and whether a read refreshed the cache just before.
    const cases = [
      { changeAt: 1_030, readBefore: false },
      { changeAt: 1_500, readBefore: false },
      { changeAt: 1_990, readBefore: false },
      { changeAt: 1_030, readBefore: true },
      { changeAt: 1_500, readBefore: true },
      { changeAt: 1_900, readBefore: true },
      { changeAt: 1_990, readBefore: true },
    ];
    for (const { changeAt, readBefore } of cases) {
      const title = `reaches the streams within 1¼ ticks (changed at ${changeAt} ms${readBefore ? ', a read just before' : ''})`;
      it(title, async () => {
        const w = world(suite());
        await w.advanceTo(changeAt - 10);
        if (readBefore) void w.read();
        await w.advanceTo(changeAt);
        w.changeElsewhere();
        await w.advanceTo(changeAt + 3 * TICK_MS);
        const seen = w.streamed.find((event) => event.value === 1);
        assert.ok(seen, 'the stream never showed the change');
        const latency = seen.at - changeAt;
        assert.ok(latency <= 1.25 * TICK_MS + READ_MS, `shown ${latency} ms after the change`);
        w.live.close();
      });
    }

    it('reaches a read within the cache age plus the read', async () => {
      const w = world(suite());
      // A read at 1,000 ms that answers at 1,020; another process changes the value at 1,010, during it.
      await w.advanceTo(1_000);
      const first = w.read();
      await w.advanceTo(1_010);
      w.changeElsewhere();
      await w.advanceTo(1_020);
      assert.equal(await first, 0);
      // 1,000 ms after that read began, a read must see what was committed since.
      await w.advanceTo(2_010);
      const later = w.read();
      await w.advanceTo(2_040);
      assert.equal(await later, 1);
      w.live.close();
    });
  });
}
