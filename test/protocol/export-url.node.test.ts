import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPORT_DATASET_FILTERS, exportUrl } from '../../src/protocol/export-url.js';
import { EXPORT_DATASETS } from '../../src/protocol/exports.js';

describe('export-url', () => {
  it('gives each dataset the filter EXPORT_DATASETS gives it', () => {
    assert.deepEqual(
      EXPORT_DATASET_FILTERS,
      Object.fromEntries(Object.entries(EXPORT_DATASETS).map(([id, dataset]) => [id, dataset.filter])),
    );
  });

  it('builds the URL of a filtered export, and refuses a filter the dataset does not take', () => {
    assert.equal(
      exportUrl('/api/v1/', 'petition-history', 'json', { petition: 'zh-102' }),
      '/api/v1/exports/petition-history.json?petition=zh-102',
    );
    assert.throws(() => exportUrl('/api/v1', 'ideas', 'csv', { petition: 'zh-102' }), TypeError);
  });
});
