import { Readable, pipeline } from 'node:stream';
import type { Transform } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportColumn, ExportValue } from '#protocol';
import { valuesOf } from './row-values.js';
import type { ExportRow } from './source.js';

/*
 * CSV as RFC 4180 says (UTF-8, CRLF, a header row, fields with a comma, quote or line break in
 * quotes), written by csv-stringify as rows arrive. Text that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) is neutralised with a leading apostrophe,
 * as OWASP advises; numbers are values, not text, and are written as they are.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text: formulas made inert, booleans as `true`/`false`, null as an empty cell. */
export function csvCell(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  return String(value);
}

/** A readable stream of the CSV file: the header row, then one record per row, in column order. */
export function csvStream(
  columns: readonly ExportColumn[],
  rows: AsyncIterable<ExportRow>,
  onError: (error: Error) => void,
): Transform {
  const names = columns.map((c) => c.name);
  const records = Readable.from(
    (async function* () {
      for await (const row of rows) yield valuesOf(columns, row).map(csvCell);
    })(),
  );
  return pipeline(
    records,
    stringify({
      header: true,
      columns: names,
      record_delimiter: '\r\n',
      // csv-stringify quotes a field holding the whole record delimiter (CRLF) but not a lone CR or
      // LF, which RFC 4180 allows only inside quotes.
      quoted_match: /[\r\n]/,
    }),
    (error) => {
      if (error) onError(error);
    },
  );
}
