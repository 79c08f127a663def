import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import { ConfigError, loadConfig } from '../../../server/src/config.js';
import { PROBLEM_TYPES, ProblemSchema } from '../../../src/protocol/index.js';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { confirm, countOf, outbox, sign, signature, storedSignatureIds } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

/* The cap on signing emails per address across petitions (--emails-per-address). */

const PETITIONS = Array.from({ length: 12 }, (_, index) => `petition-${index + 1}`);
const DAY_MS = 24 * 3600 * 1000;

/** Mail in the demo outbox to any spelling of one Gmail address. */
async function mailToDana(t: TestApp, local: string) {
  return (await outbox(t.app)).filter((mail) =>
    mail.to
      .toLowerCase()
      .replace(/[.]|\+.*(?=@)/g, '')
      .startsWith(local),
  );
}

describe('--emails-per-address', () => {
  it('defaults to 10 per 24 hours, takes N/S and off, and refuses anything else', () => {
    assert.deepEqual(loadConfig([], {}).emailsPerAddress, { max: 10, windowS: 86_400 });
    assert.deepEqual(loadConfig(['--emails-per-address', '3/3600'], {}).emailsPerAddress, {
      max: 3,
      windowS: 3600,
    });
    assert.equal(loadConfig([], { CIVIC_EMAILS_PER_ADDRESS: 'off' }).emailsPerAddress.max, 0);
    assert.throws(() => loadConfig(['--emails-per-address', 'ten'], {}), ConfigError);
  });
});

describeEachDatabase('confirmation emails per address', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { petitions: PETITIONS.map((id) => petitionFixture({ id })) });
  });
  after(() => t.close());

  it('sends one address at most 10 a day across 12 petitions, refusing the rest with 429 and storing nothing for them', async () => {
    const local = `dana${randomUUID().slice(0, 6)}`;
    const answers = [];
    for (const [index, id] of PETITIONS.entries()) {
      // Spellings of one mailbox: dots, +tags and case do not make another address.
      const email = `${local.slice(0, 2)}.${local.slice(2)}+${index}@GMail.com`;
      const res = await sign(t.app, id, signature({ email }));
      answers.push({ id, email, res });
    }
    assert.deepEqual(
      answers.map(({ res }) => res.statusCode),
      [...Array<number>(10).fill(202), 429, 429],
    );
    for (const { res, email } of answers.slice(10)) {
      const problem = v.parse(ProblemSchema, JSON.parse(res.body));
      assert.equal(problem.type, PROBLEM_TYPES.rateLimited);
      assert.match(problem.detail ?? '', /sign again tomorrow/);
      const retryAfter = Number(res.headers['retry-after']);
      assert.ok(retryAfter > 0 && retryAfter <= 86_400, String(retryAfter));
      assert.deepEqual(await storedSignatureIds(t.ctx, email), []);
    }
    const mail = await mailToDana(t, local);
    assert.equal(mail.length, 10);

    // Every acknowledged signature can still be confirmed, and counts once.
    const before = await countOf(t.app, 'petition-1');
    assert.equal(
      (await confirm(t.app, mail.find((m) => m.petitionId === 'petition-1')!.token!)).statusCode,
      200,
    );
    assert.equal(await countOf(t.app, 'petition-1'), before + 1);

    // A repeat on a petition already signed would mail again: refused too, the signature stays.
    const repeat = await sign(t.app, 'petition-2', signature({ email: answers[1]!.email }));
    assert.equal(repeat.statusCode, 429);
    assert.equal((await storedSignatureIds(t.ctx, answers[1]!.email)).length, 1);
    assert.equal((await mailToDana(t, local)).length, 10);

    // The next day the refused signings go through, each once.
    t.clock.advance(DAY_MS);
    for (const { id, email } of answers.slice(10)) {
      assert.equal((await sign(t.app, id, signature({ email }))).statusCode, 202);
      assert.equal((await storedSignatureIds(t.ctx, email)).length, 1);
    }
    assert.equal((await mailToDana(t, local)).length, 12);
  });

  it('leaves other addresses alone', async () => {
    const res = await sign(t.app, 'petition-1', signature());
    assert.equal(res.statusCode, 202);
  });
});

describeEachDatabase('confirmation emails per address, configured', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      config: { emailsPerAddress: { max: 0, windowS: 86_400 } },
      petitions: PETITIONS.map((id) => petitionFixture({ id })),
    });
  });
  after(() => t.close());

  it('caps nothing when off', async () => {
    const email = `off-${randomUUID().slice(0, 6)}@example.kz`;
    for (const id of PETITIONS) assert.equal((await sign(t.app, id, signature({ email }))).statusCode, 202);
    assert.equal((await outbox(t.app)).filter((mail) => mail.to === email).length, 12);
  });
});
