/**
 * An email address with most of its local part hidden, to confirm where a message went without
 * showing the whole address on screen: `jane@example.org` → `j•••@example.org`.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  const first = Array.from(email.slice(0, at))[0] ?? '';
  return `${first}•••${email.slice(at)}`;
}
