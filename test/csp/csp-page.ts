import { ContextEvent } from '@lit/context';
import type { CivicClient } from '../../src/client/index.js';
import { discovery as discoveryFixture } from '../mocks/fixtures/discovery.js';
import { countOf, petitionStates } from '../mocks/fixtures/petition-states.js';
import { generatedIdeas, ideaBoard, ideaPage } from '../mocks/fixtures/ideas.js';
import { CSP_API_BASE } from './policy.js';

/*
 * Runs inside test/csp/csp-page.html, served with a strict CSP header. Loads the kit, renders it,
 * uses its client, then commits three deliberate violations to prove that violations are seen.
 * The outcome is published as `window.cspReport` for test/csp/strict-csp.test.ts.
 */

export interface CspViolation {
  effectiveDirective: string;
  blockedURI: string;
  sample: string;
}

export interface CspProbe {
  blocked: boolean;
  violation: CspViolation | undefined;
}

export interface CspReport {
  trustedTypesSupported: boolean;
  /** Violations caused by loading, rendering and using the kit. Must be empty. */
  kitViolations: CspViolation[];
  /** Upgraded, with no shadow root around the page's content, and `display: contents` set through CSSOM. */
  provider: { defined: boolean; hasShadowRoot: boolean; display: string };
  context: { locale: unknown; clientReceived: boolean };
  discovery: { protocolVersion?: string; error?: string };
  /** The petition widgets rendered and were used (card with its form, confirmation). */
  widgets: { card: boolean; form: boolean; confirmed: boolean; error?: string };
  probes: { styleAttribute: CspProbe; eval: CspProbe; innerHTML: CspProbe };
}

export type CspWindow = Window & typeof globalThis & { cspReport?: Promise<CspReport> };

const violations: CspViolation[] = [];
const listeners = new Set<() => void>();
// Registered before the kit loads (the kit is imported dynamically below), so nothing is missed.
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    effectiveDirective: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
  });
  for (const listener of listeners) listener();
});

/** The first violation matching `test` from index `from` on; undefined if none arrives within 3 s. */
function violationOf(
  test: (violation: CspViolation) => boolean,
  from: number,
): Promise<CspViolation | undefined> {
  return new Promise((resolve) => {
    const check = () => {
      const found = violations.slice(from).find(test);
      if (found) {
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      }
    };
    const timer = setTimeout(() => {
      listeners.delete(check);
      resolve(undefined);
    }, 3000);
    listeners.add(check);
    check();
  });
}

function requestContext<T>(context: unknown, target: Element): T | undefined {
  let value: T | undefined;
  target.dispatchEvent(
    new ContextEvent(context as never, target, (provided: unknown) => {
      value = provided as T;
    }),
  );
  return value;
}

/** Where the petition widgets' provider points; its `fetch` answers from fixtures, so no server is involved. */
const WIDGET_API_BASE = '/test/csp/widgets/api/v1';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A backend for the petition widgets, answering from the same fixtures as the msw scenarios. */
const fixtureFetch: typeof fetch = async (input) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const path = url.pathname.slice(WIDGET_API_BASE.length);
  const petition = petitionStates.responded();
  if (path === '/') return json({ ...discoveryFixture, features: ['petitions'] });
  if (path === `/petitions/${petition.id}`) return json(petition);
  if (path === '/boards/csp-board') return json(ideaBoard({ id: 'csp-board' }));
  if (path === '/boards/csp-board/ideas') return json(ideaPage(generatedIdeas(5)));
  if (path === `/petitions/${petition.id}/count`) return json(countOf(petition));
  if (path === '/signatures/confirm') {
    return json({
      petitionId: petition.id,
      count: countOf({ ...petition, signatureCount: petition.signatureCount + 1 }),
    });
  }
  return json({ type: 'urn:civic:problem:not-found', title: 'Not found', status: 404 }, 404);
};

function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      const found = find();
      if (found) resolve(found);
      else if (performance.now() - started > 2500) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(check, 20);
    };
    check();
  });
}

