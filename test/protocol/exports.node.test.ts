import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  EXPORT_DATASET_IDS,
  EXPORT_DATASETS,
  EXPORT_FIELD_TYPES,
  ExportQuerySchema,
  exportUrl,
  fillPath,
  getExportCsv,
  getExportJson,
} from '../../src/protocol/index.js';

describe('EXPORT_DATASETS', () => {
  it('lists the eight datasets of issue 27', () => {
    assert.deepEqual(EXPORT_DATASET_IDS, [
      'petitions',
      'petition-regions',
      'ideas',
      'campaigns',
      'campaign-milestones',
      'leaderboard-entries',
      'petition-history',
      'campaign-history',
    ]);
  });

  for (const id of EXPORT_DATASET_IDS) {
    it(`${id}: snake_case, unique column names with a Frictionless type and a description`, () => {
      const columns = EXPORT_DATASETS[id].columns;
      assert.ok(columns.length > 0);
      assert.equal(new Set(columns.map((c) => c.name)).size, columns.length);
      for (const c of columns) {
        assert.match(c.name, /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
        assert.ok((EXPORT_FIELD_TYPES as readonly string[]).includes(c.type));
        assert.ok(c.description.length > 0 && !c.description.includes('\n'));
      }
    });
  }

  it('holds no column that names a person or their contact', () => {
    for (const id of EXPORT_DATASET_IDS)
      for (const c of EXPORT_DATASETS[id].columns)
        assert.doesNotMatch(
          c.name,
          /^(?:display_|author_|signer_|backer_)?name$|email|postcode|address|token|participant|author|subject|backer_id|ip_/,
          c.name,
        );
  });
});

describe('exportUrl', () => {
  it('builds the file URL under the API base, with or without a trailing slash', () => {
    assert.equal(
      exportUrl('https://x.test/api/v1', 'petitions', 'csv'),
      'https://x.test/api/v1/exports/petitions.csv',
    );
    assert.equal(
      exportUrl('https://x.test/api/v1/', 'ideas', 'json'),
      'https://x.test/api/v1/exports/ideas.json',
    );
  });

  it("adds the dataset's own filter, encoded", () => {
    assert.equal(
      exportUrl('https://x.test/api/v1', 'petition-regions', 'csv', { petition: 'a b&c' }),
      'https://x.test/api/v1/exports/petition-regions.csv?petition=a+b%26c',
    );
  });

  it('refuses a filter the dataset does not accept', () => {
    assert.throws(() => exportUrl('https://x.test/api/v1', 'ideas', 'csv', { petition: 'p1' }), TypeError);
  });

  it("matches the endpoints' path templates", () => {
    assert.equal(
      `/api${fillPath(getExportCsv.path, { dataset: 'campaigns' })}`,
      '/api/exports/campaigns.csv',
    );
    assert.equal(
      `/api${fillPath(getExportJson.path, { dataset: 'campaigns' })}`,
      '/api/exports/campaigns.json',
    );
  });
});

describe('ExportQuerySchema', () => {
  it('accepts one filter and refuses unknown parameters and bad ids', () => {
    assert.ok(v.safeParse(ExportQuerySchema, { board: 'b-1' }).success);
    assert.ok(!v.safeParse(ExportQuerySchema, { limit: '5' }).success);
    assert.ok(!v.safeParse(ExportQuerySchema, { board: '../etc' }).success);
  });
});
