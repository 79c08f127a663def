import { EXPORT_DATASET_IDS, EXPORT_DATASETS, IdSchema } from '../../../src/protocol/index.js';
import type { ExportColumn, ExportDatasetId, ProblemKind } from '../../../src/protocol/index.js';
import * as v from 'valibot';

/*
 * The fake backend's exports: two items per dataset with a value of each column's type, in CSV and
 * JSON, with the dataset's filter and nothing else; each defect breaks one rule of the exports.
 */

export type ExportDefect = 'renamed-column' | 'unknown-parameter-taken' | 'private-cache';

/** An export's answer, or the problem to answer instead. */
export type ExportAnswer =
  { readonly problem: ProblemKind } | { readonly headers: Record<string, string>; readonly body: string };

const FILTER_COLUMNS = new Set(['petition_id', 'board_id', 'campaign_id', 'leaderboard_id']);
const ITEMS = ['item-1', 'item-2'];

function sample(column: ExportColumn, item: string): string | number | boolean {
  if (FILTER_COLUMNS.has(column.name)) return item;
  switch (column.type) {
    case 'integer':
      return 3;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'datetime':
      return '2025-05-01T10:00:00Z';
    case 'date':
      return '2025-05-01';
    default:
      return `${column.name} of ${item}`;
  }
}

/** Answers `GET /exports/{file}` with the query `params`. */
export function answerExport(file: string, params: URLSearchParams, defect?: ExportDefect): ExportAnswer {
  const match = /^([a-z-]+)\.(csv|json)$/.exec(file);
  const dataset = match?.[1] as ExportDatasetId | undefined;
  if (!match || dataset === undefined || !EXPORT_DATASET_IDS.includes(dataset))
    return { problem: 'notFound' };
  const { columns, filter } = EXPORT_DATASETS[dataset];
  let only: string | undefined;
  for (const [name, value] of params) {
    if (name !== filter) {
      if (defect === 'unknown-parameter-taken') continue;
      return { problem: 'malformed' };
    }
    if (!v.safeParse(IdSchema, value).success) return { problem: 'malformed' };
    if (!ITEMS.includes(value)) return { problem: 'notFound' };
    only = value;
  }
  const rows = ITEMS.filter((item) => only === undefined || item === only).map((item) =>
    columns.map((column) => sample(column, item)),
  );
  const names = columns.map((column, index) =>
    defect === 'renamed-column' && index === 0 ? `${column.name}x` : column.name,
  );
  const headers = {
    'Content-Disposition': `attachment; filename="${file}"`,
    'Cache-Control': defect === 'private-cache' ? 'private, max-age=60' : 'public, max-age=60',
    'Last-Modified': 'Thu, 01 May 2025 10:00:00 GMT',
  };
  if (match[2] === 'csv')
    return {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8; header=present' },
      body: [names, ...rows].map((record) => `${record.join(',')}\r\n`).join(''),
    };
  return {
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]])))),
  };
}
