import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankIdeas, shuffleKey, trendingScore } from '../../../server/src/ideas/ranking.js';
import type { RankedIdea } from '../../../server/src/ideas/ranking.js';
import {
  filterQuery,
  fts5Expression,
  similarQuery,
  tsqueryExpression,
  wordsOf,
} from '../../../server/src/ideas/search.js';

/* Ranking formulas with a fixed clock, and how user text becomes a search query. */

const NOW = Date.parse('2026-06-01T12:00:00Z');
const HOUR = 3600 * 1000;

function idea(id: string, overrides: Partial<RankedIdea> = {}): RankedIdea {
  return {
    id,
    createdAt: new Date(NOW - 10 * HOUR).toISOString(),
    votesUp: 0,
    votesDown: 0,
    commentCount: 0,
    recentUpVotes: 0,
    recentComments: 0,
    ...overrides,
  };
}

describe('trending score', () => {
  it("is Fider's (5·votes₃₀ + 3·comments₃₀ − 1) / (ageHours + 2)^1.4", () => {
    const score = trendingScore(idea('a', { recentUpVotes: 4, recentComments: 2 }), NOW);
    assert.ok(Math.abs(score - (5 * 4 + 3 * 2 - 1) / Math.pow(12, 1.4)) < 1e-12);
    // 10 hours old: (20 + 6 − 1) / 12^1.4 = 25 / 32.42 ≈ 0.7711
    assert.equal(score.toFixed(4), '0.7711');
  });

  it('treats an idea created after the ranking time as new (age 0)', () => {
    const future = idea('f', { createdAt: new Date(NOW + HOUR).toISOString(), recentUpVotes: 1 });
    assert.equal(trendingScore(future, NOW), 4 / Math.pow(2, 1.4));
  });

  it('lets recent activity beat age, and age wear down equal activity', () => {
    const fresh = idea('fresh', { createdAt: new Date(NOW - 2 * HOUR).toISOString(), recentUpVotes: 3 });
    const old = idea('old', {
      createdAt: new Date(NOW - 200 * HOUR).toISOString(),
      recentUpVotes: 3,
      votesUp: 900,
    });
    const busy = idea('busy', { createdAt: new Date(NOW - 200 * HOUR).toISOString(), recentUpVotes: 3000 });
    assert.deepEqual(
      rankIdeas([old, fresh, busy], 'trending', { asOfMs: NOW, seed: 0 }).map((i) => i.id),
      ['busy', 'fresh', 'old'],
    );
  });
});

describe('rankIdeas', () => {
  const ideas = [
    idea('c', { votesUp: 5, votesDown: 1, commentCount: 2, createdAt: '2026-05-01T00:00:00.000Z' }),
    idea('a', { votesUp: 4, votesDown: 0, commentCount: 9, createdAt: '2026-05-03T00:00:00.000Z' }),
    idea('b', { votesUp: 6, votesDown: 2, commentCount: 2, createdAt: '2026-05-02T00:00:00.000Z' }),
    idea('d', { votesUp: 1, votesDown: 0, commentCount: 0, createdAt: '2026-05-03T00:00:00.000Z' }),
  ];
  const order = (sort: Parameters<typeof rankIdeas>[1], seed = 1) =>
    rankIdeas(ideas, sort, { asOfMs: NOW, seed }).map((i) => i.id);

  it('top: net votes, ties by id', () => assert.deepEqual(order('top'), ['a', 'b', 'c', 'd']));
  it('new: newest first, ties by id', () => assert.deepEqual(order('new'), ['a', 'd', 'b', 'c']));
  it('discussed: most comments, ties by id', () =>
    assert.deepEqual(order('discussed'), ['a', 'b', 'c', 'd']));

  it('random: ordered by the seeded key, the same for the same seed, every idea once', () => {
    const many = Array.from({ length: 200 }, (_, i) => idea(`idea-${i}`));
    const first = rankIdeas(many, 'random', { asOfMs: NOW, seed: 42 }).map((i) => i.id);
    const again = rankIdeas([...many].reverse(), 'random', { asOfMs: NOW, seed: 42 }).map((i) => i.id);
    const other = rankIdeas(many, 'random', { asOfMs: NOW, seed: 43 }).map((i) => i.id);
    assert.deepEqual(first, again, 'input order does not matter');
    assert.notDeepEqual(first, other);
    assert.equal(new Set(first).size, 200);
    const keys = first.map((id) => shuffleKey(42, id));
    assert.deepEqual(
      keys,
      [...keys].sort((x, y) => x - y),
    );
  });

  it('does not change the input array', () => {
    const copy = ideas.map((i) => i.id);
    order('top');
    assert.deepEqual(
      ideas.map((i) => i.id),
      copy,
    );
  });
});

describe('search text', () => {
  it('keeps only words: letters and digits in any script, lowercased', () => {
    assert.deepEqual(wordsOf('Bike "lanes" AND(Abai)*'), ['bike', 'lanes', 'and', 'abai']);
    assert.deepEqual(wordsOf('Велодорожки: Абая-2!'), ['велодорожки', 'абая', '2']);
    assert.deepEqual(wordsOf('Саябақта ОРЫНДЫҚТАР'), ['саябақта', 'орындықтар']);
    assert.deepEqual(wordsOf('"*:&|!()\'\\'), []);
  });

  it('quotes every word in FTS5 and tsquery syntax, the last one as a prefix', () => {
    const query = filterQuery('bike "AND( lan');
    assert.equal(fts5Expression(query), '"bike" AND "and" AND "lan"*');
    assert.equal(tsqueryExpression(query), "'bike' & 'and' & 'lan':*");
  });

  it('drops short words from similar-title queries unless nothing else is left', () => {
    assert.deepEqual(similarQuery('Bench in the park').words, ['bench', 'the', 'park']);
    assert.deepEqual(similarQuery('в на').words, ['в', 'на']);
    assert.equal(similarQuery('bench pa').mode, 'any');
  });
});
