import { Readable } from 'node:stream';
import type { ExportColumn } from '#protocol';
import { valuesOf } from './row-values.js';
import type { ExportRow } from './source.js';

/*
 * A JSON export: one array of objects keyed by column name (every column, null when empty),
 * written row by row as the rows arrive.
 */

/** A readable stream of the JSON array. */
export function jsonStream(columns: readonly ExportColumn[], rows: AsyncIterable<ExportRow>): Readable {
  const names = columns.map((c) => c.name);
  return Readable.from(
    (async function* () {
      let separator = '[\n';
      for await (const row of rows) {
        const values = valuesOf(columns, row);
        const record: Record<string, unknown> = {};
        names.forEach((name, index) => (record[name] = values[index]));
        yield separator + JSON.stringify(record);
        separator = ',\n';
      }
      yield separator === '[\n' ? '[]\n' : '\n]\n';
    })(),
    { objectMode: false },
  );
}
