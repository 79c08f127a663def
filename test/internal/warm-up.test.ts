/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { warmUp, warmUpWhenIdle } from '../../src/internal/warm-up.js';

/** A stand-in element class whose one style counts how often its stylesheet is built. */
function styledClass(): { constructor: CustomElementConstructor; builds: () => number } {
  let builds = 0;
  const style = {
    get styleSheet() {
      builds += 1;
      return new CSSStyleSheet();
    },
  };
  const constructor = class extends HTMLElement {
    static readonly elementStyles = [style, new CSSStyleSheet()];
  };
  return { constructor, builds: () => builds };
}

describe('warmUpWhenIdle()', () => {
  it('builds the stylesheets of every class defined before the page went idle, once', async () => {
    const first = styledClass();
    const second = styledClass();
    warmUpWhenIdle(first.constructor);
    warmUpWhenIdle(second.constructor);
    expect(first.builds(), 'nothing happens before the page is idle').to.equal(0);
    // A busy page may need more than one idle period for all the queued work.
    await waitUntil(() => second.builds() > 0, 'the stylesheets were never built', { timeout: 5000 });
    expect(first.builds()).to.equal(1);
    expect(second.builds()).to.equal(1);
    warmUp();
    expect(first.builds(), 'a class is prepared once').to.equal(1);
  });

  it('prepares classes defined after an earlier warm-up', async () => {
    const early = styledClass();
    warmUpWhenIdle(early.constructor);
    await waitUntil(() => early.builds() > 0, 'the early class was never prepared', { timeout: 5000 });
    const late = styledClass();
    warmUpWhenIdle(late.constructor);
    await waitUntil(() => late.builds() > 0, 'the late class was never prepared', { timeout: 5000 });
    expect(late.builds()).to.equal(1);
    expect(early.builds()).to.equal(1);
  });

  it('rehearses each class once, after building its styles, and goes on past a failing rehearsal', async () => {
    const order: string[] = [];
    const rehearsing = (name: string, fails = false) => {
      const style = {
        get styleSheet() {
          order.push(`${name} styles`);
          return new CSSStyleSheet();
        },
      };
      return class extends HTMLElement {
        static readonly elementStyles = [style];
        static rehearse(): void {
          order.push(`${name} rehearsal`);
          if (fails) throw new Error('sample data no longer valid');
        }
      };
    };
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      warmUpWhenIdle(rehearsing('broken', true));
      warmUpWhenIdle(rehearsing('board'));
      await waitUntil(() => order.length === 4, 'the rehearsals never ran', { timeout: 5000 });
      warmUp();
    } finally {
      console.warn = warn;
    }
    expect(order).to.deep.equal(['broken styles', 'broken rehearsal', 'board styles', 'board rehearsal']);
    expect(warnings.length, 'the failure is reported to developers').to.equal(1);
    expect(String(warnings[0]![0])).to.contain('warm-up failed');
  });

  it("runs a class's further jobs after its rehearsal, one job at a time, asking for them only when their turn comes", async () => {
    const order: string[] = [];
    let asked = 0;
    const withJobs = class extends HTMLElement {
      static readonly elementStyles = [];
      static rehearse(): void {
        order.push('rehearsal');
      }
      static warmUpJobs(): Array<() => void> {
        asked += 1;
        return [1, 2, 3].map((job) => () => {
          order.push(`job ${job}`);
          // A job that fails costs only its own head start.
          if (job === 2) throw new Error('sample data no longer valid');
        });
      }
    };
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      warmUpWhenIdle(withJobs);
      expect(asked, 'no work before the page is idle').to.equal(0);
      await waitUntil(() => order.length === 4, 'the jobs never ran', { timeout: 5000 });
      warmUp();
    } finally {
      console.warn = warn;
    }
    expect(order).to.deep.equal(['rehearsal', 'job 1', 'job 2', 'job 3']);
    expect(asked).to.equal(1);
    expect(warnings.length, 'the failure is reported to developers').to.equal(1);
  });

  it('lays a rehearsal out in the page with its styles, hidden, and takes it out in the same task', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('warm-up-probe { display: block; inline-size: 10em; font: 16px sans-serif; }');
    interface Seen {
      connected: boolean;
      visibility: string;
      ariaHidden: string | null;
      inert: boolean;
      stylesAdopted: boolean;
      width: number;
    }
    const seen: Seen[] = [];
    // Reports, when the rehearsal enters the document, where it is and how it is laid out.
    class Probe extends HTMLElement {
      connectedCallback(): void {
        const root = this.getRootNode() as ShadowRoot;
        const host = root.host as HTMLElement;
        seen.push({
          connected: host.isConnected,
          visibility: getComputedStyle(host).visibility,
          ariaHidden: host.getAttribute('aria-hidden'),
          inert: host.inert,
          stylesAdopted: root.adoptedStyleSheets.includes(sheet),
          width: this.getBoundingClientRect().width,
        });
      }
    }
    customElements.define('warm-up-probe', Probe);
    const rehearsed = class extends HTMLElement {
      static readonly elementStyles = [sheet];
      static rehearse(): DocumentFragment {
        const stage = document.createDocumentFragment();
        const probe = document.createElement('warm-up-probe');
        probe.textContent = 'Sample text';
        stage.append(probe);
        return stage;
      }
    };
    // An observer gets the records of each task together, after it.
    const batches: MutationRecord[][] = [];
    const observer = new MutationObserver((batch) => batches.push(batch));
    observer.observe(document.body, { childList: true });
    try {
      warmUpWhenIdle(rehearsed);
      await waitUntil(() => seen.length > 0, 'the rehearsal was never laid out', { timeout: 5000 });
      warmUp();
      await Promise.resolve();
    } finally {
      observer.disconnect();
    }
    expect(seen).to.deep.equal([
      {
        connected: true,
        visibility: 'hidden',
        ariaHidden: 'true',
        inert: true,
        stylesAdopted: true,
        width: 160,
      },
    ]);
    const added = batches.flat().flatMap((record) => [...record.addedNodes]);
    expect(added.length, 'one host came').to.equal(1);
    const together = batches.find((batch) => batch.some((record) => record.addedNodes[0] === added[0]))!;
    expect(
      together.flatMap((record) => [...record.removedNodes]),
      'and went in the same task',
    ).to.deep.equal(added);
    expect((added[0] as HTMLElement).dataset.civicWarmUp).to.equal('');
    expect(document.querySelector('[data-civic-warm-up]'), 'nothing is left in the page').to.equal(null);
  });

  it('prepares number formatting for the page language without failing on odd tags', () => {
    const lang = document.documentElement.lang;
    try {
      for (const tag of ['kk', 'ru-RU', 'not a tag', '']) {
        document.documentElement.lang = tag;
        expect(() => warmUp()).not.to.throw();
      }
    } finally {
      document.documentElement.lang = lang;
    }
  });
});
