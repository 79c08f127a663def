import type { Threshold } from '#protocol';
import { confirmedCountExpression } from '../../petitions/count-store.js';
import { petitionPagePath } from '../../petitions/page-path.js';
import type { PetitionDefinition } from '../../petitions/petition.js';
import { readThresholdsOf } from '../../petitions/threshold-store.js';
import { toPetitionCount } from '../../petitions/view.js';
import { isPublicItem, keysetRows } from '../keyset.js';
import type { DatasetSource, ExportItem, ExportReadContext, ExportRow } from '../source.js';

/*
 * The petitions and petition-regions datasets: every petition the API shows (all but hidden ones),
 * in its own language, with the numbers of its count resource and the url the API gives it. Regions are the petition's
 * `signaturesByRegion`, as the API publishes them.
 */

interface PetitionBatchRow {
  id: string;
  state: string;
  document: string;
  imported_count: number;
  offline_count: number;
  closes_at: string | null;
  count_updated_at: string;
  confirmed: number | string;
}

function readPetitionBatch(read: ExportReadContext, item: ExportItem | undefined) {
  const { db, dialect } = read.database;
  return async (after: string | null, limit: number): Promise<PetitionBatchRow[]> => {
    let query = db
      .selectFrom('petitions')
      .select([
        'id',
        'state',
        'document',
        'imported_count',
        'offline_count',
        'closes_at',
        'count_updated_at',
        confirmedCountExpression(dialect).as('confirmed'),
      ])
      .where('state', '!=', 'hidden');
    if (item) query = query.where('id', '=', item.id);
    if (after !== null) query = query.where('id', '>', after);
    return query.orderBy('id').limit(limit).execute();
  };
}

/** Each public petition with its document parsed, in id order. */
async function* publicPetitions(
  read: ExportReadContext,
  item: ExportItem | undefined,
): AsyncGenerator<{ row: PetitionBatchRow; document: PetitionDefinition }> {
  for await (const row of keysetRows(readPetitionBatch(read, item), (r) => r.id))
    yield { row, document: JSON.parse(row.document) as PetitionDefinition };
}

function firstOfKind(thresholds: readonly Threshold[], kind: Threshold['kind']): Threshold | undefined {
  return thresholds.find((threshold) => threshold.kind === kind);
}

async function* petitionRows(
  read: ExportReadContext,
  item: ExportItem | undefined,
): AsyncGenerator<ExportRow> {
  const batch: { row: PetitionBatchRow; document: PetitionDefinition }[] = [];
  const flush = async function* (): AsyncGenerator<ExportRow> {
    const thresholds = await readThresholdsOf(
      read.database.db,
      batch.map(({ row }) => row.id),
    );
    for (const { row, document } of batch)
      yield petitionRow(row, document, thresholds.get(row.id) ?? [], read);
    batch.length = 0;
  };
  for await (const petition of publicPetitions(read, item)) {
    batch.push(petition);
    if (batch.length === 200) yield* flush();
  }
  yield* flush();
}

function petitionRow(
  row: PetitionBatchRow,
  document: PetitionDefinition,
  thresholdRows: Parameters<typeof toPetitionCount>[0]['thresholds'],
  read: ExportReadContext,
): ExportRow {
  const count = toPetitionCount(
    {
      petitionId: row.id,
      storedState: row.state,
      importedCount: row.imported_count,
      offlineCount: row.offline_count,
      confirmed: Number(row.confirmed),
      countUpdatedAt: row.count_updated_at,
      closesAt: row.closes_at,
      thresholds: thresholdRows,
    },
    read.nowMs,
  );
  const response = firstOfKind(count.thresholds, 'response');
  const debate = firstOfKind(count.thresholds, 'debate');
  return {
    petition_id: row.id,
    title: document.title,
    state: count.state,
    response_state: document.responseState,
    debate_state: document.debateState,
    signature_count: count.signatureCount,
    offline_signature_count: count.offlineSignatureCount,
    response_threshold: response?.count ?? null,
    response_threshold_reached_at: response?.reachedAt ?? null,
    debate_threshold: debate?.count ?? null,
    debate_threshold_reached_at: debate?.reachedAt ?? null,
    responded_at: document.governmentResponse?.respondedAt ?? null,
    debate_scheduled_for: document.debate?.scheduledFor ?? null,
    debated_at: document.debate?.debatedAt ?? null,
    created_at: document.createdAt,
    opened_at: document.openedAt,
    closes_at: document.closesAt,
    url: document.url ?? `${read.publicUrl}${petitionPagePath(row.id)}`,
    locale: document.locale ?? null,
  };
}

async function* regionRows(read: ExportReadContext, item: ExportItem | undefined): AsyncGenerator<ExportRow> {
  for await (const { row, document } of publicPetitions(read, item))
    for (const region of document.signaturesByRegion)
      yield {
        petition_id: row.id,
        region_code: region.code,
        region_name: region.name,
        signature_count: region.count,
      };
}

function petitionExists(read: ExportReadContext, id: string): Promise<boolean> {
  return isPublicItem(read.database, 'petitions', id);
}

export const PETITIONS_SOURCE: DatasetSource = {
  exists: petitionExists,
  rows: petitionRows,
};

export const PETITION_REGIONS_SOURCE: DatasetSource = {
  exists: petitionExists,
  rows: regionRows,
};
