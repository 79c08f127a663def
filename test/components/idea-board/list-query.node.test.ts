import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isFiltered,
  listQuery,
  nextQuery,
  pageLimit,
} from '../../../src/components/idea-board/list-query.js';
import type { IdeaQuery } from '../../../src/components/idea-board/list-query.js';

const TRENDING: IdeaQuery = { sort: 'trending', status: undefined, category: undefined, q: '' };

describe('nextQuery', () => {
  it('keeps the same object while nothing changed, so the ideas load once', () => {
    assert.equal(nextQuery(TRENDING, { sort: 'trending', status: undefined, category: '', q: '' }), TRENDING);
  });

  it('reads an unknown sort as trending and an unknown status or empty category as none', () => {
    assert.deepEqual(
      nextQuery({ ...TRENDING, sort: 'top' }, { sort: 'loudest', status: 'lost', category: '', q: '' }),
      TRENDING,
    );
  });

  it('makes a new query when the order, a filter or the words change', () => {
    const next = nextQuery(TRENDING, { sort: 'new', status: 'implemented', category: 'parks', q: 'trees' });
    assert.deepEqual(next, { sort: 'new', status: 'implemented', category: 'parks', q: 'trees' });
    assert.ok(isFiltered(next));
    assert.ok(!isFiltered(TRENDING));
  });
});

describe('pageLimit', () => {
  it('cuts the page size to 1–100 and drops fractions', () => {
    assert.equal(pageLimit(0, 20), 1);
    assert.equal(pageLimit(250, 20), 100);
    assert.equal(pageLimit('12.7', 20), 12);
  });

  it('falls back when the page size is not a number', () => {
    assert.equal(pageLimit('many', 20), 20);
  });
});

describe('listQuery', () => {
  it('sends only what narrows the list, the seed only for random order', () => {
    assert.deepEqual(listQuery(TRENDING, 20, 7), { sort: 'trending', limit: 20 });
    assert.deepEqual(
      listQuery({ sort: 'random', status: 'new', category: 'parks', q: 'trees' }, 50, 7, 'next'),
      { sort: 'random', seed: 7, status: 'new', category: 'parks', q: 'trees', cursor: 'next', limit: 50 },
    );
  });
});
