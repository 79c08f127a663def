import { DATA_PACKAGE_PATH, EXPORT_DATASETS, exportUrl } from '#protocol';
import type { ExportColumn, ExportDatasetId } from '#protocol';
import type { DataLicence } from './data-licence.js';

/*
 * The Frictionless Tabular Data Package (v1) describing every export this server serves, built
 * from EXPORT_DATASETS so that the descriptor and the CSV files can not disagree. Why this
 * standard rather than DCAT-AP: docs/open-data.md.
 */

/** A Table Schema field: one column of an export. */
export interface DataPackageField {
  readonly name: string;
  readonly type: ExportColumn['type'];
  readonly description: string;
  readonly constraints?: { readonly required: true };
}

/** One CSV export as a tabular data resource. */
export interface DataPackageResource {
  readonly profile: 'tabular-data-resource';
  readonly name: ExportDatasetId;
  readonly title: string;
  readonly description: string;
  /** The CSV's absolute URL. */
  readonly path: string;
  readonly format: 'csv';
  readonly mediatype: 'text/csv';
  readonly encoding: 'utf-8';
  readonly dialect: { readonly delimiter: ','; readonly lineTerminator: '\r\n'; readonly header: true };
  readonly schema: { readonly fields: readonly DataPackageField[]; readonly missingValues: readonly [''] };
}

/** The descriptor served at `{apiBase}/exports/datapackage.json`. */
export interface DataPackage {
  readonly profile: 'tabular-data-package';
  /** The descriptor's own URL: unique to this server. */
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly homepage: string;
  /** When the descriptor was built (RFC 3339, UTC, whole seconds). */
  readonly created: string;
  readonly licenses: readonly [DataLicence];
  readonly resources: readonly DataPackageResource[];
}

/** What the descriptor is built from. */
export interface DataPackageInput {
  /** The API base as people reach it, e.g. `https://city.example/api/v1`. */
  readonly apiBase: string;
  /** The server's public URL (the package's homepage). */
  readonly homepage: string;
  readonly licence: DataLicence;
  readonly created: Date;
  /** The datasets this server serves, in the order to list them. */
  readonly datasets: readonly ExportDatasetId[];
}

function field(column: ExportColumn): DataPackageField {
  return {
    name: column.name,
    type: column.type,
    description: column.description,
    ...('nullable' in column && column.nullable ? {} : { constraints: { required: true as const } }),
  };
}

function resource(apiBase: string, id: ExportDatasetId): DataPackageResource {
  const dataset = EXPORT_DATASETS[id];
  return {
    profile: 'tabular-data-resource',
    name: id,
    title: dataset.title,
    description: dataset.description,
    path: exportUrl(apiBase, id, 'csv'),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema: { fields: dataset.columns.map(field), missingValues: [''] },
  };
}

/** The data package describing `input.datasets`. */
export function buildDataPackage(input: DataPackageInput): DataPackage {
  const apiBase = input.apiBase.replace(/\/+$/, '');
  return {
    profile: 'tabular-data-package',
    id: `${apiBase}${DATA_PACKAGE_PATH}`,
    name: 'civic-participation',
    title: 'Civic participation: petitions, ideas, campaigns and leaderboards',
    description:
      'Open data of this civic participation server: every public petition, idea, campaign and ' +
      'leaderboard with its counts, and how the counts changed over time. No personal data.',
    homepage: input.homepage,
    created: input.created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    licenses: [input.licence],
    resources: input.datasets.map((id) => resource(apiBase, id)),
  };
}
