/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { yieldToMain } from '../../src/internal/yield-to-main.js';

/** Records the order in which a yield and a microtask queued after it go on. */
async function order(): Promise<string[]> {
  const seen: string[] = [];
  const yielded = yieldToMain().then(() => seen.push('after the yield'));
  queueMicrotask(() => seen.push('microtask'));
  await yielded;
  return seen;
}

describe('yieldToMain()', () => {
  it('goes on in a new task, after the current task and its microtasks', async () => {
    expect(await order()).to.deep.equal(['microtask', 'after the yield']);
  });

  it('goes on before a task queued earlier, where the browser has scheduler.yield()', async () => {
    expect(typeof (globalThis as { scheduler?: { yield?: unknown } }).scheduler?.yield).to.equal('function');
    const seen: string[] = [];
    const timer = new Promise<void>((resolve) =>
      setTimeout(() => {
        seen.push('timer');
        resolve();
      }, 0),
    );
    await yieldToMain();
    seen.push('after the yield');
    await timer;
    expect(seen).to.deep.equal(['after the yield', 'timer']);
  });

  describe('without scheduler.yield()', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');

    beforeEach(() => {
      Object.defineProperty(globalThis, 'scheduler', {
        value: undefined,
        configurable: true,
        writable: true,
      });
    });

    afterEach(() => {
      if (descriptor) Object.defineProperty(globalThis, 'scheduler', descriptor);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
    });

    it('goes on in a new task, after a task queued earlier', async () => {
      expect((globalThis as { scheduler?: unknown }).scheduler).to.equal(undefined);
      const seen: string[] = [];
      setTimeout(() => seen.push('timer'), 0);
      expect(await order()).to.deep.equal(['microtask', 'after the yield']);
      expect(seen).to.deep.equal(['timer']);
    });
  });
});
