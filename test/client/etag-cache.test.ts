/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { EtagCache } from '../../src/client/etag-cache.js';

describe('EtagCache', () => {
  it('evicts the least recently used entry beyond its size', () => {
    const cache = new EtagCache(2);
    cache.set('a', { etag: '"a"', value: 1 });
    cache.set('b', { etag: '"b"', value: 2 });
    cache.get('a');
    cache.set('c', { etag: '"c"', value: 3 });

    expect(cache.size).to.equal(2);
    expect(cache.get('b')).to.equal(undefined);
    expect(cache.get('a')?.value).to.equal(1);
    expect(cache.get('c')?.value).to.equal(3);
  });

  it('replaces an entry for the same key', () => {
    const cache = new EtagCache(2);
    cache.set('a', { etag: '"1"', value: 1 });
    cache.set('a', { etag: '"2"', value: 2 });

    expect(cache.size).to.equal(1);
    expect(cache.get('a')).to.deep.equal({ etag: '"2"', value: 2 });
  });
});
