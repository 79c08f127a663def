/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import type { RequestHandler } from 'msw';
import '../../../src/index.js';
import type { CivicSignatureForm } from '../../../src/components/signature-form/signature-form.js';
import type { CivicAuthRequiredDetail } from '../../../src/events/civic-auth-required.js';
import type { CivicSignedEvent } from '../../../src/events/civic-signed.js';
import type { SignatureForm } from '../../../src/protocol/petitions.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { cityForm, openPetition } from '../../mocks/fixtures/petition-states.js';
import {
  petitionDiscovery,
  petitionHandlers,
  petitionScenarios,
  signatureHandlers,
  signatureScenarios,
} from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { HOSTILE_NAMES, isolation } from '../../internal/bidi-support.js';
import {
  accessibleName,
  allByRole,
  byRole,
  loaded,
  uniqueId,
  visibleText,
  watchUncaught,
} from '../support.js';
import { VALID_ANSWERS } from './signing.js';

const API = '/api/v1';
const HOSTILE = '<img src=x onerror=alert(1)>';

interface FormOptions {
  petitions?: RequestHandler[];
  signatures?: RequestHandler[];
  lang?: string;
  resendDelay?: number;
  id?: string;
}

async function signatureForm(options: FormOptions = {}): Promise<CivicSignatureForm> {
  worker.use(
    ...petitionDiscovery(),
    ...(options.petitions ?? petitionScenarios.open),
    ...(options.signatures ?? signatureScenarios.accepted),
  );
  const element = await fixture<CivicSignatureForm>(
    html`<civic-signature-form
      petition=${options.id ?? uniqueId('sign')}
      api-base=${API}
      lang=${options.lang ?? nothing}
      resend-delay=${options.resendDelay ?? nothing}
    ></civic-signature-form>`,
  );
  await loaded(element);
  return element;
}

/** A petition whose form asks for name, email and `fields`, the city form's settings otherwise. */
function petitionAsking(
  fields: SignatureForm['fields'],
  settings: Partial<SignatureForm> = {},
): RequestHandler[] {
  const form: SignatureForm = {
    ...cityForm,
    fields: [{ name: 'name', required: true }, { name: 'email', required: true }, ...fields],
    ...settings,
  };
  return petitionHandlers(() => openPetition({ signatureForm: form }));
}

/** The form control labelled `label`. */
function field(
  element: CivicSignatureForm,
  label: string,
): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const controls = Array.from(
    element.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      'input, select, textarea',
    ),
  ).filter((control) => control.closest('[aria-hidden="true"]') === null);
  const found = controls.find((control) => accessibleName(control) === label);
  if (!found)
    throw new Error(`No field labelled "${label}": ${JSON.stringify(controls.map(accessibleName))}`);
  return found;
}

function focused(element: CivicSignatureForm): Element | null {
  return element.shadowRoot!.activeElement;
}

const VALID = VALID_ANSWERS;

function fillIn(element: CivicSignatureForm, answers: Record<string, string | boolean>): void {
  for (const [label, value] of Object.entries(answers)) {
    const control = field(element, label);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
    else control.value = String(value);
  }
}

function submitButton(element: CivicSignatureForm): HTMLButtonElement {
  return byRole(element, 'button', /^(Sign this petition|Sending…)$/) as HTMLButtonElement;
}

/** Records what reaches `createSignature`. */
function recorder() {
  const keys: string[] = [];
  const bodies: unknown[] = [];
  return {
    keys,
    bodies,
    onRequest: (request: Request) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      void request.json().then((body: unknown) => bodies.push(body));
    },
  };
}

async function sent(element: CivicSignatureForm): Promise<void> {
  await waitUntil(() => element.shadowRoot!.querySelector('#sent-title'), 'the form was not sent', {
    timeout: 4000,
  });
  await element.updateComplete;
}

