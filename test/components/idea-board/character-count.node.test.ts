import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARACTER_COUNT_THRESHOLDS, countBand } from '../../../src/components/idea-board/character-count.js';

describe('countBand', () => {
  it('is 0 while more than the first threshold of the limit is left', () => {
    assert.equal(countBand(0, 100), 0);
    assert.equal(countBand(74, 100), 0);
  });

  it('rises by one at each threshold of the limit left', () => {
    assert.equal(CHARACTER_COUNT_THRESHOLDS.length, 2);
    assert.equal(countBand(75, 100), 1);
    assert.equal(countBand(89, 100), 1);
    assert.equal(countBand(90, 100), 2);
    assert.equal(countBand(100, 100), 2);
  });

  it('is one past the last threshold over the limit', () => {
    assert.equal(countBand(101, 100), CHARACTER_COUNT_THRESHOLDS.length + 1);
  });
});
