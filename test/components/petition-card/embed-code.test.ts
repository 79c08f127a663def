/// <reference types="mocha" />
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/index.js';
import {
  DEFAULT_SCRIPT_URL,
  declaredIntegrity,
  embedScriptUrl,
  scriptIntegrity,
} from '../../../src/components/petition-card/embed-code.js';
import type { CivicPetitionCard } from '../../../src/components/petition-card/petition-card.js';
import { LOADER_INFO } from '../../../src/internal/loader-info.js';
import { VERSION } from '../../../src/version.js';
import { startMockWorker, worker } from '../../mocks/browser.js';
import { petitionDiscovery, petitionScenarios } from '../../mocks/petition-scenarios.js';
import { click } from '../../internal/support.js';
import { byRole, loaded, uniqueId } from '../support.js';

/*
 * "Get embed code" gives a snippet that works on another site: an absolute script URL (the host's
 * choice, else the CDN loader's, else the public CDN's for this version), its integrity hash, and
 * crossorigin="anonymous". When the hash cannot be worked out here, the code says so beside it.
 */

const API = '/api/v1';
const SCRIPT_BODY = "export const kit = 'civic-widgets';\n";
/** SHA-384 of SCRIPT_BODY, base64 (computed apart with Node's crypto). */
const SCRIPT_SRI = 'sha384-g4Tv0Nz/ldW6AhwoyhAcdNJQy+b7Ss4KO7cg7y6iNdbEUK1ZFLwFn4SJd+A2HlAu';

