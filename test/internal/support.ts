/// <reference types="mocha" />
import { sendMouse } from '@web/test-runner-commands';

const IMPLICIT_ROLES: Readonly<Record<string, string>> = {
  button: 'button',
  'input[type="button"]': 'button',
  'input[type="submit"]': 'button',
  'a[href]': 'link',
  progress: 'progressbar',
};

/** The accessible name of simple controls: `aria-label`, else the text. */
function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The first element in `root` (a widget: its shadow root is searched) with `role` and, when given,
 * accessible `name`. Covers explicit roles and the implicit roles of buttons, links and progress.
 */
export function findByRole(root: Element, role: string, name?: string): Element | null {
  const scope: ParentNode = root.shadowRoot ?? root;
  const implicit = Object.entries(IMPLICIT_ROLES)
    .filter(([, implicitRole]) => implicitRole === role)
    .map(([selector]) => `${selector}:not([role])`);
  const candidates = scope.querySelectorAll([`[role="${role}"]`, ...implicit].join(', '));
  return Array.from(candidates).find((element) => name === undefined || nameOf(element) === name) ?? null;
}

/** Clicks the middle of `element` with the real mouse. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

/** Records `console.warn` calls until `restore()`. */
export function captureWarnings(): { readonly messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

let tagCount = 0;

/** A tag name no other test has used, since custom elements cannot be undefined. */
export function uniqueTag(prefix: string): string {
  return `${prefix}-${++tagCount}-${Math.random().toString(36).slice(2, 8)}`;
}