/** Renders a petition card with its signature form and a confirmation, and uses them. */
async function useWidgets(mount: HTMLElement): Promise<CspReport['widgets']> {
  const widgets: CspReport['widgets'] = { card: false, form: false, confirmed: false };
  try {
    const provider = document.createElement('civic-provider');
    provider.setAttribute('api-base', WIDGET_API_BASE);
    provider.setAttribute('locale', 'kk');
    provider.fetch = fixtureFetch;
    const card = document.createElement('civic-petition-card');
    card.setAttribute('petition', petitionStates.responded().id);
    card.setAttribute('with-form', '');
    const fallback = document.createElement('a');
    fallback.href = 'https://participate.example.kz/petitions/241584';
    fallback.textContent = 'The petition on the city portal';
    card.append(fallback);
    const confirm = document.createElement('civic-signature-confirm');
    confirm.setAttribute('token', 'kX9d2VqP0sLmN4bR7tYw1eZc');
    provider.append(card, confirm);
    mount.append(provider);

    const root = () => card.shadowRoot;
    await waitFor(() => root()?.querySelector('article [role="progressbar"]'), 'the petition card');
    for (const button of root()!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')) button.click();
    await card.updateComplete;
    widgets.card =
      root()!.querySelector<HTMLTextAreaElement>('textarea')?.value.includes('civic-petition-card') ?? false;

    const form = await waitFor(() => root()?.querySelector('civic-signature-form'), 'the signature form');
    const formElement = await waitFor(() => form.shadowRoot?.querySelector('form'), 'the form');
    formElement.requestSubmit();
    await form.updateComplete;
    widgets.form = form.shadowRoot!.querySelector('[role="alert"] a') !== null;

    await waitFor(() => confirm.shadowRoot?.querySelector('button'), 'the confirm button').then((b) =>
      b.click(),
    );
    await waitFor(() => confirm.shadowRoot?.querySelector('a[href]'), 'the confirmation');
    // The idea board's virtualized list positions its items through CSSOM, never a style attribute.
    const board = document.createElement('civic-idea-board');
    board.setAttribute('board', 'csp-board');
    provider.append(board);
    const list = await waitFor(() => board.shadowRoot?.querySelector('.idea-list'), 'the idea board');
    // Only ideas near the viewport are rendered.
    list.scrollIntoView();
    await waitFor(() => list.querySelector('li.idea'), 'the ideas');
    widgets.confirmed = true;
  } catch (error) {
    widgets.error = String(error);
  }
  return widgets;
}

async function run(): Promise<CspReport> {
  const kit = await import('../../src/index.js');

  const mount = document.getElementById('mount')!;
  const provider = document.createElement('civic-provider');
  provider.setAttribute('api-base', CSP_API_BASE);
  provider.setAttribute('locale', 'kk');
  const note = document.createElement('p');
  note.textContent = 'Widgets inside this provider read the backend and the language from it.';
  const consumer = document.createElement('div');
  provider.append(note, consumer);
  mount.append(provider);
  await customElements.whenDefined('civic-provider');
  await provider.updateComplete;

  const client = requestContext<CivicClient>(kit.clientContext, consumer);
  const discovery: CspReport['discovery'] = {};
  try {
    const answer = await client?.discover();
    if (answer) discovery.protocolVersion = answer.protocolVersion;
  } catch (error) {
    discovery.error = String(error);
  }

  const widgets = await useWidgets(mount);

  // First deliberate violation. Violation events are queued in order, so once this one arrives,
  // every violation the kit caused has been reported too.
  const sentinelFrom = violations.length;
  const styled = document.createElement('div');
  mount.append(styled);
  styled.setAttribute('style', 'color: rgb(255, 0, 0)');
  const styleViolation = await violationOf((v) => v.effectiveDirective === 'style-src-attr', sentinelFrom);
  const kitViolations = violations.slice(
    0,
    styleViolation ? violations.indexOf(styleViolation) : violations.length,
  );

  const evalFrom = violations.length;
  let evalBlocked = false;
  try {
    // eslint-disable-next-line no-eval -- deliberate: the page must see CSP block eval
    (0, eval)('1');
  } catch (error) {
    evalBlocked = error instanceof EvalError;
  }
  const evalViolation = await violationOf(() => true, evalFrom);

  const htmlFrom = violations.length;
  let htmlBlocked = false;
  try {
    document.createElement('div').innerHTML = '<b>not trusted</b>';
  } catch (error) {
    htmlBlocked = error instanceof TypeError;
  }
  const htmlViolation = await violationOf(
    (v) => v.effectiveDirective === 'require-trusted-types-for',
    htmlFrom,
  );

  return {
    trustedTypesSupported: 'trustedTypes' in window,
    kitViolations,
    provider: {
      defined: customElements.get('civic-provider') !== undefined,
      hasShadowRoot: provider.shadowRoot !== null,
      display: getComputedStyle(provider).display,
    },
    context: { locale: requestContext(kit.localeContext, consumer), clientReceived: client !== undefined },
    discovery,
    widgets,
    probes: {
      styleAttribute: { blocked: styled.style.color === '', violation: styleViolation },
      eval: { blocked: evalBlocked, violation: evalViolation },
      innerHTML: { blocked: htmlBlocked, violation: htmlViolation },
    },
  };
}

(window as CspWindow).cspReport = run();
