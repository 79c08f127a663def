import { EXPORT_DATASET_IDS, EXPORT_DATASETS, exportUrl } from '#protocol';
import type { ExportDatasetId } from '#protocol';
import { parseCsv } from '../csv.js';
import { excerpt, expectStatus } from '../expect.js';
import { ensure } from '../harness.js';
import type { Check, CheckContext } from '../harness.js';
import { requiredDatasets } from './exports.js';

/*
 * The open data's Frictionless data package (feature `exports`): a tabular data package whose
 * resources are the exported CSV files, each described by the protocol's columns, and whose fields
 * are what the files hold. Its validity against the whole standard is tested with the Frictionless
 * validator in the reference server's tests; here the parts a portal relies on are checked.
 */

interface Resource {
  readonly name?: unknown;
  readonly path?: unknown;
  readonly format?: unknown;
  readonly mediatype?: unknown;
  readonly encoding?: unknown;
  readonly schema?: { readonly fields?: readonly { readonly name?: unknown; readonly type?: unknown }[] };
}

/** The descriptor's own parts, after checking the package as a whole. */
async function readDataPackage(ctx: CheckContext): Promise<{ target: string; resources: Resource[] }> {
  const res = await ctx.fetchPath('/exports/datapackage.json');
  expectStatus(res, 200);
  ensure(res.mediaType === 'application/json', `GET ${res.target}: media type ${res.mediaType}, not JSON`);
  const pkg = res.body as Record<string, unknown> | undefined;
  ensure(typeof pkg === 'object' && pkg !== null, `GET ${res.target}: not a JSON object: ${excerpt(res)}`);
  ensure(
    pkg.profile === 'tabular-data-package',
    `GET ${res.target}: profile ${JSON.stringify(pkg.profile)}, not "tabular-data-package"`,
  );
  const licenses = pkg.licenses;
  ensure(
    Array.isArray(licenses) &&
      licenses.length > 0 &&
      licenses.every(
        (l: { name?: unknown; path?: unknown }) => typeof l.name === 'string' || typeof l.path === 'string',
      ),
    `GET ${res.target}: no licence with a name or path`,
  );
  ensure(
    typeof pkg.created === 'string' && !Number.isNaN(Date.parse(pkg.created)),
    `GET ${res.target}: created ${JSON.stringify(pkg.created)} is not a time`,
  );
  ensure(Array.isArray(pkg.resources), `GET ${res.target}: no resources array`);
  return { target: res.target, resources: pkg.resources as Resource[] };
}

/** Where a resource's fields differ from the protocol's columns, or undefined when they match. */
function fieldMismatch(resource: Resource, dataset: ExportDatasetId): string | undefined {
  const fields = resource.schema?.fields;
  if (!Array.isArray(fields)) return 'has no schema.fields';
  const declared = fields.map((field) => `${String(field.name)}:${String(field.type)}`).join(',');
  const expected = EXPORT_DATASETS[dataset].columns.map((c) => `${c.name}:${c.type}`).join(',');
  return declared === expected ? undefined : `declares "${declared.slice(0, 200)}", not "${expected}"`;
}

export const dataPackageChecks: Check[] = [
  {
    id: 'exports.datapackage',
    area: 'exports',
    title:
      'GET /exports/datapackage.json is a tabular data package listing every export as its CSV, with the fields the files hold',
    feature: 'exports',
    endpoints: [],
    async run(ctx) {
      const { target, resources } = await readDataPackage(ctx);
      const names = resources.map((resource) => resource.name);
      for (const dataset of await requiredDatasets(ctx))
        ensure(names.includes(dataset), `GET ${target}: the export ${dataset} is not listed`);
      for (const resource of resources) {
        const name = resource.name as ExportDatasetId;
        ensure(EXPORT_DATASET_IDS.includes(name), `GET ${target}: unknown resource ${JSON.stringify(name)}`);
        const csvPath = exportUrl('', name, 'csv');
        ensure(
          typeof resource.path === 'string' &&
            new URL(resource.path, 'http://x.invalid').pathname.endsWith(csvPath),
          `GET ${target}: ${name}'s path ${JSON.stringify(resource.path)} is not its CSV (…${csvPath})`,
        );
        ensure(
          resource.format === 'csv' &&
            resource.mediatype === 'text/csv' &&
            String(resource.encoding).toLowerCase() === 'utf-8',
          `GET ${target}: ${name} should have format csv, mediatype text/csv and encoding utf-8`,
        );
        const mismatch = fieldMismatch(resource, name);
        ensure(mismatch === undefined, `GET ${target}: ${name} ${mismatch}`);
        const csv = await ctx.fetchPath(csvPath, { headers: { Accept: '*/*' } });
        expectStatus(csv, 200);
        const header = parseCsv(csv.text)[0] ?? [];
        const fields = (resource.schema?.fields ?? []).map((field) => String(field.name));
        ensure(
          header.join(',') === fields.join(','),
          `GET ${csv.target}: header "${header.join(',').slice(0, 200)}" is not the data package's fields "${fields.join(',')}"`,
        );
      }
      ctx.note(`${resources.length} resources`);
    },
  },
];
