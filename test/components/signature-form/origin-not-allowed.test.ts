/// <reference types="mocha" />
import { expect, fixtureCleanup } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/index.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { problemResponse } from '../../mocks/handlers.js';
import { signatureHandlers } from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { accessibleName, allByRole, byRole } from '../support.js';
import {
  alertSpeaks,
  alertText,
  confirmPressed,
  fillInValid,
  signatureFormSending,
  signingRefused,
} from './signing.js';

/*
 * A page whose origin the backend does not allow for writes: the citizen reads that signing is not
 * available on this page yet (never "check your internet connection"), and the console tells the
 * webmaster which backend and which setting, once.
 */

const API = '/api/v1';

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
        const element = await signatureFormSending(refused);
        fillInValid(element);
        await click(byRole(element, 'button', 'Sign this petition'));
        const text = await alertText(element);
        expect(text).to.contain(
          'Signing petitions is not available on this page yet. Your signature has not been sent.',
        );
        expect(text).not.to.contain('internet');
        expect(allByRole(element, 'button').map(accessibleName)).not.to.include('Try again');
        expect(element.shadowRoot!.activeElement).to.equal(byRole(element, 'alert'));
        await expect(element).to.be.accessible();

        // A second try on the page says the same to the citizen, and nothing more to the console.
        await click(byRole(element, 'button', 'Sign this petition'));
        await alertText(element);
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
        const element = await signatureFormSending([
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
        fillInValid(element);
        await click(byRole(element, 'button', 'Sign this petition'));
        const text = await alertText(element);
        expect(text).to.contain('Signing petitions is not available on this page yet.');
        expect(text).not.to.contain('internet');
        expect(discoveryReads).to.be.greaterThan(0);
      } finally {
        watch.stop();
      }
    });

    it('still says "check your internet connection" when the backend cannot be reached at all', async () => {
      const element = await signatureFormSending([
        ...signatureHandlers({ answer: () => HttpResponse.error() }),
        http.get(`${API}/`, () => HttpResponse.error()),
      ]);
      fillInValid(element);
      await click(byRole(element, 'button', 'Sign this petition'));
      const text = await alertText(element);
      expect(text).to.contain('Check your internet connection');
      expect(text).not.to.contain('not available on this page');
    });

    it('says it in Russian and Kazakh', async () => {
      const watch = watchWarnings();
      try {
        const element = await signingRefused(
          signatureHandlers({ answer: () => problemResponse('originNotAllowed') }),
        );
        // The petition reloads in the new language; the notice then speaks it.
        await alertSpeaks(element, [
          ['ru', 'Подписывать петиции на этой странице пока нельзя. Ваша подпись не отправлена.'],
          ['kk', 'Бұл бетте петицияларға әзірге қол қою мүмкін емес. Қолтаңбаңыз жіберілмеді.'],
        ]);
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
        const element = await confirmPressed(() => problemResponse('originNotAllowed'));
        const text = await alertText(element);
        expect(text).to.contain('Confirming signatures is not available on this page yet.');
        expect(text).not.to.contain('internet');
      } finally {
        watch.stop();
      }
    });
  });
});
