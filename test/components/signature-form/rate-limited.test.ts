/// <reference types="mocha" />
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../../../src/index.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { problemResponse } from '../../mocks/handlers.js';
import { signatureHandlers } from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { allByRole, byRole, uniqueId } from '../support.js';
import {
  alertSpeaks,
  alertText,
  confirmPressed,
  fillInValid,
  signatureFormSending,
  signingRefused,
} from './signing.js';

/*
 * A signing refused by a rate limit (the server's cap of confirmation emails per address is a day's):
 * when the backend says how long to wait (Retry-After), the citizen reads when to try again in
 * their language, not "wait a few minutes"; without it, the old words stay.
 */

/** Retry-After the backend sends: 20 hours. */
const TWENTY_HOURS = '72000';
const OLD_TEXT = 'There have been too many attempts. Wait a few minutes, then try again.';

function rateLimited(retryAfter?: string): () => Response {
  return () =>
    problemResponse(
      'rateLimited',
      retryAfter === undefined ? {} : { headers: { 'Retry-After': retryAfter } },
    );
}

describe('when a rate limit refuses a signing', function () {
  this.timeout(30_000);
  before(() => startMockWorker());
  afterEach(() => {
    worker.resetHandlers();
    fixtureCleanup();
  });

  describe('<civic-signature-form>', () => {
    it('says when to try again from Retry-After, in an alert that takes focus', async () => {
      const element = await signingRefused(signatureHandlers({ answer: rateLimited(TWENTY_HOURS) }));
      const text = await alertText(element);
      expect(text).to.contain('There have been too many attempts. Try again in 20 hours.');
      expect(text).not.to.contain('Wait a few minutes');
      expect(element.shadowRoot!.activeElement).to.equal(byRole(element, 'alert'));
      await expect(element).to.be.accessible();
    });

    it('says it in Russian and Kazakh', async () => {
      const element = await signingRefused(signatureHandlers({ answer: rateLimited(TWENTY_HOURS) }));
      await alertSpeaks(element, [
        ['ru', 'Слишком много попыток. Попробуйте снова через 20 часов.'],
        ['kk', 'Әрекет тым көп болды. 20 сағаттан кейін қайталап көріңіз.'],
      ]);
    });

    it('rounds the wait: minutes under an hour, hours under two days, else days', async () => {
      for (const [seconds, expected] of [
        ['90', 'Try again in 2 minutes.'],
        ['3600', 'Try again in 1 hour.'],
        ['172800', 'Try again in 2 days.'],
      ] as const) {
        const element = await signingRefused(signatureHandlers({ answer: rateLimited(seconds) }));
        expect(await alertText(element)).to.contain(expected);
        fixtureCleanup();
        worker.resetHandlers();
      }
    });

    it('keeps the old words when the backend does not say how long to wait', async () => {
      const element = await signingRefused(signatureHandlers({ answer: rateLimited() }));
      expect(await alertText(element)).to.contain(OLD_TEXT);
      expect(element.shadowRoot!.activeElement).to.equal(byRole(element, 'alert'));
    });

    it('says when to try again when "Send the email again" is refused', async () => {
      const id = uniqueId('limited');
      let calls = 0;
      const element = await signatureFormSending(
        signatureHandlers({
          answer: () =>
            calls++ === 0
              ? HttpResponse.json({ status: 'confirmation_sent', petitionId: id }, { status: 202 })
              : rateLimited(TWENTY_HOURS)(),
        }),
        id,
      );
      fillInValid(element);
      await click(byRole(element, 'button', 'Sign this petition'));
      await waitUntil(() => element.shadowRoot!.querySelector('#sent-title'), 'not sent');
      const resend = byRole(element, 'button', 'Send the email again');
      await waitUntil(() => resend.getAttribute('aria-disabled') === 'false', 'resend stayed unavailable');
      await click(resend);
      await waitUntil(
        () => allByRole(element, 'status').some((s) => s.textContent!.includes('Try again in 20 hours.')),
        'no status saying when',
        { timeout: 10_000 },
      );
      expect(byRole(element, 'status').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'We could not send the email again: there have been too many attempts. Try again in 20 hours.',
      );
    });
  });

  describe('<civic-signature-confirm>', () => {
    it('says when to try again from Retry-After, in an alert that takes focus', async () => {
      const element = await confirmPressed(rateLimited(TWENTY_HOURS));
      expect(await alertText(element)).to.contain('Try again in 20 hours.');
      expect(element.shadowRoot!.activeElement).to.equal(byRole(element, 'alert'));
    });

    it('keeps the old words when the backend does not say how long to wait', async () => {
      const element = await confirmPressed(rateLimited());
      expect(await alertText(element)).to.contain(OLD_TEXT);
    });
  });
});
