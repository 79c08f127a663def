/// <reference types="mocha" />
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import '../../../src/index.js';
import type { CivicSignatureConfirm } from '../../../src/components/signature-confirm/signature-confirm.js';
import type { CivicSignatureForm } from '../../../src/components/signature-form/signature-form.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { problemResponse } from '../../mocks/handlers.js';
import {
  confirmHandlers,
  petitionDiscovery,
  petitionScenarios,
  signatureHandlers,
} from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { accessibleName, allByRole, byRole, uniqueId } from '../support.js';

/*
 * A page whose origin the backend does not allow for writes: the citizen reads that signing is not
 * available on this page yet (never "check your internet connection"), and the console tells the
 * webmaster which backend and which setting, once.
 */

const API = '/api/v1';

const VALID: Record<string, string | boolean> = {
  'Full name': 'Dana Seitkali',
  'Email address': 'dana@example.kz',
  Postcode: 'A05E3X4',
  Region: 'ALM-MED',
  'I live, work or study in Almaty.': true,
  'I am 16 years old or older': true,
};

function fillIn(element: CivicSignatureForm): void {
  const controls = Array.from(
    element.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea'),
  ).filter((control) => control.closest('[aria-hidden="true"]') === null);
  for (const [label, value] of Object.entries(VALID)) {
    const control = controls.find((candidate) => accessibleName(candidate) === label);
    if (!control) throw new Error(`No field labelled "${label}"`);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
    else control.value = String(value);
  }
}

async function signatureForm(signatures: RequestHandler[]): Promise<CivicSignatureForm> {
  // The test's own handlers first: they win over the shared ones (discovery included).
  worker.use(...signatures, ...petitionDiscovery(), ...petitionScenarios.open);
  const element = await fixture<CivicSignatureForm>(
    html`<civic-signature-form petition=${uniqueId('origin')} api-base=${API}></civic-signature-form>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('form'), 'the form did not load');
  return element;
}

/** Collects console warnings while a test runs. */
function watchWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return {
    warnings,
    stop: () => {
      console.warn = original;
    },
  };
}

async function failureText(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<string> {
  await waitUntil(() => allByRole(element, 'alert').length > 0, 'no alert', { timeout: 6000 });
  await element.updateComplete;
  return byRole(element, 'alert').textContent!.replace(/\s+/g, ' ').trim();
}

describe('when the backend does not allow this page’s origin', () => {
  before(() => startMockWorker());
  afterEach(() => {
    worker.resetHandlers();
    fixtureCleanup();
  });

  describe('<civic-signature-form>', () => {
    it('says signing is not available on this page, offers no retry, and warns the webmaster once', async () => {
      const watch = watchWarnings();
      try {
        const refused = signatureHandlers({ answer: () => problemResponse('originNotAllowed') });
        const element = await signatureForm(refused);
        fillIn(element);
        await click(byRole(element, 'button', 'Sign this petition'));
        const text = await failureText(element);
        expect(text).to.contain(
          'Signing petitions is not available on this page yet. Your signature has not been sent.',
        );
        expect(text).not.to.contain('internet');
        expect(allByRole(element, 'button').map(accessibleName)).not.to.include('Try again');
        expect(element.shadowRoot!.activeElement).to.equal(byRole(element, 'alert'));
        await expect(element).to.be.accessible();

        // A second try on the page says the same to the citizen, and nothing more to the console.
        await click(byRole(element, 'button', 'Sign this petition'));
        await failureText(element);
        const ours = watch.warnings.filter((line) => line.startsWith('civic-widgets:'));
        expect(ours).to.have.length(1);
        expect(ours[0]).to.contain(`${location.origin}/api/v1`);
        expect(ours[0]).to.contain(`--allowed-origins ${location.origin}`);
        expect(ours[0]).to.contain('CIVIC_ALLOWED_ORIGINS');
      } finally {
        watch.stop();
      }
    });

    it('says the same when the write fails CORS while the backend answers reads', async () => {
      const watch = watchWarnings();
      try {
        let discoveryReads = 0;
        const element = await signatureForm([
          ...signatureHandlers({ answer: () => HttpResponse.error() }),
          http.get(`${API}/`, () => {
            discoveryReads++;
            return HttpResponse.json({
              protocolVersion: '1',
              backend: { name: 'Test backend' },
              locales: ['en', 'ru', 'kk'],
              defaultLocale: 'en',
              features: ['petitions'],
              pollIntervalSeconds: 30,
            });
          }),
          // CORS refuses every write from this page, the client's probe included.
          http.post(`${API}/`, () => HttpResponse.error()),
        ]);
        fillIn(element);
        await click(byRole(element, 'button', 'Sign this petition'));
        const text = await failureText(element);
        expect(text).to.contain('Signing petitions is not available on this page yet.');
        expect(text).not.to.contain('internet');
        expect(discoveryReads).to.be.greaterThan(0);
      } finally {
        watch.stop();
      }
    });

    it('still says "check your internet connection" when the backend cannot be reached at all', async () => {
      const element = await signatureForm([
        ...signatureHandlers({ answer: () => HttpResponse.error() }),
        http.get(`${API}/`, () => HttpResponse.error()),
      ]);
      fillIn(element);
      await click(byRole(element, 'button', 'Sign this petition'));
      const text = await failureText(element);
      expect(text).to.contain('Check your internet connection');
      expect(text).not.to.contain('not available on this page');
    });

    it('says it in Russian and Kazakh', async () => {
      const watch = watchWarnings();
      try {
        const element = await signatureForm(
          signatureHandlers({ answer: () => problemResponse('originNotAllowed') }),
        );
        fillIn(element);
        await click(byRole(element, 'button', 'Sign this petition'));
        await failureText(element);
        // The petition reloads in the new language; the notice then speaks it.
        for (const [lang, expected] of [
          ['ru', 'Подписывать петиции на этой странице пока нельзя. Ваша подпись не отправлена.'],
          ['kk', 'Бұл бетте петицияларға әзірге қол қою мүмкін емес. Қолтаңбаңыз жіберілмеді.'],
        ] as const) {
          element.lang = lang;
          await waitUntil(
            () => allByRole(element, 'alert').some((alert) => alert.textContent!.includes(expected)),
            `no ${lang} notice`,
            { timeout: 6000 },
          );
        }
      } finally {
        watch.stop();
      }
    });
  });

  describe('<civic-signature-confirm>', () => {
    it('says confirming is not available on this page, not "check your internet connection"', async () => {
      const watch = watchWarnings();
      try {
        // (The console warning is given once per backend and page: the form's test above saw it.)
        worker.use(
          ...petitionDiscovery(),
          ...petitionScenarios.thresholdReached,
          ...confirmHandlers({ answer: () => problemResponse('originNotAllowed') }),
        );
        const element = await fixture<CivicSignatureConfirm>(
          html`<civic-signature-confirm
            token="kX9d2VqP0sLmN4bR7tYw1eZc"
            api-base=${API}
          ></civic-signature-confirm>`,
        );
        await click(byRole(element, 'button', 'Confirm my signature'));
        const text = await failureText(element);
        expect(text).to.contain('Confirming signatures is not available on this page yet.');
        expect(text).not.to.contain('internet');
      } finally {
        watch.stop();
      }
    });
  });
});
