/// <reference types="mocha" />
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Task } from '@lit/task';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  CivicApiError,
  CivicNetworkError,
  CivicResponseError,
  CivicTimeoutError,
} from '../../src/client/index.js';
import type { CivicAuthRequiredEvent } from '../../src/events/civic-auth-required.js';
import type { CivicLoadErrorDetail, CivicLoadErrorEvent } from '../../src/events/civic-load-error.js';
import { CivicElement } from '../../src/internal/civic-element.js';
import { click, findByRole } from './support.js';

const TITLE = 'Bike lanes on Abai Avenue';

/** A widget that loads one title: failures are thrown in order, then it succeeds. */
class DataWidget extends CivicElement {
  failures: unknown[] = [];
  runs = 0;
  gate: Promise<void> = Promise.resolve();

  readonly task = new Task(this, {
    task: async () => {
      this.runs += 1;
      await this.gate;
      const failure = this.failures.shift();
      if (failure !== undefined) throw failure;
      return TITLE;
    },
    args: () => [],
  });

  override render() {
    return this.renderTask(this.task, (title) => html`<p>${title}</p>`, {
      skeleton: { lines: 2, height: '12rem' },
    });
  }
}
customElements.define('x-data-widget', DataWidget);

interface Heard {
  readonly loadErrors: CivicLoadErrorDetail[];
  readonly authRequired: string[];
}

async function widgetWith(failures: unknown[], lang = 'en'): Promise<{ widget: DataWidget; heard: Heard }> {
  const heard: Heard = { loadErrors: [], authRequired: [] };
  const widget = await fixture<DataWidget>(html`
    <x-data-widget
      lang=${lang}
      .failures=${failures}
      @civic-load-error=${(event: CivicLoadErrorEvent) => heard.loadErrors.push(event.detail)}
      @civic-auth-required=${(event: CivicAuthRequiredEvent) => heard.authRequired.push(event.detail.reason)}
    ></x-data-widget>
  `);
  await settled(widget);
  return { widget, heard };
}

async function settled(widget: DataWidget): Promise<void> {
  await widget.task.taskComplete.catch(() => undefined);
  await widget.updateComplete;
  // Events for a failed load are sent once its error state has rendered.
  await aTimeout(0);
}

function alertOf(widget: DataWidget): HTMLElement | null {
  return findByRole(widget, 'alert') as HTMLElement | null;
}

