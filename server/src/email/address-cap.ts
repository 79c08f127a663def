import { sql } from 'kysely';
import type { Db, Dialect } from '../db/kysely.js';
import { emailKey } from '../security/canonical-email.js';
import { problemError } from '../security/problem.js';

/*
 * The cap on mail to one address across petitions (`--emails-per-address`, 10 a day by default),
 * so that nobody can flood a stranger's mailbox by signing them up on every petition. Counted from
 * the outbox by canonical recipient (`J.Doe+x@GMail.com` is `jdoe@gmail.com`), in the transaction
 * that would queue one more. Above the cap that transaction is refused with 429 and changes
 * nothing (see docs/server.md, "Emails per address").
 */

export interface AddressCap {
  /** At most this many messages per address within the window; 0: no cap. */
  max: number;
  windowS: number;
}

/** Mail queued to one canonical address since `sinceIso`: how many, and when the oldest was. */
async function mailToAddressSince(
  db: Db,
  toKey: string,
  sinceIso: string,
): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.min('created_at').as('oldest')])
    .where('to_key', '=', toKey)
    .where('created_at', '>', sinceIso)
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
}

/**
 * Throws 429 `rate-limited` (with `Retry-After`: when the oldest message leaves the window) when
 * the address has had `cap.max` messages within the window. On PostgreSQL concurrent transactions
 * for one address take turns (an advisory lock until commit), so they cannot both pass at max − 1.
 */
export async function refuseOverAddressCap(
  trx: Db,
  dialect: Dialect,
  cap: AddressCap,
  address: string,
  nowMs: number,
): Promise<void> {
  if (cap.max <= 0) return;
  const toKey = emailKey(address);
  if (dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtextextended(${toKey}, 0))`.execute(trx);
  const windowMs = cap.windowS * 1000;
  const { count, oldest } = await mailToAddressSince(trx, toKey, new Date(nowMs - windowMs).toISOString());
  if (count < cap.max) return;
  const retryAfterS = Math.max(1, Math.ceil((Date.parse(oldest!) + windowMs - nowMs) / 1000));
  throw problemError('rateLimited', 'Too many emails to this address', {
    detail:
      'This address has had as many confirmation emails as it may get in a day. Nothing was saved: please sign again tomorrow.',
    headers: { 'Retry-After': String(retryAfterS) },
  });
}
