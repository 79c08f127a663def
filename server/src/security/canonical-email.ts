import { createHash } from 'node:crypto';

/** Domains whose mailboxes ignore dots in the local part and that share one namespace. */
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The address duplicates are found by (UK e-petitions rules): lowercase, `+tag` dropped; at Gmail
 * also dots dropped and googlemail.com read as gmail.com. `J.Doe+x@GMail.com` → `jdoe@gmail.com`.
 */
export function canonicalEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return email.trim().toLowerCase();
  let local = email.slice(0, at).trim().toLowerCase();
  let domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.+$/, '');
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/** sha256 of the canonical address: stored and compared instead of the address itself. */
export function emailKey(email: string): string {
  return createHash('sha256').update(canonicalEmail(email)).digest('hex');
}