function serveScript(url: string) {
  return http.get(
    url,
    () =>
      new HttpResponse(SCRIPT_BODY, {
        headers: { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' },
      }),
  );
}

/** Sets what the CDN loader tells the widgets, for one test. */
function withLoader(url: string | undefined): void {
  const slot = globalThis as { [LOADER_INFO]?: unknown };
  if (url === undefined) delete slot[LOADER_INFO];
  else slot[LOADER_INFO] = { url };
}

async function openEmbedCode(element: CivicPetitionCard): Promise<HTMLTextAreaElement> {
  await loaded(element);
  await click(byRole(element, 'button', 'Get embed code'));
  return byRole(element, 'textbox', 'Embed code') as HTMLTextAreaElement;
}

function scriptLine(code: HTMLTextAreaElement): string {
  return code.value.split('\n')[0]!;
}

describe('the petition card’s embed code', () => {
  before(() => startMockWorker());
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
    withLoader(undefined);
    for (const script of Array.from(document.querySelectorAll('script[data-test-kit]'))) script.remove();
  });

  describe('embedScriptUrl', () => {
    it('is the public CDN URL of this version inside an npm user’s bundle', () => {
      expect(DEFAULT_SCRIPT_URL).to.equal(
        `https://cdn.jsdelivr.net/npm/civic-widgets@${VERSION}/dist/cdn/civic-widgets.js`,
      );
      expect(embedScriptUrl(undefined)).to.equal(DEFAULT_SCRIPT_URL);
    });

    it('is the CDN loader’s own URL when the loader loaded the kit', () => {
      withLoader('https://widgets.city.example/kit/civic-widgets.js');
      expect(embedScriptUrl(undefined)).to.equal('https://widgets.city.example/kit/civic-widgets.js');
    });

    it('is the page’s own script of the kit when there is no loader (the one-file bundle)', () => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.testKit = '';
      script.src = 'https://widgets.city.example/kit/civic-widgets.all.js';
      document.head.append(script);
      expect(embedScriptUrl(undefined)).to.equal('https://widgets.city.example/kit/civic-widgets.all.js');
    });

    it('is the host’s choice, made absolute, before anything else', () => {
      withLoader('https://widgets.city.example/kit/civic-widgets.js');
      expect(embedScriptUrl('/assets/civic-widgets.js')).to.equal(
        `${location.origin}/assets/civic-widgets.js`,
      );
    });
  });

  describe('scriptIntegrity', () => {
    it('takes the integrity the page gives that script', async () => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.testKit = '';
      script.src = 'https://widgets.city.example/kit/pinned.js';
      script.setAttribute('integrity', 'sha384-fromThePage');
      document.head.append(script);
      expect(declaredIntegrity('https://widgets.city.example/kit/pinned.js')).to.equal('sha384-fromThePage');
      expect(await scriptIntegrity('https://widgets.city.example/kit/pinned.js')).to.equal(
        'sha384-fromThePage',
      );
    });

    it('computes SHA-384 of the script otherwise', async () => {
      worker.use(serveScript('https://widgets.city.example/kit/computed.js'));
      expect(await scriptIntegrity('https://widgets.city.example/kit/computed.js')).to.equal(SCRIPT_SRI);
    });

    it('never fetches the public CDN default, a host the page did not name (strict connect-src)', async () => {
      let requests = 0;
      worker.use(
        http.get(DEFAULT_SCRIPT_URL, () => {
          requests += 1;
          return new HttpResponse(SCRIPT_BODY, { headers: { 'Access-Control-Allow-Origin': '*' } });
        }),
      );
      expect(await scriptIntegrity(DEFAULT_SCRIPT_URL)).to.equal(undefined);
      expect(requests).to.equal(0);
    });

    it('is undefined when the script cannot be read from here, and tried again next time', async () => {
      const url = 'https://widgets.city.example/kit/later.js';
      worker.use(http.get(url, () => HttpResponse.error()));
      expect(await scriptIntegrity(url)).to.equal(undefined);
      worker.resetHandlers();
      worker.use(serveScript(url));
      expect(await scriptIntegrity(url)).to.equal(SCRIPT_SRI);
    });
  });

  describe('in the card', () => {
    it('pins the host’s script with its integrity and crossorigin="anonymous"', async () => {
      const url = 'https://widgets.city.example/kit/v1/civic-widgets.js';
      worker.use(...petitionDiscovery(), ...petitionScenarios.open, serveScript(url));
      const element = await fixture<CivicPetitionCard>(
        html`<civic-petition-card
          petition=${uniqueId('embed')}
          api-base=${API}
          embed-script=${url}
        ></civic-petition-card>`,
      );
      const code = await openEmbedCode(element);
      await waitUntil(() => code.value.includes('integrity='), 'no integrity hash');
      expect(scriptLine(code)).to.equal(
        `<script type="module" src="${url}" integrity="${SCRIPT_SRI}" crossorigin="anonymous"></script>`,
      );
      expect(element.shadowRoot!.querySelector('#embed-integrity')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('takes <civic-provider embed-script> for every card inside, a card’s own winning', async () => {
      const fromProvider = 'https://widgets.city.example/kit/provider.js';
      const own = 'https://widgets.city.example/kit/own.js';
      worker.use(
        ...petitionDiscovery(),
        ...petitionScenarios.open,
        serveScript(fromProvider),
        serveScript(own),
      );
      const page = await fixture<HTMLElement>(html`
        <civic-provider api-base=${API} embed-script=${fromProvider}>
          <div>
            <civic-petition-card petition=${uniqueId('embed')}></civic-petition-card>
            <civic-petition-card petition=${uniqueId('embed')} embed-script=${own}></civic-petition-card>
          </div>
        </civic-provider>
      `);
      const [inherits, overrides] = Array.from(page.querySelectorAll('civic-petition-card'));
      expect(scriptLine(await openEmbedCode(inherits!))).to.contain(`src="${fromProvider}"`);
      expect(scriptLine(await openEmbedCode(overrides!))).to.contain(`src="${own}"`);
    });

    it('uses the CDN loader’s URL and the page’s integrity for it', async () => {
      const loader = 'https://widgets.city.example/kit/loader/civic-widgets.js';
      withLoader(loader);
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.testKit = '';
      script.src = loader;
      script.setAttribute('integrity', 'sha384-pinnedByThePage');
      document.head.append(script);
      worker.use(...petitionDiscovery(), ...petitionScenarios.open);
      const element = await fixture<CivicPetitionCard>(
        html`<civic-petition-card petition=${uniqueId('embed')} api-base=${API}></civic-petition-card>`,
      );
      const code = await openEmbedCode(element);
      await waitUntil(() => code.value.includes('integrity='), 'no integrity hash');
      expect(scriptLine(code)).to.equal(
        `<script type="module" src="${loader}" integrity="sha384-pinnedByThePage" crossorigin="anonymous"></script>`,
      );
    });

    it('leaves integrity out when it cannot be computed, and says so beside the code', async () => {
      const url = 'https://widgets.city.example/kit/unreachable.js';
      worker.use(
        ...petitionDiscovery(),
        ...petitionScenarios.open,
        http.get(url, () => HttpResponse.error()),
      );
      const element = await fixture<CivicPetitionCard>(
        html`<civic-petition-card
          petition=${uniqueId('embed')}
          api-base=${API}
          embed-script=${url}
          lang="ru"
        ></civic-petition-card>`,
      );
      await loaded(element);
      await click(byRole(element, 'button', 'Получить код для вставки'));
      const code = byRole(element, 'textbox', 'Код для вставки') as HTMLTextAreaElement;
      await waitUntil(
        () => element.shadowRoot!.querySelector('#embed-integrity')?.textContent?.includes('нет хеша'),
        'no note about the missing hash',
      );
      expect(scriptLine(code)).to.equal(
        `<script type="module" src="${url}" crossorigin="anonymous"></script>`,
      );
      expect(code.getAttribute('aria-describedby')).to.equal('embed-hint embed-integrity');
      await expect(element).to.be.accessible();
    });
  });
});
