import { fillPath } from '../protocol/endpoint.js';
import type { AnyEndpoint } from '../protocol/endpoint.js';

/** The URL-shaped part of an endpoint input, loosely typed for the generic core. */
export interface UrlInput {
  readonly path?: Readonly<Record<string, string | number>> | undefined;
  readonly query?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Absolute URL of an endpoint call: `baseUrl` (absolute, or relative to the page) + filled path + query.
 * Query values that are `undefined`/`null` are skipped; arrays repeat the key (`tag=a&tag=b`).
 */
export function buildUrl(baseUrl: string, endpoint: AnyEndpoint, input: UrlInput): string {
  const joined = baseUrl.replace(/\/+$/, '') + fillPath(endpoint.path, input.path);
  const url = new URL(joined, globalThis.document?.baseURI ?? globalThis.location?.href);
  for (const [name, value] of Object.entries(input.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      url.searchParams.append(name, item instanceof Date ? item.toISOString() : String(item));
    }
  }
  return url.href;
}
