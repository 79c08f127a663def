import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { SignatureConfirmedSchema } from '../../src/protocol/index.js';
import { testApp } from './support/app.js';
import type { TestApp } from './support/app.js';
import { petitionFixture } from './support/petitions.js';
import { confirm, countOf, mailTo, sign, signature } from './support/requests.js';
import { describeEachDatabase } from './support/suite.js';

/*
 * Exactly-once counting under concurrency. On PostgreSQL the requests really run in parallel
 * (a pool of connections, sharded counters); on SQLite they queue for the single writer.
 */

describeEachDatabase('concurrent confirmations', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { petitions: [petitionFixture({ id: 'hot' })] });
  });
  after(() => t.close());

  async function tokensFor(count: number): Promise<string[]> {
    const bodies = Array.from({ length: count }, () => signature());
    const answers = await Promise.all(bodies.map((body) => sign(t.app, 'hot', body)));
    assert.ok(answers.every((res) => res.statusCode === 202));
    const tokens: string[] = [];
    for (const body of bodies) tokens.push((await mailTo(t.app, body.email))[0]!.token!);
    return tokens;
  }

  it('50 parallel confirmations of distinct signatures add exactly 50', async () => {
    const tokens = await tokensFor(50);
    const before = await countOf(t.app, 'hot');
    const answers = await Promise.all(tokens.map((token) => confirm(t.app, token)));
    assert.deepEqual(
      answers.map((res) => res.statusCode),
      tokens.map(() => 200),
    );
    for (const res of answers) v.parse(SignatureConfirmedSchema, JSON.parse(res.body));
    assert.equal(await countOf(t.app, 'hot'), before + 50);
    const stamped = await t.ctx.database.db
      .selectFrom('petition_thresholds')
      .select('reached_at')
      .where('petition_id', '=', 'hot')
      .where('kind', '=', 'response')
      .executeTakeFirstOrThrow();
    assert.notEqual(stamped.reached_at, null, 'the threshold crossed on the way was stamped');
  });

  it('20 parallel confirmations of one token add exactly 1', async () => {
    const [token] = await tokensFor(1);
    const before = await countOf(t.app, 'hot');
    const answers = await Promise.all(Array.from({ length: 20 }, () => confirm(t.app, token!)));
    assert.ok(answers.every((res) => res.statusCode === 200));
    assert.equal(await countOf(t.app, 'hot'), before + 1);
  });

  it('parallel retries of one signature with one Idempotency-Key store one signature and send one email', async () => {
    const body = signature();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => sign(t.app, 'hot', body, { key })));
    for (const res of answers) {
      // A retry that arrives while the first is still running may be told to wait (409).
      assert.ok([202, 409].includes(res.statusCode), String(res.statusCode));
    }
    assert.ok(answers.some((res) => res.statusCode === 202));
    const stored = await t.ctx.database.db
      .selectFrom('signatures')
      .select('id')
      .where('email', '=', body.email)
      .execute();
    assert.equal(stored.length, 1);
    assert.equal((await mailTo(t.app, body.email)).length, 1);
  });
});
