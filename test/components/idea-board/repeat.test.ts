/// <reference types="mocha" />
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { render } from 'lit';
import { repeat } from '../../../src/components/idea-board/repeat.js';

interface Item {
  id: string;
}

const items = (...ids: string[]): Item[] => ids.map((id) => ({ id }));
const range = (from: number, to: number): Item[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: String(from + i) }));

/** Comment nodes directly in `list`: the markers lit keeps around each item and the list's own part. */
function comments(list: Element): number {
  return [...list.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;
}

describe('repeat (keyed, no markers left behind)', () => {
  let host: HTMLElement;
  let baseline: number;

  const show = (list: Item[]) =>
    render(
      html`<ul>
        ${repeat(
          list,
          (item) => item.id,
          (item) => html`<li data-key=${item.id}><button type="button">Idea ${item.id}</button></li>`,
        )}
      </ul>`,
      host,
    );
  const ul = () => host.querySelector('ul')!;
  const rows = () => [...ul().querySelectorAll('li')];
  const keys = () => rows().map((li) => li.dataset['key']);
  const row = (key: string) => ul().querySelector<HTMLLIElement>(`li[data-key="${key}"]`)!;

  beforeEach(async () => {
    host = await fixture(html`<div></div>`);
    show([]);
    baseline = comments(ul());
    // Each item brings a start and an end marker; the count must not depend on what came before.
    show(range(1, 3));
    expect(comments(ul()) - baseline, 'markers per item').to.equal(2 * 3);
  });

  afterEach(() => fixtureCleanup());

  it('leaves no comment nodes behind for items removed from the end, the start and the middle', () => {
    show(range(1, 10));
    show(range(4, 10)); // from the start
    expect(keys()).to.deep.equal(range(4, 10).map((item) => item.id));
    expect(comments(ul())).to.equal(baseline + 2 * 7);
    show(range(4, 7)); // from the end
    expect(comments(ul())).to.equal(baseline + 2 * 4);
    show(items('4', '7')); // from the middle
    expect(keys()).to.deep.equal(['4', '7']);
    expect(comments(ul())).to.equal(baseline + 2 * 2);
    show([]);
    expect(rows()).to.have.length(0);
    expect(comments(ul())).to.equal(baseline);
  });

  it('leaves no comment nodes behind over many windows sliding through a long list, as a scroll does', () => {
    for (let first = 1; first <= 500; first += 7) show(range(first, first + 12));
    expect(rows()).to.have.length(13);
    expect(comments(ul())).to.equal(baseline + 2 * 13);
    // Jumps far ahead: every item replaced at once, in the middle of the list's markers.
    show(range(2000, 2012));
    show(range(5000, 5012));
    expect(comments(ul())).to.equal(baseline + 2 * 13);
    expect(ul().childNodes.length).to.be.at.most(3 * 13 + baseline + 2);
  });

  it('keeps each item’s elements by key when the list is reordered', () => {
    show(items('a', 'b', 'c', 'd', 'e'));
    const before = new Map(keys().map((key) => [key!, row(key!)]));
    show(items('e', 'd', 'c', 'b', 'a'));
    expect(keys()).to.deep.equal(['e', 'd', 'c', 'b', 'a']);
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
      expect(row(key) === before.get(key), `item ${key} kept its element`).to.equal(true);
    }
    show(items('c', 'x', 'a', 'e'));
    expect(keys()).to.deep.equal(['c', 'x', 'a', 'e']);
    for (const key of ['a', 'c', 'e']) {
      expect(row(key) === before.get(key), `item ${key} kept its element`).to.equal(true);
    }
    expect(before.get('b')!.isConnected, 'item b removed').to.equal(false);
    expect(comments(ul())).to.equal(baseline + 2 * 4);
  });

  it('keeps focus on an item that stays while others are removed, added and moved around it', () => {
    show(items('a', 'b', 'c', 'd', 'e'));
    const focused = row('c').querySelector('button')!;
    focused.focus();
    const focusKept = () => document.activeElement === focused;
    expect(focusKept(), 'focus on item c').to.equal(true);
    show(items('e', 'b', 'c', 'd', 'a')); // the ends swap places
    expect(keys()).to.deep.equal(['e', 'b', 'c', 'd', 'a']);
    expect(focusKept(), 'focus after a swap around it').to.equal(true);
    show(items('b', 'c', 'd', 'f', 'g')); // removed before, added after, as a scroll does
    expect(focusKept(), 'focus after a scroll past it').to.equal(true);
    show(items('x', 'c', 'y')); // replaced on both sides
    expect(keys()).to.deep.equal(['x', 'c', 'y']);
    expect(row('c').querySelector('button') === focused, 'the same button').to.equal(true);
    expect(focusKept(), 'focus after its neighbours were replaced').to.equal(true);
    expect(comments(ul())).to.equal(baseline + 2 * 3);
  });
});