describe('<civic-signature-form>', function () {
  // Retries back off and a test page may be a throttled background tab.
  this.timeout(15_000);

  before(() => startMockWorker());
  afterEach(() => {
    // Widgets leave first and stop their requests. One they sent just before is still on its way to
    // the worker: a quiet backend answers it, instead of an "unhandled request" error in the log.
    fixtureCleanup();
    worker.resetHandlers(...petitionDiscovery(), ...petitionScenarios.open);
  });

  it('passes the axe audit', async () => {
    await expect(await signatureForm()).to.be.accessible();
  });

  describe('by default', () => {
    it('asks for what the backend lists, with labels, a hint and the statements to confirm', async () => {
      const element = await signatureForm();
      expect(byRole(element, 'heading', 'Sign this petition').localName).to.equal('h2');
      for (const label of ['Full name', 'Email address', 'Postcode', 'Region'])
        expect(field(element, label)).to.exist;
      for (const label of [
        'I live, work or study in Almaty.',
        'I am 16 years old or older',
        'Email me about this petition',
      ]) {
        expect(field(element, label).getAttribute('type')).to.equal('checkbox');
      }
      const region = field(element, 'Region') as HTMLSelectElement;
      expect(Array.from(region.options).map((option) => option.textContent!.trim())).to.deep.equal([
        'Select an option',
        ...cityForm.fields[3]!.options!.map((option) => option.label),
      ]);
      expect(field(element, 'Email address').getAttribute('aria-describedby')).to.equal('f-email-hint');
      expect(element.shadowRoot!.getElementById('f-email-hint')!.textContent).to.contain(
        'We will send you an email to confirm your signature.',
      );
      expect(byRole(element, 'link', 'How we use your data').getAttribute('href')).to.equal(
        'https://participate.example.kz/privacy',
      );
    });

    it('gives every field its autocomplete token', async () => {
      const petition = petitionAsking([
        { name: 'postcode', required: false },
        { name: 'region', required: false, options: [{ value: 'A', label: 'Almaty' }] },
        { name: 'country', required: false, options: [{ value: 'KZ', label: 'Kazakhstan' }] },
        { name: 'address', required: false },
      ]);
      const element = await signatureForm({ petitions: petition });
      const expected: Array<[string, string]> = [
        ['Full name', 'name'],
        ['Email address', 'email'],
        ['Postcode (optional)', 'postal-code'],
        ['Region (optional)', 'address-level1'],
        ['Country (optional)', 'country'],
        ['Address (optional)', 'street-address'],
      ];
      for (const [label, token] of expected)
        expect(field(element, label).getAttribute('autocomplete'), label).to.equal(token);
      expect(field(element, 'Email address').getAttribute('type')).to.equal('email');
    });

    it('marks optional fields "(optional)" and asks the US questions for a US-style petition', async () => {
      const element = await signatureForm({ petitions: petitionScenarios.usThresholds });
      expect(field(element, 'Postcode (optional)')).to.exist;
      expect(field(element, 'I am 13 years old or older')).to.exist;
      expect(() => field(element, 'Email me about this petition')).to.throw();
    });

    it('hides its honeypot from people, screen readers and the tab order', async () => {
      const element = await signatureForm();
      const honeypot = element.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!;
      expect(honeypot.closest('[aria-hidden="true"]')).not.to.equal(null);
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.getAttribute('autocomplete')).to.equal('off');
      expect(honeypot.getBoundingClientRect().right).to.be.below(0);
    });
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const seen = recorder();
    worker.use(
      ...petitionDiscovery(),
      ...petitionScenarios.open,
      ...signatureHandlers({ onRequest: seen.onRequest }),
    );
    const id = uniqueId('keys');
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <button type="button">Before the form</button>
        <civic-signature-form petition=${id} api-base=${API}></civic-signature-form>
      </div>`,
    );
    const element = wrapper.querySelector('civic-signature-form')!;
    await loaded(element);
    wrapper.querySelector('button')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(field(element, 'Full name'));
    await sendKeys({ type: 'Dana Seitkali' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'dana@example.kz' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'A05E3X4' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(field(element, 'Region'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(field(element, 'Email me about this petition'));
    await sendKeys({ press: 'Tab' });
    expect(focused(element), 'the honeypot is skipped').to.equal(submitButton(element));
    await sendKeys({ press: 'Enter' });

    await sent(element);
    expect(focused(element)).to.equal(byRole(element, 'heading', 'Check your email'));
    await waitUntil(() => seen.bodies.length === 1);
    expect(seen.bodies[0]).to.deep.equal({
      name: 'Dana Seitkali',
      email: 'dana@example.kz',
      postcode: 'A05E3X4',
      region: 'ALM-MED',
      eligible: true,
      ageConfirmed: true,
      notify: false,
      locale: 'en',
      website: '',
    });
  });

  describe('when answers are missing or wrong', () => {
    it('passes the axe audit', async () => {
      const element = await signatureForm();
      await click(submitButton(element));
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('shows a focused error summary whose links move focus to each field', async () => {
      const seen = recorder();
      const element = await signatureForm({ signatures: signatureHandlers({ onRequest: seen.onRequest }) });
      await click(submitButton(element));
      await element.updateComplete;

      const summary = byRole(element, 'alert');
      expect(focused(element)).to.equal(summary);
      expect(summary.getAttribute('tabindex')).to.equal('-1');
      expect(accessibleName(summary)).to.equal('There is a problem');
      const links = Array.from(summary.querySelectorAll('a')).map((link) => link.textContent!.trim());
      expect(links).to.deep.equal([
        'Enter your full name',
        'Enter your email address',
        'Enter your postcode',
        'Select your region',
        'Confirm that the statement is true for you',
        'Confirm your age to sign this petition',
      ]);
      expect(seen.keys, 'nothing is sent').to.deep.equal([]);

      await click(byRole(element, 'link', 'Select your region'));
      expect(focused(element)).to.equal(field(element, 'Region'));

      summary.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(byRole(element, 'link', 'Enter your email address'));
      await sendKeys({ press: 'Enter' });
      expect(focused(element)).to.equal(field(element, 'Email address'));
    });

    it('puts each error above its field, after a hidden "Error:", linked hint first then error', async () => {
      const element = await signatureForm();
      fillIn(element, { ...VALID, 'Email address': 'dana@example', Postcode: '050000' });
      await click(submitButton(element));
      await element.updateComplete;

      const email = field(element, 'Email address');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal('f-email-hint f-email-error');
      const error = element.shadowRoot!.getElementById('f-email-error')!;
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Error: Enter an email address in the correct format, like name@example.com',
      );
      const prefix = error.querySelector('span')!;
      const box = prefix.getBoundingClientRect();
      expect(box.width * box.height, 'the prefix is visually hidden').to.be.at.most(1);
      expect(field(element, 'Postcode').getAttribute('aria-describedby')).to.equal('f-postcode-error');
      expect(field(element, 'Full name').hasAttribute('aria-invalid')).to.equal(false);
      expect(visibleText(element)).to.contain('Enter a real postcode');
    });

    it('clears the errors once the answers are right, and sends', async () => {
      const element = await signatureForm();
      await click(submitButton(element));
      await element.updateComplete;
      fillIn(element, VALID);
      await click(submitButton(element));
      await sent(element);
      expect(allByRole(element, 'alert')).to.have.length(0);
    });
  });

  describe('when the server finds field errors (422)', () => {
    it('passes the axe audit', async () => {
      const element = await signatureForm({ signatures: signatureScenarios.fieldErrors });
      fillIn(element, VALID);
      await click(submitButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0);
      await expect(element).to.be.accessible();
    });

    it('shows them on the same fields, in the same summary', async () => {
      const element = await signatureForm({ signatures: signatureScenarios.fieldErrors });
      fillIn(element, VALID);
      await click(submitButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0, 'no error summary');
      await element.updateComplete;
      const summary = byRole(element, 'alert');
      expect(focused(element)).to.equal(summary);
      expect(Array.from(summary.querySelectorAll('a')).map((link) => link.textContent!.trim())).to.deep.equal(
        ['Enter an email address in the correct format, like name@example.com', 'Enter a real postcode'],
      );
      expect(field(element, 'Email address').getAttribute('aria-invalid')).to.equal('true');
      expect(field(element, 'Postcode').getAttribute('aria-invalid')).to.equal('true');
      expect(field(element, 'Full name').hasAttribute('aria-invalid')).to.equal(false);
    });
  });

  describe('when the connection drops', () => {
    it('passes the axe audit', async () => {
      const element = await signatureForm({ signatures: signatureScenarios.networkError });
      fillIn(element, VALID);
      await click(submitButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0, 'no alert', { timeout: 4000 });
      await expect(element).to.be.accessible();
    });

    it('retries by itself with the same Idempotency-Key', async () => {
      const seen = recorder();
      const element = await signatureForm({
        signatures: signatureHandlers({ failures: 1, onRequest: seen.onRequest }),
      });
      fillIn(element, VALID);
      await click(submitButton(element));
      await sent(element);
      expect(seen.keys).to.have.length(2);
      expect(seen.keys[0]).to.match(/^[0-9a-f-]{36}$/);
      expect(seen.keys[1]).to.equal(seen.keys[0]);
    });

    it('says the signature was NOT sent, and "Try again" resends it with the same key', async () => {
      const seen = recorder();
      const element = await signatureForm({
        signatures: signatureHandlers({ failures: 3, onRequest: seen.onRequest }),
      });
      fillIn(element, VALID);
      await click(submitButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0, 'no alert', { timeout: 4000 });
      await element.updateComplete;
      const alert = byRole(element, 'alert');
      expect(focused(element)).to.equal(alert);
      expect(alert.textContent!.replace(/\s+/g, ' ')).to.contain('Error: Your signature has not been sent');
      expect(alert.textContent).to.contain('We could not reach the server.');
      expect(seen.keys).to.have.length(3);

      await click(byRole(element, 'button', 'Try again'));
      await sent(element);
      expect(seen.keys).to.have.length(4);
      expect(new Set(seen.keys).size, 'one key for every try').to.equal(1);
    });

    it('uses a new key when the answers change before the next try', async () => {
      const seen = recorder();
      const element = await signatureForm({
        signatures: signatureHandlers({ failures: 3, onRequest: seen.onRequest }),
      });
      fillIn(element, VALID);
      await click(submitButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0, 'no alert', { timeout: 4000 });
      fillIn(element, { 'Full name': 'Dana Seitkali-Nurly' });
      await click(submitButton(element));
      await sent(element);
      expect(seen.keys).to.have.length(4);
      expect(seen.keys[3]).not.to.equal(seen.keys[0]);
    });
  });

  describe('while sending', () => {
    it('passes the axe audit', async () => {
      const element = await signatureForm({ signatures: signatureHandlers({ latency: 'infinite' }) });
      fillIn(element, VALID);
      await click(submitButton(element));
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('cannot be sent twice', async () => {
      const seen = recorder();
      const element = await signatureForm({
        signatures: signatureHandlers({ latency: 400, onRequest: seen.onRequest }),
      });
      fillIn(element, VALID);
      const button = submitButton(element);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(accessibleName(button)).to.equal('Sending…');
      expect(focused(element), 'focus stays on the button').to.equal(button);
      await sendKeys({ press: 'Enter' });
      await click(button);
      field(element, 'Full name').focus();
      await sendKeys({ press: 'Enter' });
      await sent(element);
      expect(seen.keys).to.have.length(1);
    });
  });

  describe('once sent', () => {
    it('passes the axe audit', async () => {
      const element = await signatureForm();
      fillIn(element, VALID);
      await click(submitButton(element));
      await sent(element);
      await expect(element).to.be.accessible();
    });

    it('asks to check the email, with the address partly masked, and fires civic-signed with the id only', async () => {
      const id = uniqueId('signed');
      worker.use(...petitionDiscovery(), ...petitionScenarios.open, ...signatureScenarios.accepted);
      const heard: CivicSignedEvent[] = [];
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div @civic-signed=${(event: CivicSignedEvent) => heard.push(event)}>
          <civic-signature-form petition=${id} api-base=${API}></civic-signature-form>
        </div>`,
      );
      const element = wrapper.querySelector('civic-signature-form')!;
      await loaded(element);
      fillIn(element, VALID);
      await click(submitButton(element));
      await sent(element);
      expect(focused(element)).to.equal(byRole(element, 'heading', 'Check your email'));
      const text = visibleText(element);
      expect(text).to.contain('We have sent an email to d•••@example.kz.');
      expect(text).not.to.contain('dana@example.kz');
      expect(text).to.contain('Your signature only counts after you confirm it.');
      expect(heard).to.have.length(1);
      expect(heard[0]!.detail).to.deep.equal({ petitionId: id });
      expect(heard[0]!.bubbles).to.equal(true);
      expect(heard[0]!.composed).to.equal(true);
    });

    it('offers "Send the email again" after a delay, with a new key each time', async () => {
      const seen = recorder();
      const element = await signatureForm({
        signatures: signatureHandlers({ onRequest: seen.onRequest }),
        resendDelay: 1,
      });
      fillIn(element, VALID);
      await click(submitButton(element));
      await sent(element);
      const resend = byRole(element, 'button', 'Send the email again');
      expect(resend.getAttribute('aria-disabled')).to.equal('true');
      expect(visibleText(element)).to.contain('You can ask for a new email after 1 second.');
      await click(resend);
      await aTimeout(50);
      expect(seen.keys, 'nothing sent before the delay').to.have.length(1);

      await waitUntil(() => resend.getAttribute('aria-disabled') === 'false', 'resend stayed unavailable', {
        timeout: 3000,
      });
      await click(resend);
      await waitUntil(() =>
        allByRole(element, 'status').some((s) => s.textContent!.includes('We have sent the email again.')),
      );
      expect(seen.keys).to.have.length(2);
      expect(seen.keys[1]).not.to.equal(seen.keys[0]);
      await waitUntil(() => seen.bodies.length === 2);
      expect(seen.bodies[1]).to.deep.equal(seen.bodies[0]);
    });
  });

  describe('when the backend refuses', () => {
    it('passes the axe audit', async () => {
      const element = await signatureForm({ signatures: signatureScenarios.authRequired });
      fillIn(element, VALID);
      await click(submitButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0);
      await expect(element).to.be.accessible();
    });

    it('asks the page to sign the citizen in on 401', async () => {
      worker.use(...petitionDiscovery(), ...petitionScenarios.open, ...signatureScenarios.authRequired);
      const heard: CivicAuthRequiredDetail[] = [];
      const element = await fixture<CivicSignatureForm>(
        html`<civic-signature-form
          petition=${uniqueId('auth')}
          api-base=${API}
          @civic-auth-required=${(event: CustomEvent<CivicAuthRequiredDetail>) => heard.push(event.detail)}
        ></civic-signature-form>`,
      );
      await loaded(element);
      fillIn(element, VALID);
      await click(submitButton(element));
      await waitUntil(() => heard.length === 1, 'no civic-auth-required');
      expect(heard).to.deep.equal([{ reason: 'sign' }]);
      await element.updateComplete;
      expect(byRole(element, 'alert').textContent).to.contain('Sign in to sign this petition.');
    });

    it('says the petition no longer accepts signatures (403 closed)', async () => {
      const element = await signatureForm({ signatures: signatureScenarios.closed });
      fillIn(element, VALID);
      await click(submitButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0);
      expect(byRole(element, 'alert').textContent).to.contain('This petition no longer accepts signatures.');
      expect(() => byRole(element, 'button', 'Try again')).to.throw();
    });
  });

  describe('when the petition cannot be signed', () => {
    it('passes the axe audit', async () => {
      await expect(await signatureForm({ petitions: petitionScenarios.closed })).to.be.accessible();
    });

    const cases = [
      [
        'is closed',
        petitionScenarios.closed,
        /This petition closed on \w+ \d{1,2}, \d{4} and no longer accepts signatures\./,
      ],
      ['was rejected', petitionScenarios.rejected, /This petition was rejected, so it cannot be signed\./],
      ['is not open yet', petitionScenarios.notYetOpen, /This petition is not open for signatures yet\./],
      ['no longer exists', petitionScenarios.notFound, /This petition is no longer available/],
    ] as const;
    for (const [name, petitions, message] of cases) {
      it(`explains why instead of showing the form when it ${name}`, async () => {
        const element = await signatureForm({ petitions });
        expect(visibleText(element)).to.match(message);
        expect(element.shadowRoot!.querySelector('form')).to.equal(null);
      });
    }
  });

  describe('in Russian and Kazakh', () => {
    it('passes the axe audit', async () => {
      const element = await signatureForm({ lang: 'kk', petitions: petitionScenarios.kazakh });
      await click(byRole(element, 'button', 'Петицияға қол қою'));
      await element.updateComplete;
      expect(accessibleName(byRole(element, 'alert'))).to.equal('Қателер табылды');
      await expect(element).to.be.accessible();
    });

    it('labels, explains and reports errors in Russian', async () => {
      const element = await signatureForm({ lang: 'ru', petitions: petitionScenarios.russian });
      expect(field(element, 'Фамилия и имя')).to.exist;
      expect(field(element, 'Мне исполнилось 16 лет')).to.exist;
      await click(byRole(element, 'button', 'Подписать петицию'));
      await element.updateComplete;
      expect(accessibleName(byRole(element, 'alert'))).to.equal('Обнаружены ошибки');
      expect(
        element.shadowRoot!.getElementById('f-name-error')!.textContent!.replace(/\s+/g, ' ').trim(),
      ).to.equal('Ошибка: Введите фамилию и имя');
    });

    it('speaks Kazakh', async () => {
      const element = await signatureForm({ lang: 'kk', petitions: petitionScenarios.kazakh });
      expect(byRole(element, 'heading', 'Петицияға қол қою')).to.exist;
      expect(field(element, 'Маған 16 жас толды')).to.exist;
      expect(field(element, 'Мен Алматыда тұрамын, жұмыс істеймін немесе оқимын.')).to.exist;
    });
  });

  describe('with hostile text from the backend', () => {
    it('passes the axe audit', async () => {
      await expect(await signatureForm({ petitions: petitionScenarios.hostile })).to.be.accessible();
    });

    it('shows the statement and the options as text', async () => {
      const element = await signatureForm({ petitions: petitionScenarios.hostile });
      expect(field(element, `${HOSTILE} Statement`)).to.exist;
      const region = field(element, 'Region') as HTMLSelectElement;
      expect(region.options[1]!.textContent).to.equal(`${HOSTILE} Option`);
      expect(element.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    });
  });

  describe('with direction marks in the text from the backend', () => {
    it('isolates the statement to confirm and the choices', async () => {
      const statement = `${HOSTILE_NAMES.breakout} statement`;
      const choice = `${HOSTILE_NAMES.override} choice`;
      const marked = petitionAsking(
        [{ name: 'region', required: true, options: [{ value: 'X', label: choice }] }],
        {
          eligibilityStatement: statement,
        },
      );
      const element = await signatureForm({ petitions: marked });
      expect(isolation(element, statement), 'statement').to.deep.equal({ found: 1, bare: 0 });
      expect(isolation(element, choice), 'choice').to.deep.equal({ found: 1, bare: 0 });
    });
  });

  describe('when the petition fails to load', () => {
    it('passes the axe audit', async () => {
      await expect(await signatureForm({ petitions: petitionScenarios.malformed })).to.be.accessible();
    });

    it('shows the error state for malformed data, without an uncaught exception', async () => {
      const uncaught = watchUncaught();
      try {
        const element = await signatureForm({ petitions: petitionScenarios.malformed });
        expect(byRole(element, 'alert').textContent).to.contain('The server sent data we could not read');
        worker.resetHandlers(...petitionDiscovery(), ...petitionScenarios.open);
        await click(byRole(element, 'button', 'Try again'));
        await waitUntil(() => element.shadowRoot!.querySelector('form'), 'the form did not load');
        await aTimeout(50);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.stop();
      }
    });
  });

  it('fires no events when the page only sets properties', async () => {
    const heard: string[] = [];
    const element = await signatureForm();
    for (const type of ['civic-signed', 'civic-auth-required', 'civic-load-error']) {
      element.addEventListener(type, () => heard.push(type));
    }
    element.headingLevel = 3;
    element.resendDelay = 5;
    await element.updateComplete;
    await aTimeout(50);
    expect(heard).to.deep.equal([]);
  });
});
