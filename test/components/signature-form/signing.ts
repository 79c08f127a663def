import { fixture, html, waitUntil } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import type { CivicSignatureConfirm } from '../../../src/components/signature-confirm/signature-confirm.js';
import type { CivicSignatureForm } from '../../../src/components/signature-form/signature-form.js';
import { worker } from '../../mocks/browser.js';
import { confirmHandlers, petitionDiscovery, petitionScenarios } from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { accessibleName, allByRole, byRole, uniqueId } from '../support.js';

/* Signing and confirming against msw, for tests about what a refused signing or confirmation says. */

const API = '/api/v1';

/** Answers that pass the open petition's form. */
export const VALID_ANSWERS: Readonly<Record<string, string | boolean>> = {
  'Full name': 'Dana Seitkali',
  'Email address': 'dana@example.kz',
  Postcode: 'A05E3X4',
  Region: 'ALM-MED',
  'I live, work or study in Almaty.': true,
  'I am 16 years old or older': true,
};

/** Fills in the form's visible fields with `VALID_ANSWERS`. */
export function fillInValid(element: CivicSignatureForm): void {
  const controls = Array.from(
    element.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea'),
  ).filter((control) => control.closest('[aria-hidden="true"]') === null);
  for (const [label, value] of Object.entries(VALID_ANSWERS)) {
    const control = controls.find((candidate) => accessibleName(candidate) === label);
    if (!control) throw new Error(`No field labelled "${label}"`);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
    else control.value = String(value);
  }
}

/** A form for the open petition `id`, its signing answered by `signatures`; resolves once the form shows. */
export async function signatureFormSending(
  signatures: RequestHandler[],
  id = uniqueId('signing'),
): Promise<CivicSignatureForm> {
  // The test's own handlers first: they win over the shared ones (discovery included).
  worker.use(...signatures, ...petitionDiscovery(), ...petitionScenarios.open);
  const element = await fixture<CivicSignatureForm>(
    html`<civic-signature-form petition=${id} api-base=${API} resend-delay="0"></civic-signature-form>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('form'), 'the form did not load');
  return element;
}

/** The words of the widget's alert, once it shows (the client may retry first). */
export async function alertText(
  element: HTMLElement & { updateComplete: Promise<unknown> },
): Promise<string> {
  await waitUntil(() => allByRole(element, 'alert').length > 0, 'no alert', { timeout: 10_000 });
  await element.updateComplete;
  return byRole(element, 'alert').textContent!.replace(/\s+/g, ' ').trim();
}

/** A `<civic-signature-confirm>` whose confirmation `answer` answers, once "Confirm my signature" is pressed. */
export async function confirmPressed(
  answer: () => Response | Promise<Response>,
): Promise<CivicSignatureConfirm> {
  worker.use(...petitionDiscovery(), ...petitionScenarios.thresholdReached, ...confirmHandlers({ answer }));
  const element = await fixture<CivicSignatureConfirm>(
    html`<civic-signature-confirm
      token="kX9d2VqP0sLmN4bR7tYw1eZc"
      api-base=${API}
    ></civic-signature-confirm>`,
  );
  await click(byRole(element, 'button', 'Confirm my signature'));
  return element;
}

/** A form whose signing `signatures` refuse, sent with valid answers; resolves once its alert shows. */
export async function signingRefused(signatures: RequestHandler[]): Promise<CivicSignatureForm> {
  const element = await signatureFormSending(signatures);
  fillInValid(element);
  await click(byRole(element, 'button', 'Sign this petition'));
  await alertText(element);
  return element;
}

/** Switches `element` to each language in turn and waits until an alert says the expected words in it. */
export async function alertSpeaks(
  element: HTMLElement,
  expected: ReadonlyArray<readonly [lang: string, words: string]>,
): Promise<void> {
  for (const [lang, words] of expected) {
    element.lang = lang;
    await waitUntil(
      () => allByRole(element, 'alert').some((alert) => alert.textContent!.includes(words)),
      `no ${lang} notice`,
      { timeout: 6000 },
    );
  }
}
