import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../server/src/db/kysely.js';
import type { Database } from '../../server/src/db/kysely.js';
import { migrate } from '../../server/src/db/migrator.js';
import { claimDueMail, enqueueMail, markMailFailed, markMailSent } from '../../server/src/email/outbox.js';
import type { OutgoingMail } from '../../server/src/email/outbox.js';
import { MIGRATIONS } from '../../server/src/features.js';
import {
  claimKey,
  completeKey,
  IDEMPOTENCY_TTL_MS,
  peekKey,
  purgeExpiredKeys,
} from '../../server/src/http/idempotency-store.js';
import { COUNT_SHARDS, incrementConfirmed, readConfirmed } from '../../server/src/petitions/count-store.js';
import {
  findSignatureByEmail,
  insertSignature,
  markConfirmed,
} from '../../server/src/petitions/signature-store.js';
import type { NewSignature } from '../../server/src/petitions/signature-store.js';
import { findPetitionRow, upsertPetitions } from '../../server/src/petitions/store.js';
import { readThresholds } from '../../server/src/petitions/threshold-store.js';
import {
  findLiveToken,
  issueToken,
  purgeExpiredTokens,
  TOKEN_TTL_MS,
} from '../../server/src/petitions/token-store.js';
import { petitionFixture } from './support/petitions.js';
import { describeEachDatabase } from './support/suite.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function newSignature(petitionId: string, overrides: Partial<NewSignature> = {}): NewSignature {
  return {
    id: randomUUID(),
    petition_id: petitionId,
    name: 'Dana',
    email: 'dana@example.kz',
    email_key: 'key-dana',
    postcode: null,
    region: null,
    country: null,
    address: null,
    locale: 'en',
    notify: 0,
    subject: null,
    ip_hash: 'ip-1',
    flagged_reason: null,
    created_at: iso(NOW),
    confirmed_at: null,
    emails_sent: 1,
    ...overrides,
  };
}

const MAIL: OutgoingMail = {
  kind: 'confirm',
  petitionId: null,
  to: 'dana@example.kz',
  locale: 'en',
  subject: 'Confirm',
  text: 'text',
  html: '<p>html</p>',
};

