/*
 * What a link to an export needs, apart from `exports.ts`: that module's dataset table carries every
 * column's description, which a widget that only links to the files must not download.
 */

/** The query parameters that narrow an export to one item. */
export const EXPORT_FILTERS = ['petition', 'board', 'campaign', 'leaderboard'] as const;
export type ExportFilter = (typeof EXPORT_FILTERS)[number];

/** The formats every dataset is published in. */
export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The filter each dataset accepts (null: none), as `EXPORT_DATASETS` says (a test keeps them equal). */
export const EXPORT_DATASET_FILTERS = {
  petitions: 'petition',
  'petition-regions': 'petition',
  ideas: 'board',
  campaigns: 'campaign',
  'campaign-milestones': 'campaign',
  'leaderboard-entries': 'leaderboard',
  'petition-history': 'petition',
  'campaign-history': 'campaign',
} as const satisfies Readonly<Record<string, ExportFilter | null>>;

/** A dataset's id, as `EXPORT_DATASETS` keys it (`ExportDatasetId` there; kept here so this module needs nothing of that one). */
type DatasetId = keyof typeof EXPORT_DATASET_FILTERS;

/**
 * The URL of an export: `exportUrl('https://x/api/v1', 'ideas', 'csv', { board: 'b1' })` →
 * `https://x/api/v1/exports/ideas.csv?board=b1`. A filter the dataset does not accept throws.
 */
export function exportUrl(
  apiBase: string,
  dataset: DatasetId,
  format: ExportFormat,
  filter?: Partial<Record<ExportFilter, string>>,
): string {
  const base = apiBase.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const [name, id] of Object.entries(filter ?? {})) {
    if (id === undefined) continue;
    if (name !== (EXPORT_DATASET_FILTERS[dataset] as ExportFilter | null))
      throw new TypeError(`The ${dataset} export does not accept the filter "${name}"`);
    params.append(name, id);
  }
  const query = params.toString();
  return `${base}/exports/${dataset}.${format}${query ? `?${query}` : ''}`;
}
