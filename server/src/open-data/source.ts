import type { ExportFilter, ExportValue } from '#protocol';
import type { Database } from '../db/kysely.js';

/*
 * What a dataset is read from. A source streams its rows from the database in batches (see
 * keyset.ts), so an export of any size holds one batch in memory, never a whole table.
 */

/** One exported row, keyed by the dataset's column names. */
export type ExportRow = Readonly<Record<string, ExportValue>>;

/** What a source reads with. */
export interface ExportReadContext {
  readonly database: Database;
  /** Now, for values derived from the time (a petition past its closing time is closed). */
  readonly nowMs: number;
  /** This server's public URL, for the pages it serves (a petition without a page of its own). */
  readonly publicUrl: string;
}

/** The item a filter narrows an export to, e.g. `{ param: 'petition', id: 'p1' }`. */
export interface ExportItem {
  readonly param: ExportFilter;
  readonly id: string;
}

/** Where one dataset's rows come from. */
export interface DatasetSource {
  /** Whether the item the dataset's filter names exists and is public. */
  exists(read: ExportReadContext, id: string): Promise<boolean>;
  /** The rows in a stable order, narrowed to one item when given. */
  rows(read: ExportReadContext, item: ExportItem | undefined): AsyncIterable<ExportRow>;
}
