/// <reference types="mocha" />
import { aTimeout, waitUntil } from '@open-wc/testing';

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
