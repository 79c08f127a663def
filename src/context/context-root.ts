import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('civic-widgets.context-root');

/**
 * Widgets may upgrade before the `<civic-provider>` around them (script order, lazy loading). One
 * `ContextRoot` on the document keeps their unanswered requests and replays them when a provider
 * appears. Only one per page, even with two copies of the kit: each would replay every request.
 */
export function ensureContextRoot(): void {
  const global = globalThis as { [ROOT]?: ContextRoot };
  if (global[ROOT] !== undefined || typeof document === 'undefined') return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  global[ROOT] = root;
}

ensureContextRoot();
