import { isOriginNotAllowed } from '../../client/index.js';

/*
 * For the webmaster: when a backend refuses this page's origin, the citizen reads that signing is
 * not available here, and the console says what to change, once per backend and page.
 */

const warned = new Set<string>();

/** The console message for a backend at `baseUrl` that does not take writes from `origin`. */
export function originWarning(baseUrl: string, origin: string | undefined): string {
  const page = origin ?? 'this page’s origin';
  const value = origin ?? 'https://your-site.example';
  return [
    `civic-widgets: the backend at ${baseUrl} does not accept writes (signatures, ideas, votes) from ${page}, ` +
      'so citizens on this page are told that signing is not available here yet. Nothing was stored.',
    `To fix it, allow ${page} on that backend: on the civic-widgets reference server, ` +
      `--allowed-origins ${value} (or CIVIC_ALLOWED_ORIGINS=${value}; comma-separate several origins); ` +
      'on another backend, its allowed-origins (CORS) setting for writes.',
    'Check a page before it goes live with `npm run check-embed -- --page URL`.',
  ].join('\n');
}

/** Warns in the console, once per backend and page, when `error` is a refusal of this page's origin. */
export function warnIfOriginNotAllowed(error: unknown): void {
  if (!isOriginNotAllowed(error)) return;
  const baseUrl = absolute(error.baseUrl);
  const key = `${baseUrl} ${error.origin ?? ''}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(originWarning(baseUrl, error.origin));
}

function absolute(url: string): string {
  try {
    return new URL(url, location.href).href;
  } catch {
    return url;
  }
}
