import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { encodeQuery, fillPath } from '#protocol';
import type { AnyEndpoint } from '#protocol';
import type { ServerLocale } from '../config.js';

/*
 * The pages of boards, campaigns and leaderboards read what they show through this server's own
 * API, in process (`inject`), with the protocol's descriptors and schemas: a page shows exactly
 * what a widget would, with the same paging, filters, validation and language.
 */

/** Where app.ts mounts the API (`API_PREFIX`; not imported, app.ts imports the features). */
const API_BASE = '/api/v1';

export type ApiRead<T> =
  { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'missing' | 'gone' | 'invalid' };

const KINDS: Readonly<Record<number, 'missing' | 'gone' | 'invalid'>> = {
  400: 'invalid',
  404: 'missing',
  410: 'gone',
};

/**
 * GETs `endpoint` in `locale`, as the signed-in reader when a page session's `token` is given;
 * 404, 410 and 400 (an invalid query) come back as kinds, anything else unexpected throws.
 */
export async function readApi<E extends AnyEndpoint & { response: v.GenericSchema }>(
  app: FastifyInstance,
  endpoint: E,
  params: Record<string, string>,
  query: Readonly<Record<string, string | undefined>>,
  locale: ServerLocale,
  token?: string,
): Promise<ApiRead<v.InferOutput<E['response']>>> {
  const res = await app.inject({
    method: 'GET',
    url: `${API_BASE}${fillPath(endpoint.path, params)}${encodeQuery(query)}`,
    headers: { 'accept-language': locale, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (res.statusCode === 200) return { kind: 'ok', value: v.parse(endpoint.response, res.json()) };
  const kind = KINDS[res.statusCode];
  if (!kind) throw new Error(`${endpoint.id} answered ${res.statusCode}`);
  return { kind };
}
