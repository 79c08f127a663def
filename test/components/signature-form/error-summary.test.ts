/// <reference types="mocha" />
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { CivicSignatureForm } from '../../../src/components/signature-form/signature-form.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { petitionDiscovery, petitionScenarios, signatureScenarios } from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { byRole, loaded, uniqueId } from '../support.js';

/** The signature form in the middle of a page taller than the screen. */
async function formInLongPage(): Promise<CivicSignatureForm> {
  worker.use(...petitionDiscovery(), ...petitionScenarios.open, ...signatureScenarios.accepted);
  const page = await fixture(
    html`<div>
      <div class="article"></div>
      <civic-signature-form petition=${uniqueId('sign')} api-base="/api/v1"></civic-signature-form>
      <div class="article"></div>
    </div>`,
  );
  for (const article of page.querySelectorAll<HTMLElement>('.article')) article.style.blockSize = '3000px';
  const element = page.querySelector('civic-signature-form')!;
  await loaded(element);
  return element;
}

function labelFor(element: CivicSignatureForm, id: string): HTMLLabelElement {
  return element.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${id}"]`)!;
}

describe('<civic-signature-form> error summary', () => {
  before(() => startMockWorker());
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers(...petitionDiscovery(), ...petitionScenarios.open);
  });

  const links: Array<[string, string]> = [
    ['Select your region', 'f-region'],
    ['Confirm your age to sign this petition', 'f-ageConfirmed'],
  ];
  for (const [link, id] of links) {
    it(`"${link}" scrolls the label to the top of the screen and focuses the field, the GOV.UK way`, async () => {
      const element = await formInLongPage();
      await click(byRole(element, 'button', 'Sign this petition'));
      await element.updateComplete;

      await click(byRole(element, 'link', link));
      const control = element.shadowRoot!.getElementById(id)!;
      expect(element.shadowRoot!.activeElement).to.equal(control);
      expect(Math.round(labelFor(element, id).getBoundingClientRect().top)).to.equal(0);
      expect(control.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
    });
  }
});
