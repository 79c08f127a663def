import type * as v from 'valibot';
import type { EndpointId } from '#protocol';
import { discovery } from '../fixtures.js';
import { excerpt, expectAllowedOrigin, expectSchema, expectStatus, headerTokens } from '../expect.js';
import { ensure, fail } from '../harness.js';
import type { ApiResponse, CallInput, CheckContext } from '../harness.js';

/* Expectations several areas share: conditional reads, cacheable polling resources, personal answers, pagination. */

/**
 * A conditional read: 200 with an `ETag`; the same request with `If-None-Match` → 304 and no body;
 * with an ETag the backend never sent → 200.
 */
export async function expectConditional(ctx: CheckContext, endpointId: EndpointId, input: CallInput) {
  const first = await ctx.request(endpointId, input);
  expectStatus(first, 200);
  const etag = first.headers.get('etag');
  ensure(etag, `GET ${first.target}: a conditional resource must send an ETag`);
  const revalidated = await ctx.request(endpointId, input, { headers: { 'If-None-Match': etag } });
  expectStatus(revalidated, 304);
  ensure(
    revalidated.text === '',
    `GET ${revalidated.target}: a 304 must have no body, got ${excerpt(revalidated)}`,
  );
  const other = await ctx.request(endpointId, input, { headers: { 'If-None-Match': '"conformance-stale"' } });
  expectStatus(other, 200);
  ensure(other.text !== '', `GET ${other.target}: If-None-Match with another ETag must answer the resource`);
}

/** Parses `Cache-Control` into directives: `public, max-age=60` → {public: '', 'max-age': '60'}. */
export function cacheDirectives(res: ApiResponse): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of (res.headers.get('cache-control') ?? '').split(',')) {
    const [name, value = ''] = part.trim().split('=');
    if (name) directives.set(name.toLowerCase(), value.replace(/^"|"$/g, ''));
  }
  return directives;
}

/** An answer personalised by the token: `Cache-Control: private` and `Vary: Authorization`. */
export function expectPersonalCaching(res: ApiResponse): void {
  ensure(
    cacheDirectives(res).has('private'),
    `GET ${res.target}: Cache-Control should be private with a token`,
  );
  ensure(
    headerTokens(res.headers, 'vary').has('authorization'),
    `GET ${res.target}: Vary should list Authorization`,
  );
}

/**
 * A polling resource (count, totals): CORS for the test origin, `ETag` exposed to scripts, and
 * `Cache-Control: public, max-age=…` no longer than discovery's poll interval so a CDN can answer.
 */
export async function expectPollingHeaders(ctx: CheckContext, res: ApiResponse): Promise<void> {
  const { pollIntervalSeconds } = await discovery(ctx);
  ensure(res.headers.get('etag'), `GET ${res.target}: no ETag`);
  expectAllowedOrigin(res, ctx.options.origin);
  const exposed = headerTokens(res.headers, 'access-control-expose-headers');
  ensure(
    exposed.has('etag') || exposed.has('*'),
    `GET ${res.target}: Access-Control-Expose-Headers should list ETag, got "${res.headers.get('access-control-expose-headers') ?? ''}"`,
  );
  const directives = cacheDirectives(res);
  const header = res.headers.get('cache-control');
  ensure(header, `GET ${res.target}: no Cache-Control (expected public, max-age=${pollIntervalSeconds}, …)`);
  ensure(
    directives.has('public') && !directives.has('private') && !directives.has('no-store'),
    `GET ${res.target}: Cache-Control should be public, got "${header}"`,
  );
  const maxAge = Number(directives.get('max-age'));
  ensure(
    directives.has('max-age') && Number.isInteger(maxAge) && maxAge >= 1 && maxAge <= pollIntervalSeconds,
    `GET ${res.target}: Cache-Control max-age should be 1–${pollIntervalSeconds} (pollIntervalSeconds), got "${header}"`,
  );
  if (maxAge !== pollIntervalSeconds)
    ctx.note(`max-age=${maxAge} differs from pollIntervalSeconds=${pollIntervalSeconds}`);
  const missing = ['stale-while-revalidate', 'stale-if-error'].filter((name) => !directives.has(name));
  if (missing.length) ctx.note(`Cache-Control lacks ${missing.join(' and ')}`);
}

interface PageLike {
  readonly nextCursor: string | null;
  readonly total?: number | undefined;
}

/** Pages through a list with `limit=1`, checking that pages hold at most one item and never repeat one. */
export async function walkPages<S extends v.GenericSchema>(
  ctx: CheckContext,
  endpointId: EndpointId,
  input: CallInput,
  schema: S,
  itemsOf: (page: v.InferOutput<S>) => readonly { id: string }[],
  maxPages: number,
): Promise<{ pages: v.InferOutput<S>[]; ids: string[]; complete: boolean }> {
  const pages: v.InferOutput<S>[] = [];
  const ids: string[] = [];
  let cursor: string | undefined;
  while (pages.length < maxPages) {
    const res = await ctx.request(endpointId, { ...input, query: { ...input.query, limit: 1, cursor } });
    expectStatus(res, 200);
    const page = expectSchema(res, schema);
    const items = itemsOf(page);
    ensure(items.length <= 1, `GET ${res.target}: limit=1 answered ${items.length} items`);
    for (const item of items) {
      if (ids.includes(item.id)) fail(`GET ${res.target}: item ${item.id} was already on an earlier page`);
      ids.push(item.id);
    }
    pages.push(page);
    const next = (page as PageLike).nextCursor;
    if (next === null) return { pages, ids, complete: true };
    ensure(next !== cursor, `GET ${res.target}: nextCursor repeats the cursor of the request`);
    cursor = next;
  }
  return { pages, ids, complete: false };
}

/** Checks a walked list: ≥ 2 pages when there are ≥ 2 items, and `total` agrees with what was seen. */
export function expectWalk(
  walk: { pages: readonly PageLike[]; ids: readonly string[]; complete: boolean },
  ctx: CheckContext,
  what: string,
): void {
  const total = walk.pages[0]?.total;
  if (walk.ids.length < 2 && walk.complete) {
    ensure(
      total === undefined || total === walk.ids.length,
      `${what}: total says ${total} but paging ended after ${walk.ids.length} items`,
    );
    ctx.skip(`${what}: fewer than 2 items, so there is nothing to page through`);
  }
  ensure(walk.pages.length >= 2, `${what}: ${walk.ids.length} items fit on one page of limit=1`);
  if (walk.complete && total !== undefined) {
    ensure(
      total === walk.ids.length,
      `${what}: total says ${total} but paging found ${walk.ids.length} items`,
    );
  }
  ctx.note(
    walk.complete
      ? `${walk.ids.length} items on ${walk.pages.length} pages, nextCursor null on the last`
      : `walked ${walk.pages.length} pages (stopped early)`,
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
