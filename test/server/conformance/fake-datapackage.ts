import { EXPORT_DATASET_IDS } from '../../../src/protocol/index.js';
import { DEFAULT_DATA_LICENCE } from '../../../server/src/open-data/data-licence.js';
import { buildDataPackage } from '../../../server/src/open-data/datapackage.js';

/*
 * The fake backend's data package: every dataset, described as the reference server describes its
 * exports; the defect lists a field fewer for ideas than its CSV holds (a descriptor left behind
 * when a column was added).
 */

export type DataPackageDefect = 'stale-fields';

/** The descriptor of the fake's exports under `apiBase`. */
export function fakeDataPackage(apiBase: string, defect?: DataPackageDefect): unknown {
  const descriptor = buildDataPackage({
    apiBase,
    homepage: new URL(apiBase).origin,
    licence: DEFAULT_DATA_LICENCE,
    created: new Date('2025-05-01T10:00:00Z'),
    datasets: EXPORT_DATASET_IDS,
  });
  if (defect !== 'stale-fields') return descriptor;
  return {
    ...descriptor,
    resources: descriptor.resources.map((resource) =>
      resource.name === 'ideas'
        ? { ...resource, schema: { ...resource.schema, fields: resource.schema.fields.slice(0, -1) } }
        : resource,
    ),
  };
}
