import { warmUpWhenIdle } from './warm-up.js';

/** An element class stamped with the kit version that defined it. */
export type VersionedElementConstructor = CustomElementConstructor & { readonly civicVersion?: string };

/**
 * Registers a custom element unless the tag is already taken. Two copies of the kit can land on one
 * city page (a CMS block and a theme both include it); the second copy then uses the first one's
 * elements instead of throwing, and warns when they come from different versions.
 */
export function define(tagName: string, constructor: VersionedElementConstructor): void {
  const existing = customElements.get(tagName) as VersionedElementConstructor | undefined;
  if (existing === undefined) {
    customElements.define(tagName, constructor);
    warmUpWhenIdle(constructor);
    return;
  }
  if (existing !== constructor && existing.civicVersion !== constructor.civicVersion) {
    console.warn(
      `civic-widgets: <${tagName}> is already defined by ${
        existing.civicVersion === undefined ? 'another script' : `civic-widgets ${existing.civicVersion}`
      }; version ${constructor.civicVersion ?? '(unknown)'} is not registered. Load the kit once per page.`,
    );
  }
}
