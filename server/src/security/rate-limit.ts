import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { isoAt } from '../clock.js';
import type { RateLimitConfig } from '../config.js';
import type { Db } from '../db/kysely.js';

/*
 * Per-IP, per-petition signing limits, counted from the signatures table itself (so they hold
 * across processes sharing one PostgreSQL). Over-limit signatures are still stored, flagged and
 * never counted or emailed; the sender gets the same 202 and learns nothing (UK model).
 */

/** sha256 of a client address: enough to compare, without keeping the address. */
export function ipHash(ip: string): string {
  return createHash('sha256').update(`civic-ip:${ip}`).digest('hex');
}

/** Whether one more signature from this address on this petition would exceed a limit. */
export async function isOverRateLimit(
  db: Db,
  petitionId: string,
  ipKey: string,
  nowMs: number,
  limits: RateLimitConfig,
): Promise<boolean> {
  const windows: { max: number; since: string }[] = [];
  if (limits.burst > 0) windows.push({ max: limits.burst, since: isoAt(nowMs - limits.burstWindowS * 1000) });
  if (limits.sustained > 0) {
    windows.push({ max: limits.sustained, since: isoAt(nowMs - limits.sustainedWindowS * 1000) });
  }
  if (windows.length === 0) return false;
  const earliest = windows.reduce((a, b) => (a.since < b.since ? a : b)).since;
  const row = await db
    .selectFrom('signatures')
    .select(
      windows.map((window, index) =>
        sql<number>`sum(case when created_at > ${window.since} then 1 else 0 end)`.as(`w${index}`),
      ),
    )
    .where('petition_id', '=', petitionId)
    .where('ip_hash', '=', ipKey)
    .where('created_at', '>', earliest)
    .executeTakeFirst();
  const counts = row as Record<string, number | string | null> | undefined;
  return windows.some((window, index) => Number(counts?.[`w${index}`] ?? 0) >= window.max);
}
