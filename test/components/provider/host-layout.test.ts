/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/provider/provider.js';

/*
 * <civic-provider> around a city's own content must not change how it lays out. Each framework's
 * compiled CSS, as installed from npm, styles a page of host boxes twice: once bare and once inside
 * a provider. Every element must get the same box and the same computed style in both.
 */

/** What the host page adds to the framework: the box from issue 23 and a fixed page width. */
const PAGE_CSS = `
  .page { inline-size: 720px; }
  .issue-box { width: 300px; padding: 20px; border: 2px solid; }
  .host-row { display: flex; gap: 16px; }
  .host-row > * { flex: 1 1 0; padding: 12px; border: 1px solid; }
`;

/** Boxes of the page's own: the one from issue 23, and a flex row. */
const HOST_BOXES = html`<div class="issue-box">A host box</div>
  <div class="host-row">
    <div>One</div>
    <div>Two</div>
  </div>`;

interface HostFramework {
  readonly name: string;
  readonly stylesheet: string;
  /** How the framework's CSS points at its fonts and images, and where npm put them. */
  readonly assets?: readonly [string, string];
  /** The classes the framework puts on `<body>`. */
  readonly bodyClass: string;
  /** A page of host content styled by the framework; `n` keeps ids unique between the two copies. */
  readonly content: (n: number) => TemplateResult;
}

const FRAMEWORKS: readonly HostFramework[] = [
  {
    name: 'GOV.UK Frontend 6.6.0',
    stylesheet: '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
    assets: ['url(/assets/', 'url(/node_modules/govuk-frontend/dist/govuk/assets/'],
    bodyClass: 'govuk-template__body govuk-frontend-supported',
    content: (n) =>
      html`<div class="govuk-width-container">
        <main class="govuk-main-wrapper">
          <h1 class="govuk-heading-l">Have your say on Abai Avenue</h1>
          <p class="govuk-body">The akimat wants to hear from residents before it plans the works.</p>
          <ul class="govuk-list govuk-list--bullet">
            <li>Protected bike lanes</li>
            <li>Safer crossings at every junction</li>
          </ul>
          <div class="govuk-inset-text">The consultation closes on 19 December.</div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="host-name-${n}">Full name</label>
            <div class="govuk-hint">As on your ID card</div>
            <input class="govuk-input govuk-!-width-two-thirds" id="host-name-${n}" type="text" />
          </div>
          <button type="button" class="govuk-button">Continue</button>
        </main>
      </div>`,
  },
  {
    name: 'USWDS 3.14.0',
    stylesheet: '/node_modules/@uswds/uswds/dist/css/uswds.min.css',
    assets: ['url(../', 'url(/node_modules/@uswds/uswds/dist/'],
    bodyClass: '',
    content: (n) =>
      html`<div class="grid-container">
        <div class="usa-prose">
          <h1>Have your say on Abai Avenue</h1>
          <p>The akimat wants to hear from residents before it plans the works.</p>
          <ul class="usa-list">
            <li>Protected bike lanes</li>
            <li>Safer crossings at every junction</li>
          </ul>
        </div>
        <div class="usa-alert usa-alert--info">
          <div class="usa-alert__body">
            <p class="usa-alert__text">The consultation closes on 19 December.</p>
          </div>
        </div>
        <form class="usa-form">
          <label class="usa-label" for="host-name-${n}">Full name</label>
          <span class="usa-hint">As on your ID card</span>
          <input class="usa-input" id="host-name-${n}" type="text" />
          <button type="button" class="usa-button">Continue</button>
        </form>
      </div>`,
  },
];

/** The framework's compiled CSS as a style sheet of the page, its assets served from node_modules. */
async function addStylesheet(framework: HostFramework): Promise<HTMLStyleElement> {
  const response = await fetch(framework.stylesheet);
  if (!response.ok) throw new Error(`${framework.stylesheet}: ${response.status}`);
  const css = await response.text();
  const style = document.createElement('style');
  style.textContent = framework.assets ? css.replaceAll(...framework.assets) : css;
  document.head.append(style);
  return style;
}

/** Each element's box, relative to its page, and its whole computed style. */
function layoutOf(page: Element): object[] {
  const origin = page.getBoundingClientRect();
  const round = (value: number) => Math.round(value * 100) / 100;
  return Array.from(page.querySelectorAll('*'))
    .filter((element) => element.localName !== 'civic-provider')
    .map((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        element: `${element.localName}.${element.className}`,
        box: [box.x - origin.x, box.y - origin.y, box.width, box.height].map(round),
        style: Object.fromEntries(Array.from(style, (name) => [name, style.getPropertyValue(name)])),
      };
    });
}

describe('<civic-provider> on host pages', () => {
  let pageCss: HTMLStyleElement;

  before(() => {
    pageCss = document.createElement('style');
    pageCss.textContent = PAGE_CSS;
    document.head.append(pageCss);
  });

  after(() => pageCss.remove());

  for (const framework of FRAMEWORKS) {
    describe(`styled by ${framework.name}`, () => {
      let stylesheet: HTMLStyleElement;
      const bodyClass = document.body.className;

      before(async () => {
        stylesheet = await addStylesheet(framework);
        document.body.className = framework.bodyClass;
      });

      after(() => {
        stylesheet.remove();
        document.body.className = bodyClass;
      });

      it('lays out host content inside it exactly as without it', async () => {
        const pages = await fixture<HTMLElement>(
          html`<div>
            <div class="page">${framework.content(1)} ${HOST_BOXES}</div>
            <div class="page"><civic-provider>${framework.content(2)} ${HOST_BOXES}</civic-provider></div>
          </div>`,
        );
        await document.fonts.ready;
        const [bare, provided] = Array.from(pages.children);
        const width = (page: Element) => page.querySelector('.issue-box')!.getBoundingClientRect().width;
        expect(width(provided!), 'the box of issue 23').to.equal(width(bare!));
        expect(layoutOf(provided!)).to.deep.equal(layoutOf(bare!));
        expect(provided!.getBoundingClientRect().height).to.equal(bare!.getBoundingClientRect().height);
      });
    });
  }
});
