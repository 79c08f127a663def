import { sql } from 'kysely';
import type { Expression, Selectable, SqlBool } from 'kysely';
import type { PetitionSort, PetitionState } from '#protocol';
import type { Db, Dialect } from '../db/kysely.js';
import { prepared } from '../db/prepared.js';
import type { PetitionsTable } from '../db/schema.js';
import { IMPORTED_SHARD, samplePetitionCount } from '../history/petition-samples.js';
import { confirmedCountExpression, readConfirmed } from './count-store.js';
import type { PetitionDefinition } from './petition.js';
import { replaceThresholds, stampReachedThresholds } from './threshold-store.js';

/* Petition rows: loading from admin files, reading one, listing with filters, sort and paging. */

export type PetitionRow = Selectable<PetitionsTable>;

/** A stored timestamp: RFC 3339 with any offset → UTC ISO (sortable as text). */
function utc(timestamp: string | null | undefined): string | null {
  return timestamp ? new Date(timestamp).toISOString() : null;
}

/** Titles and summaries in every language, lowercased, for `q`. */
function searchTextOf(petition: PetitionDefinition): string {
  const parts = [petition.title, petition.summary];
  for (const translation of Object.values(petition.translations ?? {})) {
    if (translation?.title) parts.push(translation.title);
    if (translation?.summary) parts.push(translation.summary);
  }
  return parts.join('\n').toLowerCase();
}

/** Inserts or updates petitions by id. Confirmed signatures and reached thresholds are kept. */
export async function upsertPetitions(
  db: Db,
  dialect: Dialect,
  petitions: readonly PetitionDefinition[],
  nowIso: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const petition of petitions) {
      const values = {
        id: petition.id,
        state: petition.state,
        document: JSON.stringify(petition),
        imported_count: petition.signatureCount,
        offline_count: petition.offlineSignatureCount,
        count_updated_at: nowIso,
        search_text: searchTextOf(petition),
        created_at: utc(petition.createdAt)!,
        opened_at: utc(petition.openedAt),
        closes_at: utc(petition.closesAt),
        updated_at: nowIso,
      };
      const { id: _id, ...changes } = values;
      await trx
        .insertInto('petitions')
        .values(values)
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
      await replaceThresholds(trx, petition.id, petition.thresholds);
      const imported = { shard: IMPORTED_SHARD, count: petition.signatureCount };
      await samplePetitionCount(trx, petition.id, imported, Date.parse(nowIso));
      // A threshold the loaded count has already passed is reached now, unless the file says when.
      const { confirmed } = await readConfirmed(trx, dialect, petition.id);
      await stampReachedThresholds(
        trx,
        petition.id,
        petition.signatureCount + petition.offlineSignatureCount + confirmed,
        nowIso,
      );
    }
  });
}

export async function findPetitionRow(db: Db, id: string): Promise<PetitionRow | undefined> {
  return (await findQuery(db, { id })).rows[0];
}

const findQuery = prepared((db, v: { id: string }) =>
  db.selectFrom('petitions').selectAll().where('id', '=', v.id),
);

export async function countPetitionRows(db: Db): Promise<number> {
  const row = await db
    .selectFrom('petitions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface PetitionListQuery {
  state?: PetitionState | undefined;
  sort: PetitionSort;
  q?: string | undefined;
  offset: number;
  limit: number;
  nowIso: string;
}

/** A listed row with its confirmed online signatures. */
export type ListedPetitionRow = PetitionRow & { confirmed: number };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Petitions matching the filters, in order, one page of them, and how many match in all. `state`
 * filters on the state as read (open petitions past `closes_at` are closed); hidden ones are never
 * listed.
 */
export async function listPetitionRows(
  db: Db,
  dialect: Dialect,
  query: PetitionListQuery,
): Promise<{ rows: ListedPetitionRow[]; total: number }> {
  const now = query.nowIso;
  const filtered = db.selectFrom('petitions').where((eb) => {
    const conditions: Expression<SqlBool>[] = [eb('state', '!=', 'hidden')];
    const isOpenByTime = eb.or([eb('closes_at', 'is', null), eb('closes_at', '>', now)]);
    switch (query.state) {
      case undefined:
        break;
      case 'open':
        conditions.push(eb('state', '=', 'open'), isOpenByTime);
        break;
      case 'closed':
        conditions.push(
          eb.or([
            eb('state', '=', 'closed'),
            eb.and([eb('state', '=', 'open'), eb('closes_at', 'is not', null), eb('closes_at', '<=', now)]),
          ]),
        );
        break;
      default:
        conditions.push(eb('state', '=', query.state));
    }
    if (query.q !== undefined && query.q.trim() !== '') {
      const pattern = `%${escapeLike(query.q.trim().toLowerCase())}%`;
      conditions.push(sql<SqlBool>`search_text like ${pattern} escape '\\'`);
    }
    return eb.and(conditions);
  });

  const totalRow = await filtered
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const confirmed = confirmedCountExpression(dialect);
  let ordered = filtered.selectAll('petitions').select(confirmed.as('confirmed'));
  switch (query.sort) {
    case 'popular':
      ordered = ordered.orderBy(
        sql`petitions.imported_count + petitions.offline_count + ${confirmed}`,
        'desc',
      );
      break;
    case 'newest':
      ordered = ordered.orderBy(sql`coalesce(petitions.opened_at, petitions.created_at)`, 'desc');
      break;
    case 'closing':
      ordered = ordered
        .orderBy(sql`case when petitions.closes_at is null then 1 else 0 end`)
        .orderBy('petitions.closes_at', 'asc');
      break;
  }
  const rows = await ordered.orderBy('petitions.id', 'asc').limit(query.limit).offset(query.offset).execute();
  return {
    rows: rows.map((row) => ({ ...row, confirmed: Number(row.confirmed) })),
    total: Number(totalRow.n),
  };
}
