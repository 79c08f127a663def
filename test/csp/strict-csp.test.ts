import { expect, waitUntil } from '@open-wc/testing';
import type { CspReport, CspWindow } from './csp-page.js';
import { CSP_PAGE_PATH, STRICT_CSP } from './policy.js';

/*
 * The kit on a page that sends a strict CSP with Trusted Types, as a cautious city site would:
 * no 'unsafe-inline', no 'unsafe-eval', only the `lit-html` Trusted Types policy. The page runs in
 * an iframe so the policy applies to it and not to the test runner.
 */
describe('the kit under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  let report: CspReport;

  before(async () => {
    frame = document.createElement('iframe');
    frame.title = 'City page with a strict CSP';
    frame.src = CSP_PAGE_PATH;
    document.body.append(frame);
    const win = () => frame.contentWindow as CspWindow | null;
    await waitUntil(() => win()?.cspReport !== undefined, 'the CSP page did not start', { timeout: 4000 });
    report = await win()!.cspReport!;
  });

  after(() => frame.remove());

  it('is served with the policy header and no inline script or style', async () => {
    const response = await fetch(CSP_PAGE_PATH);
    expect(response.headers.get('Content-Security-Policy')).to.equal(STRICT_CSP);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    expect(page.querySelectorAll('script:not([src])'), 'inline scripts').to.have.length(0);
    expect(page.querySelectorAll('style, [style]'), 'inline styles').to.have.length(0);
    const sources = [...page.querySelectorAll('script')].map(
      (script) => new URL(script.getAttribute('src') ?? '', response.url),
    );
    expect(sources.map((url) => url.pathname)).to.include('/test/csp/csp-page.ts');
    for (const url of sources)
      expect(url.origin, 'scripts come from the page origin').to.equal(location.origin);
  });

  it('loads, upgrades and renders <civic-provider> without a single violation', () => {
    expect(report.provider).to.deep.equal({ defined: true, hasShadowRoot: false, display: 'contents' });
    expect(report.kitViolations).to.deep.equal([]);
  });

  it('renders and runs the petition widgets (card, form, confirmation) without a single violation', () => {
    expect(report.widgets).to.deep.equal({ card: true, form: true, confirmed: true });
    expect(report.kitViolations).to.deep.equal([]);
  });

  it('gives the widgets a client that reads the backend, and the language', () => {
    expect(report.context).to.deep.equal({ locale: 'kk', clientReceived: true });
    expect(report.discovery).to.deep.equal({ protocolVersion: '1' });
  });

  describe('notices violations, so the silence above means something', () => {
    it('enforces Trusted Types', () => {
      expect(report.trustedTypesSupported).to.be.true;
      expect(report.probes.innerHTML.blocked).to.be.true;
      expect(report.probes.innerHTML.violation?.effectiveDirective).to.equal('require-trusted-types-for');
    });

    // With Trusted Types enforced, Chrome refuses the string before script-src is consulted.
    it('blocks eval', () => {
      expect(report.probes.eval.blocked).to.be.true;
      expect(report.probes.eval.violation?.sample).to.match(/^eval\|/);
    });

    it('blocks inline style attributes', () => {
      expect(report.probes.styleAttribute.blocked).to.be.true;
      expect(report.probes.styleAttribute.violation?.effectiveDirective).to.equal('style-src-attr');
    });
  });
});
