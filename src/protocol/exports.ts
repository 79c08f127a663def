import * as v from 'valibot';
import { IdSchema, TimestampSchema, UrlSchema } from './common.js';
import type { ExportFilter, ExportFormat } from './export-url.js';

/*
 * Open data exports: every dataset a backend publishes as CSV and JSON, with its columns in order.
 * Column names are snake_case and stable forever (city portals harvest them); a new column is only
 * ever appended. No dataset holds personal data: no names, emails, postcodes, tokens, participant
 * ids or per-person votes and pledges.
 */

/** Field types of the Frictionless Table Schema that export columns use. */
export const EXPORT_FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'datetime', 'date'] as const;
export type ExportFieldType = (typeof EXPORT_FIELD_TYPES)[number];

// The filters, the formats and exportUrl live apart, so links to exports need not carry this table.
export { EXPORT_DATASET_FILTERS, EXPORT_FILTERS, EXPORT_FORMATS, exportUrl } from './export-url.js';
export type { ExportFilter, ExportFormat } from './export-url.js';

/** One column of a dataset. */
export interface ExportColumn {
  /** snake_case, stable forever. */
  readonly name: string;
  readonly type: ExportFieldType;
  /** One line saying what the column holds. */
  readonly description: string;
  /** Whether the column may be empty (an empty CSV cell, `null` in JSON). */
  readonly nullable?: true;
}

/** One dataset: what it holds, its columns in order, and the filter it accepts (if any). */
export interface ExportDataset {
  readonly title: string;
  readonly description: string;
  readonly filter: ExportFilter | null;
  readonly columns: readonly ExportColumn[];
}

const column = (
  name: string,
  type: ExportFieldType,
  description: string,
  nullable?: 'nullable',
): ExportColumn => ({ name, type, description, ...(nullable ? { nullable: true as const } : {}) });

/** Every dataset a backend may publish, keyed by its id (the file name without extension). */
export const EXPORT_DATASETS = {
  petitions: {
    title: 'Petitions',
    description: 'Every public petition with its counts, thresholds, response and debate dates.',
    filter: 'petition',
    columns: [
      column('petition_id', 'string', 'The petition id (as in the API).'),
      column('title', 'string', 'Title in the language the petition was written in.'),
      column('state', 'string', 'open, closed, rejected … (the protocol PetitionState).'),
      column('response_state', 'string', 'none, awaiting or responded.'),
      column('debate_state', 'string', 'none, awaiting, scheduled, debated or not_debated.'),
      column('signature_count', 'integer', 'Confirmed online signatures.'),
      column('offline_signature_count', 'integer', 'Paper or other offline signatures.'),
      column('response_threshold', 'integer', 'Signatures needed for a response.', 'nullable'),
      column('response_threshold_reached_at', 'datetime', 'When that count was reached.', 'nullable'),
      column('debate_threshold', 'integer', 'Signatures needed for a debate.', 'nullable'),
      column('debate_threshold_reached_at', 'datetime', 'When that count was reached.', 'nullable'),
      column('responded_at', 'datetime', 'When the authority answered.', 'nullable'),
      column('debate_scheduled_for', 'datetime', 'When the debate is scheduled.', 'nullable'),
      column('debated_at', 'datetime', 'When it was debated.', 'nullable'),
      column('created_at', 'datetime', 'When the petition was created.'),
      column('opened_at', 'datetime', 'When it opened for signing.', 'nullable'),
      column('closes_at', 'datetime', 'When it closes (or closed).', 'nullable'),
      column('url', 'string', 'Its page.', 'nullable'),
      column('locale', 'string', 'The language of the title (BCP 47).', 'nullable'),
    ],
  },
  'petition-regions': {
    title: 'Petition signatures by region',
    description: 'Confirmed signatures of each petition per region the signers chose.',
    filter: 'petition',
    columns: [
      column('petition_id', 'string', 'The petition id.'),
      column('region_code', 'string', 'The region code the signature form offers.'),
      column('region_name', 'string', 'The region name.'),
      column('signature_count', 'integer', 'Confirmed signatures from that region.'),
    ],
  },
  ideas: {
    title: 'Ideas',
    description: 'Every published idea of every board with its votes, status and official response.',
    filter: 'board',
    columns: [
      column('idea_id', 'string', 'The idea id.'),
      column('board_id', 'string', 'The board it was posted on.'),
      column('title', 'string', "Title in the idea's own language."),
      column('category_id', 'string', 'Its category on the board.', 'nullable'),
      column('status', 'string', 'The protocol IdeaStatus.'),
      column('votes_up', 'integer', 'Supporting votes.'),
      column('votes_down', 'integer', 'Votes against (0 on boards without them).'),
      column('duplicate_of', 'string', 'The idea this one duplicates.', 'nullable'),
      column('official_response', 'string', "The authority's response.", 'nullable'),
      column('responded_at', 'datetime', 'When the authority responded.', 'nullable'),
      column('created_at', 'datetime', 'When the idea was posted.'),
      column('locale', 'string', 'The language of the title (BCP 47).', 'nullable'),
    ],
  },
  campaigns: {
    title: 'Campaigns',
    description: 'Every crowdfunding campaign with its goal, amount raised and number of backers.',
    filter: 'campaign',
    columns: [
      column('campaign_id', 'string', 'The campaign id.'),
      column('title', 'string', 'Title in the campaign language.'),
      column('kind', 'string', 'donation, reward, lending or equity.'),
      column('state', 'string', 'open, funded, closed or failed.'),
      column('currency', 'string', 'ISO 4217 code of every amount.'),
      column('goal_amount', 'integer', 'The goal in minor units of the currency.'),
      column('minimum_amount', 'integer', 'The all-or-nothing minimum in minor units.', 'nullable'),
      column('raised_amount', 'integer', 'Raised so far in minor units.'),
      column('backers', 'integer', 'Number of backers.'),
      column('starts_at', 'datetime', 'When it started.'),
      column('ends_at', 'datetime', 'When it ends.', 'nullable'),
      column('url', 'string', 'Its page.', 'nullable'),
    ],
  },
  'campaign-milestones': {
    title: 'Campaign milestones',
    description: 'The milestones (stretch goals) of each campaign and when they were reached.',
    filter: 'campaign',
    columns: [
      column('campaign_id', 'string', 'The campaign id.'),
      column('milestone_id', 'string', 'The milestone id.'),
      column('position', 'integer', 'Its place in the campaign, from 1.'),
      column('label', 'string', 'What it is called.'),
      column('currency', 'string', 'ISO 4217 code of the amount.'),
      column('amount', 'integer', 'Amount to reach in minor units.'),
      column('reached_at', 'datetime', 'When the raised total first reached it.', 'nullable'),
    ],
  },
  'leaderboard-entries': {
    title: 'Leaderboard entries',
    description:
      'The ranks and scores of each leaderboard in the current week, month, quarter, year and all time (not who holds them).',
    filter: 'leaderboard',
    columns: [
      column('leaderboard_id', 'string', 'The leaderboard id.'),
      column('period', 'string', 'The period ranked: week, month, quarter, year or all (all time).'),
      column('period_start', 'datetime', 'Start of the current period ranked (UTC).', 'nullable'),
      column('rank', 'integer', 'Rank, from 1 (ties share a rank).'),
      column('score', 'integer', 'Points.'),
    ],
  },
  'petition-history': {
    title: 'Petition signature history',
    description: "Each petition's confirmed count over time: hourly for 30 days, daily before.",
    filter: 'petition',
    columns: [
      column('petition_id', 'string', 'The petition id.'),
      column('at', 'datetime', 'Start of the hour or day (UTC).'),
      column('signature_count', 'integer', 'Confirmed count at the end of it.'),
      column('resolution', 'string', 'hour or day.'),
    ],
  },
  'campaign-history': {
    title: 'Campaign totals history',
    description: "Each campaign's raised total and backers over time: hourly for 30 days, daily before.",
    filter: 'campaign',
    columns: [
      column('campaign_id', 'string', 'The campaign id.'),
      column('at', 'datetime', 'Start of the hour or day (UTC).'),
      column('currency', 'string', 'ISO 4217 code of the amount.'),
      column('raised_amount', 'integer', 'Raised at the end of it, in minor units.'),
      column('backers', 'integer', 'Backers at the end of it.'),
      column('resolution', 'string', 'hour or day.'),
    ],
  },
} as const satisfies Record<string, ExportDataset>;

