/// <reference types="mocha" />
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LiveAnnouncer } from '../../src/internal/live-announcer.js';
import { hostStyles } from '../../src/styles/host.styles.js';

const THROTTLE_MS = 300;

class AnnouncingWidget extends LitElement {
  static override styles = hostStyles;

  readonly announcer = new LiveAnnouncer(this, { throttleMs: THROTTLE_MS });

  override render() {
    return html`<p>Signatures</p>
      ${this.announcer.render()}`;
  }
}
customElements.define('x-announcing-widget', AnnouncingWidget);

/** What the polite live region currently says. */
function announced(element: Element): string {
  const region = element.shadowRoot!.querySelector('[aria-live="polite"]');
  expect(region, 'a polite live region').to.exist;
  return region!.textContent!.trim();
}

describe('LiveAnnouncer', () => {
  it('passes the axe audit', async () => {
    const widget = await fixture<AnnouncingWidget>(html`<x-announcing-widget></x-announcing-widget>`);
    widget.announcer.announce('1,204 signatures');
    await widget.updateComplete;
    await expect(widget).to.be.accessible();
  });

  it('has an empty polite region from the start, so later changes are announced', async () => {
    const widget = await fixture<AnnouncingWidget>(html`<x-announcing-widget></x-announcing-widget>`);
    expect(announced(widget)).to.equal('');
  });

  it('keeps the region out of sight', async () => {
    const widget = await fixture<AnnouncingWidget>(html`<x-announcing-widget></x-announcing-widget>`);
    widget.announcer.announce('1,204 signatures');
    await widget.updateComplete;
    const region = widget.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const { width, height } = region.getBoundingClientRect();
    expect(width * height).to.be.at.most(1);
  });

  it('announces the first text at once', async () => {
    const widget = await fixture<AnnouncingWidget>(html`<x-announcing-widget></x-announcing-widget>`);
    widget.announcer.announce('1,204 signatures');
    await widget.updateComplete;
    expect(announced(widget)).to.equal('1,204 signatures');
  });

  it('holds back a burst and then reads only its latest text', async () => {
    const widget = await fixture<AnnouncingWidget>(html`<x-announcing-widget></x-announcing-widget>`);
    widget.announcer.announce('1,204 signatures');
    widget.announcer.announce('1,205 signatures');
    widget.announcer.announce('1,207 signatures');
    await widget.updateComplete;
    expect(announced(widget)).to.equal('1,204 signatures');

    await waitUntil(() => announced(widget) !== '1,204 signatures', 'the held text was never announced', {
      timeout: THROTTLE_MS * 10,
    });
    expect(announced(widget)).to.equal('1,207 signatures');
  });

  it('announces at once again after a quiet period', async () => {
    const widget = await fixture<AnnouncingWidget>(html`<x-announcing-widget></x-announcing-widget>`);
    widget.announcer.announce('1,204 signatures');
    await aTimeout(THROTTLE_MS * 2);
    widget.announcer.announce('1,300 signatures');
    await widget.updateComplete;
    expect(announced(widget)).to.equal('1,300 signatures');
  });

  it('drops held text when the widget leaves the page', async () => {
    const widget = await fixture<AnnouncingWidget>(html`<x-announcing-widget></x-announcing-widget>`);
    widget.announcer.announce('first');
    widget.announcer.announce('held');
    const parent = widget.parentNode!;
    widget.remove();
    await aTimeout(THROTTLE_MS * 2);
    parent.append(widget);
    await widget.updateComplete;
    expect(announced(widget)).to.equal('first');
  });
});
