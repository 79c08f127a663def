/// <reference types="mocha" />
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import type { CivicClient } from '../../../src/client/index.js';
import { CivicProvider } from '../../../src/components/provider/provider.js';
import { CivicElement } from '../../../src/internal/civic-element.js';
import { uniqueTag } from '../../internal/support.js';

const CITY_API = 'https://participate.city.test/api/v1';
const OTHER_API = 'https://other.city.test/api/v1';

/** A widget that shows which backend it talks to. */
class ClientProbe extends CivicElement {
  get effectiveClient(): CivicClient | undefined {
    return this.client;
  }

  get language(): string {
    return this.localize.language;
  }

  override render() {
    return html`<p>${this.client?.baseUrl ?? 'no backend'}</p>`;
  }
}

/** Defines a fresh probe class under a new tag; a class can be registered only once. */
function defineProbe(tag = uniqueTag('x-client-probe')): string {
  customElements.define(tag, class extends ClientProbe {});
  return tag;
}

function defineProvider(tag = uniqueTag('x-test-provider')): string {
  customElements.define(tag, class extends CivicProvider {});
  return tag;
}

/**
 * Whether two widgets share one client. Compared as a boolean: a failing `expect(client)` would
 * make the test runner serialize the client's functions, which stalls the browser session.
 */
function sameClient(a: ClientProbe, b: CivicClient | ClientProbe | undefined): boolean {
  const other = b instanceof ClientProbe ? b.effectiveClient : b;
  return a.effectiveClient !== undefined && a.effectiveClient === other;
}

