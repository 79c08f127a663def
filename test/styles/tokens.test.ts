/// <reference types="mocha" />
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { COLOR_TOKENS } from '../../src/styles/tokens.styles.js';
import { startMockWorker, worker } from '../mocks/browser.js';
import { campaignDiscovery, campaignScenarios } from '../mocks/campaign-scenarios.js';
import { ideaDiscovery, ideaScenarios } from '../mocks/idea-scenarios.js';
import {
  leaderboardAvatars,
  leaderboardDiscovery,
  leaderboardScenarios,
} from '../mocks/leaderboard-scenarios.js';
import { petitionDiscovery, petitionScenarios } from '../mocks/petition-scenarios.js';
import { loaded, uniqueId } from '../components/support.js';

/*
 * The theme tokens in the reader's dark mode: a city page themed the way docs/theming.md says
 * (its CSS block applied to this page as written there) keeps every widget with theme="auto" axe
 * clean, and no light-mode host token ever reaches a widget drawn dark.
 */

const API = '/api/v1';
const TOKEN = () => 'citizen-token';

/** The first `css` block of docs/theming.md: the tokens the docs tell a city to set. */
async function documentedTokens(): Promise<string> {
  const markdown = await (await fetch('/docs/theming.md')).text();
  const block = /```css\n([\s\S]*?)```/.exec(markdown);
  if (!block) throw new Error('docs/theming.md has no css block');
  return block[1]!;
}

/** Applies CSS to the whole test page, as the city's own stylesheet; returns its removal. */
function applyPageStyles(text: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

const RESOURCE_ATTRIBUTE: Record<string, string> = {
  'civic-petition-card': 'petition',
  'civic-funding-progress': 'campaign',
  'civic-expert-leaderboard': 'board',
  'civic-idea-board': 'board',
};

interface Case {
  name: string;
  tag: string;
  /** The attribute naming the resource, and any others. */
  attributes: Record<string, string>;
  handlers: () => RequestHandler[];
}

/** name, tag, attributes (the resource's, and any others), msw handlers. */
const CASES: Case[] = (
  [
    [
      'civic-petition-card with its form',
      'civic-petition-card',
      { 'with-form': '' },
      () => [...petitionDiscovery(), ...petitionScenarios.open],
    ],
    [
      'civic-petition-card with a response and its documents',
      'civic-petition-card',
      {},
      () => [...petitionDiscovery(), ...petitionScenarios.responded],
    ],
    [
      'civic-funding-progress',
      'civic-funding-progress',
      { 'with-backers': '' },
      () => [...campaignDiscovery(), ...campaignScenarios.funded],
    ],
    [
      'civic-expert-leaderboard',
      'civic-expert-leaderboard',
      {},
      () => [...leaderboardDiscovery(), ...leaderboardAvatars(), ...leaderboardScenarios.meOutside],
    ],
    [
      'civic-idea-board (signed in)',
      'civic-idea-board',
      {},
      () => [...ideaDiscovery(), ...ideaScenarios.default],
    ],
  ] as const
).map(([name, tag, attributes, handlers]) => ({
  name,
  tag,
  attributes: { [RESOURCE_ATTRIBUTE[tag]]: uniqueId(tag), ...attributes },
  handlers,
}));

type Widget = HTMLElement & { updateComplete: Promise<unknown>; getToken?: () => string };

async function widget(test: Case): Promise<Widget> {
  worker.use(...test.handlers());
  const element = document.createElement(test.tag) as Widget;
  for (const [name, value] of Object.entries({ ...test.attributes, 'api-base': API, theme: 'auto' }))
    element.setAttribute(name, value);
  element.getToken = TOKEN;
  await fixture(html`<div>${element}</div>`);
  await loaded(element);
  // The idea board lays out its list a frame later.
  await aTimeout(100);
  return element;
}

describe('theme tokens in dark mode', function () {
  this.timeout(20_000);
  let removeStyles: (() => void) | undefined;

  before(() => startMockWorker());

  beforeEach(() => emulateMedia({ colorScheme: 'dark' }));

  afterEach(async () => {
    removeStyles?.();
    removeStyles = undefined;
    fixtureCleanup();
    worker.resetHandlers();
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('with the tokens docs/theming.md recommends set on the page', () => {
    beforeEach(async () => {
      removeStyles = applyPageStyles(await documentedTokens());
    });

    for (const test of CASES) {
      it(`keeps ${test.name} with theme="auto" axe clean`, async () => {
        const element = await widget(test);
        await waitUntil(
          () => getComputedStyle(element).colorScheme === 'dark',
          'the widget did not follow the dark system setting',
        );
        await expect(element).to.be.accessible();
      });
    }
  });

  it('never draws a dark widget with a light-mode host token, and uses each dark token', async () => {
    const light = COLOR_TOKENS.map(({ name }) => `--civic-color-${name}: rgb(1, 2, 3);`).join('\n');
    const dark = COLOR_TOKENS.map(({ name }) => `--civic-dark-color-${name}: rgb(4, 5, 6);`).join('\n');
    const element = await widget(CASES[2]!);
    const inner = element.shadowRoot!.firstElementChild!;
    const value = (name: string) => getComputedStyle(inner).getPropertyValue(`--_civic-color-${name}`).trim();

    removeStyles = applyPageStyles(`:root { ${light} }`);
    for (const { name, dark: fallback } of COLOR_TOKENS) {
      expect(value(name), `--civic-color-${name} leaked into the dark widget`).to.equal(fallback);
    }
    expect(getComputedStyle(element).color, 'the host text').to.equal('rgb(243, 242, 241)');

    removeStyles();
    removeStyles = applyPageStyles(`:root { ${light} ${dark} }`);
    for (const { name } of COLOR_TOKENS) {
      expect(value(name), `--civic-dark-color-${name} applies in dark mode`).to.equal('rgb(4, 5, 6)');
    }

    await emulateMedia({ colorScheme: 'light' });
    for (const { name } of COLOR_TOKENS) {
      expect(value(name), `--civic-color-${name} applies in light mode`).to.equal('rgb(1, 2, 3)');
    }
  });
});
