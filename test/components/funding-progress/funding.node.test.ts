import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fundingPercent,
  fundingProgress,
  moneyDisplay,
} from '../../../src/components/funding-progress/funding.js';
import type { Campaign } from '../../../src/protocol/index.js';

const kzt = (tenge: number) => ({ amount: tenge * 100, currency: 'KZT' });

function campaign(
  raised: number,
  extra: Partial<Campaign> = {},
): Pick<Campaign, 'goal' | 'raised' | 'minimum' | 'milestones'> {
  return { goal: kzt(10_000_000), raised: kzt(raised), minimum: null, milestones: [], ...extra };
}

describe('fundingPercent', () => {
  const cases: Array<[raised: number, goal: number, percent: number]> = [
    [0, 1_000, 0],
    [1, 1_000_000_000, 1],
    [999, 1_000, 99],
    [87, 150, 58],
    [1_000, 1_000, 100],
    [1_340, 1_000, 134],
    [5, 0, 0],
    // raised * 100 is past Number.MAX_SAFE_INTEGER: integer arithmetic keeps it exact.
    [9_007_199_254_740_991, 9_007_199_254_740_991, 100],
    [9_007_199_254_740_990, 9_007_199_254_740_991, 99],
  ];
  for (const [raised, goal, percent] of cases) {
    it(`${raised} of ${goal} is ${percent} %`, () => assert.equal(fundingPercent(raised, goal), percent));
  }
});

describe('fundingProgress', () => {
  it('measures the way to the goal, with the minimum marked', () => {
    const progress = fundingProgress(campaign(4_250_000, { minimum: kzt(3_000_000) }));
    assert.equal(progress.percent, 42);
    assert.equal(progress.funded, false);
    assert.equal(progress.remaining, 575_000_000);
    assert.equal(progress.scaleMax, 1_000_000_000);
    assert.deepEqual(progress.marks, [{ kind: 'minimum', amount: 300_000_000, percent: 30 }]);
    assert.equal(progress.minimumReached, true);
  });

  it('heads for the next stretch goal once funded, with the overshoot', () => {
    const progress = fundingProgress(
      campaign(13_400_000, {
        milestones: [
          { id: 'a', label: 'A', amount: kzt(12_000_000), reachedAt: null },
          { id: 'b', label: 'B', amount: kzt(15_000_000), reachedAt: null },
        ],
      }),
    );
    assert.equal(progress.percent, 134);
    assert.equal(progress.overshoot, 340_000_000);
    assert.equal(progress.next?.id, 'b');
    assert.equal(progress.remainingToNext, 160_000_000);
    assert.equal(progress.scaleMax, 1_500_000_000);
    assert.equal(progress.barPercent, 89);
    assert.deepEqual(
      progress.marks.map((m) => [m.kind, m.percent]),
      [
        ['goal', 66],
        ['milestone', 80],
      ],
    );
  });

  it('fills the bar when every stretch goal is reached', () => {
    const progress = fundingProgress(
      campaign(16_000_000, {
        milestones: [{ id: 'a', label: 'A', amount: kzt(15_000_000), reachedAt: null }],
      }),
    );
    assert.equal(progress.next, undefined);
    assert.equal(progress.barPercent, 100);
    assert.equal(progress.percent, 160);
  });
});

describe('moneyDisplay', () => {
  it('drops the minor units of whole amounts only', () => {
    assert.equal(moneyDisplay({ amount: 425_000_000, currency: 'KZT' }).maximumFractionDigits, 0);
    assert.equal(moneyDisplay({ amount: 1_873_450, currency: 'USD' }).maximumFractionDigits, undefined);
    assert.equal(moneyDisplay({ amount: 1234, currency: 'JPY' }).maximumFractionDigits, 0);
  });
});
