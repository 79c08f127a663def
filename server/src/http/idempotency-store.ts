import { createHash } from 'node:crypto';
import type { Db } from '../db/kysely.js';
import { changedRows, prepared } from '../db/prepared.js';

/*
 * Idempotency keys (protocol "Idempotency"): the key's row is written in the same transaction as
 * the work it guards, first as "in flight" (status null) and completed with the answer before
 * commit. So a crash leaves either both the work and the stored answer, or neither, and a client
 * retrying with the same key after a restart gets the stored answer or a fresh attempt, never a
 * second signature. A concurrent duplicate on PostgreSQL waits on the key's unique index for the
 * first transaction and then replays its answer.
 */

/** How long keys are kept: the protocol asks for at least 24 hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
/** An in-flight row older than this was left by a writer that died; a retry takes it over. */
export const IN_FLIGHT_LEASE_MS = 60 * 1000;

export type KeyClaim =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'reused' }
  | { kind: 'in-flight' };

/** The stored id of a key: scoped by the operation (`operationScope`) and the token's subject. */
export function keyId(scope: string, subject: string | undefined, key: string): string {
  return createHash('sha256')
    .update(`${scope}\n${subject ?? ''}\n${key}`)
    .digest('hex');
}

/** What makes two requests "the same": method, operation and body bytes. */
export function requestFingerprint(method: string, scope: string, body: Buffer | null): string {
  const hash = createHash('sha256').update(`${method} ${scope}\n`);
  if (body) hash.update(body);
  return hash.digest('hex');
}

interface KeyRow {
  fingerprint: string;
  status: number | null;
  response: string | null;
  created_at: string;
}

function classify(row: KeyRow, fingerprint: string, nowMs: number): KeyClaim | 'stale' {
  if (row.fingerprint !== fingerprint) return { kind: 'reused' };
  if (row.status === null || row.response === null) {
    return Date.parse(row.created_at) + IN_FLIGHT_LEASE_MS < nowMs ? 'stale' : { kind: 'in-flight' };
  }
  return { kind: 'replay', status: row.status, body: row.response };
}

async function readKey(db: Db, id: string, nowMs: number): Promise<KeyRow | undefined> {
  return (await readQuery(db, { id, since: new Date(nowMs - IDEMPOTENCY_TTL_MS).toISOString() })).rows[0];
}

const readQuery = prepared((db, v: { id: string; since: string }) =>
  db
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'status', 'response', 'created_at'])
    .where('id', '=', v.id)
    .where('created_at', '>', v.since),
);

/** Inserts an in-flight row, or takes over the row of an expired key; a live key's row stays. */
const claimQuery = prepared((db, v: { id: string; fingerprint: string; now: string; expired: string }) =>
  db
    .insertInto('idempotency_keys')
    .values({ id: v.id, fingerprint: v.fingerprint, status: null, response: null, created_at: v.now })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet({ fingerprint: v.fingerprint, status: null, response: null, created_at: v.now })
        .where('idempotency_keys.created_at', '<=', v.expired),
    ),
);

/** A read-only look before doing any work: replay, reused or in flight; `new` when unknown. */
export async function peekKey(db: Db, id: string, fingerprint: string, nowMs: number): Promise<KeyClaim> {
  const row = await readKey(db, id, nowMs);
  if (!row) return { kind: 'new' };
  const claim = classify(row, fingerprint, nowMs);
  return claim === 'stale' ? { kind: 'new' } : claim;
}

/**
 * Claims a key inside the transaction that does the work. `new` means: do the work, then call
 * completeKey in the same transaction. Anything else is the answer to give instead.
 */
export async function claimKey(trx: Db, id: string, fingerprint: string, nowMs: number): Promise<KeyClaim> {
  const nowIso = new Date(nowMs).toISOString();
  const expired = new Date(nowMs - IDEMPOTENCY_TTL_MS).toISOString();
  // A new key, or an expired one (free again), is claimed by this one statement.
  if (changedRows(await claimQuery(trx, { id, fingerprint, now: nowIso, expired })) > 0)
    return { kind: 'new' };
  const row = await readKey(trx, id, nowMs);
  if (!row) return { kind: 'in-flight' };
  const claim = classify(row, fingerprint, nowMs);
  if (claim !== 'stale') return claim;
  const takenOver = await trx
    .updateTable('idempotency_keys')
    .set({ created_at: nowIso })
    .where('id', '=', id)
    .where('status', 'is', null)
    .where('created_at', '=', row.created_at)
    .executeTakeFirst();
  return Number(takenOver.numUpdatedRows) > 0 ? { kind: 'new' } : { kind: 'in-flight' };
}

/** Stores the answer of a claimed key (same transaction as the work). */
export async function completeKey(trx: Db, id: string, status: number, body: string): Promise<void> {
  await completeQuery(trx, { id, status, body });
}

const completeQuery = prepared((db, v: { id: string; status: number; body: string }) =>
  db.updateTable('idempotency_keys').set({ status: v.status, response: v.body }).where('id', '=', v.id),
);

/** Deletes keys older than the retention period. */
export async function purgeExpiredKeys(db: Db, nowMs: number): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<=', new Date(nowMs - IDEMPOTENCY_TTL_MS).toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
