import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { ENDPOINTS, EXPORT_DATASETS, EXPORT_MEDIA_TYPES } from '#protocol';
import type { ExportFormat } from '#protocol';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { parsePath } from '../http/validate.js';
import { problemError } from '../security/problem.js';
import { csvStream } from './csv-writer.js';
import { parseExportQuery } from './export-request.js';
import { jsonStream } from './json-writer.js';
import { DATASET_SOURCES } from './registry.js';
import type { ExportItem, ExportReadContext } from './source.js';

/*
 * getExportCsv and getExportJson: each export is built when asked for and streamed as its rows are
 * read. It is public and the same for everyone, so shared caches may keep it for
 * EXPORT_MAX_AGE_SECONDS; Last-Modified is when it was built (docs/open-data.md, "Exports").
 */

/** How long a downloaded export may be reused (seconds). */
export const EXPORT_MAX_AGE_SECONDS = 300;

/** `petition-regions` + `{ petition: 'p-1' }` + `csv` → `petition-regions-petition-p-1.csv`. */
export function exportFileName(dataset: string, item: ExportItem | undefined, format: string): string {
  const suffix = item ? `-${item.param}-${item.id.replace(/[^A-Za-z0-9._-]/g, '_')}` : '';
  return `${dataset}${suffix}.${format}`;
}

function exportHandler(ctx: AppContext, format: ExportFormat): RouteHandlerMethod {
  const endpoint = format === 'csv' ? ENDPOINTS.getExportCsv : ENDPOINTS.getExportJson;
  return async (request, reply) => {
    const { dataset } = parsePath(endpoint, request.params);
    const source = DATASET_SOURCES[dataset];
    if (!source) throw problemError('notFound', 'No such export');
    const item = parseExportQuery(dataset, request.url);
    const nowMs = ctx.clock.now();
    const read: ExportReadContext = { database: ctx.database, nowMs, publicUrl: ctx.config.publicUrl };
    if (item && !(await source.exists(read, item.id)))
      throw problemError('notFound', `No such ${item.param}`);
    const { columns } = EXPORT_DATASETS[dataset];
    const rows = source.rows(read, item);
    reply
      .header('Content-Type', EXPORT_MEDIA_TYPES[format])
      .header('Content-Disposition', `attachment; filename="${exportFileName(dataset, item, format)}"`)
      .header('Cache-Control', `public, max-age=${EXPORT_MAX_AGE_SECONDS}`)
      .header('Last-Modified', new Date(nowMs).toUTCString());
    const body =
      format === 'csv'
        ? csvStream(columns, rows, (error) => request.log.error({ err: error, dataset }, 'export failed'))
        : jsonStream(columns, rows);
    return reply.send(body);
  };
}

export async function exportRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  routeEndpoint(api, ENDPOINTS.getExportCsv, exportHandler(ctx, 'csv'));
  routeEndpoint(api, ENDPOINTS.getExportJson, exportHandler(ctx, 'json'));
}
