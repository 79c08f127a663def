/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { createClient } from '../../src/client/index.js';

describe('debug', () => {
  it('inspects a client', () => {
    const c = createClient({ baseUrl: 'https://x.test' });
    expect(undefined).to.equal(c);
  });
});
