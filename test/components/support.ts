/// <reference types="mocha" />
import { aTimeout, fixtureSync, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

let counter = 0;

/** A petition id no other test uses, so requests can be counted per test on the shared msw worker. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** What a citizen sees in a widget: its rendered text, whitespace collapsed (hidden parts left out). */
export function visibleText(widget: Element): string {
  const root =
    widget.shadowRoot!.querySelector<HTMLElement>('.root') ?? (widget.shadowRoot as unknown as HTMLElement);
  return (root.innerText ?? '').replace(/\s+/g, ' ').trim();
}

/** All text in a widget's shadow root, visible or not. */
export function allText(widget: Element): string {
  return (widget.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The accessible name a simple labelled element gets: aria-label, aria-labelledby, `<label for>`, or its text. */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as ParentNode & { getElementById?(id: string): HTMLElement | null };
  const byId = (id: string) => (root as ShadowRoot).getElementById?.(id) ?? null;
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => byId(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  if (element.id) {
    const forLabel = (root as ShadowRoot).querySelector?.(`label[for="${element.id}"]`);
    if (forLabel) return (forLabel.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element of `role` (explicit, or implicit for common tags) in the widget's shadow root. */
export function allByRole(widget: Element, role: string): HTMLElement[] {
  const implicit: Record<string, string> = {
    button: 'button:not([role])',
    link: 'a[href]:not([role])',
    heading: 'h1:not([role]), h2:not([role]), h3:not([role]), h4:not([role]), h5:not([role]), h6:not([role])',
    textbox:
      'input:not([type]):not([role]), input[type="text"]:not([role]), input[type="email"]:not([role]), input[type="url"]:not([role]), textarea:not([role])',
    checkbox: 'input[type="checkbox"]:not([role])',
    combobox: 'select:not([role])',
    table: 'table:not([role])',
    list: 'ul:not([role]), ol:not([role])',
    row: 'tr:not([role])',
    alert: '[role="alert"]',
    status: '[role="status"]',
    article: 'article:not([role])',
  };
  const selector = [`[role="${role}"]`, implicit[role]].filter(Boolean).join(', ');
  return Array.from(widget.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}

/** The first element of `role` whose accessible name matches `name` (text or pattern). */
export function byRole(widget: Element, role: string, name?: string | RegExp): HTMLElement {
  const found = allByRole(widget, role).find((element) => {
    if (name === undefined) return true;
    const actual = accessibleName(element);
    return typeof name === 'string' ? actual === name : name.test(actual);
  });
  if (!found) {
    const names = allByRole(widget, role).map(accessibleName);
    throw new Error(`No ${role} named ${String(name)}; found: ${JSON.stringify(names)}`);
  }
  return found;
}

/** Waits until a widget shows something other than its loading placeholder. */
export async function loaded(widget: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await waitUntil(
    () => widget.shadowRoot?.querySelector('.root > :not(.loading):not([aria-live])') !== null,
    'the widget did not finish loading',
    { timeout: 4000 },
  );
  await widget.updateComplete;
  await aTimeout(0);
}

/** Errors thrown anywhere on the page while a test runs. */
export function watchUncaught(): { readonly errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Turns Chromium's forced-colors mode on or off for this page (test/forced-colors/forced-colors-plugin.mjs). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}

/** WCAG 1.4.12's text-spacing override, as the audit bookmarklets apply it to every element. */
const TEXT_SPACING_CSS = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }`;

/**
 * Injects the text-spacing override into the document and every shadow root under `root` (a page
 * stylesheet does not reach shadow DOM, so a bookmarklet-like check must add it to each one).
 * Returns a function that removes it again.
 */
function applyTextSpacing(root: Element): () => void {
  const styles: HTMLStyleElement[] = [];
  const inject = (parent: Document | ShadowRoot) => {
    const style = document.createElement('style');
    style.textContent = TEXT_SPACING_CSS;
    (parent instanceof Document ? parent.head : parent).append(style);
    styles.push(style);
  };
  inject(document);
  const visit = (element: Element) => {
    if (element.shadowRoot) {
      inject(element.shadowRoot);
      for (const child of element.shadowRoot.querySelectorAll('*')) visit(child);
    }
  };
  visit(root);
  for (const element of root.querySelectorAll('*')) visit(element);
  return () => {
    for (const style of styles) style.remove();
  };
}

/**
 * What does not fit once the text-spacing override is on (see `applyTextSpacing`): the widget's host
 * scrolling sideways, parts sticking out of `container`, parts whose content is wider than their box.
 */
export async function overflowWithTextSpacing(widget: Element, container: Element): Promise<string[]> {
  const remove = applyTextSpacing(container);
  try {
    await nextFrame();
    const host = widget.scrollWidth > widget.clientWidth ? [`host scrolls: ${widget.scrollWidth}px`] : [];
    return [...host, ...overflowingParts(widget, container)];
  } finally {
    remove();
  }
}

/** Elements under a widget's shadow root whose content is wider than their box, or that stick out of `container`. */
function overflowingParts(widget: Element, container: Element): string[] {
  const limit = container.getBoundingClientRect().right + 0.5;
  const found: string[] = [];
  for (const node of widget.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (!node.checkVisibility() || node.localName === 'style') continue;
    const name = `${node.localName}.${node.className}`;
    const style = getComputedStyle(node);
    const clipped = style.overflowX !== 'visible' || node.classList.contains('visually-hidden');
    if (node.getBoundingClientRect().right > limit) found.push(`${name} sticks out`);
    else if (!clipped && node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0) {
      found.push(`${name} overflows its box`);
    }
  }
  return found;
}

/** A widget `tag` with `attributes`, alone in a column `width` px wide in the fixture container. */
export function widgetInColumn<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  width: number,
  attributes: Record<string, string>,
): { column: HTMLDivElement; element: HTMLElementTagNameMap[K] } {
  const column = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  column.append(element);
  return { column, element };
}
