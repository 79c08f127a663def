/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { focusField, questionOf } from '../../../src/internal/form/field-focus.js';

/** Records what scrolls into view and how elements take focus, until `restore()`. */
function watchScrollAndFocus() {
  const { scrollIntoView } = Element.prototype;
  const { focus } = HTMLElement.prototype;
  const seen = {
    scrolled: [] as Element[],
    focused: [] as Array<[Element, FocusOptions | undefined]>,
    restore: () => {
      Element.prototype.scrollIntoView = scrollIntoView;
      HTMLElement.prototype.focus = focus;
    },
  };
  Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
    seen.scrolled.push(this);
    scrollIntoView.call(this, arg);
  };
  HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
    seen.focused.push([this, options]);
    focus.call(this, options);
  };
  return seen;
}

describe('focusField', () => {
  it("scrolls the field's label into view, then focuses the field without scrolling", async () => {
    const page = await fixture(
      html`<div>
        <div class="spacer"></div>
        <label for="email">Email address</label>
        <p>We only use it to confirm your signature.</p>
        <input id="email" type="email" />
        <div class="spacer"></div>
      </div>`,
    );
    for (const spacer of page.querySelectorAll<HTMLElement>('.spacer')) spacer.style.blockSize = '3000px';
    const control = page.querySelector('input')!;
    const seen = watchScrollAndFocus();
    try {
      focusField(control);
    } finally {
      seen.restore();
    }
    expect(seen.scrolled).to.deep.equal([page.querySelector('label')]);
    expect(seen.focused).to.deep.equal([[control, { preventScroll: true }]]);
    expect(document.activeElement).to.equal(control);
    expect(Math.round(page.querySelector('label')!.getBoundingClientRect().top)).to.equal(0);
  });

  it('finds the label inside a shadow root, or the label around the field', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="name">Full name</label><input id="name" />
      <label>Postcode <input id="postcode" /></label>`;
    expect(questionOf(root.getElementById('name')!)).to.equal(root.querySelector('label'));
    expect(questionOf(root.getElementById('postcode')!)).to.equal(root.querySelectorAll('label')[1]);
  });

  it("takes a fieldset's legend for a checkbox or radio, like GOV.UK Frontend", async () => {
    const page = await fixture(
      html`<fieldset>
        <legend>How would you rate this idea?</legend>
        <input id="good" type="radio" name="rating" /><label for="good">Good</label>
        <label for="note">Note</label><input id="note" />
      </fieldset>`,
    );
    expect(questionOf(page.querySelector('#good')!)).to.equal(page.querySelector('legend'));
    // A text field near its legend takes the legend too: the field still ends in the top half of the screen.
    expect(questionOf(page.querySelector('#note')!)).to.equal(page.querySelector('legend'));
  });

  it('scrolls the field itself when nothing names it', async () => {
    const page = await fixture(html`<div><input aria-label="Search" /></div>`);
    const control = page.querySelector('input')!;
    expect(questionOf(control)).to.equal(null);
    focusField(control);
    expect(document.activeElement).to.equal(control);
  });
});
