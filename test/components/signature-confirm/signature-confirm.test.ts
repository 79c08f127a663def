/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import type { RequestHandler } from 'msw';
import '../../../src/index.js';
import type { CivicSignatureConfirm } from '../../../src/components/signature-confirm/signature-confirm.js';
import type { CivicSignatureConfirmedDetail } from '../../../src/events/civic-signature-confirmed.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { openPetition, petitionStates } from '../../mocks/fixtures/petition-states.js';
import {
  confirmHandlers,
  confirmScenarios,
  petitionDiscovery,
  petitionHandlers,
  petitionScenarios,
} from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { HOSTILE_NAMES, isolation } from '../../internal/bidi-support.js';
import { accessibleName, allByRole, byRole, visibleText } from '../support.js';

const API = '/api/v1';
const TOKEN = 'kX9d2VqP0sLmN4bR7tYw1eZc';

interface ConfirmOptions {
  confirmations?: RequestHandler[];
  petitions?: RequestHandler[];
  token?: string | null;
  lang?: string;
}

async function confirmWidget(options: ConfirmOptions = {}): Promise<CivicSignatureConfirm> {
  worker.use(
    ...petitionDiscovery(),
    ...(options.petitions ?? petitionScenarios.thresholdReached),
    ...(options.confirmations ?? confirmScenarios.confirmed),
  );
  const token = options.token === undefined ? TOKEN : options.token;
  const element = await fixture<CivicSignatureConfirm>(
    html`<civic-signature-confirm
      token=${token ?? nothing}
      api-base=${API}
      lang=${options.lang ?? nothing}
    ></civic-signature-confirm>`,
  );
  await element.updateComplete;
  return element;
}

/** Records the Idempotency-Key and body of each confirmation request. */
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

function confirmButton(element: CivicSignatureConfirm): HTMLElement {
  return byRole(element, 'button', /^(Confirm my signature|Try again|Confirming…)$/);
}

async function confirmed(element: CivicSignatureConfirm): Promise<void> {
  await waitUntil(() => visibleText(element).includes('your signature is confirmed'), 'not confirmed', {
    timeout: 4000,
  });
}

