import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regionRows, TOP_REGIONS } from '../../../src/components/petition-card/regions.js';
import type { RegionCount } from '../../../src/protocol/index.js';

const REGIONS: RegionCount[] = [
  { code: 'med', name: 'Medeu', count: 120 },
  { code: 'bos', name: 'Bostandyk', count: 957 },
  { code: 'alm', name: 'Almaly', count: 640 },
  { code: 'aue', name: 'Auezov', count: 3 },
  { code: 'tur', name: 'Turksib', count: 410 },
  { code: 'nau', name: 'Nauryzbay', count: 0 },
  { code: 'zhe', name: 'Zhetysu', count: 280 },
];

describe('regionRows', () => {
  it('lists the top regions, most signatures first', () => {
    const rows = regionRows(REGIONS, false);
    assert.equal(rows.length, TOP_REGIONS);
    assert.deepEqual(
      rows.map((row) => row.name),
      ['Bostandyk', 'Almaly', 'Turksib', 'Zhetysu', 'Medeu'],
    );
  });

  it('lists every region when all are asked for', () => {
    const rows = regionRows(REGIONS, true);
    assert.equal(rows.length, REGIONS.length);
    assert.deepEqual(rows.at(-1), { name: 'Nauryzbay', count: 0, barPercent: 0, sharePercent: 0 });
  });

  it('measures bars against the largest region and shares against all signatures', () => {
    const [first, second] = regionRows(REGIONS, false);
    assert.equal(first?.barPercent, 100);
    assert.equal(first?.sharePercent, 39);
    assert.equal(second?.barPercent, 66);
    assert.equal(second?.sharePercent, 26);
  });

  it('gives a region with a few signatures a sliver, never 0 %', () => {
    const auezov = regionRows(REGIONS, true).find((row) => row.name === 'Auezov');
    assert.equal(auezov?.barPercent, 1);
    assert.equal(auezov?.sharePercent, 1);
  });

  it('leaves the order of the page’s list alone', () => {
    const regions = [...REGIONS];
    regionRows(regions, true);
    assert.deepEqual(regions, REGIONS);
  });
});
