import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  initials,
  periodDays,
  rovingIndex,
  tiedRanks,
} from '../../../src/components/expert-leaderboard/ranking.js';
import { entry } from '../../mocks/fixtures/leaderboards.js';

describe('tiedRanks', () => {
  it('finds the ranks more than one entry holds', () => {
    const entries = [entry(0, 1, 50), entry(1, 2, 40), entry(2, 2, 40), entry(3, 3, 10)];
    assert.deepEqual([...tiedRanks(entries)], [2]);
    assert.deepEqual([...tiedRanks([])], []);
  });
});

describe('initials', () => {
  const cases: Array<[string, string]> = [
    ['Aigerim Nurlanovna', 'AN'],
    ['олжас', 'О'],
    ['Anna Maria de la Cruz', 'AC'],
    ['  «Dana»  K.  ', 'DK'],
    ['***', '?'],
  ];
  for (const [name, expected] of cases)
    it(`${name} → ${expected}`, () => assert.equal(initials(name), expected));
});

describe('periodDays', () => {
  it('reads days in the backend’s offset and treats a midnight end as exclusive', () => {
    const { start, end } = periodDays('2026-11-01T00:00:00+05:00', '2026-12-01T00:00:00+05:00');
    assert.equal(new Date(start).toISOString().slice(0, 10), '2026-11-01');
    assert.equal(new Date(end).toISOString().slice(0, 10), '2026-11-30');
  });

  it('keeps an end that is not midnight', () => {
    const { end } = periodDays('2026-11-01T00:00:00Z', '2026-11-30T23:59:59Z');
    assert.equal(new Date(end).toISOString().slice(0, 10), '2026-11-30');
  });
});

describe('rovingIndex', () => {
  it('wraps with the arrows and jumps with Home and End', () => {
    assert.equal(rovingIndex('ArrowRight', 4, 5), 0);
    assert.equal(rovingIndex('ArrowLeft', 0, 5), 4);
    assert.equal(rovingIndex('Home', 3, 5), 0);
    assert.equal(rovingIndex('End', 1, 5), 4);
    assert.equal(rovingIndex('Enter', 1, 5), undefined);
  });

  it('follows the reading direction in right-to-left text', () => {
    assert.equal(rovingIndex('ArrowLeft', 1, 5, true), 2);
  });
});