function normalized(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function retryButton(widget: DataWidget, name = 'Try again'): HTMLButtonElement {
  const button = findByRole(widget, 'button', name);
  expect(button, `a "${name}" button`).to.exist;
  return button as HTMLButtonElement;
}

describe('CivicElement', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('when data fails to load', () => {
    it('passes the axe audit', async () => {
      const { widget } = await widgetWith([new CivicNetworkError()]);
      await expect(widget).to.be.accessible();
    });

    const cases: Array<{ name: string; error: unknown; text: string; detail: CivicLoadErrorDetail }> = [
      {
        name: 'the network fails',
        error: new CivicNetworkError(),
        text: 'Check your internet connection and try again.',
        detail: { kind: 'network' },
      },
      {
        name: 'the server is too slow',
        error: new CivicTimeoutError(10_000),
        text: 'The server took too long to answer.',
        detail: { kind: 'timeout' },
      },
      {
        name: 'the data is malformed',
        error: new CivicResponseError('schema', 200),
        text: 'The server sent data we could not read',
        detail: { kind: 'malformed', status: 200 },
      },
      {
        name: 'nothing is found',
        error: new CivicApiError(404, null),
        text: 'We could not find this. It may have been removed.',
        detail: { kind: 'not_found', status: 404 },
      },
      {
        name: 'sign-in is required',
        error: new CivicApiError(401, null),
        text: 'Sign in to continue',
        detail: { kind: 'auth', status: 401 },
      },
      {
        name: 'the server fails',
        error: new CivicApiError(503, null),
        text: 'Something went wrong on the server.',
        detail: { kind: 'server', status: 503 },
      },
      {
        name: 'something unexpected is thrown',
        error: new TypeError('a bug'),
        text: 'Something went wrong on the server.',
        detail: { kind: 'server' },
      },
    ];

    for (const { name, error, text, detail } of cases) {
      it(`explains in an alert that ${name}, and fires civic-load-error once`, async () => {
        const { widget, heard } = await widgetWith([error]);
        expect(normalized(alertOf(widget)?.textContent)).to.equal(`Error: Could not load ${text} Try again`);
        expect(heard.loadErrors).to.deep.equal([detail]);
      });
    }

    it('offers a real "Try again" button, big enough to hit', async () => {
      const { widget } = await widgetWith([new CivicNetworkError()]);
      expect(findByRole(widget, 'button', 'Try again')).to.exist;
      expect(retryButton(widget).getBoundingClientRect().height).to.be.at.least(44);
    });

    it('shows the keyboard focus on the button in the GOV.UK yellow', async () => {
      const { widget } = await widgetWith([new CivicNetworkError()]);
      await sendKeys({ press: 'Tab' });
      expect(widget.shadowRoot!.activeElement).to.equal(retryButton(widget));
      expect(getComputedStyle(retryButton(widget)).backgroundColor).to.equal('rgb(255, 221, 0)');
    });

    it('loads again when the button is clicked', async () => {
      const { widget, heard } = await widgetWith([new CivicNetworkError()]);
      expect(widget.runs).to.equal(1);

      await click(retryButton(widget));
      await settled(widget);

      expect(widget.runs).to.equal(2);
      expect(alertOf(widget)).to.equal(null);
      expect(widget.shadowRoot!.textContent).to.contain(TITLE);
      expect(heard.loadErrors).to.have.length(1);
    });

    it('fires civic-load-error again only for a new failure, not for re-renders', async () => {
      const { widget, heard } = await widgetWith([new CivicNetworkError(), new CivicTimeoutError(10_000)]);
      for (let i = 0; i < 3; i += 1) {
        widget.requestUpdate();
        await widget.updateComplete;
      }
      widget.lang = 'ru';
      await widget.updateComplete;
      await aTimeout(0);
      expect(heard.loadErrors).to.deep.equal([{ kind: 'network' }]);

      await click(retryButton(widget, 'Попробовать снова'));
      await settled(widget);
      expect(heard.loadErrors).to.deep.equal([{ kind: 'network' }, { kind: 'timeout' }]);
    });

    it('fires civic-auth-required for a 401 only', async () => {
      const signIn = await widgetWith([new CivicApiError(401, null)]);
      expect(signIn.heard.authRequired).to.deep.equal(['load']);

      const serverError = await widgetWith([new CivicApiError(500, null)]);
      expect(serverError.heard.authRequired).to.deep.equal([]);
    });

    it('reports a failure thrown as a plain value once, and again after a retry', async () => {
      const { widget, heard } = await widgetWith(['offline', 'offline']);
      widget.requestUpdate();
      await widget.updateComplete;
      await aTimeout(0);
      expect(heard.loadErrors).to.have.length(1);

      await click(retryButton(widget));
      await settled(widget);
      expect(heard.loadErrors).to.have.length(2);
    });

    it('speaks Russian on a Russian widget', async () => {
      const { widget } = await widgetWith([new CivicNetworkError()], 'ru');
      expect(normalized(alertOf(widget)?.textContent)).to.equal(
        'Ошибка: Не удалось загрузить Проверьте подключение к интернету и попробуйте снова. Попробовать снова',
      );
      expect(findByRole(widget, 'button', 'Попробовать снова')).to.exist;
      await expect(widget).to.be.accessible();
    });

    it('speaks Kazakh on a Kazakh widget', async () => {
      const { widget } = await widgetWith([new CivicApiError(404, null)], 'kk');
      expect(normalized(alertOf(widget)?.textContent)).to.equal(
        'Қате: Жүктеу мүмкін болмады Бұл деректер табылмады. Олар жойылған болуы мүмкін. Қайталап көру',
      );
    });
  });

  describe('while data loads', () => {
    let open: () => void = () => undefined;

    async function pendingWidget(): Promise<DataWidget> {
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      return fixture<DataWidget>(html`<x-data-widget .gate=${gate}></x-data-widget>`);
    }

    afterEach(() => open());

    it('passes the axe audit', async () => {
      const widget = await pendingWidget();
      await expect(widget).to.be.accessible();
    });

    it('says "Loading…" in words, marks the region busy and hides the placeholder from screen readers', async () => {
      const widget = await pendingWidget();
      const busy = widget.shadowRoot!.querySelector('[aria-busy="true"]');
      expect(busy, 'a busy region').to.exist;
      expect(normalized(busy!.textContent)).to.equal('Loading…');
      expect(widget.shadowRoot!.querySelector('[aria-hidden="true"]')).to.exist;
      expect(alertOf(widget)).to.equal(null);
    });

    it('reserves the height it was given, so the page does not jump', async () => {
      const widget = await pendingWidget();
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(widget.getBoundingClientRect().height).to.be.at.least(12 * rem);
    });

    it('shows the data when it arrives', async () => {
      const widget = await pendingWidget();
      open();
      await settled(widget);
      expect(widget.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
      expect(widget.shadowRoot!.textContent).to.contain(TITLE);
    });

    it('shimmers, unless the user asks for reduced motion', async () => {
      const widget = await pendingWidget();
      expect(widget.shadowRoot!.getAnimations().length).to.be.greaterThan(0);

      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => widget.shadowRoot!.getAnimations().length === 0, 'the placeholder kept moving');
    });
  });

  describe('theming', () => {
    it('uses the sober light palette with no theme at all', async () => {
      const { widget } = await widgetWith([new CivicNetworkError()]);
      expect(getComputedStyle(widget).color).to.equal('rgb(11, 12, 12)');
      expect(getComputedStyle(alertOf(widget)!).color).to.equal('rgb(11, 12, 12)');
    });

    it('stays light under a dark system setting, like the page it sits on, unless theme="auto"', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const unthemed = await widgetWith([new CivicNetworkError()]);
      expect(getComputedStyle(alertOf(unthemed.widget)!).color).to.equal('rgb(11, 12, 12)');

      const auto = await widgetWith([new CivicNetworkError()]);
      auto.widget.theme = 'auto';
      await auto.widget.updateComplete;
      expect(getComputedStyle(alertOf(auto.widget)!).color).to.equal('rgb(243, 242, 241)');

      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(alertOf(auto.widget)!).color, 'auto follows the system back').to.equal(
        'rgb(11, 12, 12)',
      );
    });

    it('turns dark with theme="dark" whatever the system says', async () => {
      const { widget } = await widgetWith([new CivicNetworkError()]);
      widget.theme = 'dark';
      await widget.updateComplete;
      expect(widget.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(alertOf(widget)!).color).to.equal('rgb(243, 242, 241)');
    });

    it('takes the page’s --civic-* tokens', async () => {
      const { widget } = await widgetWith([new CivicNetworkError()]);
      widget.style.setProperty('--civic-color-text', '#123456');
      expect(getComputedStyle(alertOf(widget)!).color).to.equal('rgb(18, 52, 86)');
    });
  });
});
