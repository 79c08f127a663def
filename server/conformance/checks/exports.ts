import { EXPORT_DATASET_IDS, EXPORT_DATASETS, exportUrl } from '#protocol';
import type { ExportColumn, ExportDatasetId, ExportFilter, ExportFormat, Feature } from '#protocol';
import { parseCsv } from '../csv.js';
import { excerpt, expectProblem, expectStatus } from '../expect.js';
import { ensure, fail } from '../harness.js';
import type { ApiResponse, Check, CheckContext } from '../harness.js';

/*
 * The open data exports (feature `exports`): every dataset about an announced feature as RFC 4180
 * CSV whose header is the protocol's columns and as a JSON array of objects with those keys and
 * types, with caching headers; filters narrow to one item; anything else in the query is refused.
 */

/** The feature each dataset is about: a backend that announces it must export the dataset. */
const DATASET_FEATURE: Readonly<Record<ExportDatasetId, Feature>> = {
  petitions: 'petitions',
  'petition-regions': 'petitions',
  ideas: 'ideas',
  campaigns: 'campaigns',
  'campaign-milestones': 'campaigns',
  'leaderboard-entries': 'leaderboards',
  'petition-history': 'petitions.history',
  'campaign-history': 'campaigns.history',
};

/** The column a filter narrows by. */
const FILTER_COLUMN: Readonly<Record<ExportFilter, string>> = {
  petition: 'petition_id',
  board: 'board_id',
  campaign: 'campaign_id',
  leaderboard: 'leaderboard_id',
};

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The datasets this backend must export: those whose feature discovery announces. */
export async function requiredDatasets(ctx: CheckContext): Promise<ExportDatasetId[]> {
  const res = await ctx.request('getDiscovery');
  expectStatus(res, 200);
  const features = (res.body as { features?: unknown }).features;
  const announced = Array.isArray(features) ? features : [];
  return EXPORT_DATASET_IDS.filter((id) => announced.includes(DATASET_FEATURE[id]));
}

/** A dataset's path under the API base, e.g. `/exports/ideas.csv?board=b1`. */
function exportPath(dataset: ExportDatasetId, format: ExportFormat, query = ''): string {
  return `${exportUrl('', dataset, format)}${query}`;
}

async function fetchExport(ctx: CheckContext, dataset: ExportDatasetId, format: ExportFormat, query = '') {
  return ctx.fetchPath(exportPath(dataset, format, query), { headers: { Accept: '*/*' } });
}

/** Content-Disposition attachment, public Cache-Control with max-age, and a valid Last-Modified. */
function expectExportHeaders(res: ApiResponse): void {
  const disposition = res.headers.get('content-disposition') ?? '';
  ensure(
    /^attachment\s*;.*filename=/i.test(disposition),
    `GET ${res.target}: Content-Disposition "${disposition}" is not an attachment with a filename`,
  );
  const cacheControl = (res.headers.get('cache-control') ?? '').toLowerCase();
  ensure(
    /(^|,)\s*public\s*(,|$)/.test(cacheControl) && /max-age=\d+/.test(cacheControl),
    `GET ${res.target}: Cache-Control "${cacheControl}" should be public with a max-age`,
  );
  const lastModified = res.headers.get('last-modified');
  ensure(
    lastModified !== null && !Number.isNaN(Date.parse(lastModified)),
    `GET ${res.target}: no valid Last-Modified`,
  );
}

/** The CSV's records after checking status, media type, headers, framing and header row. */
function readCsv(res: ApiResponse, dataset: ExportDatasetId): string[][] {
  expectStatus(res, 200);
  const contentType = (res.headers.get('content-type') ?? '').toLowerCase().replace(/\s+/g, '');
  ensure(
    res.mediaType === 'text/csv' && contentType.includes('charset=utf-8'),
    `GET ${res.target}: Content-Type "${contentType}" should be text/csv; charset=utf-8`,
  );
  expectExportHeaders(res);
  let records: string[][];
  try {
    records = parseCsv(res.text);
  } catch (error) {
    fail(`GET ${res.target}: not RFC 4180 CSV (${(error as Error).message})`);
  }
  const names = EXPORT_DATASETS[dataset].columns.map((c) => c.name);
  const header = records[0] ?? [];
  ensure(
    header.join(',') === names.join(','),
    `GET ${res.target}: header "${header.join(',').slice(0, 200)}" should be "${names.join(',')}"`,
  );
  const ragged = records.findIndex((record) => record.length !== names.length);
  ensure(
    ragged < 0,
    `GET ${res.target}: record ${ragged} has ${records[ragged]?.length} fields, not ${names.length}`,
  );
  return records.slice(1);
}