describeEachDatabase('stores', (db) => {
  let database: Database;
  before(async () => {
    database = openDatabase(db().url);
    await migrate(database.db, MIGRATIONS);
    await migrate(database.db, MIGRATIONS);
    await upsertPetitions(database.db, database.dialect, [petitionFixture()], iso(NOW));
  });
  after(() => database.close());

  describe('write transactions', () => {
    it('commit together, and a write that fails is rolled back alone', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => `write-${i}-${randomUUID().slice(0, 8)}`);
      const results = await Promise.allSettled(
        ids.map((id, i) =>
          database.write(async (trx) => {
            await trx
              .insertInto('idempotency_keys')
              .values({ id, fingerprint: 'f', status: 200, response: '{}', created_at: iso(NOW) })
              .execute();
            if (i % 5 === 0) throw new Error(`write ${i} fails`);
            return i;
          }),
        ),
      );
      const stored = new Set(
        (await database.db.selectFrom('idempotency_keys').select('id').where('id', 'in', ids).execute()).map(
          (row) => row.id,
        ),
      );
      results.forEach((result, i) => {
        if (i % 5 === 0) {
          assert.equal(result.status, 'rejected');
          assert.ok(!stored.has(ids[i]!), `write ${i} was rolled back`);
        } else {
          assert.deepEqual(result, { status: 'fulfilled', value: i });
          assert.ok(stored.has(ids[i]!), `write ${i} was kept`);
        }
      });
    });
  });

  describe('petitions', () => {
    it('reloading a petition keeps its confirmed count and reached thresholds, and takes the new text', async () => {
      const id = `reload-${randomUUID().slice(0, 8)}`;
      await upsertPetitions(database.db, database.dialect, [petitionFixture({ id })], iso(NOW));
      await database.db
        .transaction()
        .execute((trx) => incrementConfirmed(trx, database.dialect, id, iso(NOW + 1)));
      await database.db
        .updateTable('petition_thresholds')
        .set({ reached_at: iso(NOW + 1) })
        .where('petition_id', '=', id)
        .where('position', '=', 0)
        .execute();
      await upsertPetitions(
        database.db,
        database.dialect,
        [petitionFixture({ id, title: 'New title', offlineSignatureCount: 9 })],
        iso(NOW + 2),
      );
      const row = await findPetitionRow(database.db, id);
      assert.equal(JSON.parse(row!.document).title, 'New title');
      assert.equal(row!.offline_count, 9);
      assert.equal((await readConfirmed(database.db, database.dialect, id)).confirmed, 1);
      const thresholds = await readThresholds(database.db, id);
      assert.equal(thresholds[0]!.reached_at, iso(NOW + 1));
      assert.equal(thresholds[1]!.reached_at, null);
    });

    it('stamps thresholds a loaded count has already passed', async () => {
      const id = `passed-${randomUUID().slice(0, 8)}`;
      await upsertPetitions(
        database.db,
        database.dialect,
        [petitionFixture({ id, signatureCount: 500 })],
        iso(NOW),
      );
      const thresholds = await readThresholds(database.db, id);
      assert.deepEqual(
        thresholds.map((t) => t.reached_at),
        [iso(NOW), null],
      );
    });
  });

  describe('counts', () => {
    it('counts every increment, also when they run at the same time', async () => {
      const id = `counted-${randomUUID().slice(0, 8)}`;
      await upsertPetitions(database.db, database.dialect, [petitionFixture({ id })], iso(NOW));
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          database.db
            .transaction()
            .execute((trx) => incrementConfirmed(trx, database.dialect, id, iso(NOW + i))),
        ),
      );
      const { confirmed, updatedAt } = await readConfirmed(database.db, database.dialect, id);
      assert.equal(confirmed, 40);
      assert.ok(updatedAt !== null && updatedAt >= iso(NOW));
      const shards = await database.db
        .selectFrom('petition_counts')
        .select(['shard', 'count'])
        .where('petition_id', '=', id)
        .execute();
      if (database.dialect === 'postgres') {
        assert.ok(shards.length > 1 && shards.length <= COUNT_SHARDS, `${shards.length} shards`);
        assert.equal(
          shards.reduce((sum, shard) => sum + shard.count, 0),
          40,
        );
      } else {
        assert.equal(shards.length, 0);
      }
    });
  });

  describe('signatures', () => {
    it('refuses a second counted signature for one email key but stores flagged ones', async () => {
      assert.equal(await insertSignature(database.db, newSignature('bike-lanes')), true);
      assert.equal(await insertSignature(database.db, newSignature('bike-lanes')), false);
      assert.equal(
        await insertSignature(database.db, newSignature('bike-lanes', { flagged_reason: 'rate_limit' })),
        true,
      );
      const found = await findSignatureByEmail(database.db, 'bike-lanes', 'key-dana');
      assert.equal(found?.flagged_reason, null);
    });

    it('confirms a signature once', async () => {
      const signature = newSignature('bike-lanes', { email_key: `key-${randomUUID()}` });
      await insertSignature(database.db, signature);
      assert.equal(await markConfirmed(database.db, signature.id, iso(NOW)), true);
      assert.equal(await markConfirmed(database.db, signature.id, iso(NOW + 1)), false);
    });

    it('never confirms a flagged signature', async () => {
      const signature = newSignature('bike-lanes', { flagged_reason: 'rate_limit' });
      await insertSignature(database.db, signature);
      assert.equal(await markConfirmed(database.db, signature.id, iso(NOW)), false);
    });
  });

  describe('confirmation tokens', () => {
    it('finds a token by its value until it expires, and stores only a hash', async () => {
      const signature = newSignature('bike-lanes', { email_key: `key-${randomUUID()}` });
      await insertSignature(database.db, signature);
      const token = await issueToken(database.db, signature.id, 'bike-lanes', NOW);
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      const row = await findLiveToken(database.db, token, iso(NOW + TOKEN_TTL_MS - 1));
      assert.equal(row?.signature_id, signature.id);
      assert.notEqual(row?.token_hash, token);
      assert.equal(await findLiveToken(database.db, token, iso(NOW + TOKEN_TTL_MS)), undefined);
      assert.ok((await purgeExpiredTokens(database.db, iso(NOW + TOKEN_TTL_MS + 1))) >= 1);
    });
  });

  describe('idempotency keys', () => {
    it('claims a new key, replays its answer, refuses another body and reports a key in flight', async () => {
      const id = `key-${randomUUID()}`;
      const claimed = await database.db.transaction().execute(async (trx) => {
        const claim = await claimKey(trx, id, 'fp-1', NOW);
        if (claim.kind === 'new') await completeKey(trx, id, 202, '{"ok":true}');
        return claim;
      });
      assert.deepEqual(claimed, { kind: 'new' });
      assert.deepEqual(await peekKey(database.db, id, 'fp-1', NOW + 1), {
        kind: 'replay',
        status: 202,
        body: '{"ok":true}',
      });
      assert.deepEqual(await peekKey(database.db, id, 'fp-2', NOW + 1), { kind: 'reused' });
      assert.deepEqual(await database.db.transaction().execute((trx) => claimKey(trx, id, 'fp-1', NOW + 2)), {
        kind: 'replay',
        status: 202,
        body: '{"ok":true}',
      });

      const open = `key-${randomUUID()}`;
      await database.db.transaction().execute((trx) => claimKey(trx, open, 'fp-1', NOW));
      assert.deepEqual(await peekKey(database.db, open, 'fp-1', NOW + 1000), { kind: 'in-flight' });
    });

    it('forgets keys after 24 hours', async () => {
      const id = `key-${randomUUID()}`;
      await database.db.transaction().execute(async (trx) => {
        await claimKey(trx, id, 'fp-1', NOW);
        await completeKey(trx, id, 202, '{}');
      });
      const later = NOW + IDEMPOTENCY_TTL_MS + 1;
      assert.deepEqual(await peekKey(database.db, id, 'fp-other', later), { kind: 'new' });
      assert.deepEqual(
        await database.db.transaction().execute((trx) => claimKey(trx, id, 'fp-other', later)),
        { kind: 'new' },
      );
      assert.ok((await purgeExpiredKeys(database.db, later + IDEMPOTENCY_TTL_MS + 1)) >= 1);
    });

    it('rolls the key back with the work when the transaction fails', async () => {
      const id = `key-${randomUUID()}`;
      await assert.rejects(
        database.db.transaction().execute(async (trx) => {
          await claimKey(trx, id, 'fp-1', NOW);
          throw new Error('crash');
        }),
        /crash/,
      );
      assert.deepEqual(await peekKey(database.db, id, 'fp-1', NOW), { kind: 'new' });
    });
  });

  describe('outbox', () => {
    it('leases due mail to one worker, counts attempts and honours retry times', async () => {
      const id = await enqueueMail(database.db, { ...MAIL, to: `a-${randomUUID()}@example.org` }, iso(NOW));
      const options = { nowIso: iso(NOW), leaseUntilIso: iso(NOW + 60_000), maxAttempts: 3, limit: 50 };
      const first = await claimDueMail(database.db, database.dialect, options);
      assert.ok(first.some((mail) => mail.id === id && mail.attempts === 1));
      const second = await claimDueMail(database.db, database.dialect, options);
      assert.ok(!second.some((mail) => mail.id === id), 'leased mail is not claimed twice');

      await markMailFailed(database.db, id, 'connection refused', iso(NOW + 30_000));
      const early = await claimDueMail(database.db, database.dialect, {
        ...options,
        nowIso: iso(NOW + 10_000),
      });
      assert.ok(!early.some((mail) => mail.id === id));
      const retry = await claimDueMail(database.db, database.dialect, {
        ...options,
        nowIso: iso(NOW + 30_000),
        leaseUntilIso: iso(NOW + 90_000),
      });
      assert.ok(retry.some((mail) => mail.id === id && mail.attempts === 2));
      await markMailSent(database.db, id, iso(NOW + 31_000), 'smtp');
      const after = await claimDueMail(database.db, database.dialect, {
        ...options,
        nowIso: iso(NOW + 999_000),
      });
      assert.ok(!after.some((mail) => mail.id === id));
    });

    it('does not deliver mail kept for the demo outbox', async () => {
      const id = await enqueueMail(database.db, MAIL, iso(NOW), 'dev-outbox');
      const claimed = await claimDueMail(database.db, database.dialect, {
        nowIso: iso(NOW + 1),
        leaseUntilIso: iso(NOW + 60_000),
        maxAttempts: 3,
        limit: 100,
      });
      assert.ok(!claimed.some((mail) => mail.id === id));
    });
  });
});
