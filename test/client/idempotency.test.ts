/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { createIdempotencyKey } from '../../src/client/idempotency.js';

describe('createIdempotencyKey', () => {
  it('returns a fresh UUID v4 each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => createIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys) {
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('still works where crypto.randomUUID is missing (pages served over plain HTTP)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: undefined });
    try {
      const key = createIdempotencyKey();
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(createIdempotencyKey()).not.to.equal(key);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: original });
    }
  });
});
