import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '#protocol';
import type { PetitionPage } from '#protocol';
import { isoAt } from '../clock.js';
import type { AppContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import type { PetitionListPosition } from '../http/cursor.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { routeEventStream } from '../http/event-stream.js';
import {
  addVary,
  polledCacheControl,
  sendJson,
  sendLocalizedDocument,
  sendTaggedJson,
} from '../http/reply.js';
import { parsePath, parseQuery } from '../http/validate.js';
import { problemError } from '../security/problem.js';
import type { CountLookup } from './count-cache.js';
import { petitionPagePath } from './page-path.js';
import { listPetitionRows } from './store.js';
import { readThresholdsOf } from './threshold-store.js';
import { toPetition, toPetitionCount, toPetitionSummary } from './view.js';

/* listPetitions, getPetition, getPetitionCount and streamPetitionEvents. */

const DEFAULT_LIMIT = 20;

/**
 * A petition's page: the one its document names, else this server's page that works without
 * JavaScript, so a widget's links and fallback always lead somewhere a citizen can sign.
 */
function withPage<T extends { id: string; url: string | null }>(ctx: AppContext, item: T): T {
  return item.url === null ? { ...item, url: `${ctx.config.publicUrl}${petitionPagePath(item.id)}` } : item;
}

function found(lookup: CountLookup): Extract<CountLookup, { kind: 'found' }> {
  if (lookup.kind === 'missing') throw problemError('notFound', 'No such petition');
  if (lookup.kind === 'hidden') throw problemError('gone', 'This petition was removed');
  return lookup;
}

export async function petitionRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const { db, dialect } = ctx.database;
  const countCacheControl = polledCacheControl(ctx.config.pollIntervalSeconds);

  routeEndpoint(api, ENDPOINTS.listPetitions, async (request, reply) => {
    const query = parseQuery(ENDPOINTS.listPetitions, request.url);
    const position: PetitionListPosition = query.cursor
      ? decodeCursor(query.cursor)
      : { state: query.state, sort: query.sort ?? 'newest', q: query.q, offset: 0 };
    const now = ctx.clock.now();
    const { rows, total } = await listPetitionRows(db, dialect, {
      ...position,
      limit: query.limit ?? DEFAULT_LIMIT,
      nowIso: isoAt(now),
    });
    const thresholds = await readThresholdsOf(
      db,
      rows.map((row) => row.id),
    );
    const language = request.headers['accept-language'];
    const items = rows.map((row) => {
      const count = toPetitionCount(
        {
          petitionId: row.id,
          storedState: row.state,
          importedCount: row.imported_count,
          offlineCount: row.offline_count,
          confirmed: row.confirmed,
          countUpdatedAt: row.count_updated_at,
          closesAt: row.closes_at,
          thresholds: thresholds.get(row.id) ?? [],
        },
        now,
      );
      return withPage(ctx, toPetitionSummary(row, count, language, ctx.config.defaultLocale));
    });
    const next = position.offset + rows.length;
    const page: PetitionPage = {
      items,
      nextCursor: rows.length > 0 && next < total ? encodeCursor({ ...position, offset: next }) : null,
      total,
    };
    reply.header('Cache-Control', 'no-cache');
    addVary(reply, 'Accept-Language');
    return sendJson(reply, 200, JSON.stringify(page));
  });

  routeEndpoint(api, ENDPOINTS.getPetition, async (request, reply) => {
    const { petitionId } = parsePath(ENDPOINTS.getPetition, request.params);
    const lookup = found(await ctx.counts.get(petitionId));
    const stored = await ctx.petitions.get(petitionId);
    if (!stored) throw problemError('notFound', 'No such petition');
    if (stored.row.state === 'hidden') throw problemError('gone', 'This petition was removed');
    const petition = withPage(
      ctx,
      toPetition(
        stored.row,
        stored.document,
        lookup.count,
        ctx.clock.now(),
        request.headers['accept-language'],
        ctx.config.defaultLocale,
      ),
    );
    return sendLocalizedDocument(request, reply, petition);
  });

  routeEndpoint(api, ENDPOINTS.getPetitionCount, async (request, reply) => {
    const { petitionId } = parsePath(ENDPOINTS.getPetitionCount, request.params);
    const lookup = found(await ctx.counts.get(petitionId));
    reply.header('Cache-Control', countCacheControl);
    return sendTaggedJson(request, reply, lookup.etag, lookup.body);
  });

  routeEventStream(api, ENDPOINTS.streamPetitionEvents, {
    event: 'count',
    live: ctx.live,
    toEvent: (lookup) => (lookup.kind === 'found' ? lookup : { kind: 'gone' }),
    pingMs: ctx.ssePingMs,
    async start(request) {
      const { petitionId } = parsePath(ENDPOINTS.streamPetitionEvents, request.params);
      return { id: petitionId, first: found(await ctx.counts.get(petitionId)) };
    },
  });
}
