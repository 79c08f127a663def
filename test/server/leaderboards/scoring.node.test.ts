import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { periodBounds } from '../../../server/src/leaderboards/periods.js';
import { capDay, rankScores, scoreParticipants } from '../../../server/src/leaderboards/scoring.js';
import type { DayActionCount } from '../../../server/src/leaderboards/scoring.js';

/* The leaderboard maths, exactly: calendar periods, the daily cap and its breakdown, dense ranks. */

const iso = (ms: number) => new Date(ms).toISOString();

describe('calendar periods (UTC)', () => {
  it('starts a week on Monday 00:00, also when asked on Sunday night or Monday at midnight', () => {
    const sunday = periodBounds('week', Date.parse('2025-06-01T23:59:59.999Z'))!;
    assert.deepEqual(
      [iso(sunday.start), iso(sunday.end)],
      ['2025-05-26T00:00:00.000Z', '2025-06-02T00:00:00.000Z'],
    );
    const monday = periodBounds('week', Date.parse('2025-06-02T00:00:00.000Z'))!;
    assert.deepEqual(
      [iso(monday.start), iso(monday.end)],
      ['2025-06-02T00:00:00.000Z', '2025-06-09T00:00:00.000Z'],
    );
    const acrossYears = periodBounds('week', Date.parse('2027-01-01T12:00:00Z'))!;
    assert.equal(iso(acrossYears.start), '2026-12-28T00:00:00.000Z');
  });

  it('bounds months, quarters and years, and leaves `all` unbounded', () => {
    const at = Date.parse('2025-08-15T08:00:00Z');
    const month = periodBounds('month', at)!;
    assert.deepEqual(
      [iso(month.start), iso(month.end)],
      ['2025-08-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'],
    );
    const quarter = periodBounds('quarter', at)!;
    assert.deepEqual(
      [iso(quarter.start), iso(quarter.end)],
      ['2025-07-01T00:00:00.000Z', '2025-10-01T00:00:00.000Z'],
    );
    const q4 = periodBounds('quarter', Date.parse('2025-12-31T23:59:59Z'))!;
    assert.deepEqual([iso(q4.start), iso(q4.end)], ['2025-10-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
    const q1 = periodBounds('quarter', Date.parse('2026-01-01T00:00:00Z'))!;
    assert.equal(iso(q1.start), '2026-01-01T00:00:00.000Z');
    const year = periodBounds('year', at)!;
    assert.deepEqual(
      [iso(year.start), iso(year.end)],
      ['2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    );
    assert.equal(periodBounds('all', at), null);
  });
});

describe('daily cap', () => {
  it('keeps a day under the cap as it is', () => {
    assert.deepEqual(capDay([10, 20, -5], 40), [10, 20, -5]);
    assert.deepEqual(capDay([100, 5], null), [100, 5]);
  });

  it('scales the positive actions of a day over the cap so the day adds up to the cap', () => {
    // 60 + 30 = 90 over a cap of 40: 60·40/90 = 26.67, 30·40/90 = 13.33 → 26 + 13, one left for the larger remainder.
    assert.deepEqual(capDay([60, 30], 40), [27, 13]);
    // Equal remainders: the leftover goes to the action listed first.
    assert.deepEqual(capDay([5, 5, 5], 10), [4, 3, 3]);
  });

  it('always counts negative points in full', () => {
    // 50 positive, −20 negative, raw 30 ≤ cap 40: unchanged.
    assert.deepEqual(capDay([50, -20], 40), [50, -20]);
    // 100 positive, −20 negative, raw 80 > cap 40: positives keep 60, so the day is 40.
    const kept = capDay([100, -20], 40);
    assert.deepEqual(kept, [60, -20]);
  });
});

describe('scores', () => {
  const rules = {
    actions: [
      { action: 'idea.accepted', points: 25 },
      { action: 'vote.received', points: 2 },
      { action: 'content.removed', points: -10 },
    ],
    dailyCap: 40,
  };
  const row = (participantId: string, day: string, action: string, count: number): DayActionCount => ({
    participantId,
    day,
    action,
    count,
  });

  it('caps each day separately and makes the breakdown add up to the score', () => {
    const [score] = scoreParticipants(
      [
        row('a', '2025-06-01', 'vote.received', 30), // 60 → 40
        row('a', '2025-06-02', 'vote.received', 5), // 10
        row('a', '2025-06-02', 'idea.accepted', 1), // 25 → day 35
        row('a', '2025-06-03', 'idea.accepted', 2), // 50
        row('a', '2025-06-03', 'content.removed', 1), // −10 → day 40
      ],
      rules,
    );
    assert.equal(score!.score, 40 + 35 + 40);
    assert.deepEqual(score!.breakdown, [
      { action: 'idea.accepted', count: 3, points: 75 },
      { action: 'vote.received', count: 35, points: 50 },
      { action: 'content.removed', count: 1, points: -10 },
    ]);
    assert.equal(
      score!.breakdown.reduce((sum, item) => sum + item.points, 0),
      score!.score,
    );
  });

  it('ignores actions the board does not score', () => {
    const scores = scoreParticipants([row('a', '2025-06-01', 'signature.confirmed', 9)], rules);
    assert.deepEqual(scores, []);
  });

  it('ranks densely: ties share a rank, the next follows without a gap, ties ordered by id', () => {
    const ranked = rankScores([
      { participantId: 'c', score: 20, breakdown: [] },
      { participantId: 'b', score: 30, breakdown: [] },
      { participantId: 'a', score: 30, breakdown: [] },
      { participantId: 'd', score: -5, breakdown: [] },
      { participantId: 'e', score: 20, breakdown: [] },
    ]);
    assert.deepEqual(
      ranked.map((r) => [r.participantId, r.rank]),
      [
        ['a', 1],
        ['b', 1],
        ['c', 2],
        ['e', 2],
        ['d', 3],
      ],
    );
  });
});