/** Requests made through a fake `fetch`, answered with an empty 200. */
function recordingFetch(): { readonly requests: Request[]; readonly fetch: typeof fetch } {
  const requests: Request[] = [];
  return {
    requests,
    fetch: async (input, init) => {
      requests.push(new Request(input, init));
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  };
}

const PROBE = defineProbe('x-client-probe');

describe('<civic-provider>', () => {
  it('passes the axe audit', async () => {
    const provider = await fixture<CivicProvider>(
      html`<civic-provider api-base=${CITY_API}><p>City participation</p></civic-provider>`,
    );
    await expect(provider).to.be.accessible();
  });

  it('lays out its children as if it were not there', async () => {
    const provider = await fixture<CivicProvider>(html`<civic-provider><p>Content</p></civic-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('gives the widgets inside a client for its api-base', async () => {
    const provider = await fixture<CivicProvider>(html`
      <civic-provider api-base=${CITY_API}
        ><x-client-probe></x-client-probe><x-client-probe></x-client-probe
      ></civic-provider>
    `);
    const [first, second] = provider.querySelectorAll<ClientProbe>(PROBE);
    expect(first!.effectiveClient?.baseUrl).to.equal(CITY_API);
    expect(sameClient(second!, first!), 'both widgets share the client').to.equal(true);
  });

  describe('when widgets upgrade in any order', () => {
    it('resolves the same client for a widget defined before the provider and one added after', async () => {
      const earlyTag = uniqueTag('x-early-probe');
      const providerTag = uniqueTag('x-late-provider');
      const container = fixtureSync<HTMLElement>(html`<div></div>`);
      const provider = document.createElement(providerTag) as CivicProvider;
      provider.setAttribute('api-base', CITY_API);
      const early = document.createElement(earlyTag) as ClientProbe;
      provider.append(early);
      container.append(provider);

      defineProbe(earlyTag);
      await early.updateComplete;
      expect(early.effectiveClient === undefined, 'no provider is defined yet').to.equal(true);

      defineProvider(providerTag);
      await waitUntil(() => early.effectiveClient !== undefined, 'the early widget never got a client');

      const late = document.createElement(PROBE) as ClientProbe;
      provider.append(late);
      await late.updateComplete;

      expect(early.effectiveClient!.baseUrl).to.equal(CITY_API);
      expect(sameClient(late, early), 'early and late widgets share the client').to.equal(true);
      expect(early.shadowRoot!.textContent).to.contain(CITY_API);
    });
  });

  describe('when the page changes it', () => {
    it('makes a new client when api-base changes', async () => {
      const provider = await fixture<CivicProvider>(html`
        <civic-provider api-base=${CITY_API}><x-client-probe></x-client-probe></civic-provider>
      `);
      const probe = provider.querySelector<ClientProbe>(PROBE)!;
      const first = probe.effectiveClient;

      provider.setAttribute('api-base', OTHER_API);
      await waitUntil(() => probe.effectiveClient?.baseUrl === OTHER_API, 'the widget kept the old backend');
      expect(sameClient(probe, first), 'the old client is dropped').to.equal(false);
      await waitUntil(
        () => probe.shadowRoot!.textContent!.includes(OTHER_API),
        'the widget did not re-render',
      );
    });

    it('hands the widgets a client the page made itself', async () => {
      const own = createClient({ baseUrl: OTHER_API });
      const provider = await fixture<CivicProvider>(html`
        <civic-provider api-base=${CITY_API} .client=${own}><x-client-probe></x-client-probe></civic-provider>
      `);
      expect(
        sameClient(provider.querySelector<ClientProbe>(PROBE)!, own),
        'the page’s client is used',
      ).to.equal(true);
    });

    it('sends the page’s token and the language with requests', async () => {
      const recorder = recordingFetch();
      const provider = await fixture<CivicProvider>(html`
        <civic-provider api-base=${CITY_API} locale="kk" .fetch=${recorder.fetch}>
          <x-client-probe></x-client-probe>
        </civic-provider>
      `);
      const client = provider.querySelector<ClientProbe>(PROBE)!.effectiveClient!;

      await client.discover().catch(() => undefined);
      expect(recorder.requests[0]!.headers.get('Authorization')).to.equal(null);

      provider.getToken = () => 'citizen-token';
      provider.locale = 'ru';
      await provider.updateComplete;
      const probe = provider.querySelector<ClientProbe>(PROBE)!;
      expect(sameClient(probe, client), 'a new token must not need a new client').to.equal(true);
      await probe.effectiveClient!.discover().catch(() => undefined);
      const last = recorder.requests.at(-1)!;
      expect(last.headers.get('Authorization')).to.equal('Bearer citizen-token');
      expect(last.headers.get('Accept-Language')).to.equal('ru');
    });
  });

  describe('when nested', () => {
    it('passes on the outer backend and switches only the language', async () => {
      const outer = await fixture<CivicProvider>(html`
        <civic-provider api-base=${CITY_API} locale="en">
          <civic-provider locale="kk"><x-client-probe></x-client-probe></civic-provider>
          <x-client-probe></x-client-probe>
        </civic-provider>
      `);
      const [inner, outerProbe] = outer.querySelectorAll<ClientProbe>(PROBE);
      await inner!.updateComplete;
      expect(sameClient(inner!, outerProbe!), 'the inner widget uses the outer client').to.equal(true);
      expect(inner!.effectiveClient?.baseUrl).to.equal(CITY_API);
      expect(inner!.language).to.equal('kk');
      expect(outerProbe!.language).to.equal('en');
    });
  });
});

describe('a widget’s own api-base', () => {
  it('gives a widget used alone a client', async () => {
    const probe = await fixture<ClientProbe>(html`<x-client-probe api-base=${OTHER_API}></x-client-probe>`);
    expect(probe.effectiveClient?.baseUrl).to.equal(OTHER_API);
    expect(probe.shadowRoot!.textContent).to.contain(OTHER_API);
  });

  it('wins over the provider’s client', async () => {
    const provider = await fixture<CivicProvider>(html`
      <civic-provider api-base=${CITY_API}
        ><x-client-probe api-base=${OTHER_API}></x-client-probe
      ></civic-provider>
    `);
    expect(provider.querySelector<ClientProbe>(PROBE)!.effectiveClient?.baseUrl).to.equal(OTHER_API);
  });

  it('uses the widget’s own token callback', async () => {
    const recorder = recordingFetch();
    const original = globalThis.fetch;
    globalThis.fetch = recorder.fetch;
    try {
      const probe = await fixture<ClientProbe>(
        html`<x-client-probe api-base=${OTHER_API} lang="kk"></x-client-probe>`,
      );
      probe.getToken = () => 'widget-token';
      await probe.effectiveClient!.discover().catch(() => undefined);
    } finally {
      globalThis.fetch = original;
    }
    expect(recorder.requests[0]!.headers.get('Authorization')).to.equal('Bearer widget-token');
    expect(recorder.requests[0]!.headers.get('Accept-Language')).to.equal('kk');
  });

  it('leaves a widget with neither provider nor api-base without a client', async () => {
    const probe = await fixture<ClientProbe>(html`<x-client-probe></x-client-probe>`);
    expect(probe.effectiveClient === undefined, 'no client').to.equal(true);
    expect(probe.shadowRoot!.textContent).to.contain('no backend');
  });
});
