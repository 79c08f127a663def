/// <reference types="mocha" />
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CivicAuthRequiredEvent } from '../../src/events/civic-auth-required.js';
import { CivicLoadErrorEvent, LOAD_ERROR_KINDS } from '../../src/events/civic-load-error.js';

/** Fires events from inside its shadow root, as widgets do. */
class InnerFirer extends LitElement {
  fire(event: Event): void {
    this.shadowRoot!.querySelector('span')!.dispatchEvent(event);
  }

  override render() {
    return html`<span>inner</span>`;
  }
}
customElements.define('x-inner-firer', InnerFirer);

describe('events', () => {
  for (const [name, create] of [
    ['civic-load-error', () => new CivicLoadErrorEvent({ kind: 'not_found', status: 404 })],
    ['civic-auth-required', () => new CivicAuthRequiredEvent({ reason: 'load' })],
  ] as const) {
    it(`${name} leaves the shadow root and bubbles to the page`, async () => {
      const outer = fixtureSync<HTMLElement>(html`<div><x-inner-firer></x-inner-firer></div>`);
      const firer = outer.querySelector<InnerFirer>('x-inner-firer')!;
      await firer.updateComplete;
      const heard = oneEvent(outer, name);
      firer.fire(create());
      const event = await heard;
      expect(event.type).to.equal(name);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.target).to.equal(firer);
    });
  }

  it('carry a typed detail', () => {
    expect(new CivicLoadErrorEvent({ kind: 'not_found', status: 404 }).detail).to.deep.equal({
      kind: 'not_found',
      status: 404,
    });
    expect(new CivicAuthRequiredEvent({ reason: 'vote' }).detail).to.deep.equal({ reason: 'vote' });
  });

  it('list every load error kind once', () => {
    expect(new Set(LOAD_ERROR_KINDS).size).to.equal(LOAD_ERROR_KINDS.length);
    expect(LOAD_ERROR_KINDS).to.include.members([
      'network',
      'timeout',
      'malformed',
      'not_found',
      'auth',
      'server',
    ]);
  });
});
