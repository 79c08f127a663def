import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { petitionDiscovery, petitionScenarios } from '../../mocks/petition-scenarios.js';

describe('smoke', () => {
  before(() => startMockWorker());
  afterEach(() => worker.resetHandlers());
  it('renders', async () => {
    worker.use(...petitionDiscovery(), ...petitionScenarios.responded);
    const el = await fixture<HTMLElement>(html`<civic-petition-card petition="smoke-1" api-base="/api/v1" with-form></civic-petition-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.card'), 'card', { timeout: 4000 });
    await new Promise((r) => setTimeout(r, 500));
    console.log(el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    const form = el.shadowRoot!.querySelector('civic-signature-form')!;
    console.log(form.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    expect(el).to.exist;
  });
});
