import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Pledge webhooks are signed the way Stripe signs its events:
 *   Civic-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>
 * Several v1 entries may be sent (while a secret is rotated); one matching is enough. The timestamp
 * is part of what is signed, so a captured delivery cannot be replayed after the tolerance.
 */

/** How far the signed timestamp may be from the server's clock. */
export const SIGNATURE_TOLERANCE_S = 5 * 60;

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch' | 'expired';

function hmac(secret: string, timestamp: string, body: Buffer): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

/** The header value for a body (providers and tests sign with this). */
export function signPayload(secret: string, body: Buffer | string, timestampS: number): string {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return `t=${timestampS},v1=${hmac(secret, String(timestampS), bytes).toString('hex')}`;
}

/** Checks a `Civic-Signature` header against the raw body, at `nowMs`. */
export function verifySignature(
  header: string | string[] | undefined,
  body: Buffer,
  secret: string,
  nowMs: number,
): SignatureCheck {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return 'missing';
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of value.split(',')) {
    const at = part.indexOf('=');
    if (at === -1) return 'malformed';
    const key = part.slice(0, at).trim();
    const item = part.slice(at + 1).trim();
    if (key === 't') {
      if (timestamp !== undefined || !/^\d{1,12}$/.test(item)) return 'malformed';
      timestamp = item;
    } else if (key === 'v1') {
      if (!/^[0-9a-f]{64}$/i.test(item)) return 'malformed';
      signatures.push(Buffer.from(item, 'hex'));
    }
  }
  if (timestamp === undefined || signatures.length === 0) return 'malformed';
  const expected = hmac(secret, timestamp, body);
  if (!signatures.some((signature) => timingSafeEqual(signature, expected))) return 'mismatch';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_S) return 'expired';
  return 'valid';
}
