import assert from 'node:assert/strict';
import type { Database } from '../../../server/src/db/kysely.js';

/* The confirmation token a signer finds in their email, read from the outbox (tokens exist only in mail). */

/** Tokens are 32 random bytes in base64url (43 characters), found in the confirmation link. */
export const TOKEN_IN_LINK = /confirm[^\s"'<>]*?([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/;

/** The token of the confirmation email sent to `email`; fails when none arrives within about a second. */
export async function confirmationToken(database: Database, email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const mail = await database.db
      .selectFrom('outbox')
      .select(['text_body'])
      .where('to_address', '=', email)
      .where('kind', '=', 'confirm')
      .executeTakeFirst();
    if (mail) {
      const match = TOKEN_IN_LINK.exec(mail.text_body);
      assert.ok(match, `no confirmation link in the email to ${email}:\n${mail.text_body}`);
      return match[1]!;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`no confirmation email for ${email} although its signature was acknowledged`);
}