describe('<civic-signature-confirm>', function () {
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
    await expect(await confirmWidget()).to.be.accessible();
  });

  describe('by default', () => {
    it('asks for a button press and sends nothing before it (mail scanners open links)', async () => {
      const seen = recorder();
      const element = await confirmWidget({ confirmations: confirmHandlers({ onRequest: seen.onRequest }) });
      expect(byRole(element, 'heading', 'Confirm your signature')).to.exist;
      expect(visibleText(element)).to.contain('Press the button to confirm your signature.');
      expect(confirmButton(element).textContent!.trim()).to.equal('Confirm my signature');
      await aTimeout(300);
      expect(seen.keys).to.deep.equal([]);
    });

    it('reads the token from the page address when it has no attribute', async () => {
      const seen = recorder();
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?token=${TOKEN}X`);
      try {
        const element = await confirmWidget({
          token: null,
          confirmations: confirmHandlers({ onRequest: seen.onRequest }),
        });
        await click(confirmButton(element));
        await confirmed(element);
        await waitUntil(() => seen.bodies.length === 1);
        expect(seen.bodies[0]).to.deep.equal({ token: `${TOKEN}X` });
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('explains a link that lost its token', async () => {
      const element = await confirmWidget({ token: null });
      expect(visibleText(element)).to.contain('This confirmation link is incomplete.');
      expect(allByRole(element, 'button')).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  });

  describe('once confirmed', () => {
    it('passes the axe audit', async () => {
      const element = await confirmWidget();
      await click(confirmButton(element));
      await confirmed(element);
      await expect(element).to.be.accessible();
    });

    it('thanks the citizen, names the petition and gives its new count, and fires civic-signature-confirmed', async () => {
      const seen = recorder();
      worker.use(
        ...petitionDiscovery(),
        ...petitionScenarios.thresholdReached,
        ...confirmHandlers({ onRequest: seen.onRequest }),
      );
      const heard: CivicSignatureConfirmedDetail[] = [];
      const element = await fixture<CivicSignatureConfirm>(
        html`<civic-signature-confirm
          token=${TOKEN}
          api-base=${API}
          @civic-signature-confirmed=${(event: CustomEvent<CivicSignatureConfirmedDetail>) => heard.push(event.detail)}
        ></civic-signature-confirm>`,
      );
      confirmButton(element).focus();
      await sendKeys({ press: 'Enter' });
      await confirmed(element);
      await element.updateComplete;

      const title = byRole(element, 'heading', 'Thank you, your signature is confirmed');
      expect(element.shadowRoot!.activeElement).to.equal(title);
      const link = byRole(element, 'link', 'Build protected bike lanes on Abai Avenue');
      expect(link.getAttribute('href')).to.equal('https://participate.example.kz/petitions/241584');
      expect(visibleText(element)).to.contain('The petition now has 10,763 signatures.');
      expect(heard).to.deep.equal([{ petitionId: '241584' }]);
      await waitUntil(() => seen.bodies.length === 1);
      expect(seen.bodies).to.deep.equal([{ token: TOKEN }]);
    });

    it('still thanks the citizen when the petition itself cannot be read', async () => {
      const element = await confirmWidget({ petitions: petitionScenarios.error });
      await click(confirmButton(element));
      await confirmed(element);
      expect(visibleText(element)).to.contain('The petition now has 10,763 signatures.');
    });
  });

  describe('with an expired or unknown link (410)', () => {
    it('passes the axe audit', async () => {
      const element = await confirmWidget({ confirmations: confirmScenarios.invalidToken });
      await click(confirmButton(element));
      await waitUntil(() => visibleText(element).includes('expired'));
      await expect(element).to.be.accessible();
    });

    it('says so clearly and what to do next', async () => {
      const element = await confirmWidget({ confirmations: confirmScenarios.invalidToken });
      await click(confirmButton(element));
      await waitUntil(() => visibleText(element).includes('expired'));
      await element.updateComplete;
      const title = byRole(element, 'heading', 'This link has expired or is not valid');
      expect(element.shadowRoot!.activeElement).to.equal(title);
      expect(visibleText(element)).to.contain('fill in the petition form again');
      expect(allByRole(element, 'button')).to.have.length(0);
    });

    it('does not send a token that cannot be valid', async () => {
      const seen = recorder();
      const element = await confirmWidget({
        token: 'short',
        confirmations: confirmHandlers({ onRequest: seen.onRequest }),
      });
      await click(confirmButton(element));
      await element.updateComplete;
      expect(byRole(element, 'heading', 'This link has expired or is not valid')).to.exist;
      expect(seen.keys).to.deep.equal([]);
    });
  });

  describe('when the server cannot be reached', () => {
    it('passes the axe audit', async () => {
      const element = await confirmWidget({ confirmations: confirmScenarios.networkError });
      await click(confirmButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0, 'no alert', { timeout: 4000 });
      await expect(element).to.be.accessible();
    });

    it('says it is not confirmed yet and confirms on "Try again" with the same key', async () => {
      const seen = recorder();
      const element = await confirmWidget({
        confirmations: confirmHandlers({ failures: 3, onRequest: seen.onRequest }),
      });
      await click(confirmButton(element));
      await waitUntil(() => allByRole(element, 'alert').length > 0, 'no alert', { timeout: 4000 });
      await element.updateComplete;
      const alert = byRole(element, 'alert');
      expect(element.shadowRoot!.activeElement).to.equal(alert);
      expect(alert.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Error: Your signature has not been confirmed yet',
      );
      expect(alert.textContent).to.contain('We could not reach the server.');
      await click(byRole(element, 'button', 'Try again'));
      await confirmed(element);
      expect(seen.keys).to.have.length(4);
      expect(new Set(seen.keys).size).to.equal(1);
    });

    it('cannot be pressed twice while confirming', async () => {
      const seen = recorder();
      const element = await confirmWidget({
        confirmations: confirmHandlers({ latency: 400, onRequest: seen.onRequest }),
      });
      const button = confirmButton(element);
      await click(button);
      await element.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(accessibleName(button)).to.equal('Confirming…');
      await click(button);
      await confirmed(element);
      expect(seen.keys).to.have.length(1);
    });
  });

  it('says when the petition closed before the signature was confirmed', async () => {
    const element = await confirmWidget({ confirmations: confirmScenarios.closed });
    await click(confirmButton(element));
    await waitUntil(() => visibleText(element).includes('closed'));
    expect(visibleText(element)).to.contain(
      'This petition has closed, so signatures can no longer be confirmed.',
    );
    await expect(element).to.be.accessible();
  });

  describe('in Russian and Kazakh', () => {
    it('passes the axe audit', async () => {
      await expect(await confirmWidget({ lang: 'kk' })).to.be.accessible();
    });

    it('confirms in Russian, with Russian plural forms', async () => {
      const element = await confirmWidget({
        lang: 'ru',
        petitions: petitionHandlers(petitionStates.russian),
        confirmations: confirmHandlers({ petition: petitionStates.russian }),
      });
      await click(byRole(element, 'button', 'Подтвердить мою подпись'));
      await waitUntil(() => visibleText(element).includes('подтверждена'));
      expect(visibleText(element)).to.contain('Сейчас у петиции 10 763 подписи.');
    });

    it('speaks Kazakh', async () => {
      const element = await confirmWidget({ lang: 'kk' });
      expect(byRole(element, 'heading', 'Қолтаңбаңызды растаңыз')).to.exist;
      expect(byRole(element, 'button', 'Қолтаңбамды растау')).to.exist;
    });
  });

  for (const [place, url] of [
    ['its link', 'https://participate.example.kz/petitions/241584'],
    ['its name without a page', null],
  ] as const) {
    it(`isolates a petition title with direction marks in ${place}`, async () => {
      const petition = () => openPetition({ title: HOSTILE_NAMES.breakout, url });
      const element = await confirmWidget({
        petitions: petitionHandlers(petition),
        confirmations: confirmHandlers({ petition }),
      });
      await click(confirmButton(element));
      await confirmed(element);
      await waitUntil(() => visibleText(element).includes('gnp.exe'));
      expect(isolation(element, HOSTILE_NAMES.breakout)).to.deep.equal({ found: 1, bare: 0 });
    });
  }

  it('shows a hostile petition title as text', async () => {
    const element = await confirmWidget({
      petitions: petitionScenarios.hostile,
      confirmations: confirmHandlers({ petition: petitionStates.hostile }),
    });
    await click(confirmButton(element));
    await confirmed(element);
    await waitUntil(() => visibleText(element).includes('Title'));
    expect(visibleText(element)).to.contain('<img src=x onerror=alert(1)> Title');
    expect(element.shadowRoot!.querySelectorAll('img')).to.have.length(0);
  });
});
