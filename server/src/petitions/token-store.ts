import { createHash, randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../db/kysely.js';
import { prepared } from '../db/prepared.js';
import type { ConfirmationTokensTable } from '../db/schema.js';

/*
 * Confirmation tokens: 32 random bytes (256 bits) as base64url in the email link, stored only as
 * their sha256, valid for TOKEN_TTL_MS. Using one counts its signature once; using it again within
 * its lifetime answers the same way (the protocol's "confirming twice is not an error").
 */

export const TOKEN_TTL_MS = 7 * 24 * 3600 * 1000;

export type TokenRow = Selectable<ConfirmationTokensTable>;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a token for a signature and returns it (the only time it exists in clear). */
export async function issueToken(
  trx: Db,
  signatureId: string,
  petitionId: string,
  nowMs: number,
): Promise<string> {
  const token = newToken();
  await insertQuery(trx, {
    hash: tokenHash(token),
    signatureId,
    petitionId,
    createdAt: new Date(nowMs).toISOString(),
    expiresAt: new Date(nowMs + TOKEN_TTL_MS).toISOString(),
  });
  return token;
}

const insertQuery = prepared(
  (db, v: { hash: string; signatureId: string; petitionId: string; createdAt: string; expiresAt: string }) =>
    db.insertInto('confirmation_tokens').values({
      token_hash: v.hash,
      signature_id: v.signatureId,
      petition_id: v.petitionId,
      created_at: v.createdAt,
      expires_at: v.expiresAt,
      used_at: null,
    }),
);

/** The token row, or undefined when the token is unknown or expired. */
export async function findLiveToken(db: Db, token: string, nowIso: string): Promise<TokenRow | undefined> {
  return (await findQuery(db, { hash: tokenHash(token), now: nowIso })).rows[0];
}

const findQuery = prepared((db, v: { hash: string; now: string }) =>
  db
    .selectFrom('confirmation_tokens')
    .selectAll()
    .where('token_hash', '=', v.hash)
    .where('expires_at', '>', v.now),
);

export async function markTokenUsed(trx: Db, tokenHashValue: string, nowIso: string): Promise<void> {
  await usedQuery(trx, { hash: tokenHashValue, now: nowIso });
}

const usedQuery = prepared((db, v: { hash: string; now: string }) =>
  db
    .updateTable('confirmation_tokens')
    .set({ used_at: v.now })
    .where('token_hash', '=', v.hash)
    .where('used_at', 'is', null),
);

/** Deletes tokens that expired before `beforeIso`. */
export async function purgeExpiredTokens(db: Db, beforeIso: string): Promise<number> {
  const result = await db
    .deleteFrom('confirmation_tokens')
    .where('expires_at', '<', beforeIso)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
