import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPORT_DATASET_IDS, EXPORT_DATASETS } from '#protocol';
import { DEFAULT_DATA_LICENCE } from '../../../server/src/open-data/data-licence.js';
import { buildDataPackage } from '../../../server/src/open-data/datapackage.js';
import type { DataPackageInput } from '../../../server/src/open-data/datapackage.js';
import { validateDataPackage } from '../support/frictionless.js';

const INPUT: DataPackageInput = {
  apiBase: 'https://petitions.city.example/api/v1/',
  homepage: 'https://petitions.city.example',
  licence: DEFAULT_DATA_LICENCE,
  created: new Date('2026-12-07T13:04:05.678Z'),
  datasets: EXPORT_DATASET_IDS,
};

describe('buildDataPackage', () => {
  it('describes every dataset so that the Frictionless validator accepts it', async () => {
    const descriptor = buildDataPackage(INPUT);
    const { errors, pkg } = await validateDataPackage(descriptor);
    assert.deepEqual(errors, []);
    assert.equal(pkg.valid, true);
    assert.deepEqual(
      pkg.resources.map((resource) => resource.name),
      EXPORT_DATASET_IDS,
    );
  });

  it('gives each resource its CSV URL, format, media type, encoding and fields in column order', () => {
    const descriptor = buildDataPackage({ ...INPUT, datasets: ['petition-regions', 'ideas'] });
    assert.equal(descriptor.id, 'https://petitions.city.example/api/v1/exports/datapackage.json');
    assert.deepEqual(
      descriptor.resources.map((resource) => resource.path),
      [
        'https://petitions.city.example/api/v1/exports/petition-regions.csv',
        'https://petitions.city.example/api/v1/exports/ideas.csv',
      ],
    );
    for (const resource of descriptor.resources) {
      assert.equal(resource.format, 'csv');
      assert.equal(resource.mediatype, 'text/csv');
      assert.equal(resource.encoding, 'utf-8');
      const columns = EXPORT_DATASETS[resource.name].columns;
      assert.deepEqual(
        resource.schema.fields.map(({ name, type, description }) => ({ name, type, description })),
        columns.map(({ name, type, description }) => ({ name, type, description })),
      );
      for (const [index, field] of resource.schema.fields.entries()) {
        const nullable = 'nullable' in columns[index]! && columns[index]!.nullable === true;
        assert.equal(field.constraints?.required === true, !nullable, `${resource.name}.${field.name}`);
      }
    }
  });

  it('carries the configured licence and when it was built, in whole UTC seconds', () => {
    const licence = { name: 'city-open-1.0', path: 'https://city.example/licence', title: 'City licence' };
    const descriptor = buildDataPackage({ ...INPUT, licence });
    assert.deepEqual(descriptor.licenses, [licence]);
    assert.equal(descriptor.created, '2026-12-07T13:04:05Z');
    assert.deepEqual(buildDataPackage(INPUT).licenses, [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ]);
  });

  it('is checked by a real validator: a wrong field type, a missing schema or a bad name is refused', async () => {
    const descriptor = buildDataPackage({ ...INPUT, datasets: ['ideas'] });
    const [ideas] = descriptor.resources;
    const { schema: _schema, ...withoutSchema } = ideas!;
    for (const broken of [
      { ...descriptor, resources: [{ ...ideas!, schema: { fields: [{ name: 'idea_id', type: 'text' }] } }] },
      // A tabular data resource must have a schema: this proves that profile is the one applied.
      { ...descriptor, resources: [withoutSchema] },
      { ...descriptor, name: 'Civic participation' },
    ]) {
      const { errors } = await validateDataPackage(broken);
      assert.notDeepEqual(errors, [], JSON.stringify(broken).slice(0, 200));
    }
  });
});