/** Why a JSON value does not fit its column, or undefined when it does. */
function misfit(column: ExportColumn, value: unknown): string | undefined {
  if (value === null) return column.nullable ? undefined : 'null in a column that is never empty';
  switch (column.type) {
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : 'not an integer';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'not a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'not a boolean';
    case 'datetime':
      return typeof value === 'string' && DATETIME.test(value) ? undefined : 'not an RFC 3339 date-time';
    case 'date':
      return typeof value === 'string' && DATE.test(value) ? undefined : 'not a date';
    default:
      return typeof value === 'string' ? undefined : 'not a string';
  }
}

/** The JSON rows after checking status, media type, headers, keys and value types. */
function readJson(res: ApiResponse, dataset: ExportDatasetId): Record<string, unknown>[] {
  expectStatus(res, 200);
  ensure(
    res.mediaType === 'application/json',
    `GET ${res.target}: media type ${res.mediaType}, not application/json`,
  );
  expectExportHeaders(res);
  ensure(Array.isArray(res.body), `GET ${res.target}: not a JSON array: ${excerpt(res)}`);
  const columns = EXPORT_DATASETS[dataset].columns;
  const names = columns.map((c) => c.name).join(',');
  for (const [index, row] of (res.body as unknown[]).entries()) {
    ensure(
      typeof row === 'object' && row !== null && !Array.isArray(row),
      `GET ${res.target}: item ${index} is not an object`,
    );
    const keys = Object.keys(row).join(',');
    ensure(
      keys === names,
      `GET ${res.target}: item ${index} has keys "${keys.slice(0, 200)}", not "${names}"`,
    );
    for (const column of columns) {
      const why = misfit(column, (row as Record<string, unknown>)[column.name]);
      ensure(why === undefined, `GET ${res.target}: item ${index}, ${column.name}: ${why}`);
    }
  }
  return res.body as Record<string, unknown>[];
}

/** Runs `each` for every required dataset; skips when there is none. */
async function forEachDataset(
  ctx: CheckContext,
  each: (dataset: ExportDatasetId) => Promise<void>,
): Promise<void> {
  const datasets = await requiredDatasets(ctx);
  if (datasets.length === 0) ctx.skip('no dataset is about an announced feature');
  for (const dataset of datasets) await each(dataset);
}

/** A check of the exports feature. */
function exportCheck(id: string, title: string, run: Check['run']): Check {
  return { id: `exports.${id}`, area: 'exports', feature: 'exports', title, run };
}

export const exportChecks: Check[] = [
  exportCheck(
    'csv',
    "Each dataset's CSV: text/csv UTF-8, RFC 4180, header = the protocol's columns, caching headers",
    (ctx) =>
      forEachDataset(ctx, async (dataset) => {
        readCsv(await fetchExport(ctx, dataset, 'csv'), dataset);
      }),
  ),
  exportCheck(
    'json',
    "Each dataset's JSON: an array of objects keyed by the columns in order, typed, caching headers",
    (ctx) =>
      forEachDataset(ctx, async (dataset) => {
        readJson(await fetchExport(ctx, dataset, 'json'), dataset);
      }),
  ),
  exportCheck(
    'filter',
    "A dataset's filter narrows both formats to one item; an unknown item is a 404 problem",
    async (ctx) => {
      let narrowed = 0;
      await forEachDataset(ctx, async (dataset) => {
        const filter = EXPORT_DATASETS[dataset].filter;
        if (filter === null) return;
        const column = FILTER_COLUMN[filter];
        const all = readJson(await fetchExport(ctx, dataset, 'json'), dataset);
        const missing = await fetchExport(ctx, dataset, 'csv', `?${filter}=conformance-missing-item`);
        expectProblem(missing, 404);
        const id = all[0]?.[column];
        if (typeof id !== 'string') return;
        const query = `?${filter}=${encodeURIComponent(id)}`;
        const rows = readJson(await fetchExport(ctx, dataset, 'json', query), dataset);
        ensure(
          rows.length > 0,
          `GET ${exportPath(dataset, 'json', query)}: no rows for an item the export lists`,
        );
        ensure(
          rows.every((row) => row[column] === id),
          `GET ${exportPath(dataset, 'json', query)}: rows of other items`,
        );
        readCsv(await fetchExport(ctx, dataset, 'csv', query), dataset);
        narrowed += 1;
      });
      if (narrowed === 0) ctx.note('no dataset had rows to narrow');
    },
  ),
  exportCheck(
    'bad-query',
    'An unknown query parameter, a bad id or an unknown dataset is refused with a problem',
    async (ctx) => {
      await forEachDataset(ctx, async (dataset) => {
        expectProblem(await fetchExport(ctx, dataset, 'csv', '?conformance-unknown=1'), 400);
        const filter = EXPORT_DATASETS[dataset].filter;
        if (filter !== null)
          expectProblem(await fetchExport(ctx, dataset, 'json', `?${filter}=%00bad%2F`), 400);
      });
      expectProblem(await ctx.fetchPath('/exports/conformance-no-such-dataset.csv'), 404);
    },
  ),
];
