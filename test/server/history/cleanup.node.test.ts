import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { readPetitionHistory, samplePetitionCount } from '../../../server/src/history/petition-samples.js';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { describeEachDatabase } from '../support/suite.js';

/* The server's own cleanup job (runCleanup in app.ts, on start and hourly) compacts old history. */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describeEachDatabase('history compaction in the cleanup job', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { backgroundJobs: true, petitions: [petitionFixture()] });
  });
  after(async () => {
    await t.close();
  });

  it('turns the hours of a day older than 30 days into one day when the server starts', async () => {
    const day = Math.floor((t.clock.now() - 40 * DAY) / DAY) * DAY;
    const { db: kysely } = t.ctx.database;
    await samplePetitionCount(kysely, 'bike-lanes', { shard: 0, count: 4 }, day + 9 * HOUR);
    await samplePetitionCount(kysely, 'bike-lanes', { shard: 0, count: 9 }, day + 17 * HOUR);
    await t.app.ready();
    let points = await readPetitionHistory(kysely, 'bike-lanes');
    for (let attempt = 0; attempt < 100 && points[0]?.resolution !== 'day'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      points = await readPetitionHistory(kysely, 'bike-lanes');
    }
    assert.deepEqual(points[0], {
      at: new Date(day).toISOString().replace('.000Z', 'Z'),
      count: 9,
      resolution: 'day',
    });
    assert.equal(points[1]?.resolution, 'hour');
  });
});
