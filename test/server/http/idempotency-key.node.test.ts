import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { operationScope } from '../../../server/src/http/idempotency-key.js';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { countOf, confirm, mailTo, sign, signature } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

describe('operationScope', () => {
  it('is one scope for NFC and NFD spellings of a parameter, and another for another endpoint', () => {
    const composed = operationScope('createIdea', { boardId: 'caf\u00e9' });
    assert.equal(operationScope('createIdea', { boardId: 'cafe\u0301' }), composed);
    assert.notEqual(operationScope('flagIdea', { boardId: 'caf\u00e9' }), composed);
    assert.notEqual(operationScope('createIdea', { boardId: 'cafe' }), composed);
  });
});

describeEachDatabase('Idempotency-Key scope', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { petitions: [petitionFixture({ id: 'zh-101' })] });
  });
  after(() => t.close());

  it('treats zh-101, zh%2D101 and zh%2d101 as one operation: one signature, one email, one answer', async () => {
    const key = randomUUID();
    const body = signature();
    const before = await countOf(t.app, 'zh-101');
    const answers = [];
    for (const spelling of ['zh-101', 'zh%2D101', 'zh%2d101'])
      answers.push(await sign(t.app, spelling, body, { key }));
    for (const answer of answers) {
      assert.equal(answer.statusCode, 202);
      assert.equal(answer.body, answers[0]!.body);
    }
    const mail = await mailTo(t.app, body.email);
    assert.equal(mail.length, 1);
    const stored = await t.ctx.database.db
      .selectFrom('signatures')
      .select('id')
      .where('petition_id', '=', 'zh-101')
      .where('email', '=', body.email)
      .execute();
    assert.equal(stored.length, 1);
    assert.equal((await confirm(t.app, mail[0]!.token!)).statusCode, 200);
    assert.equal(await countOf(t.app, 'zh-101'), before + 1);
  });
});
