import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { LiveBroadcaster } from '../../../server/src/http/live-broadcaster.js';
import { CountCache } from '../../../server/src/petitions/count-cache.js';
import type { CountLookup } from '../../../server/src/petitions/count-cache.js';

/*
 * Counts confirmed by another process: nothing tells this process, so its cache and its streams
 * must find them in the database soon enough. With a tick of 1 s, a stream shows such a count within
 * 1¼ ticks and a count read within the cache's 1 s (each plus the read), wherever in the tick the
 * confirmation lands and whatever count reads refreshed the cache meanwhile.
 */

const TICK_MS = 1_000;
const READ_MS = 20;
const STEP_MS = 10;
const ID = 'elsewhere';

/** Time moved by hand: timers (mocked) and the cache's clock together, the database read taking READ_MS. */
function world() {
  let now = 0;
  let confirmed = 0;
  const clock = { now: () => now };
  const cache = new CountCache(
    (petitionId) =>
      new Promise((resolve) => {
        // A read sees what was committed when it began, and answers READ_MS later.
        const seen = confirmed;
        setTimeout(
          () =>
            resolve({
              petitionId,
              storedState: 'open',
              importedCount: 0,
              offlineCount: 0,
              confirmed: seen,
              countUpdatedAt: '2026-01-01T00:00:00.000Z',
              closesAt: null,
              thresholds: [],
            }),
          READ_MS,
        );
      }),
    clock,
  );
  const live = new LiveBroadcaster(cache, TICK_MS);
  const streamed: { at: number; count: number }[] = [];
  live.subscribe(ID, (lookup: CountLookup) => {
    if (lookup.kind === 'found') streamed.push({ at: now, count: lookup.count.signatureCount });
  });
  const read = async () => {
    const lookup = await cache.get(ID);
    return lookup.kind === 'found' ? lookup.count.signatureCount : -1;
  };
  return {
    cache,
    live,
    streamed,
    read,
    /** Another process confirms a signature (this one is not told). */
    confirmElsewhere: () => confirmed++,
    now: () => now,
    async advanceTo(target: number) {
      while (now < target) {
        now += STEP_MS;
        mock.timers.tick(STEP_MS);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

describe('a count confirmed by another process', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setInterval', 'setTimeout'] }));
  afterEach(() => mock.timers.reset());

  // Where in the tick the confirmation lands, and whether a count read refreshed the cache just before.
  const cases = [
    { confirmAt: 1_030, readBefore: false },
    { confirmAt: 1_500, readBefore: false },
    { confirmAt: 1_990, readBefore: false },
    { confirmAt: 1_030, readBefore: true },
    { confirmAt: 1_500, readBefore: true },
    { confirmAt: 1_900, readBefore: true },
    { confirmAt: 1_990, readBefore: true },
  ];
  for (const { confirmAt, readBefore } of cases) {
    it(`reaches the streams within 1¼ ticks (confirmed at ${confirmAt} ms${readBefore ? ', a count read just before' : ''})`, async () => {
      const w = world();
      await w.advanceTo(confirmAt - 10);
      if (readBefore) void w.read();
      await w.advanceTo(confirmAt);
      w.confirmElsewhere();
      await w.advanceTo(confirmAt + 3 * TICK_MS);
      const seen = w.streamed.find((event) => event.count === 1);
      assert.ok(seen, 'the stream never showed the count');
      const latency = seen.at - confirmAt;
      assert.ok(latency <= 1.25 * TICK_MS + READ_MS, `shown ${latency} ms after the confirmation`);
      w.live.close();
    });
  }

  it('reaches a count read within the cache age plus the read', async () => {
    const w = world();
    // A read at 1,000 ms that answers at 1,020; another process confirms at 1,010, during it.
    await w.advanceTo(1_000);
    const first = w.read();
    await w.advanceTo(1_010);
    w.confirmElsewhere();
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
