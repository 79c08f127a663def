import * as v from 'valibot';
import { EXPORT_DATASETS, EXPORT_FORMATS, ExportDatasetIdSchema, IdSchema } from '#protocol';
import type { ExportDatasetId, ExportFormat } from '#protocol';
import { problemError } from '../security/problem.js';
import type { ExportItem } from './source.js';

/*
 * What an export request asks for, checked strictly: the file name must be a dataset and a format,
 * and the query may hold the dataset's own filter once, with a valid id, and nothing else. A typo
 * in a parameter would otherwise quietly export everything. Problems never echo the input.
 */

/** Longest query string an export accepts (one filter with the longest id is far shorter). */
const QUERY_MAX = 512;

/** `petitions.csv` → `{ dataset: 'petitions', format: 'csv' }`; anything else → 404. */
export function parseExportFile(file: string): { dataset: ExportDatasetId; format: ExportFormat } {
  const dot = file.lastIndexOf('.');
  const dataset = v.safeParse(ExportDatasetIdSchema, file.slice(0, dot));
  const format = file.slice(dot + 1);
  if (dot < 0 || !dataset.success || !(EXPORT_FORMATS as readonly string[]).includes(format))
    throw problemError('notFound', 'No such export');
  return { dataset: dataset.output, format: format as ExportFormat };
}

/** The item the query narrows the export to (undefined for all), or a 400 problem. */
export function parseExportQuery(dataset: ExportDatasetId, url: string): ExportItem | undefined {
  const start = url.indexOf('?');
  if (start < 0) return undefined;
  const query = url.slice(start + 1);
  if (query.length > QUERY_MAX) throw malformed('The query string is too long.');
  const filter = EXPORT_DATASETS[dataset].filter;
  let item: ExportItem | undefined;
  for (const [name, value] of new URLSearchParams(query)) {
    if (name !== filter)
      throw malformed(
        filter === null
          ? 'This export takes no query parameters.'
          : `This export takes only the "${filter}" parameter.`,
      );
    if (item) throw malformed(`"${filter}" may be given once.`);
    if (!v.safeParse(IdSchema, value).success) throw malformed(`"${filter}" must be an id.`);
    item = { param: filter, id: value };
  }
  return item;
}

function malformed(detail: string) {
  return problemError('malformed', 'Malformed request', { detail });
}
