import * as v from 'valibot';
import { EXPORT_DATASETS, IdSchema } from '#protocol';
import type { ExportDatasetId } from '#protocol';
import { problemError } from '../security/problem.js';
import type { ExportItem } from './source.js';

/*
 * What an export's query asks for, checked strictly: the dataset's own filter once, with a valid
 * id, and nothing else. A typo in a parameter would otherwise quietly export everything. Problems
 * never echo the input.
 */

/** Longest query string an export accepts (one filter with the longest id is far shorter). */
const QUERY_MAX = 512;

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
