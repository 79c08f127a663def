import type { ExportColumn, ExportValue } from '#protocol';
import type { ExportRow } from './source.js';

/*
 * A row's values in column order, as both formats write them. Datetimes are UTC with whole seconds
 * (`2025-06-01T12:00:00Z`), the Table Schema's default datetime format, whatever offset or
 * precision they were stored with; a missing value is null.
 */

/** `2025-06-01T17:00:00.250+05:00` → `2025-06-01T12:00:00Z`; text that is not a time stays as it is. */
export function utcSeconds(timestamp: string): string {
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? timestamp : `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** The values of `row` in the order of `columns`. */
export function valuesOf(columns: readonly ExportColumn[], row: ExportRow): ExportValue[] {
  return columns.map((column) => {
    const value = row[column.name] ?? null;
    return column.type === 'datetime' && typeof value === 'string' ? utcSeconds(value) : value;
  });
}
