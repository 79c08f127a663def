/// <reference types="mocha" />
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { FrameResizeObserver } from '../../../src/components/idea-board/frame-resize-observer.js';

const frames = async (count: number) => {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('FrameResizeObserver', () => {
  let observer: FrameResizeObserver | undefined;

  afterEach(() => observer?.disconnect());

  it('delivers entries in a later task, all together', async () => {
    const deliveries: Element[][] = [];
    observer = new FrameResizeObserver((entries) => deliveries.push(entries.map((entry) => entry.target)));
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    observer.observe(a);
    observer.observe(b);
    await waitUntil(() => deliveries.length > 0, 'nothing was delivered');
    expect(deliveries).to.deep.equal([[a, b]]);
    a.remove();
    b.remove();
  });

  it('stops observing an element once it has left the document, so it can be collected', async () => {
    const seen: Element[] = [];
    observer = new FrameResizeObserver((entries) => seen.push(...entries.map((entry) => entry.target)));
    const item = document.createElement('div');
    item.style.height = '40px';
    document.body.append(item);
    observer.observe(item);
    await waitUntil(() => seen.length === 1, 'the first size was not delivered');
    item.remove();
    await waitUntil(() => seen.length === 2, 'the removal (size 0) was not delivered');
    // Back in the page and resized: an element still observed would be reported again.
    document.body.append(item);
    item.style.height = '80px';
    await frames(3);
    await aTimeout(20);
    expect(seen).to.deep.equal([item, item]);
    item.remove();
  });
});
