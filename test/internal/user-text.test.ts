/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { balanceIsolates, isolate, userText } from '../../src/internal/user-text.js';
import { drawnAfter, drawnInOrder, HOSTILE_NAMES } from './bidi-support.js';

/** User text in the middle of a sentence, followed by words it must not turn around. */
async function sentence(user: unknown): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<p>Signed by ${user} and 12 others</p>`);
}

describe('user text', () => {
  for (const [kind, name] of Object.entries(HOSTILE_NAMES)) {
    describe(`with a name carrying ${kind} marks`, () => {
      it('as markup, reorders nothing after it', async () => {
        const p = await sentence(userText(name));
        expect(drawnInOrder(p, 'others'), '"others" reads left to right').to.be.true;
        expect(drawnAfter(p, 'and 12 others', name), 'the rest of the sentence follows the name').to.be.true;
        expect(drawnAfter(p, 'Zed', 'Signed by')).to.be.true;
      });

      it('inside a plain string, reorders nothing after it', async () => {
        const p = await sentence(isolate(name));
        expect(drawnInOrder(p, 'others'), '"others" reads left to right').to.be.true;
        expect(drawnAfter(p, 'and 12 others', name), 'the rest of the sentence follows the name').to.be.true;
      });
    });
  }

  it('is a <bdi> in markup, in the language given', async () => {
    const p = await sentence(userText('Алматы', 'ru'));
    const bdi = p.querySelector('bdi');
    expect(bdi?.textContent).to.equal('Алматы');
    expect(bdi?.getAttribute('lang')).to.equal('ru');
    expect(getComputedStyle(bdi!).unicodeBidi).to.equal('isolate');
  });

  it('keeps text without isolates as it is', () => {
    expect(balanceIsolates('Zed\u202Egnp.exe')).to.equal('Zed\u202Egnp.exe');
    expect(balanceIsolates('a\u2066b\u2069c')).to.equal('a\u2066b\u2069c');
  });

  it('drops a pop that closes nothing and closes an isolate left open', () => {
    expect(balanceIsolates('a\u2069b')).to.equal('ab');
    expect(balanceIsolates('a\u2067b')).to.equal('a\u2067b\u2069');
    expect(isolate('a\u2069\u2068b')).to.equal('\u2068a\u2068b\u2069\u2069');
  });
});
