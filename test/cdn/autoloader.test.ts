/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { startAutoloader } from '../../src/cdn/autoloader.js';
import type { ChunkGraph } from '../../src/cdn/chunk-graph.js';
import { loaderInfo } from '../../src/internal/loader-info.js';
import type { LoaderInfo } from '../../src/internal/loader-info.js';
import { captureWarnings } from '../internal/support.js';

/*
 * The loader's logic with a made-up chunk graph: which chunks it imports, when, and what it
 * preloads with which integrity. The real build's graph is checked end to end in
 * test/e2e/cdn-loader.node.test.ts.
 */

const BASE = 'https://cdn.example/civic/1.0.0/civic-widgets.js';

const GRAPH: ChunkGraph = {
  elements: {
    'civic-alpha': 'alpha-1.js',
    'civic-beta': 'beta-1.js',
    'civic-broken': 'broken-1.js',
  },
  languages: { en: 'lang-en-1.js', kk: 'lang-kk-1.js' },
  imports: {
    'alpha-1.js': ['core-1.js', 'lit-1.js'],
    'beta-1.js': ['core-1.js'],
    'lang-kk-1.js': ['cldr-1.js'],
  },
  integrity: {
    'alpha-1.js': 'sha384-alpha',
    'beta-1.js': 'sha384-beta',
    'core-1.js': 'sha384-core',
    'lit-1.js': 'sha384-lit',
    'lang-en-1.js': 'sha384-en',
    'lang-kk-1.js': 'sha384-kk',
    'cldr-1.js': 'sha384-cldr',
  },
};

const url = (file: string) => new URL(file, BASE).href;

/** What the page's `<link rel="modulepreload">` elements ask for: URL → integrity. */
function preloads(): Record<string, string> {
  return Object.fromEntries(
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => [
      link.href,
      link.integrity,
    ]),
  );
}

describe('the CDN loader', () => {
  const imported: string[] = [];
  let info: LoaderInfo;
  let warnings: ReturnType<typeof captureWarnings>;
  const errors: unknown[][] = [];
  const consoleError = console.error;

  before(() => {
    warnings = captureWarnings();
    console.error = (...args: unknown[]) => errors.push(args);
    document.documentElement.lang = 'kk-KZ';
    info = startAutoloader({
      graph: GRAPH,
      url: BASE,
      importModule: async (chunk) => {
        imported.push(chunk);
        if (chunk === url('broken-1.js')) throw new TypeError('Failed to fetch dynamically imported module');
        const tag = Object.entries(GRAPH.elements).find(([, file]) => url(file) === chunk)?.[0];
        if (tag && !customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
      },
    });
  });

  after(() => {
    warnings.restore();
    console.error = consoleError;
    document.documentElement.lang = 'en';
  });

  it('tells the widgets where it was loaded from', () => {
    expect(loaderInfo()?.url).to.equal(BASE);
    expect(loaderInfo()?.observe).to.be.a('function');
  });

  it('imports nothing while the page has no widget', () => {
    expect(imported).to.deep.equal([]);
    expect(preloads()).to.deep.equal({});
  });

  it('imports a widget the first time its tag appears, after preloading it and its imports with their hashes', async () => {
    const first = document.createElement('civic-alpha');
    const second = document.createElement('civic-alpha');
    document.body.append(first, second);
    await waitUntil(() => customElements.get('civic-alpha') !== undefined, 'civic-alpha defined');
    expect(imported).to.deep.equal([url('alpha-1.js')]);
    expect(preloads()).to.deep.include({
      [url('alpha-1.js')]: 'sha384-alpha',
      [url('core-1.js')]: 'sha384-core',
      [url('lit-1.js')]: 'sha384-lit',
    });
    first.remove();
    second.remove();
  });

  it("preloads the strings of the page's language with the first widget, and no other language", () => {
    expect(preloads()).to.deep.include({
      [url('lang-kk-1.js')]: 'sha384-kk',
      [url('cldr-1.js')]: 'sha384-cldr',
    });
    expect(Object.keys(preloads())).not.to.include(url('lang-en-1.js'));
  });

  it('preloads a language a widget asks for later, once', () => {
    info.languageRequested?.('en');
    info.languageRequested?.('en');
    expect(preloads()[url('lang-en-1.js')]).to.equal('sha384-en');
    const links = document.head.querySelectorAll(`link[href="${url('lang-en-1.js')}"]`);
    expect(links).to.have.length(1);
  });

  it('shares chunks between widgets: a second widget preloads only what is new', async () => {
    const before = document.head.querySelectorAll('link[rel="modulepreload"]').length;
    const beta = document.createElement('civic-beta');
    document.body.append(beta);
    await waitUntil(() => customElements.get('civic-beta') !== undefined, 'civic-beta defined');
    expect(document.head.querySelectorAll('link[rel="modulepreload"]').length).to.equal(before + 1);
    expect(preloads()[url('beta-1.js')]).to.equal('sha384-beta');
    beta.remove();
  });

  it('defines widgets that appear in the shadow root of a widget it is told about', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    info.observe?.(root);
    const inner = document.createElement('civic-beta');
    const nested = document.createElement('section');
    nested.innerHTML = '<civic-alpha></civic-alpha>';
    root.append(inner, nested);
    await waitUntil(() => inner.matches(':defined') && nested.firstElementChild!.matches(':defined'));
    host.remove();
  });

  it('leaves tags it does not know alone', async () => {
    const stranger = document.createElement('civic-stranger');
    document.body.append(stranger);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(imported.filter((chunk) => chunk.includes('stranger'))).to.deep.equal([]);
    expect(stranger.matches(':defined')).to.be.false;
    stranger.remove();
  });

  it('says which widget failed to load and from where, keeps its fallback, and tries again when it reappears', async () => {
    const broken = document.createElement('civic-broken');
    broken.innerHTML = '<a href="/petitions/1">Read the petition</a>';
    document.body.append(broken);
    await waitUntil(() => errors.length > 0, 'an error is logged');
    expect(String(errors[0]?.[0])).to.contain('<civic-broken>').and.contain(url('broken-1.js'));
    expect(broken.querySelector('a')?.textContent).to.equal('Read the petition');
    broken.remove();
    document.body.append(broken);
    await waitUntil(
      () => imported.filter((chunk) => chunk === url('broken-1.js')).length === 2,
      'tried again',
    );
    broken.remove();
  });
});