export type ExportDatasetId = keyof typeof EXPORT_DATASETS;
/** Dataset ids in publication order. */
export const EXPORT_DATASET_IDS = Object.keys(EXPORT_DATASETS) as ExportDatasetId[];
export const ExportDatasetIdSchema = v.picklist(EXPORT_DATASET_IDS);

/** One value of an exported row: JSON exports hold these; CSV writes null as an empty cell. */
export type ExportValue = string | number | boolean | null;
/** A row of a JSON export, keyed by column name. */
export const ExportRowSchema = v.record(v.string(), v.union([v.string(), v.number(), v.boolean(), v.null()]));
/** The body of a JSON export. */
export const ExportJsonSchema = v.array(ExportRowSchema);

/** The query an export accepts: at most its dataset's filter, nothing else. */
export const ExportQuerySchema = v.strictObject({
  petition: v.optional(IdSchema),
  board: v.optional(IdSchema),
  campaign: v.optional(IdSchema),
  leaderboard: v.optional(IdSchema),
});
export type ExportQuery = v.InferOutput<typeof ExportQuerySchema>;

/** The media types of the two formats. */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/** The descriptor's path under the API base (`getDataPackage`). */
export const DATA_PACKAGE_PATH = '/exports/datapackage.json';

/**
 * The Frictionless Tabular Data Package (v1) describing the exports a backend serves. Checked here
 * only as far as clients rely on it; the standard's own validator checks the rest.
 */
export const DataPackageSchema = v.looseObject({
  profile: v.literal('tabular-data-package'),
  name: v.string(),
  created: TimestampSchema,
  licenses: v.pipe(v.array(v.looseObject({ name: v.string() })), v.minLength(1)),
  resources: v.array(
    v.looseObject({
      name: v.string(),
      path: UrlSchema,
      schema: v.looseObject({
        fields: v.array(v.looseObject({ name: v.string(), type: v.string() })),
      }),
    }),
  ),
});
export type DataPackageDescriptor = v.InferOutput<typeof DataPackageSchema>;
