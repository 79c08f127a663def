import { sql } from 'kysely';
import type { Db, Dialect } from '../db/kysely.js';
import { emailKey } from '../security/canonical-email.js';
import { overWindowLimit, windowStart } from '../security/window-limit.js';
import type { WindowCount, WindowLimit } from '../security/window-limit.js';

/*
 * The cap on mail to one address across petitions (`--emails-per-address`, 10 a day by default),
 * so that nobody can flood a stranger's mailbox by signing them up on every petition. Counted from
 * the outbox by canonical recipient (`J.Doe+x@GMail.com` is `jdoe@gmail.com`), in the transaction
 * that would queue one more. Above the cap that transaction is refused with 429 and changes
 * nothing (see docs/server.md, "Emails per address").
 */

/** Mail queued to one canonical address since `sinceIso`: how many, and when the earliest was. */
async function mailToAddressSince(db: Db, toKey: string, sinceIso: string): Promise<WindowCount> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.min('created_at').as('earliest')])
    .where('to_key', '=', toKey)
    .where('created_at', '>', sinceIso)
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), earliest: row?.earliest ?? null };
}

/**
 * Throws 429 `rate-limited` (with `Retry-After`: when the oldest message leaves the window) when
 * the address has had `cap.max` messages within the window. On PostgreSQL concurrent transactions
 * for one address take turns (an advisory lock until commit), so they cannot both pass at max − 1.
 */
export async function refuseOverAddressCap(
  trx: Db,
  dialect: Dialect,
  cap: WindowLimit,
  address: string,
  nowMs: number,
): Promise<void> {
  if (cap.max <= 0) return;
  const toKey = emailKey(address);
  if (dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtextextended(${toKey}, 0))`.execute(trx);
  const counted = await mailToAddressSince(trx, toKey, windowStart(cap, nowMs));
  const refusal = overWindowLimit(cap, counted, nowMs, {
    title: 'Too many emails to this address',
    detail:
      'This address has had as many confirmation emails as it may get in a day. Nothing was saved: please sign again tomorrow.',
  });
  if (refusal) throw refusal;
}
