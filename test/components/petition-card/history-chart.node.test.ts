import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { historyDays, historyPath } from '../../../src/components/petition-card/history-chart.js';
import type { PetitionHistoryPoint } from '../../../src/protocol/petitions.js';

const hour = (at: string, count: number): PetitionHistoryPoint => ({ at, count, resolution: 'hour' });
const day = (at: string, count: number): PetitionHistoryPoint => ({ at, count, resolution: 'day' });

describe('historyDays', () => {
  it('keeps the last count of each UTC day, oldest first', () => {
    assert.deepEqual(
      historyDays([
        day('2026-11-01T00:00:00Z', 10),
        hour('2026-11-02T22:00:00Z', 20),
        hour('2026-11-02T23:00:00Z', 25),
        hour('2026-11-03T00:00:00+05:00', 26),
        hour('2026-11-03T01:00:00Z', 30),
      ]),
      [
        { day: '2026-11-01', count: 10 },
        { day: '2026-11-02', count: 26 },
        { day: '2026-11-03', count: 30 },
      ],
    );
  });

  it('is empty for no points', () => assert.deepEqual(historyDays([]), []));
});

describe('historyPath', () => {
  it('steps from bucket to bucket and holds the last count to the end of its bucket', () => {
    assert.equal(
      historyPath([
        day('2026-11-01T00:00:00Z', 0),
        day('2026-11-02T00:00:00Z', 50),
        day('2026-11-03T00:00:00Z', 100),
      ]),
      'M0 100H100V50H200V0H300',
    );
  });

  it('places hourly buckets by their time, after daily ones', () => {
    // Two days and one hour: the hour starts at 48/49 of the width.
    assert.equal(
      historyPath([day('2026-11-01T00:00:00Z', 10), hour('2026-11-03T00:00:00Z', 20)]),
      'M0 50H293.88V0H300',
    );
  });

  it('draws a single point and a zero count along the bottom', () => {
    assert.equal(historyPath([hour('2026-11-01T10:00:00Z', 0)]), 'M0 100H300');
  });

  it('is empty for no points', () => assert.equal(historyPath([]), ''));
});
